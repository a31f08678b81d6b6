// rangecopy-bench-window: the window, measured. Run with QT_QPA_PLATFORM=offscreen (or on a
// display). Each mode prints one JSON object.
//
//   rangecopy-bench-window copy SOURCE DESTINATION --settings FOLDER [--method METHOD]
//                               [--think-ms MS] [--tick-ms MS]
//       Shows MainWindow and fills the form with "all of SOURCE into DESTINATION"; removes
//       an existing DESTINATION and presses Start --think-ms (500) after the source preview
//       appeared, as a person would (later); waits for copyFinished and watches one more
//       second (the read-back preview). Reports the time from Start to copyFinished, the
//       longest gap between two turns of the event loop (a timer due every --tick-ms, 5,
//       notes how late it fires) during the copy and up to the end of that second, and the
//       peak resident memory.
//
//   rangecopy-bench-window startup --settings FOLDER --launched-ns NS
//       Does what app/gui/main.cpp does (QApplication, QSettings, MainWindow, first-start
//       example, show) and reports how long after NS (CLOCK_MONOTONIC, taken by the caller
//       just before starting this process) the window's first frame was painted.

#include "app/gui/samplefiles.h"
#include "ui/window/mainwindow.h"
#include "ui/window/transferform.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <sys/resource.h>

using namespace rangecopy;

namespace {

// How long the event loop is still watched after copyFinished.
constexpr int kSettleMs = 1000;

qint64 peakResidentKib()
{
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void print(const QJsonObject& report)
{
    std::puts(QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "rangecopy-bench-window: %s\n", qPrintable(message));
    return 1;
}

// How long the event loop went without turning: a timer due every tickMs notes the time
// between two of its timeouts; anything that blocks the GUI thread shows as a long gap.
// A 1 ms tick slowed the copy itself by several per cent on two cores; 5 ms does not, and
// still shows any gap near 50 ms.
class EventLoopGapMeter : public QObject {
public:
    explicit EventLoopGapMeter(int tickMs, QObject* parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(tickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_lastNs = now;
            ++m_turns;
        });
    }

    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    [[nodiscard]] double longestGapMs() const { return double(m_longestNs) / 1e6; }
    [[nodiscard]] qint64 turns() const { return m_turns; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_turns = 0;
};

QString settingsFile(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("rangecopy.ini"));
}

int runCopy(QApplication& app, const QString& source, const QString& destination,
            const QString& settingsFolder, CopyMethod method, int thinkMs, int tickMs)
{
    QSettings settings(settingsFile(settingsFolder), QSettings::IniFormat);
    settings.setValue(QStringLiteral("firstStartDone"), true);
    settings.setValue(QStringLiteral("confirm/replace"), false); // no question box to answer
    MainWindow window(settings);
    window.show();
    QElapsedTimer exposeWait;
    exposeWait.start();
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) &&
           exposeWait.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);

    TransferRequest request = window.form()->request();
    request.sourcePath = source;
    request.destinationPath = destination;
    request.offset = 0;
    request.count.reset();
    request.mode = DestinationMode::Replace;
    request.method = method;
    request.chunkSize = kDefaultChunkSize;
    window.form()->setRequest(request);
    // The form looks at the files on a worker.
    if (window.form()->isChecking()) {
        QEventLoop checkWait;
        QObject::connect(window.form(), &TransferForm::filesChecked, &checkWait, &QEventLoop::quit);
        QTimer::singleShot(10000, &checkWait, &QEventLoop::quit);
        checkWait.exec();
    }
    if (!window.form()->problem().isEmpty())
        return fail(window.form()->problem());
    // A person presses Start after the window has shown the source range, not within the
    // 200 ms it waits before previewing it; so does the harness, thinkMs after the preview.
    QEventLoop previewWait;
    QObject::connect(&window, &MainWindow::previewShown, &previewWait,
                     [&] { QTimer::singleShot(thinkMs, &previewWait, &QEventLoop::quit); });
    QTimer::singleShot(5000, &previewWait, &QEventLoop::quit);
    previewWait.exec();

    EventLoopGapMeter gaps(tickMs);
    QElapsedTimer clock;
    std::optional<TransferResult> result;
    double copySeconds = 0;
    double copyGapMs = 0;
    QObject::connect(&window, &MainWindow::copyFinished, &app, [&](const TransferResult& finished) {
        copySeconds = double(clock.nsecsElapsed()) / 1e9;
        copyGapMs = gaps.longestGapMs();
        result = finished;
        // What the window does after a copy (the read-back preview) must
        // not block the loop either: keep measuring for a moment.
        QTimer::singleShot(kSettleMs, &app, [] { QApplication::quit(); });
    });
    QTimer::singleShot(120000, &app, [] { QApplication::exit(2); });
    // The last run's copy goes just before Start, as rangecopy-cli's goes just before it
    // runs: this machine hands memory that stays free for a moment back to its host, and
    // getting it back is slow, so both write into memory freed just before.
    QFile::remove(destination);
    gaps.start();
    // Start from inside the event loop, so the time startCopy() itself takes is a gap too.
    double startCallMs = 0;
    QTimer::singleShot(0, &window, [&] {
        clock.start();
        window.startCopy();
        startCallMs = double(clock.nsecsElapsed()) / 1e6;
    });
    const int loopExit = QApplication::exec();
    if (loopExit != 0 || !result)
        return fail(QStringLiteral("the copy did not finish in time"));
    if (!result->ok())
        return fail(result->message);

    print({
        {QStringLiteral("bytes"), result->bytesSent},
        {QStringLiteral("seconds"), copySeconds},
        {QStringLiteral("engine_seconds"), result->elapsedSeconds},
        {QStringLiteral("start_call_ms"), startCallMs},
        {QStringLiteral("max_gap_ms"), copyGapMs},
        {QStringLiteral("max_gap_ms_after_copy"), gaps.longestGapMs()},
        {QStringLiteral("loop_turns"), gaps.turns()},
        {QStringLiteral("max_rss_kib"), peakResidentKib()},
    });
    return 0;
}

// Notes when the window's first expose event arrives and when it has been handled (the
// widgets painted into the backing store and flushed).
class FirstFrameWatcher : public QObject {
public:
    explicit FirstFrameWatcher(QWidget* window)
        : m_window(window)
    {
    }
    std::function<void()> onPainted;
    qint64 exposedNs = 0;
    qint64 paintedNs = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && exposedNs == 0 &&
            watched == m_window->windowHandle() && m_window->windowHandle()->isExposed()) {
            exposedNs = monotonicNs();
            // Runs once the expose event, and the paint it causes, has been handled.
            QTimer::singleShot(0, this, [this] {
                paintedNs = monotonicNs();
                onPainted();
            });
        }
        return false;
    }

private:
    QWidget* m_window;
};

} // namespace

int main(int argc, char* argv[])
{
    const qint64 mainNs = monotonicNs();
    QApplication app(argc, argv);
    const qint64 applicationNs = monotonicNs();
    QApplication::setOrganizationName(QStringLiteral("RangeCopy"));
    QApplication::setApplicationName(QStringLiteral("rangecopy"));
    QApplication::setApplicationDisplayName(QStringLiteral("RangeCopy"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("copy or startup"));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
                                            QStringLiteral("folder for the settings file"),
                                            QStringLiteral("FOLDER"));
    const QCommandLineOption methodOption(QStringLiteral("method"), QStringLiteral("copy method"),
                                          QStringLiteral("METHOD"), QStringLiteral("sendfile"));
    const QCommandLineOption thinkOption(QStringLiteral("think-ms"),
                                         QStringLiteral("wait after the source preview"),
                                         QStringLiteral("MS"), QStringLiteral("500"));
    const QCommandLineOption tickOption(QStringLiteral("tick-ms"),
                                        QStringLiteral("gap meter resolution"),
                                        QStringLiteral("MS"), QStringLiteral("5"));
    const QCommandLineOption launchedOption(QStringLiteral("launched-ns"),
                                            QStringLiteral("CLOCK_MONOTONIC at launch"),
                                            QStringLiteral("NS"));
    parser.addOptions({settingsOption, methodOption, thinkOption, tickOption, launchedOption});
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    const QString settingsFolder = parser.value(settingsOption);
    if (positional.isEmpty() || settingsFolder.isEmpty() || !QDir(settingsFolder).exists())
        return fail(QStringLiteral("expected a mode and --settings FOLDER (an existing folder)"));

    if (positional.at(0) == QLatin1String("copy")) {
        const std::optional<CopyMethod> method = methodFromName(parser.value(methodOption));
        if (positional.size() != 3 || !method)
            return fail(QStringLiteral("copy needs SOURCE DESTINATION and a known --method"));
        return runCopy(app, positional.at(1), positional.at(2), settingsFolder, *method,
                       parser.value(thinkOption).toInt(),
                       std::max(1, parser.value(tickOption).toInt()));
    }
    if (positional.at(0) != QLatin1String("startup"))
        return fail(QStringLiteral("unknown mode %1").arg(positional.at(0)));

    // As app/gui/main.cpp does it.
    const qint64 launchedNs = parser.value(launchedOption).toLongLong();
    QSettings settings(settingsFile(settingsFolder), QSettings::IniFormat);
    MainWindow window(settings);
    prefillFirstStartExample(window, settings,
                             QDir(settingsFolder).filePath(QStringLiteral("sample")));
    const qint64 builtNs = monotonicNs();
    FirstFrameWatcher watcher(&window);
    app.installEventFilter(&watcher);
    watcher.onPainted = [] {
        QApplication::quit();
    };
    QTimer::singleShot(10000, &app, [] { QApplication::exit(2); });
    window.show();
    if (QApplication::exec() != 0)
        return fail(QStringLiteral("the window was not shown in time"));

    const auto sinceLaunchMs = [launchedNs](qint64 ns) {
        return double(ns - launchedNs) / 1e6;
    };
    print({
        {QStringLiteral("main_ms"), sinceLaunchMs(mainNs)},
        {QStringLiteral("application_ms"), sinceLaunchMs(applicationNs)},
        {QStringLiteral("window_built_ms"), sinceLaunchMs(builtNs)},
        {QStringLiteral("exposed_ms"), sinceLaunchMs(watcher.exposedNs)},
        {QStringLiteral("shown_ms"), sinceLaunchMs(watcher.paintedNs)},
        {QStringLiteral("max_rss_kib"), peakResidentKib()},
    });
    return 0;
}
