// The copy's progress on the taskbar entry (issue 11, item 15): the launcher-entry signal on a
// private session bus, first from TaskbarProgress alone, then from the window during a copy.
// CTest runs it under dbus-run-session, which starts that bus (a dbus-daemon of the test's own)
// before the test starts: forking one from a test that already has threads is what
// ThreadSanitizer does not support.

#include "support/testsupport.h"
#include "support/windowtest.h"
#include "ui/window/mainwindow.h"
#include "ui/window/taskbarprogress.h"
#include "ui/window/transferform.h"

#include <QDBusConnection>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

// One Update signal as a task manager receives it.
struct LauncherUpdate {
    QString applicationUri;
    double progress = -1;
    bool visible = false;
};

} // namespace

// Receives the launcher-entry signals on the bus, as a dock would.
class LauncherListener : public QObject {
    Q_OBJECT

public:
    std::vector<LauncherUpdate> updates;

public Q_SLOTS:
    void update(const QString& applicationUri, const QVariantMap& properties)
    {
        updates.push_back({applicationUri, properties.value(u"progress"_s, -1.0).toDouble(),
                           properties.value(u"progress-visible"_s).toBool()});
    }
};

class TestTaskbarProgress : public WindowTest {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void showsEachPercentOnceThenClears();
    void theWindowShowsACopysProgressOnTheTaskbar();

private:
    QString m_busAddress;
    std::unique_ptr<LauncherListener> m_listener;
};

void TestTaskbarProgress::initTestCase()
{
    m_busAddress = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (m_busAddress.isEmpty())
        QSKIP("needs a session bus of its own: run it through ctest, which uses dbus-run-session "
              "(package dbus-daemon, in scripts/install-deps)");
}

void TestTaskbarProgress::cleanupTestCase()
{
    m_listener.reset();
    QDBusConnection::disconnectFromBus(u"listener"_s);
}

void TestTaskbarProgress::init()
{
    WindowTest::init();
    m_listener = std::make_unique<LauncherListener>();
    QDBusConnection listening = QDBusConnection::connectToBus(m_busAddress, u"listener"_s);
    QVERIFY(listening.isConnected());
    QVERIFY(listening.connect(QString(), QString(),
                              QString::fromLatin1(TaskbarProgress::kInterface), u"Update"_s,
                              m_listener.get(), SLOT(update(QString, QVariantMap))));
}

void TestTaskbarProgress::showsEachPercentOnceThenClears()
{
    QDBusConnection sending = QDBusConnection::connectToBus(m_busAddress, u"sender"_s);
    QVERIFY(sending.isConnected());
    {
        TaskbarProgress progress(sending);
        progress.show(0.25);
        progress.show(0.251); // still 25%: not said again
        progress.show(0.5);
        progress.clear();
        QTRY_COMPARE(m_listener->updates.size(), size_t(3));
    }
    QDBusConnection::disconnectFromBus(u"sender"_s);
    const std::vector<LauncherUpdate>& seen = m_listener->updates;
    QCOMPARE(seen[0].applicationUri, u"application://io.github.rangecopy.RangeCopy.desktop"_s);
    QCOMPARE(seen[0].progress, 0.25);
    QVERIFY(seen[0].visible);
    QCOMPARE(seen[1].progress, 0.5);
    QVERIFY(seen[1].visible);
    QVERIFY(!seen[2].visible);
}

void TestTaskbarProgress::theWindowShowsACopysProgressOnTheTaskbar()
{
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "10");
    QVERIFY(writeFile(path(u"source.bin"_s), steppedBytes(4 * 1024 * 1024)));
    TransferRequest request = makeRequest(path(u"source.bin"_s), path(u"dest.bin"_s));
    request.chunkSize = 64 * 1024;
    m_window->form()->setRequest(request);
    waitForChecks(); // Start waits for the files' check
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    qunsetenv("RANGECOPY_TEST_CHUNK_DELAY_MS");
    // Part-way progress while it ran, then the entry cleared once it finished.
    QTRY_VERIFY(!m_listener->updates.empty() && !m_listener->updates.back().visible);
    const std::vector<LauncherUpdate>& seen = m_listener->updates;
    QVERIFY(seen.size() >= 3);
    QVERIFY(std::any_of(seen.begin(), seen.end(), [](const LauncherUpdate& update) {
        return update.visible && update.progress > 0 && update.progress < 1;
    }));
    for (size_t i = 1; i + 1 < seen.size(); ++i)
        QVERIFY(seen[i].progress >= seen[i - 1].progress); // only forward
    QCOMPARE(QFileInfo(path(u"dest.bin"_s)).size(), qint64(4 * 1024 * 1024));
}

QTEST_MAIN(TestTaskbarProgress)
#include "tst_taskbarprogress.moc"
