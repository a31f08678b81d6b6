// Memory and time of the paged previews on a huge sparse source, through the whole window:
// open it as the source, scroll the hex view to the end, jump to 0x1_0000_0000, and the same
// in the text view. Prints one line per step with the resident memory (VmRSS) and its peak
// (VmHWM), so BENCHMARKS.md can report them. Runs offscreen unless QT_QPA_PLATFORM says
// otherwise.
//
//   rangecopy-bench-preview [--size 10G] [--dir FOLDER]

#include "core/text/bytesize.h"
#include "ui/preview/hexview.h"
#include "ui/preview/previewpane.h"
#include "ui/preview/textview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/transferform.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

namespace {

// A field of /proc/self/status in KiB, such as VmRSS or VmHWM.
qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void report(const char* step, const QElapsedTimer& clock)
{
    const QString time =
        clock.isValid() ? QStringLiteral("%1 ms").arg(double(clock.nsecsElapsed()) / 1e6, 8, 'f', 1)
                        : QStringLiteral("%1   ").arg(QString(), 8);
    std::printf("%-52s %s   RSS %6.1f MiB   peak %6.1f MiB\n", step, qPrintable(time),
                double(statusKiB("VmRSS:")) / 1024.0, double(statusKiB("VmHWM:")) / 1024.0);
    std::fflush(stdout);
}

// Times one step, which repaints what it changed: the time includes the painting.
void timed(const char* step, const std::function<void()>& action)
{
    QElapsedTimer clock;
    clock.start();
    action();
    report(step, clock);
}

// Ctrl+End to the last row, then a jump to 4 GiB, in a preview view that has the focus.
template <typename View> void measureJumps(const char* name, View* view)
{
    view->setFocus();
    const QByteArray toEnd = QByteArray(name) + ": Ctrl+End to the last row";
    timed(toEnd.constData(), [view] {
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        view->repaint();
    });
    const QByteArray jump = QByteArray(name) + ": go to 0x1_0000_0000";
    timed(jump.constData(), [view] {
        view->goToOffset(0x100000000LL);
        view->repaint();
    });
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace rangecopy;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Sparse file size."),
                                        QStringLiteral("N"), QStringLiteral("10G"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where to put it."),
                                       QStringLiteral("FOLDER"));
    parser.addOptions({sizeOption, dirOption});
    parser.process(app);
    const ParsedByteSize size = parseByteSize(parser.value(sizeOption));
    if (!size.ok() || size.value < 0x100000010LL) {
        std::fprintf(stderr, "rangecopy-bench-preview: --size: %s (at least 4 GiB + 16)\n",
                     qPrintable(size.ok() ? QStringLiteral("too small") : size.error));
        return 1;
    }

    QTemporaryDir dir(parser.isSet(dirOption)
                          ? parser.value(dirOption) + QStringLiteral("/rangecopy-bench-XXXXXX")
                          : QString());
    const QString source = dir.filePath(QStringLiteral("sparse.img"));
    {
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(size.value)) {
            std::fprintf(stderr, "rangecopy-bench-preview: cannot make '%s'\n", qPrintable(source));
            return 1;
        }
    }
    std::printf("sparse source of %s; every step waits until it is painted\n",
                qPrintable(formatByteSize(size.value)));
    report("start", QElapsedTimer());

    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("firstStartDone"), true);
    MainWindow window(settings);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    report("window shown", QElapsedTimer());

    QElapsedTimer clock;
    clock.start();
    TransferRequest request = window.form()->request();
    request.sourcePath = source;
    request.destinationPath = dir.filePath(QStringLiteral("out.img"));
    request.count.reset();
    window.form()->setRequest(request);
    (void)QTest::qWaitFor([&] { return window.preview()->hexView()->fileSize() == size.value; },
                          10000);
    QApplication::processEvents();
    report("source view open (after the 200 ms typing pause)", clock);

    HexView* hex = window.preview()->hexView();
    window.preview()->tabs()->setCurrentWidget(hex);
    measureJumps("hex view", hex);
    timed("hex view: 200 pages up, painted each", [hex] {
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(hex, Qt::Key_PageUp);
            hex->repaint();
        }
    });
    TextView* text = window.preview()->textView();
    window.preview()->tabs()->setCurrentWidget(text);
    measureJumps("text view", text);

    std::printf("peak resident memory: %.1f MiB\n", double(statusKiB("VmHWM:")) / 1024.0);
    return 0;
}
