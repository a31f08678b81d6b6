// The window's state stays true as a person works with it: the result after the inputs
// change, which file the preview shows, wrong input, a copy that stopped or paused, and the
// conveniences around the form (recent paths, swap, copy result, help).

#include "core/text/bytesize.h"
#include "core/transfer/transfermessages.h"
#include "support/testsupport.h"
#include "support/windowtest.h"
#include "ui/preview/previewpane.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/backgroundcopy.h"
#include "ui/window/helpdialogs.h"
#include "ui/window/mainwindow.h"
#include "ui/window/resultpanel.h"
#include "ui/window/transferform.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <sys/stat.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

// Receives the URLs the window hands to the desktop, in place of a file manager.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

} // namespace

class TestWindowState : public WindowTest {
    Q_OBJECT

private Q_SLOTS:
    void keepHolesIsAnOptionAndTheResultSaysHowMuch();
    void limitSpeedIsCheckedUsedAndRemembered();
    void aProcFileShowsItsContentAndCopiesToItsEnd();
    void resultGoesOutOfDateWhenAnInputChanges();
    void previewSwitchesBetweenSourceAndDestination();
    void wrongInputSaysWhyWhereTheStatusIs();
    void aStoppedOverwriteSaysWhatItWroteAndContinues();
    void pausedSaysPausedAndKeepsTheBarsWidth();
    void cancelAndKeepThenResume();
    void plainCancelKeepsNothing();
    void recentPathsComeBackOnTheNextStart();
    void swapCopyResultAndOpenFolder();
    void helpListsEveryShortcutAndTheManual();
    void aFolderAsDestinationTakesTheSourcesName();
    void aMissingFolderCanBeCreated();

private:
    // Fills the form: source, destination, offset and count (a negative count: to the end).
    void fill(const QString& source, const QString& destination, qint64 offset, qint64 count);
    void copyAndWait();
};

void TestWindowState::fill(const QString& source, const QString& destination, qint64 offset,
                           qint64 count)
{
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(source));
    typeInto(form->destinationField()->lineEdit(), path(destination));
    typeInto(form->offsetEdit(), QString::number(offset));
    if (count >= 0)
        typeInto(form->countEdit(), QString::number(count));
    else
        form->toEndCheck()->setChecked(true);
}

void TestWindowState::copyAndWait()
{
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    waitForChecks(); // Start waits for the files' check
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
}

void TestWindowState::keepHolesIsAnOptionAndTheResultSaysHowMuch()
{
    // A 16 MiB disk image with 5 bytes of data: on by default, its holes stay holes.
    const qint64 size = 16 * 1024 * 1024;
    QVERIFY(writeSparseFile(path(u"disk.img"_s), size, {{size / 2, "hello"}}));
    fill(u"disk.img"_s, u"copy.img"_s, 0, -1);
    QCheckBox* keepHoles = m_window->form()->keepHolesCheck();
    QVERIFY(keepHoles->isChecked());
    copyAndWait();
    ResultPanel* result = m_window->resultPanel();
    QCOMPARE(result->headline(), u"16777216 bytes sent (16.0 MiB)"_s);
    QVERIFY2(result->details().contains(u" of it holes, kept as holes"_s),
             qPrintable(result->details()));
    struct stat copied {};
    QCOMPARE(::stat(QFile::encodeName(path(u"copy.img"_s)).constData(), &copied), 0);
    QVERIFY(qint64(copied.st_blocks) * 512 < 1024 * 1024);
    QCOMPARE(readAt(path(u"copy.img"_s), size / 2, 5), QByteArray("hello"));

    // Off: every byte written.
    keepHoles->setChecked(false);
    QCOMPARE(m_window->form()->request().sparse, SparseMode::Never);
    copyAndWait();
    QVERIFY2(!result->details().contains(u"holes"_s), qPrintable(result->details()));
    QCOMPARE(::stat(QFile::encodeName(path(u"copy.img"_s)).constData(), &copied), 0);
    QVERIFY(qint64(copied.st_blocks) * 512 >= size);
}

void TestWindowState::limitSpeedIsCheckedUsedAndRemembered()
{
    const QByteArray bytes = steppedBytes(200000);
    QVERIFY(writeFile(path(u"in.bin"_s), bytes));
    fill(u"in.bin"_s, u"out.bin"_s, 0, -1);
    TransferForm* form = m_window->form();
    QCheckBox* limit = form->limitSpeedCheck();
    ByteSizeEdit* rate = form->rateLimitEdit();
    // Off by default: full speed, and the rate field waits for the box.
    QVERIFY(!limit->isChecked());
    QVERIFY(!rate->isEnabled());
    QCOMPARE(form->request().rateLimit, qint64(0));

    limit->setChecked(true);
    QVERIFY(rate->isEnabled());
    QCOMPARE(form->request().rateLimit, qint64(20 * 1024 * 1024));
    typeInto(rate, u"0"_s);
    waitForChecks();
    QCOMPARE(form->problem(),
             u"Limit speed: a speed of 0 would copy nothing: untick Limit speed to copy at full "
             "speed."_s);
    typeInto(rate, u"fast"_s);
    waitForChecks();
    QVERIFY2(form->problem().startsWith(u"Limit speed: 'fast' is not a number"_s),
             qPrintable(form->problem()));

    typeInto(rate, u"1 MiB"_s);
    copyAndWait();
    QCOMPARE(m_window->resultPanel()->headline(), u"200000 bytes sent (195.3 KiB)"_s);
    QCOMPARE(readFile(path(u"out.bin"_s)), bytes);
    m_window.reset();

    MainWindow next(*m_settings);
    QVERIFY(next.form()->limitSpeedCheck()->isChecked());
    QCOMPARE(next.form()->rateLimitEdit()->text(), u"1 MiB"_s);
    QCOMPARE(next.form()->request().rateLimit, qint64(1024 * 1024));
}

void TestWindowState::aProcFileShowsItsContentAndCopiesToItsEnd()
{
    // /proc/self/mountinfo reports 0 bytes; this process's mounts do not change meanwhile.
    const QString proc = u"/proc/self/mountinfo"_s;
    QFile file(proc);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const QByteArray content = file.readAll();
    QVERIFY(!content.isEmpty());
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), proc); // absolute: not in the test's folder
    typeInto(form->destinationField()->lineEdit(), path(u"copy.txt"_s));
    form->toEndCheck()->setChecked(true);
    waitForChecks();
    const QString info = form->sourceField()->info();
    QVERIFY2(info.startsWith(u"Size unknown until read"_s), qPrintable(u"info: "_s + info));
    PreviewPane* preview = m_window->preview();
    QTRY_VERIFY(preview->document().isOpen() && !preview->document().isOpening());
    QCOMPARE(preview->document().size(), qint64(content.size()));

    copyAndWait();
    TransferResult expected;
    expected.bytesSent = content.size();
    QCOMPARE(m_window->resultPanel()->headline(), TransferMessages::headline(expected));
    QCOMPARE(readFile(path(u"copy.txt"_s)), content);
}

void TestWindowState::resultGoesOutOfDateWhenAnInputChanges()
{
    QVERIFY(writeFile(path(u"source.bin"_s), steppedBytes(4096)));
    fill(u"source.bin"_s, u"dest.bin"_s, 0, 100);
    ResultPanel* result = m_window->resultPanel();
    QCOMPARE(result->headline(), u"Ready"_s);
    copyAndWait();
    QCOMPARE(result->headline(), u"100 bytes sent"_s);
    QVERIFY(result->showsResult());
    QCOMPARE(result->lastCopyLine(), QString());
    // Unlocking the form after the copy is no edit: the result stays.
    m_window->form()->recheck();
    QVERIFY(result->showsResult());

    // An edit: the panel says how things stand now, and keeps the old result, marked.
    typeInto(m_window->form()->offsetEdit(), u"200"_s);
    QVERIFY(!result->showsResult());
    QCOMPARE(result->headline(), u"Ready"_s);
    QCOMPARE(result->details(),
             u"%1 Press Start (Ctrl+Return) to copy."_s.arg(m_window->form()->rangeDescription()));
    QVERIFY2(result->details().contains(u"of 4096: 100 bytes."_s), qPrintable(result->details()));
    QCOMPARE(result->lastCopyLine(), u"Before the inputs changed: 100 bytes sent."_s);
}

void TestWindowState::previewSwitchesBetweenSourceAndDestination()
{
    QVERIFY(writeFile(path(u"source.bin"_s), steppedBytes(4096)));
    fill(u"source.bin"_s, u"dest.bin"_s, 16, 100);
    PreviewPane* preview = m_window->preview();
    QVERIFY(!m_window->showDestinationAction()->isEnabled()); // nothing copied yet
    QTRY_COMPARE(preview->title(), u"Source range, what will be copied"_s);
    copyAndWait();
    QCOMPARE(m_window->previewSubject(), MainWindow::PreviewSubject::Destination);
    QCOMPARE(preview->title(), u"Copied bytes, read back from dest.bin"_s);
    QTRY_COMPARE(preview->document().path(), path(u"dest.bin"_s));

    // Ctrl+1 shows the source again and Ctrl+2 the destination: both stay available.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->previewSubject(), MainWindow::PreviewSubject::Source);
    QTRY_COMPARE(preview->document().path(), path(u"source.bin"_s)); // opened on a worker
    QCOMPARE(preview->document().markedRange()->start, 16);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(preview->document().path(), path(u"dest.bin"_s));
    QCOMPARE(preview->document().markedRange()->length, 100);

    // Editing the range goes back to the source, and the destination stays one key away.
    typeInto(m_window->form()->countEdit(), u"50"_s);
    QCOMPARE(m_window->previewSubject(), MainWindow::PreviewSubject::Source);
    QTRY_COMPARE(preview->document().markedRange()->length, 50);
    QCOMPARE(preview->document().path(), path(u"source.bin"_s));
    QVERIFY(m_window->showDestinationAction()->isEnabled());
}

void TestWindowState::wrongInputSaysWhyWhereTheStatusIs()
{
    QVERIFY(writeFile(path(u"source.bin"_s), steppedBytes(4096)));
    fill(u"source.bin"_s, u"dest.bin"_s, 0, 100);
    PreviewPane* preview = m_window->preview();
    QTRY_VERIFY(preview->document().isOpen());
    ResultPanel* result = m_window->resultPanel();
    TransferForm* form = m_window->form();
    const int offsetWidth = form->offsetEdit()->width();

    // A missing source: the reason where the status is, and no stale preview.
    typeInto(form->sourceField()->lineEdit(), path(u"nope.bin"_s));
    QVERIFY(!m_window->startButton()->isEnabled());
    QCOMPARE(result->headline(), u"Not ready"_s);
    QVERIFY2(result->details().contains(u"nope.bin"_s), qPrintable(result->details()));
    QTRY_VERIFY(!preview->document().isOpen());
    QVERIFY2(preview->caption().startsWith(u"No preview: "_s), qPrintable(preview->caption()));
    QVERIFY(preview->caption().contains(u"nope.bin"_s));

    // A wrong offset: the same, and the message names every unit, B included; the field keeps
    // its width.
    typeInto(form->sourceField()->lineEdit(), path(u"source.bin"_s));
    QTRY_VERIFY(preview->document().isOpen());
    typeInto(form->offsetEdit(), u"12XB"_s);
    QCOMPARE(result->headline(), u"Not ready"_s);
    QVERIFY2(result->details().contains(u"use B, K, KiB"_s), qPrintable(result->details()));
    QVERIFY(form->offsetErrorLabel()->isVisible());
    QCOMPARE(form->offsetEdit()->width(), offsetWidth);
    QTRY_VERIFY(!preview->document().isOpen());
    QVERIFY(preview->caption().contains(u"12XB"_s));

    // A wrong destination does not hide the source's preview.
    typeInto(form->offsetEdit(), u"0"_s);
    typeInto(form->destinationField()->lineEdit(), path(u"no/such/folder/dest.bin"_s));
    QCOMPARE(result->headline(), u"Not ready"_s);
    QTRY_VERIFY(preview->document().isOpen());
    QCOMPARE(preview->document().path(), path(u"source.bin"_s));
}

void TestWindowState::aStoppedOverwriteSaysWhatItWroteAndContinues()
{
    // 16 MiB in 256 KiB chunks with a pause after each: still running when Esc arrives.
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "20");
    const qint64 size = 16 * 1024 * 1024;
    const QByteArray source = steppedBytes(size);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    QVERIFY(writeFile(path(u"dest.bin"_s), QByteArray(100, 'x')));
    fill(u"source.bin"_s, u"dest.bin"_s, 0, -1);
    TransferForm* form = m_window->form();
    TransferRequest request = form->request();
    request.mode = DestinationMode::Overwrite;
    request.destinationOffset = 100;
    request.chunkSize = 256 * 1024;
    form->setRequest(request);

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    waitForChecks(); // Start waits for the files' check
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->progressBar()->value() > 0);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const auto copyResult = finished.at(0).at(0).value<TransferResult>();
    const qint64 written = copyResult.bytesSent;
    QVERIFY(written > 0 && written < size);

    ResultPanel* result = m_window->resultPanel();
    QCOMPARE(result->headline(), u"Cancelled"_s);
    QCOMPARE(result->writtenSpan(),
             u"Bytes 100–%1 of '%2' now hold copied data, %3; the other %4 of the range "
             u"were not written."_s.arg(100 + written - 1)
                 .arg(path(u"dest.bin"_s), TransferMessages::sizeInWords(written),
                      TransferMessages::sizeInWords(size - written)));
    QVERIFY(m_window->progressBar()->text().startsWith(u"Cancelled at "_s));
    QCOMPARE(m_window->windowTitle(), u"RangeCopy"_s);

    // Continue From There fills in the rest; Start finishes the file.
    QVERIFY(result->continueButton()->isVisible());
    QTest::mouseClick(result->continueButton(), Qt::LeftButton);
    const TransferRequest rest = form->request();
    QCOMPARE(rest.offset, written);
    QCOMPARE(rest.destinationOffset, 100 + written);
    QCOMPARE(rest.mode, DestinationMode::Overwrite);
    QVERIFY(!rest.count.has_value()); // to the end, as before
    qunsetenv("RANGECOPY_TEST_CHUNK_DELAY_MS");
    copyAndWait();
    QVERIFY2(result->headline().startsWith(u"%1 bytes sent"_s.arg(size - written)),
             qPrintable(result->headline()));
    QCOMPARE(readFile(path(u"dest.bin"_s)), QByteArray(100, 'x') + source);
}

void TestWindowState::pausedSaysPausedAndKeepsTheBarsWidth()
{
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "10");
    const qint64 size = 8 * 1024 * 1024;
    QVERIFY(writeFile(path(u"source.bin"_s), steppedBytes(size)));
    fill(u"source.bin"_s, u"dest.bin"_s, 0, -1);
    TransferRequest request = m_window->form()->request();
    request.chunkSize = 64 * 1024;
    m_window->form()->setRequest(request);
    const int barWidth = m_window->progressBar()->width();

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    waitForChecks(); // Start waits for the files' check
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    // Running: speed and time left once the copy has run for a moment; the title follows.
    QTRY_VERIFY(m_window->progressLabel()->text().contains(u"/s"_s));
    QVERIFY(m_window->windowTitle().endsWith(u"% — RangeCopy"_s));
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    auto* runner = m_window->findChild<BackgroundCopy*>();
    QTRY_VERIFY(runner->isHolding());
    QTRY_VERIFY(m_window->progressLabel()->text().endsWith(u" · paused"_s));
    QVERIFY(!m_window->progressLabel()->text().contains(u"left"_s));
    QVERIFY(!m_window->progressLabel()->text().contains(u"/s"_s));
    QVERIFY(m_window->windowTitle().startsWith(u"Paused at "_s));
    QCOMPARE(m_window->progressBar()->width(), barWidth);

    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(m_window->progressBar()->width(), barWidth);
    QCOMPARE(m_window->windowTitle(), u"RangeCopy"_s);
}

void TestWindowState::cancelAndKeepThenResume()
{
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "10");
    const QByteArray source = steppedBytes(1024 * 1024);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    fill(u"source.bin"_s, u"dest.bin"_s, 0, -1);
    TransferRequest request = m_window->form()->request();
    request.chunkSize = 16 * 1024;
    m_window->form()->setRequest(request);
    QVERIFY(!m_window->resumeButton()->isVisible());

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    waitForChecks();
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->progressBar()->value() > 0);
    QVERIFY(m_window->cancelKeepButton()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape, Qt::ShiftModifier); // Cancel and Keep
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const TransferResult stopped = finished.at(0).at(0).value<TransferResult>();
    QCOMPARE(stopped.error, TransferError::Cancelled);
    QVERIFY(stopped.bytesKept > 0);
    QVERIFY(!QFileInfo::exists(path(u"dest.bin"_s)));
    QVERIFY2(m_window->resultPanel()->details().contains(u"copied are kept to resume from"_s),
             qPrintable(m_window->resultPanel()->details()));

    // The form finds the kept part and offers to go on from it.
    waitForChecks();
    QTRY_VERIFY(m_window->resumeButton()->isVisible());
    QCOMPARE(m_window->form()->keptBytes(), stopped.bytesKept);
    QVERIFY2(m_window->resumeButton()->text().startsWith(
                 u"Resume from %1 ("_s.arg(formatByteSize(stopped.bytesKept))),
             qPrintable(m_window->resumeButton()->text()));
    m_window->resumeButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    const TransferResult resumed = finished.at(1).at(0).value<TransferResult>();
    QVERIFY2(resumed.ok(), qPrintable(resumed.message));
    QCOMPARE(resumed.resumedFrom, stopped.bytesKept);
    QCOMPARE(readFile(path(u"dest.bin"_s)), source);
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
    QVERIFY(!QFileInfo::exists(path(u".dest.bin.rangecopy-partial"_s)));
    waitForChecks();
    QVERIFY(!m_window->resumeButton()->isVisible());
}

void TestWindowState::plainCancelKeepsNothing()
{
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "10");
    QVERIFY(writeFile(path(u"source.bin"_s), steppedBytes(1024 * 1024)));
    fill(u"source.bin"_s, u"dest.bin"_s, 0, -1);
    TransferRequest request = m_window->form()->request();
    request.chunkSize = 16 * 1024;
    m_window->form()->setRequest(request);
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    waitForChecks();
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->progressBar()->value() > 0);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<TransferResult>().bytesKept, qint64(0));
    const QStringList left =
        QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(!left.join(u' ').contains(u"rangecopy-partial"_s), qPrintable(left.join(u' ')));
    waitForChecks();
    QVERIFY(!m_window->resumeButton()->isVisible());
}

void TestWindowState::recentPathsComeBackOnTheNextStart()
{
    QVERIFY(writeFile(path(u"a.bin"_s), steppedBytes(10)));
    QVERIFY(writeFile(path(u"b.bin"_s), steppedBytes(20)));
    fill(u"a.bin"_s, u"out1.bin"_s, 0, -1);
    copyAndWait();
    fill(u"b.bin"_s, u"out2.bin"_s, 0, -1);
    copyAndWait();
    m_window.reset();

    MainWindow next(*m_settings);
    PathField* source = next.form()->sourceField();
    QVERIFY(source->path().isEmpty());
    QCOMPARE(source->recentPaths(), (QStringList{path(u"b.bin"_s), path(u"a.bin"_s)}));
    QCOMPARE(next.form()->destinationField()->recentPaths(),
             (QStringList{path(u"out2.bin"_s), path(u"out1.bin"_s)}));
    QVERIFY(source->recentButton()->isEnabled());
    // Picking one from the list fills the field; the tooltip shows the whole path.
    auto* menu = source->findChild<QMenu*>();
    QVERIFY(menu);
    menu->actions().at(1)->trigger();
    QCOMPARE(source->path(), path(u"a.bin"_s));
    QCOMPARE(source->lineEdit()->toolTip(), path(u"a.bin"_s));
}

void TestWindowState::swapCopyResultAndOpenFolder()
{
    QVERIFY(writeFile(path(u"source.bin"_s), steppedBytes(300)));
    fill(u"source.bin"_s, u"dest.bin"_s, 0, 100);
    copyAndWait();

    m_window->copyResultAction()->trigger();
    const QString clipboard = QApplication::clipboard()->text();
    QVERIFY2(clipboard.startsWith(u"100 bytes sent\n"_s), qPrintable(clipboard));
    QVERIFY(clipboard.contains(u"method: "_s));

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    m_window->openFolderAction()->trigger();
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl::fromLocalFile(m_dir->path())});

    m_window->swapAction()->trigger();
    QCOMPARE(m_window->form()->sourceField()->path(), path(u"dest.bin"_s));
    QCOMPARE(m_window->form()->destinationField()->path(), path(u"source.bin"_s));
}

void TestWindowState::helpListsEveryShortcutAndTheManual()
{
    const QString table = shortcutsTable(m_window.get());
    for (const QString& row :
         {u"| Ctrl+Return, Ctrl+Enter | Start Copy |"_s, u"| Ctrl+P | Pause |"_s,
          u"| Ctrl+1 | Source Range |"_s, u"| Ctrl+2 | Copied Bytes |"_s,
          u"| Ctrl+F | Find in the preview |"_s, u"| F1 | Manual |"_s})
        QVERIFY2(table.contains(row), qPrintable(row + u"\n"_s + table));
    // The manual is the README's section on the window.
    const QString manual = manualText();
    QVERIFY(manual.startsWith(u"# The RangeCopy window\n"_s));
    QVERIFY(manual.contains(u"**Use Selection as Range**"_s));
    QVERIFY(!manual.contains(u"## rangecopy-cli"_s));
    QVERIFY(!manual.contains(u"!["_s));
}

void TestWindowState::aFolderAsDestinationTakesTheSourcesName()
{
    // As cp does: a folder as the destination gets the copy under the source's name.
    QVERIFY(writeFile(path(u"source.bin"_s), steppedBytes(300)));
    QVERIFY(QDir(m_dir->path()).mkdir(u"out"_s));
    fill(u"source.bin"_s, u"out"_s, 0, -1);
    TransferForm* form = m_window->form();
    QCOMPARE(form->destinationField()->path(), path(u"out"_s)); // the field keeps what was typed
    QCOMPARE(form->request().destinationPath, path(u"out/source.bin"_s));
    QCOMPARE(form->destinationField()->info(),
             u"A folder: the copy goes into it as 'source.bin'. Does not exist yet; it will be "
             u"created."_s);
    QVERIFY(form->problem().isEmpty());
    copyAndWait();
    QCOMPARE(readFile(path(u"out/source.bin"_s)), steppedBytes(300));
    // Another name typed: that name, as before.
    typeInto(form->destinationField()->lineEdit(), path(u"out/other.bin"_s));
    QCOMPARE(form->request().destinationPath, path(u"out/other.bin"_s));
}

void TestWindowState::aMissingFolderCanBeCreated()
{
    QVERIFY(writeFile(path(u"source.bin"_s), steppedBytes(300)));
    fill(u"source.bin"_s, u"new/deeper/dest.bin"_s, 0, -1);
    TransferForm* form = m_window->form();
    QVERIFY(!m_window->startButton()->isEnabled());
    QVERIFY(form->createFolderButton()->isVisible());
    QTest::mouseClick(form->createFolderButton(), Qt::LeftButton);
    QTRY_VERIFY(QFileInfo(path(u"new/deeper"_s)).isDir());
    waitForChecks();
    QTRY_VERIFY(!form->createFolderButton()->isVisible());
    QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
    QVERIFY(m_window->startButton()->isEnabled());
    copyAndWait();
    QCOMPARE(readFile(path(u"new/deeper/dest.bin"_s)), steppedBytes(300));
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
