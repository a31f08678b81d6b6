// The reliability matrix of issue 5, where the window shows the outcome: input it refuses
// before a copy (Start stays disabled and the reason is shown), a source that changes during
// the copy, a destination swapped for a symlink, and cancels at random points. The window's
// other checks are in tst_mainwindow.

#include "core/io/timedwork.h"
#include "core/text/displaytext.h"
#include "core/transfer/testhooks.h"
#include "core/transfer/transferinspector.h"
#include "support/testsupport.h"
#include "support/windowtest.h"
#include "ui/preview/hexview.h"
#include "ui/preview/previewpane.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/backgroundcopy.h"
#include "ui/window/mainwindow.h"
#include "ui/window/resultpanel.h"
#include "ui/window/transferform.h"
#include <QTabWidget>

#include "core/io/workerpool.h"
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

ByteSizeEdit* chunkSizeEdit(TransferForm* form)
{
    for (ByteSizeEdit* edit : form->findChildren<ByteSizeEdit*>()) {
        if (edit->accessibleName() == u"Chunk size"_s)
            return edit;
    }
    return nullptr;
}

} // namespace

class TestReliabilityWindow : public WindowTest {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void badInputKeepsStartDisabled_data();
    void badInputKeepsStartDisabled();
    void sourceChangingDuringTheCopyIsReported_data();
    void sourceChangingDuringTheCopyIsReported();
    void swappedDestinationIsRefused();
    void cancelsAtRandomPointsKeepThePromises();
    void pausedRunnerReportsTheHeldCount();
    void specialFilesDoNotFreezeTheWindow_data();
    void specialFilesDoNotFreezeTheWindow();
    void aFileThatDoesNotAnswerLeavesTheWindowResponsive();
    void thePreviewOpensAFileThatDoesNotAnswerOnAWorker();
    void thePreviewGivesUpAFileThatStopsAnsweringWhileScrolled();
    void completionListsTheFolderOnAWorker();

private:
    void fillIn(const QString& source, const QString& destination, const QString& mode);
    void waitForCopy(QSignalSpy& finished);
};

void TestReliabilityWindow::cleanup()
{
    TimedWork::setTestDelay(0ms);
    WindowTest::cleanup();
    setBeforeDestinationOpenHook({});
    // Workers a test held back finish before the next test's.
    QTRY_VERIFY_WITH_TIMEOUT(TimedWork::pool().busyCount() == 0, kWaitMs);
}

void TestReliabilityWindow::fillIn(const QString& source, const QString& destination,
                                   const QString& mode)
{
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), source);
    typeInto(form->destinationField()->lineEdit(), destination);
    form->toEndCheck()->setChecked(true);
    form->modeCombo()->setCurrentIndex(form->modeCombo()->findText(mode));
    waitForChecks();
}

void TestReliabilityWindow::waitForCopy(QSignalSpy& finished)
{
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QVERIFY(!m_window->isCopying());
}

void TestReliabilityWindow::badInputKeepsStartDisabled_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("chunkSize");
    QTest::addColumn<QString>("reason");
    // tst_mainwindow has bad numbers, a missing source and folder, the source itself as the
    // destination, and an existing destination in "new" mode.
    QTest::newRow("empty source") << QString() << u"dest.bin"_s << u"8 MiB"_s
                                  << u"Choose a source file."_s;
    QTest::newRow("empty destination")
        << u"source.bin"_s << QString() << u"8 MiB"_s << u"Choose a destination file."_s;
    QTest::newRow("source is a folder")
        << u"folder"_s << u"dest.bin"_s << u"8 MiB"_s << u"it is a folder, not a file"_s;
    QTest::newRow("source is a FIFO")
        << u"fifo"_s << u"dest.bin"_s << u"8 MiB"_s << u"it is a pipe or a socket, not a file"_s;
    QTest::newRow("source is a socket")
        << u"socket"_s << u"dest.bin"_s << u"8 MiB"_s << u"it is a pipe or a socket, not a file"_s;
    // fillIn() copies to the end: /dev/zero has none (with a count it serves: tst_devices).
    QTest::newRow("source is /dev/zero, to the end")
        << u"/dev/zero"_s << u"dest.bin"_s << u"8 MiB"_s << u"a character device has no end"_s;
    // A folder as the destination takes the copy under the source's name (as cp does), so
    // the bad input is a folder already holding a folder of that name.
    QTest::newRow("destination is a folder holding a folder of the source's name")
        << u"source.bin"_s << u"folder"_s << u"8 MiB"_s
        << u"Give the destination a file name inside that folder"_s;
    QTest::newRow("chunk size 0") << u"source.bin"_s << u"dest.bin"_s << u"0"_s
                                  << u"The chunk size 0 is outside 1 .. 2147479552 bytes."_s;
    QTest::newRow("chunk size above the cap")
        << u"source.bin"_s << u"dest.bin"_s << u"2 GiB"_s << u"is outside 1 .."_s;
    QTest::newRow("chunk size garbage")
        << u"source.bin"_s << u"dest.bin"_s << u"lots"_s << u"is not a number"_s;
    QTest::newRow("chunk size negative")
        << u"source.bin"_s << u"dest.bin"_s << u"-1"_s << u"is negative"_s;
}

void TestReliabilityWindow::badInputKeepsStartDisabled()
{
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(QString, chunkSize);
    QFETCH(QString, reason);

    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(1000, 1)));
    QVERIFY(writeFile(path(u"dest.bin"_s), QByteArrayLiteral("keep me")));
    QVERIFY(QDir().mkpath(path(u"folder/source.bin"_s)));
    QCOMPARE(::mkfifo(QFile::encodeName(path(u"fifo"_s)).constData(), 0600), 0);
    const FileDescriptor socket = bindUnixSocket(path(u"socket"_s));
    QVERIFY(socket.isOpen());
    const Snapshot before = snapshot(m_dir->path());

    const auto absolute = [this](const QString& name) {
        return name.isEmpty() || name.startsWith(u'/') ? name : path(name);
    };
    fillIn(absolute(source), absolute(destination), u"Replace"_s);
    ByteSizeEdit* chunk = chunkSizeEdit(m_window->form());
    QVERIFY(chunk);
    chunk->setText(chunkSize);
    waitForChecks();

    QVERIFY(!m_window->startButton()->isEnabled());
    const QString problem = m_window->form()->problem();
    QVERIFY2(problem.contains(reason), qPrintable(problem));
    // Ctrl+Return does nothing either, and nothing on disk changes.
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!m_window->isCopying());
    QCOMPARE(finished.count(), 0);
    m_settings->sync();
    Snapshot after = snapshot(m_dir->path());
    after.remove(u"settings.ini"_s);
    Snapshot expected = before;
    expected.remove(u"settings.ini"_s);
    QCOMPARE(after, expected);
}

void TestReliabilityWindow::sourceChangingDuringTheCopyIsReported_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("replace") << u"Replace"_s;
    QTest::newRow("append") << u"Append"_s;
}

void TestReliabilityWindow::sourceChangingDuringTheCopyIsReported()
{
    QFETCH(QString, mode);
    // 256 chunks of 4 KiB, 20 ms apart: the truncation lands long before 100 KiB were copied.
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "20");
    constexpr qint64 kShrunk = 100 * 1024;
    const QByteArray source = patternBytes(1024 * 1024, 2);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    const QByteArray old = QByteArrayLiteral("precious");
    QVERIFY(writeFile(path(u"dest.bin"_s), old));
    fillIn(path(u"source.bin"_s), path(u"dest.bin"_s), mode);
    TransferRequest request = m_window->form()->request();
    request.chunkSize = 4096;
    m_window->form()->setRequest(request);
    waitForChecks();

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->progressBar()->value() > 0);
    QCOMPARE(::truncate(QFile::encodeName(path(u"source.bin"_s)).constData(), kShrunk), 0);
    waitForCopy(finished);

    QCOMPARE(m_window->resultPanel()->headline(), u"The copy failed"_s);
    const QString details = m_window->resultPanel()->details();
    QVERIFY2(details.contains(u"got shorter (it held 1048576 bytes when the copy started)"_s),
             qPrintable(details));
    QVERIFY2(details.contains(u"Something wrote to the source during the copy"_s),
             qPrintable(details));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
    if (mode == u"Replace"_s) {
        QCOMPARE(readFile(path(u"dest.bin"_s)), old);
        return;
    }
    QVERIFY2(details.contains(u"; %1 bytes were written before the copy stopped."_s.arg(kShrunk)),
             qPrintable(details));
    QCOMPARE(readFile(path(u"dest.bin"_s)), old + source.left(kShrunk));
}

void TestReliabilityWindow::swappedDestinationIsRefused()
{
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(5000, 3)));
    QVERIFY(writeFile(path(u"dest.bin"_s), QByteArrayLiteral("old")));
    const QByteArray victim = QFile::encodeName(path(u"victim.bin"_s));
    QVERIFY(writeFile(path(u"victim.bin"_s), QByteArrayLiteral("never written")));
    const QByteArray destination = QFile::encodeName(path(u"dest.bin"_s));
    // Between the engine's check and its open, on the worker thread, someone plants a symlink.
    setBeforeDestinationOpenHook([&] {
        ::unlink(destination.constData());
        if (::symlink(victim.constData(), destination.constData()) != 0)
            qWarning("cannot plant the symlink");
    });
    fillIn(path(u"source.bin"_s), path(u"dest.bin"_s), u"Overwrite at offset"_s);

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    waitForCopy(finished);

    QCOMPARE(m_window->resultPanel()->headline(), u"The copy failed"_s);
    const QString details = m_window->resultPanel()->details();
    QVERIFY2(details.contains(u"replaced by a symbolic link"_s), qPrintable(details));
    QVERIFY2(details.contains(u"after it was checked; nothing was written."_s),
             qPrintable(details));
    QVERIFY2(details.contains(u"Something else changed the destination"_s), qPrintable(details));
    QCOMPARE(readFile(path(u"victim.bin"_s)), QByteArrayLiteral("never written"));
}

void TestReliabilityWindow::cancelsAtRandomPointsKeepThePromises()
{
    // tst_mainwindow cancels one replace copy; this cancels ten, replace and append, each at
    // a random point, through the worker thread and the future watcher.
    constexpr int kRuns = 10;
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "2");
    const QByteArray source = patternBytes(2 * 1024 * 1024, 4);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    QRandomGenerator random(QRandomGenerator::system()->generate());
    static const QRegularExpression kWritten(u"cancelled after (\\d+) bytes? (were|was) written"_s);

    for (int i = 0; i < kRuns; ++i) {
        const bool append = i % 2 == 1;
        const QByteArray old = patternBytes(1000 + i, 10 + quint32(i));
        QVERIFY(writeFile(path(u"dest.bin"_s), old));
        fillIn(path(u"source.bin"_s), path(u"dest.bin"_s), append ? u"Append"_s : u"Replace"_s);
        TransferRequest request = m_window->form()->request();
        request.chunkSize = 4096;
        m_window->form()->setRequest(request);
        waitForChecks();
        const int threshold = random.bounded(m_window->progressBar()->maximum() * 9 / 10);

        QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_window->isCopying() || finished.count() > 0);
        QTRY_VERIFY(m_window->progressBar()->value() >= threshold || finished.count() > 0);
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        waitForCopy(finished);

        QCOMPARE(partFilesIn(m_dir->path()), QStringList());
        const QString headline = m_window->resultPanel()->headline();
        if (headline != u"Cancelled"_s) { // it ended before Esc came
            QCOMPARE(readFile(path(u"dest.bin"_s)), append ? old + source : source);
            continue;
        }
        if (!append) {
            QCOMPARE(readFile(path(u"dest.bin"_s)), old);
            continue;
        }
        const QString details = m_window->resultPanel()->details();
        const QRegularExpressionMatch match = kWritten.match(details);
        QVERIFY2(match.hasMatch(), qPrintable(details));
        QCOMPARE(readFile(path(u"dest.bin"_s)), old + source.left(match.captured(1).toLongLong()));
    }
}

void TestReliabilityWindow::pausedRunnerReportsTheHeldCount()
{
    // Progress signals are throttled and move in steps of 1/10000: of a 1 GiB copy in 4 KiB
    // chunks, most chunks are never reported. Paused, the window must still show the count
    // the worker holds at, not the last one that happened to get through.
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "2");
    {
        QFile big(path(u"big.bin"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(1) << 30));
    }
    TransferRequest request = makeRequest(path(u"big.bin"_s), path(u"dest.bin"_s));
    request.chunkSize = 4096;
    request.sparse = SparseMode::Never; // the file is one hole: every chunk written as zeros
    BackgroundCopy runner;
    qint64 lastReported = -1;
    connect(&runner, &BackgroundCopy::progressChanged, this,
            [&](qint64 bytesDone, qint64) { lastReported = bytesDone; });
    QSignalSpy finished(&runner, &BackgroundCopy::finished);
    runner.start(request);
    QTRY_VERIFY(runner.bytesDone() > 64 * 4096);
    runner.pause();
    QTRY_VERIFY(runner.isHolding());
    const qint64 held = runner.bytesDone();
    QTRY_COMPARE(lastReported, held);

    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(finished.first().first().value<TransferResult>().error, TransferError::Cancelled);
    QVERIFY(!exists(path(u"dest.bin"_s)));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestReliabilityWindow::specialFilesDoNotFreezeTheWindow_data()
{
    addSpecialFileRows();
    // Regular, empty, and a read blocks until the kernel logs something (root only).
    QTest::newRow("/proc/kmsg source") << u"/proc/kmsg"_s << u"dest.bin"_s << false << QString();
}

void TestReliabilityWindow::specialFilesDoNotFreezeTheWindow()
{
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(bool, sourceRefused);
    QFETCH(QString, reason);
    if (source == u"/proc/kmsg"_s && ::geteuid() != 0)
        QSKIP("/proc/kmsg can be opened by root only");
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(1000, 5)));
    QCOMPARE(::mkfifo(QFile::encodeName(path(u"fifo"_s)).constData(), 0600), 0);
    const auto absolute = [this](const QString& name) {
        return name.startsWith(u'/') ? name : path(name);
    };
    // The event loop keeps running while the files are looked at: a timer keeps firing.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(5);

    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), absolute(source));
    typeInto(form->destinationField()->lineEdit(), absolute(destination));
    QTRY_VERIFY(ticks > 2);
    if (reason.isEmpty()) {
        // /proc/kmsg: a /proc file of unknown size, which nothing but a copy reads (reading
        // takes the kernel's messages away).
        QVERIFY2(form->sourceField()->info().startsWith(u"Size unknown until read"_s),
                 qPrintable(form->sourceField()->info()));
        QTRY_VERIFY2(m_window->preview()->caption().contains(u"takes its bytes away"_s),
                     qPrintable(m_window->preview()->caption()));
        QVERIFY(!m_window->preview()->document().isOpen());
        return;
    }
    QVERIFY(!m_window->startButton()->isEnabled());
    PathField* field = sourceRefused ? form->sourceField() : form->destinationField();
    QVERIFY2(field->info().contains(reason), qPrintable(field->info()));
    QVERIFY2(form->problem().contains(reason), qPrintable(form->problem()));
}

void TestReliabilityWindow::aFileThatDoesNotAnswerLeavesTheWindowResponsive()
{
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(1000, 6)));
    TransferForm* form = m_window->form();
    typeInto(form->destinationField()->lineEdit(), path(u"dest.bin"_s));
    // From here every look at a file takes 5 s, as on a mount that stopped answering; the
    // form gives up after 1 s.
    TimedWork::setTestDelay(5000ms);
    form->inspector()->setTimeLimit(1000ms);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(5);
    QElapsedTimer clock;
    clock.start();
    form->sourceField()->setPath(path(u"source.bin"_s));

    QVERIFY(form->isChecking());
    QVERIFY(!m_window->startButton()->isEnabled());
    QTRY_COMPARE(form->sourceField()->info(), u"Checking…"_s);
    QCOMPARE(form->destinationField()->info(), u"Checking…"_s);
    // Typing into another field works meanwhile.
    QTest::keyClicks(m_window->preview()->findEdit(), u"still typing"_s);
    QCOMPARE(m_window->preview()->findEdit()->text(), u"still typing"_s);
    QVERIFY(ticks > 2);

    // Within the time limit the field says which file did not answer and what to do.
    QSignalSpy checked(form, &TransferForm::filesChecked);
    QVERIFY(checked.wait(kWaitMs));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!form->isChecking());
    const QString info = form->sourceField()->info();
    QVERIFY2(info.contains(path(u"source.bin"_s)) &&
                 info.contains(u"did not answer within 1 s"_s) &&
                 info.contains(u"choose another file"_s),
             qPrintable(info));
    QCOMPARE(form->destinationField()->info(), u"Not checked: the other file did not answer."_s);
    QVERIFY(!m_window->startButton()->isEnabled());
    QCOMPARE(form->problem(), info);
    QVERIFY(!form->sourceSize());
    // Start looks again and, given no answer, does not start.
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    m_window->startCopy();
    QVERIFY(checked.wait(kWaitMs));
    QVERIFY(!m_window->isCopying());
    QCOMPARE(finished.count(), 0);

    // Once the file answers again, an edit looks again and all is well.
    TimedWork::setTestDelay(0ms);
    typeInto(form->sourceField()->lineEdit(), path(u"source.bin"_s));
    QVERIFY2(form->sourceField()->info().startsWith(u"1000 bytes"_s),
             qPrintable(form->sourceField()->info()));
    QVERIFY(m_window->startButton()->isEnabled());
    QVERIFY(!exists(path(u"dest.bin"_s)));
}

void TestReliabilityWindow::thePreviewOpensAFileThatDoesNotAnswerOnAWorker()
{
    QVERIFY(writeFile(path(u"slow.bin"_s), patternBytes(1000, 7)));
    TimedWork::setTestDelay(5000ms);
    // A pane of its own: the window's shows what its form says, on its own schedule.
    PreviewPane pane;
    PreviewPane* preview = &pane;
    QSignalSpy shown(preview, &PreviewPane::fileShown);
    QElapsedTimer clock;
    clock.start();
    preview->showFile(u"Slow"_s, path(u"slow.bin"_s), 0, 10);
    QCOMPARE(preview->caption(), u"Opening…"_s);
    QVERIFY(preview->document().isOpening());
    QVERIFY(shown.wait(kWaitMs));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(preview->caption().contains(u"did not answer within 2 s"_s),
             qPrintable(preview->caption()));
    QVERIFY(!preview->document().isOpen());

    // A FIFO is refused on the worker, without waiting for a writer.
    TimedWork::setTestDelay(0ms);
    QCOMPARE(::mkfifo(QFile::encodeName(path(u"fifo"_s)).constData(), 0600), 0);
    preview->showFile(u"FIFO"_s, path(u"fifo"_s), 0, 10);
    QVERIFY(shown.wait(kWaitMs));
    QVERIFY2(preview->caption().contains(u"not a regular file"_s), qPrintable(preview->caption()));

    // A file that answers shows, with the first screen read by the worker.
    preview->showFile(u"Fine"_s, path(u"slow.bin"_s), 0, 10);
    QVERIFY(shown.wait(kWaitMs));
    QVERIFY(preview->document().isOpen());
    QVERIFY2(preview->caption().startsWith(
                 u"Bytes 0x0–0x9 of 1000 marked (10 bytes); the rest is dimmed."_s),
             qPrintable(preview->caption()));
    const qint64 readsOnTheWorker = preview->document().pagedFile().pageReads();
    QVERIFY(readsOnTheWorker >= 1);
    QCOMPARE(preview->text(), escapeForDisplay(patternBytes(1000, 7).left(10)));
    QCOMPARE(preview->document().pagedFile().pageReads(), readsOnTheWorker);
}

void TestReliabilityWindow::thePreviewGivesUpAFileThatStopsAnsweringWhileScrolled()
{
    // Pages read while scrolling come from a worker too: a file that stops answering (a mount
    // that went away after it was opened) costs one bounded wait, then the pane says why.
    const qint64 size = 4 * 1024 * 1024;
    QVERIFY(writeFile(path(u"mounted.bin"_s), patternBytes(size, 3)));
    PreviewPane pane;
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy shown(&pane, &PreviewPane::fileShown);
    pane.showFile(u"Mounted"_s, path(u"mounted.bin"_s), 0, 10);
    QVERIFY(shown.wait(kWaitMs));
    QVERIFY(pane.document().isOpen());
    pane.document().pagedFile().setReadTimeLimit(200ms);

    TimedWork::setTestDelay(3000ms); // every worker from now on answers after 3 s
    QElapsedTimer clock;
    clock.start();
    pane.tabs()->setCurrentWidget(pane.hexView());
    pane.hexView()->goToOffset(size / 2); // pages not read yet
    pane.hexView()->viewport()->repaint();
    QTRY_VERIFY2_WITH_TIMEOUT(pane.caption().contains(u"did not answer within 1 s"_s),
                              qPrintable(pane.caption() + u" / "_s + pane.title()), kWaitMs);
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(pane.caption().contains(path(u"mounted.bin"_s)), qPrintable(pane.caption()));
    QVERIFY(!pane.document().isOpen());
}

void TestReliabilityWindow::completionListsTheFolderOnAWorker()
{
    // The completer's list of the typed folder is read on a worker (QFileSystemModel read
    // /proc/kmsg on the window's thread for an icon when /proc/ was typed).
    QVERIFY(writeFile(path(u"alpha.bin"_s), "a"));
    QVERIFY(writeFile(path(u"alpine.bin"_s), "b"));
    QVERIFY(QDir().mkdir(path(u"albums"_s)));
    QLineEdit* edit = m_window->form()->sourceField()->lineEdit();
    QCompleter* completer = edit->completer();
    QVERIFY(completer);
    typeInto(edit, path(u"alp"_s));
    QTRY_COMPARE(completer->completionCount(), 2);
    QStringList offered;
    for (int row = 0; row < completer->completionCount(); ++row) {
        completer->setCurrentRow(row);
        offered << completer->currentCompletion();
    }
    QCOMPARE(offered, QStringList({path(u"alpha.bin"_s), path(u"alpine.bin"_s)}));
    typeInto(edit, path(u"alb"_s));
    QTRY_COMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), path(u"albums/"_s));
}

QTEST_MAIN(TestReliabilityWindow)
#include "tst_reliability_window.moc"
