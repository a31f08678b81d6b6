// The window, driven as a person would: typing, shortcuts and clicks, offscreen.

#include "app/gui/launchoptions.h"
#include "app/gui/samplefiles.h"
#include "core/text/bytesize.h"
#include "core/text/pathbytes.h"
#include "support/loopmount.h"
#include "support/testsupport.h"
#include "support/windowtest.h"
#include "ui/preview/hexview.h"
#include "ui/preview/previewpane.h"
#include "ui/preview/textview.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/backgroundcopy.h"
#include "ui/window/mainwindow.h"
#include "ui/window/resultpanel.h"
#include "ui/window/transferform.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <fcntl.h>

#include <functional>
#include <memory>
#include <unistd.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;

namespace {

const QByteArray kSampleText =
    "Python is a widely-used general-purpose, high-level programming language. It was "
    "initially designed by Guido van Rossum in 1991 and developed by Python Software "
    "Foundation. It was mainly developed for emphasis on code readability, and its syntax "
    "allows programmers to express concepts in fewer lines of code. Python is a programming "
    "language that lets you work quickly and integrate systems more efficiently.\n";

} // namespace

class TestMainWindow : public WindowTest {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void firstStartCopiesTheSeedExample();
    void typedInputsCopyWithAClick();
    void invalidInputDisablesStartAndSaysWhy();
    void offsetPastTheEndIsSaidBeforeTheCopy();
    void anEmptyRangeCannotEmptyAFile();
    void sourcePreviewFollowsTheRange();
    void previewOfBinaryBytesStaysResponsive();
    void countDefaultsToTheEndOfTheFile();
    void selectionInTheSourceBecomesTheRange();
    void commandLinePrefillsTheWindow();
    void launchArgumentsAreChecked();
    void replaceAsksFirstAndRemembersTheAnswer();
    void writingIntoADiskIsAskedEveryTime();
    void aDroppedNameThatIsNotUtf8IsCopied();
    void cancelDuringALargeCopyKeepsTheOldDestination();
    void pauseHoldsTheByteCountStill();
    void failureShowsTheMessageAndAHint();
    void overwriteModeWritesAtTheDestinationOffset();
    void settingsPersistOptions();
    void offsetsFollowOneBaseEverywhere();
    void encodingIsGuessedForEachFile();

private:
    void waitForCopy(QSignalSpy& finished);
    // Calls answer with the next question box shown (it comes once the files were checked).
    void answerWhenAsked(const std::function<void(QMessageBox*)>& answer);
    [[nodiscard]] QString firstHexRow() const
    {
        return m_window->preview()->hexView()->renderedRows().value(0);
    }
};

void TestMainWindow::cleanup()
{
    WindowTest::cleanup();
    qunsetenv("RANGECOPY_TEST_FAST_PATH_ERRNO");
}

void TestMainWindow::waitForCopy(QSignalSpy& finished)
{
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!m_window->isCopying());
}

void TestMainWindow::answerWhenAsked(const std::function<void(QMessageBox*)>& answer)
{
    auto* timer = new QTimer(m_window.get());
    connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->stop();
            answer(box);
            timer->deleteLater();
        }
    });
    timer->start(10);
}

void TestMainWindow::firstStartCopiesTheSeedExample()
{
    m_settings->remove(QStringLiteral("firstStartDone"));
    const QString samples = path(QStringLiteral("samples"));
    prefillFirstStartExample(*m_window, *m_settings, samples);

    TransferForm* form = m_window->form();
    QCOMPARE(form->sourceField()->path(), samples + QStringLiteral("/Python_intro.txt"));
    QCOMPARE(form->destinationField()->path(), samples + QStringLiteral("/newfile.txt"));
    QCOMPARE(form->offsetEdit()->text(), QStringLiteral("0"));
    QCOMPARE(form->countEdit()->text(), QStringLiteral("100"));
    QCOMPARE(readFile(samples + QStringLiteral("/Python_intro.txt")), kSampleText);
    waitForChecks();
    QVERIFY(m_window->startButton()->isEnabled());

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QSignalSpy previewShown(m_window.get(), &MainWindow::previewShown);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    waitForCopy(finished);
    QCOMPARE(m_window->resultPanel()->headline(), QStringLiteral("100 bytes sent"));
    QCOMPARE(readFile(samples + QStringLiteral("/newfile.txt")), kSampleText.left(100));
    // The preview is read back from the destination, as the seed does.
    // The preview opens on a worker: the title comes at once, the bytes when it is open.
    QTRY_VERIFY(
        m_window->preview()->title().contains(QStringLiteral("read back from newfile.txt")) &&
        m_window->preview()->document().isOpen() && !m_window->preview()->document().isOpening());
    QCOMPARE(m_window->preview()->text(), QString::fromUtf8(kSampleText.left(100)));
    QVERIFY(firstHexRow().startsWith(
        QStringLiteral("00000000  50 79 74 68 6f 6e 20 69  73 20 61 20 77 69 64 65")));

    // A second start is not a first start: the form is left alone.
    MainWindow second(*m_settings);
    prefillFirstStartExample(second, *m_settings, path(QStringLiteral("elsewhere")));
    QVERIFY(second.form()->sourceField()->path().isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("elsewhere/Python_intro.txt"))));
}

void TestMainWindow::typedInputsCopyWithAClick()
{
    QVERIFY(writeFile(path(QStringLiteral("source.bin")), steppedBytes(5000)));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.bin")));
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("out.bin")));
    typeInto(form->offsetEdit(), QStringLiteral("0x100"));
    typeInto(form->countEdit(), QStringLiteral("1 KiB"));
    // Offsets in the preview's base (hex unless decimal was chosen), brackets not nested.
    QCOMPARE(form->rangeDescription(),
             QStringLiteral("Bytes 0x100–0x4ff of 5000: 1.0 KiB (1024 bytes)."));
    QVERIFY(m_window->startButton()->isEnabled());

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::mouseClick(m_window->startButton(), Qt::LeftButton);
    waitForCopy(finished);
    QCOMPARE(m_window->resultPanel()->headline(), QStringLiteral("1024 bytes sent (1.0 KiB)"));
    // The form's look at the files after the copy does not take the result off the status bar.
    waitForChecks();
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("1024 bytes sent (1.0 KiB)"));
    // 0x100 is not on a page boundary while the copy starts at byte 0 of out.bin.
    QVERIFY2(m_window->resultPanel()->details().contains(
                 QStringLiteral("method: read-write (chosen automatically)")),
             qPrintable(m_window->resultPanel()->details()));
    QCOMPARE(readFile(path(QStringLiteral("out.bin"))), steppedBytes(5000).mid(256, 1024));
    QCOMPARE(m_window->progressBar()->value(), m_window->progressBar()->maximum());
    QTRY_VERIFY(m_window->preview()->title().contains(QStringLiteral("read back")) &&
                m_window->preview()->document().isOpen() &&
                !m_window->preview()->document().isOpening());
    QVERIFY(firstHexRow().startsWith(QStringLiteral("00000000  23 2a 31")));
    QVERIFY(m_window->preview()->caption().startsWith(
        QStringLiteral("Bytes 0x0–0x3ff of 1024 marked (1.0 KiB); the rest is dimmed.")));

    // Count past the end: the source ends first and the window says so.
    typeInto(form->countEdit(), QStringLiteral("1 MiB"));
    QSignalSpy again(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    waitForCopy(again);
    QCOMPARE(m_window->resultPanel()->headline(),
             QStringLiteral("4744 bytes sent (4.6 KiB, end of file reached)"));
}

void TestMainWindow::invalidInputDisablesStartAndSaysWhy()
{
    QVERIFY(writeFile(path(QStringLiteral("source.txt")), kSampleText));
    QVERIFY(writeFile(path(QStringLiteral("dest.txt")), "keep me"));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.txt")));
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("dest.txt")));
    typeInto(form->countEdit(), QStringLiteral("10"));
    QVERIFY(m_window->startButton()->isEnabled());

    typeInto(form->offsetEdit(), QStringLiteral("abc"));
    QVERIFY(!m_window->startButton()->isEnabled());
    QVERIFY(form->offsetErrorLabel()->isVisible());
    QVERIFY(form->offsetErrorLabel()->text().contains(QStringLiteral("not a number")));
    // Ctrl+Return does nothing while the input is wrong.
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!m_window->isCopying());
    QCOMPARE(finished.count(), 0);

    typeInto(form->offsetEdit(), QStringLiteral("0"));
    QVERIFY(!form->offsetErrorLabel()->isVisible());
    typeInto(form->countEdit(), QStringLiteral("-5"));
    QVERIFY(!m_window->startButton()->isEnabled());
    QVERIFY(form->countErrorLabel()->text().contains(QStringLiteral("negative")));
    typeInto(form->countEdit(), QStringLiteral("1.5"));
    QVERIFY(form->countErrorLabel()->text().contains(QStringLiteral("whole number")));
    typeInto(form->countEdit(), QStringLiteral("10"));
    QVERIFY(m_window->startButton()->isEnabled());

    // Overflowing together though each is fine alone.
    typeInto(form->offsetEdit(), QStringLiteral("9223372036854775807"));
    QVERIFY(!m_window->startButton()->isEnabled());
    QVERIFY(form->problem().contains(QStringLiteral("largest file offset")));
    typeInto(form->offsetEdit(), QStringLiteral("0"));

    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("missing.txt")));
    QVERIFY(!m_window->startButton()->isEnabled());
    QVERIFY(form->sourceField()->info().contains(QStringLiteral("does not exist")));
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.txt")));

    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("no/such/folder/x")));
    QVERIFY(!m_window->startButton()->isEnabled());
    QVERIFY(form->destinationField()->info().contains(QStringLiteral("does not exist")));

    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("source.txt")));
    QVERIFY(!m_window->startButton()->isEnabled());
    QVERIFY(form->destinationField()->info().contains(QStringLiteral("source file itself")));
    // A hard link is the same file under another name: the engine's check catches it.
    QVERIFY(::link(QFile::encodeName(path(QStringLiteral("source.txt"))).constData(),
                   QFile::encodeName(path(QStringLiteral("alias.txt"))).constData()) == 0);
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("alias.txt")));
    QVERIFY(!m_window->startButton()->isEnabled());
    QVERIFY2(form->destinationField()->info().contains(QStringLiteral("are the same file")),
             qPrintable(form->destinationField()->info()));
    QCOMPARE(readFile(path(QStringLiteral("source.txt"))), kSampleText);

    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("dest.txt")));
    form->modeCombo()->setCurrentIndex(
        form->modeCombo()->findText(QStringLiteral("Create new only")));
    waitForChecks();
    QVERIFY(!m_window->startButton()->isEnabled());
    QVERIFY(form->destinationField()->info().contains(QStringLiteral("already exists")));
    QCOMPARE(readFile(path(QStringLiteral("dest.txt"))), QByteArray("keep me"));
}

void TestMainWindow::offsetPastTheEndIsSaidBeforeTheCopy()
{
    QVERIFY(writeFile(path(QStringLiteral("source.txt")), kSampleText));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.txt")));
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("dest.txt")));
    typeInto(form->offsetEdit(), QStringLiteral("1000"));
    typeInto(form->countEdit(), QStringLiteral("10"));
    QVERIFY(form->rangeDescription().contains(QStringLiteral("past the end of the source")));
    QVERIFY(form->rangeDescription().contains(QStringLiteral("nothing will be copied")));

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    waitForCopy(finished);
    QCOMPARE(m_window->resultPanel()->headline(),
             QStringLiteral("0 bytes sent (end of file reached)"));
    QCOMPARE(readFile(path(QStringLiteral("dest.txt"))), QByteArray());
}

void TestMainWindow::anEmptyRangeCannotEmptyAFile()
{
    // Replace with nothing to copy would leave an existing file empty: Start says no.
    QVERIFY(writeFile(path(QStringLiteral("source.txt")), kSampleText));
    const QByteArray kept(1024, 'k');
    QVERIFY(writeFile(path(QStringLiteral("keep.txt")), kept));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.txt")));
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("keep.txt")));
    typeInto(form->offsetEdit(), QStringLiteral("99999"));
    QVERIFY(form->rangeDescription().contains(QStringLiteral("nothing will be copied")));
    QVERIFY(!m_window->startButton()->isEnabled());
    QVERIFY2(form->destinationField()->info().contains(QStringLiteral("would leave it empty")),
             qPrintable(form->destinationField()->info()));
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!m_window->isCopying());
    QCOMPARE(readFile(path(QStringLiteral("keep.txt"))), kept);

    // A count of 0 on purpose is refused the same way.
    typeInto(form->offsetEdit(), QStringLiteral("0"));
    typeInto(form->countEdit(), QStringLiteral("0"));
    QVERIFY(!m_window->startButton()->isEnabled());
    // Overwrite writes nothing and changes nothing: allowed.
    form->modeCombo()->setCurrentIndex(
        form->modeCombo()->findText(QStringLiteral("Overwrite at offset")));
    waitForChecks();
    QVERIFY(m_window->startButton()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    waitForCopy(finished);
    QCOMPARE(m_window->resultPanel()->headline(), QStringLiteral("0 bytes sent"));
    QCOMPARE(readFile(path(QStringLiteral("keep.txt"))), kept);
    // A destination that is already empty has nothing to lose.
    QVERIFY(writeFile(path(QStringLiteral("empty.txt")), QByteArray()));
    form->modeCombo()->setCurrentIndex(form->modeCombo()->findText(QStringLiteral("Replace")));
    waitForChecks();
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("empty.txt")));
    QVERIFY(m_window->startButton()->isEnabled());
}

void TestMainWindow::sourcePreviewFollowsTheRange()
{
    QVERIFY(writeFile(path(QStringLiteral("source.txt")), kSampleText));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.txt")));
    typeInto(form->offsetEdit(), QStringLiteral("10"));
    typeInto(form->countEdit(), QStringLiteral("12"));
    QTRY_COMPARE(m_window->preview()->text(), QStringLiteral("a widely-use"));
    QVERIFY(m_window->preview()->title().contains(QStringLiteral("Source range")));
    // The hex view shows the range in its file: the row holding offset 10, the cursor on it.
    QVERIFY(
        firstHexRow().startsWith(QStringLiteral("00000000  50 79 74 68 6f 6e 20 69  73 20 61")));
    QCOMPARE(m_window->preview()->hexView()->cursorOffset(), qint64(10));

    // A large range shows a bounded head and says so.
    QVERIFY(writeFile(path(QStringLiteral("big.bin")), steppedBytes(200000)));
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("big.bin")));
    typeInto(form->offsetEdit(), QStringLiteral("0"));
    form->toEndCheck()->setChecked(true);
    QTRY_VERIFY(m_window->preview()->caption().startsWith(
        QStringLiteral("Bytes 0x0–0x30d3f of 200000 marked (195.3 KiB); the rest is dimmed.")));
}

void TestMainWindow::previewOfBinaryBytesStaysResponsive()
{
    // Zeros have no line breaks: the text view shows them as escapes, a screen at a time.
    QVERIFY(writeFile(path(QStringLiteral("zeros.bin")), QByteArray(65536, '\0')));
    typeInto(m_window->form()->sourceField()->lineEdit(), path(QStringLiteral("zeros.bin")));
    QTRY_VERIFY(m_window->preview()->caption().startsWith(
        QStringLiteral("Bytes 0x0–0xffff of 65536 marked (64.0 KiB); the rest is dimmed.")));
    TextView* text = m_window->preview()->textView();
    const QStringList lines = text->renderedLines();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.first().contains(QStringLiteral("\\x00\\x00\\x00")), qPrintable(lines.first()));
    QVERIFY(text->document()->pagedFile().cachedPageCount() <=
            text->document()->pagedFile().maxPages());
    QCOMPARE(m_window->preview()->text().count(QStringLiteral("\\x00")), 65536);
}

void TestMainWindow::countDefaultsToTheEndOfTheFile()
{
    TransferForm* form = m_window->form();
    QVERIFY(form->toEndCheck()->isChecked());
    QVERIFY(!form->request().count.has_value());
    QVERIFY(!form->countErrorLabel()->isVisible());
    // Typing a count takes it instead; ticking the box again goes back to the end.
    typeInto(form->countEdit(), QStringLiteral("12"));
    QVERIFY(!form->toEndCheck()->isChecked());
    QCOMPARE(form->request().count, std::optional<qint64>(12));
    form->toEndCheck()->setChecked(true);
    QVERIFY(!form->request().count.has_value());
}

void TestMainWindow::selectionInTheSourceBecomesTheRange()
{
    QVERIFY(writeFile(path(QStringLiteral("source.txt")), kSampleText));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.txt")));
    // The source's preview is open (it opens on a worker).
    QTRY_VERIFY(m_window->preview()->title().contains(QStringLiteral("Source range")) &&
                m_window->preview()->document().isOpen() &&
                !m_window->preview()->document().isOpening());
    HexView* hex = m_window->preview()->hexView();
    hex->setSelection(12, 11); // "widely-used"
    QVERIFY(m_window->preview()->useAsRangeButton()->isEnabled());
    QTest::mouseClick(m_window->preview()->useAsRangeButton(), Qt::LeftButton);
    // The offset is written in the preview's base, as its selection says it.
    QCOMPARE(m_window->preview()->selectionText(), QStringLiteral("Selection: 0xc–0x16, 11 bytes"));
    QCOMPARE(form->offsetEdit()->text(), QStringLiteral("0xc"));
    QCOMPARE(form->countEdit()->text(), QStringLiteral("11"));
    QVERIFY(!form->toEndCheck()->isChecked());
    QCOMPARE(form->rangeDescription(), QStringLiteral("Bytes 0xc–0x16 of 409: 11 bytes."));
    waitForChecks(); // the status says it once the files were checked, and keeps saying it
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("The range is now the selection: Bytes 0xc–0x16 of 409: 11 bytes."));
    QTRY_COMPARE(m_window->preview()->text(), QStringLiteral("widely-used"));

    // After a copy the preview shows the destination: its selection is no range to copy.
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("dest.txt")));
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    waitForChecks(); // Start waits for the files' check
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    waitForCopy(finished);
    QVERIFY(m_window->preview()->useAsRangeButton()->isHidden());
}

void TestMainWindow::commandLinePrefillsTheWindow()
{
    QVERIFY(writeFile(path(QStringLiteral("in.txt")), kSampleText));
    const LaunchOptions options = parseLaunchArguments(
        {path(QStringLiteral("in.txt")), path(QStringLiteral("out.txt")),
         QStringLiteral("--offset"), QStringLiteral("0x10"), QStringLiteral("--count"),
         QStringLiteral("2K"), QStringLiteral("--mode"), QStringLiteral("append")});
    QCOMPARE(options.action, LaunchOptions::Action::OpenWindow);
    applyLaunchOptions(*m_window, options);
    TransferForm* form = m_window->form();
    QCOMPARE(form->sourceField()->path(), path(QStringLiteral("in.txt")));
    QCOMPARE(form->destinationField()->path(), path(QStringLiteral("out.txt")));
    QCOMPARE(form->offsetEdit()->text(), QStringLiteral("16"));
    QCOMPARE(form->countEdit()->text(), QStringLiteral("2048"));
    QCOMPARE(form->modeCombo()->currentText(), QStringLiteral("Append"));
    waitForChecks();

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    waitForCopy(finished);
    QCOMPARE(m_window->resultPanel()->headline(),
             QStringLiteral("393 bytes sent (end of file reached)"));
    QCOMPARE(readFile(path(QStringLiteral("out.txt"))), kSampleText.mid(16));
}

void TestMainWindow::launchArgumentsAreChecked()
{
    QCOMPARE(parseLaunchArguments({}).action, LaunchOptions::Action::OpenWindow);
    QVERIFY(!parseLaunchArguments({}).prefillsCopy());
    const LaunchOptions badOffset =
        parseLaunchArguments({QStringLiteral("--offset"), QStringLiteral("x")});
    QCOMPARE(badOffset.action, LaunchOptions::Action::Fail);
    QVERIFY(badOffset.error.contains(QStringLiteral("--offset")));
    const LaunchOptions badMode =
        parseLaunchArguments({QStringLiteral("--mode"), QStringLiteral("merge")});
    QCOMPARE(badMode.action, LaunchOptions::Action::Fail);
    QVERIFY(badMode.error.contains(QStringLiteral("unknown mode 'merge'")));
    QCOMPARE(parseLaunchArguments({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
                 .action,
             LaunchOptions::Action::Fail);
    QCOMPARE(parseLaunchArguments({QStringLiteral("--help")}).action,
             LaunchOptions::Action::ShowHelp);
    QVERIFY(parseLaunchArguments({QStringLiteral("--help")})
                .helpText.startsWith(QStringLiteral("Usage: rangecopy [options]")));
    QCOMPARE(parseLaunchArguments({QStringLiteral("--version")}).action,
             LaunchOptions::Action::ShowVersion);
    // The desktop file's Find Contents action: a source is needed.
    QVERIFY(parseLaunchArguments({QStringLiteral("--find-contents"), QStringLiteral("disk.img")})
                .findContents);
    QCOMPARE(parseLaunchArguments({QStringLiteral("--find-contents")}).action,
             LaunchOptions::Action::Fail);
}

void TestMainWindow::replaceAsksFirstAndRemembersTheAnswer()
{
    m_settings->setValue(QStringLiteral("confirm/replace"), true);
    QVERIFY(writeFile(path(QStringLiteral("source.txt")), kSampleText));
    QVERIFY(writeFile(path(QStringLiteral("dest.txt")), "old content"));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.txt")));
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("dest.txt")));
    typeInto(form->countEdit(), QStringLiteral("6"));

    // First answer: cancel. Nothing is written. The question comes once the files were
    // looked at again, on a worker.
    bool asked = false;
    answerWhenAsked([&](QMessageBox* box) {
        asked = box->text().contains(QStringLiteral("dest.txt"));
        box->button(QMessageBox::Cancel)->click();
    });
    m_window->startCopy();
    QTRY_VERIFY(asked);
    QVERIFY(!m_window->isCopying());
    QCOMPARE(readFile(path(QStringLiteral("dest.txt"))), QByteArray("old content"));

    // Second answer: replace, and don't ask again.
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    answerWhenAsked([&](QMessageBox* box) {
        box->checkBox()->setChecked(true);
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    m_window->startCopy();
    waitForCopy(finished);
    QCOMPARE(readFile(path(QStringLiteral("dest.txt"))), QByteArray("Python"));
    QCOMPARE(m_settings->value(QStringLiteral("confirm/replace")).toBool(), false);

    // Not asked any more.
    QSignalSpy again(m_window.get(), &MainWindow::copyFinished);
    bool askedAgain = false;
    answerWhenAsked([&](QMessageBox* box) {
        askedAgain = true;
        box->reject();
    });
    m_window->startCopy();
    waitForCopy(again);
    QVERIFY(!askedAgain);
}

void TestMainWindow::writingIntoADiskIsAskedEveryTime()
{
    // An SD card (a loop device over an image): a boot loader goes at 8 KiB.
    QByteArray card = patternBytes(1024 * 1024, 20);
    QVERIFY(writeFile(path(QStringLiteral("card.img")), card));
    const LoopDevice device(path(QStringLiteral("card.img")), LoopDevice::Access::ReadWrite);
    if (!device.isAttached())
        QSKIP(qPrintable(device.skipReason()));
    QVERIFY(writeFile(path(QStringLiteral("loader.bin")), patternBytes(3000, 21)));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("loader.bin")));
    typeInto(form->destinationField()->lineEdit(), device.path());
    form->toEndCheck()->setChecked(true);
    form->modeCombo()->setCurrentIndex(
        form->modeCombo()->findData(int(DestinationMode::Overwrite)));
    typeInto(form->destinationOffsetEdit(), QStringLiteral("8192"));
    waitForChecks();
    QVERIFY2(form->destinationField()->info().startsWith(QStringLiteral("A disk: block device ")),
             qPrintable(form->destinationField()->info()));

    // Asked, naming the device and the span; Cancel is the default and writes nothing.
    QString question;
    bool offersDontAsk = true;
    answerWhenAsked([&](QMessageBox* box) {
        question = box->text() + u'\n' + box->informativeText();
        offersDontAsk = box->checkBox() != nullptr;
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
    });
    m_window->startCopy();
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(device.path()) && question.contains(QStringLiteral("1.0 MiB")) &&
                 question.contains(QStringLiteral("Bytes 0x2000–0x2bb7")),
             qPrintable(question));
    QVERIFY(!offersDontAsk);
    QVERIFY(!m_window->isCopying());
    QVERIFY(readFile(device.path()) == card);

    // Asked again; this time the disk is written.
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    bool askedAgain = false;
    answerWhenAsked([&](QMessageBox* box) {
        askedAgain = true;
        for (QAbstractButton* button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
    });
    m_window->startCopy();
    waitForCopy(finished);
    QVERIFY(askedAgain);
    QCOMPARE(m_window->resultPanel()->headline(), QStringLiteral("3000 bytes sent (2.9 KiB)"));
    card.replace(8192, 3000, patternBytes(3000, 21));
    QVERIFY(readFile(device.path()) == card);
}

void TestMainWindow::aDroppedNameThatIsNotUtf8IsCopied()
{
    // "caf\xe9.bin" in Latin-1, dropped from a file manager: the URL carries its bytes as %E9.
    const QByteArray folder = QFile::encodeName(m_dir->path());
    const QByteArray rawSource = folder + "/caf\xe9.bin";
    const QByteArray content = patternBytes(500, 22);
    {
        QFile file;
        const int fd =
            ::open(rawSource.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        QVERIFY(fd >= 0 && file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle));
        QCOMPARE(file.write(content), qint64(content.size()));
    }
    const auto removeRawName = qScopeGuard([&] { ::unlink(rawSource.constData()); });
    QMimeData dragged;
    dragged.setUrls({QUrl::fromEncoded("file://" + rawSource.toPercentEncoding("/"))});
    TransferForm* form = m_window->form();
    // A drag enters the field, then drops there.
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(form->sourceField(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &dragged, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(form->sourceField(), &drop);

    QCOMPARE(pathToBytes(form->sourceField()->path()), rawSource);
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("copy.bin")));
    form->toEndCheck()->setChecked(true);
    waitForChecks();
    QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    m_window->startCopy();
    waitForCopy(finished);
    QCOMPARE(readFile(path(QStringLiteral("copy.bin"))), content);
}

void TestMainWindow::cancelDuringALargeCopyKeepsTheOldDestination()
{
    // 64 MiB in 1 MiB chunks with a pause after each: the copy is still running when
    // Esc arrives, whatever the machine's speed.
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "20");
    {
        QFile big(path(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(64 * 1024 * 1024));
    }
    QVERIFY(writeFile(path(QStringLiteral("dest.bin")), "precious"));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("big.bin")));
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("dest.bin")));
    form->toEndCheck()->setChecked(true);
    TransferRequest request = form->request();
    request.chunkSize = 1024 * 1024;
    request.sparse = SparseMode::Never; // the file is one hole: with holes kept, nothing to do
    form->setRequest(request);
    waitForChecks();

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->isCopying());
    QVERIFY(!form->sourceField()->lineEdit()->isEnabled()); // inputs locked
    QTRY_VERIFY(m_window->progressBar()->value() > 0);
    QVERIFY(m_window->progressLabel()->text().contains(QStringLiteral("of 64.0 MiB")));
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    waitForCopy(finished);

    QCOMPARE(m_window->resultPanel()->headline(), QStringLiteral("Cancelled"));
    QVERIFY(m_window->resultPanel()->details().contains(QStringLiteral("dest.bin")));
    QCOMPARE(readFile(path(QStringLiteral("dest.bin"))), QByteArray("precious"));
    QVERIFY(partFilesIn(m_dir->path()).isEmpty());
    // The window is usable again.
    QVERIFY(form->sourceField()->lineEdit()->isEnabled());
    waitForChecks();
    QVERIFY(m_window->startButton()->isEnabled());
    QVERIFY(!m_window->cancelButton()->isEnabled());
}

void TestMainWindow::pauseHoldsTheByteCountStill()
{
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "10");
    const qint64 size = 8 * 1024 * 1024;
    QVERIFY(writeFile(path(QStringLiteral("source.bin")), steppedBytes(size)));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.bin")));
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("dest.bin")));
    form->toEndCheck()->setChecked(true);
    TransferRequest request = form->request();
    request.chunkSize = 64 * 1024;
    form->setRequest(request);
    waitForChecks();

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->progressBar()->value() > 0);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(m_window->resultPanel()->headline(), QStringLiteral("Paused"));
    QCOMPARE(m_window->pauseButton()->text(), QStringLiteral("Resume"));

    // The chunk under way when Pause came may still land; then the worker holds.
    auto* runner = m_window->findChild<BackgroundCopy*>();
    QVERIFY(runner);
    QTRY_VERIFY(runner->isHolding());
    const qint64 held = runner->bytesDone();
    QVERIFY(held > 0 && held < size);
    // Twenty chunk delays long, the count must not move.
    QVERIFY(!QTest::qWaitFor([&] { return runner->bytesDone() != held; }, 200));
    QVERIFY(m_window->isCopying());
    // The text preview's line count waits while a copy runs (it slowed copies down).
    const LineIndex& lineCount = m_window->preview()->document().lineIndex();
    QVERIFY(lineCount.isPaused());
    QTRY_VERIFY(m_window->progressLabel()->text().startsWith(formatByteSize(held) + u' '));

    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    waitForCopy(finished);
    QCOMPARE(m_window->resultPanel()->headline(), QStringLiteral("8388608 bytes sent (8.0 MiB)"));
    QCOMPARE(readFile(path(QStringLiteral("dest.bin"))), steppedBytes(size));
    // After the copy the count goes on, over the file now shown: the destination.
    QVERIFY(!lineCount.isPaused());
    // (The read-back preview opens the destination on a worker.)
    QTRY_VERIFY(lineCount.path() == path(QStringLiteral("dest.bin")) && lineCount.isComplete());
    QCOMPARE(lineCount.size(), size);
}

void TestMainWindow::failureShowsTheMessageAndAHint()
{
    qputenv("RANGECOPY_TEST_FAST_PATH_ERRNO", "5"); // EIO from sendfile
    QVERIFY(writeFile(path(QStringLiteral("source.txt")), kSampleText));
    QVERIFY(writeFile(path(QStringLiteral("dest.txt")), "untouched"));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.txt")));
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("dest.txt")));
    form->toEndCheck()->setChecked(true);
    waitForChecks();

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    waitForCopy(finished);
    QCOMPARE(m_window->resultPanel()->headline(), QStringLiteral("The copy failed"));
    const QString details = m_window->resultPanel()->details();
    QVERIFY2(details.contains(QStringLiteral("dest.txt")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Input/output error")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("check the disk")), qPrintable(details));
    QCOMPARE(readFile(path(QStringLiteral("dest.txt"))), QByteArray("untouched"));
    QVERIFY(partFilesIn(m_dir->path()).isEmpty());
}

void TestMainWindow::overwriteModeWritesAtTheDestinationOffset()
{
    QVERIFY(writeFile(path(QStringLiteral("source.txt")), kSampleText));
    QVERIFY(writeFile(path(QStringLiteral("dest.txt")), "0123456789abcdef"));
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.txt")));
    typeInto(form->destinationField()->lineEdit(), path(QStringLiteral("dest.txt")));
    typeInto(form->countEdit(), QStringLiteral("6"));
    form->modeCombo()->setCurrentIndex(
        form->modeCombo()->findText(QStringLiteral("Overwrite at offset")));
    QVERIFY(form->destinationOffsetEdit()->isVisible());
    QVERIFY(form->modeDescription().contains(QStringLiteral("rest of the file stays")));
    typeInto(form->destinationOffsetEdit(), QStringLiteral("4"));

    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    waitForCopy(finished);
    QCOMPARE(m_window->resultPanel()->headline(), QStringLiteral("6 bytes sent"));
    QCOMPARE(readFile(path(QStringLiteral("dest.txt"))), QByteArray("0123Pythonabcdef"));
    // The read-back preview shows the written span, with its place in the destination.
    QTRY_COMPARE(m_window->preview()->text(), QStringLiteral("Python"));
    QVERIFY(firstHexRow().startsWith(QStringLiteral("00000000  30 31 32 33 50 79 74 68")));
    QVERIFY(
        m_window->preview()->caption().startsWith(QStringLiteral("Bytes 0x4–0x9 of 16 marked")));
}

void TestMainWindow::settingsPersistOptions()
{
    TransferForm* form = m_window->form();
    TransferRequest request = form->request();
    request.verify = true;
    request.method = CopyMethod::ReadWrite;
    request.mode = DestinationMode::Append;
    request.chunkSize = 65536;
    form->setRequest(request);
    m_window->close();

    MainWindow reopened(*m_settings);
    const TransferRequest restored = reopened.form()->request();
    QVERIFY(restored.verify);
    QCOMPARE(restored.method, CopyMethod::ReadWrite);
    QCOMPARE(restored.mode, DestinationMode::Append);
    QCOMPARE(restored.chunkSize, qint64(65536));
    // Shown as a person would type it, not as 65536.
    ByteSizeEdit* chunk = nullptr;
    for (ByteSizeEdit* edit : reopened.form()->findChildren<ByteSizeEdit*>()) {
        if (edit->accessibleName() == QStringLiteral("Chunk size"))
            chunk = edit;
    }
    QVERIFY(chunk);
    QCOMPARE(chunk->text(), QStringLiteral("64 KiB"));
    request.chunkSize = 8 * 1024 * 1024;
    reopened.form()->setRequest(request);
    QCOMPARE(chunk->text(), QStringLiteral("8 MiB"));
}

void TestMainWindow::offsetsFollowOneBaseEverywhere()
{
    QVERIFY(writeFile(path(QStringLiteral("source.txt")), kSampleText));
    TransferForm* form = m_window->form();
    PreviewPane* preview = m_window->preview();
    typeInto(form->sourceField()->lineEdit(), path(QStringLiteral("source.txt")));
    QTRY_VERIFY(preview->title().contains(QStringLiteral("Source range")) &&
                preview->document().isOpen() && !preview->document().isOpening());
    QSignalSpy searched(preview, &PreviewPane::searchFinished);

    // Hex, the first choice: the offset column, the caption, the selection, Find, the range.
    QCOMPARE(preview->offsetBase(), OffsetBase::Hexadecimal);
    QVERIFY(firstHexRow().startsWith(QStringLiteral("00000000  50 79")));
    QCOMPARE(preview->caption(),
             QStringLiteral("Bytes 0x0–0x198 of 409 marked (409 bytes); the rest is dimmed."));
    preview->findEdit()->setText(QStringLiteral("programming"));
    preview->findNext();
    QTRY_COMPARE(searched.count(), 1);
    QCOMPARE(preview->findStatus(), QStringLiteral("Found at 0x34."));
    QCOMPARE(preview->selectionText(), QStringLiteral("Selection: 0x34–0x3e, 11 bytes"));
    QTest::mouseClick(preview->useAsRangeButton(), Qt::LeftButton);
    QCOMPARE(form->offsetEdit()->text(), QStringLiteral("0x34"));
    QCOMPARE(form->rangeDescription(), QStringLiteral("Bytes 0x34–0x3e of 409: 11 bytes."));

    // Decimal, chosen once: everything follows at once, and the next start keeps it.
    preview->offsetBaseCombo()->setCurrentIndex(
        preview->offsetBaseCombo()->findText(QStringLiteral("Decimal offsets")));
    QCOMPARE(preview->offsetBase(), OffsetBase::Decimal);
    QCOMPARE(preview->selectionText(), QStringLiteral("Selection: 52–62, 11 bytes"));
    QCOMPARE(preview->findStatus(), QStringLiteral("Found at 52."));
    QCOMPARE(form->rangeDescription(), QStringLiteral("Bytes 52–62 of 409: 11 bytes."));
    // The new range reopens the preview on a worker.
    QTRY_VERIFY(firstHexRow().startsWith(QStringLiteral("       0  50 79")));
    QTRY_COMPARE(preview->caption(),
                 QStringLiteral("Bytes 52–62 of 409 marked (11 bytes); the rest is dimmed."));
    preview->hexView()->goToOffset(0);
    preview->findNext();
    QTRY_COMPARE(searched.count(), 2);
    QCOMPARE(preview->findStatus(), QStringLiteral("Found at 52."));
    preview->hexView()->setSelection(12, 11);
    QTest::mouseClick(preview->useAsRangeButton(), Qt::LeftButton);
    QCOMPARE(form->offsetEdit()->text(), QStringLiteral("12"));
    m_window->close();
    MainWindow reopened(*m_settings);
    QCOMPARE(reopened.preview()->offsetBase(), OffsetBase::Decimal);
    QCOMPARE(reopened.form()->offsetBase(), OffsetBase::Decimal);
}

void TestMainWindow::encodingIsGuessedForEachFile()
{
    const QByteArray utf16 = QByteArray("\xff\xfeG\0r\0\xfc\0\xdf\0e\0\n\0", 14);
    QVERIFY(writeFile(path(QStringLiteral("utf16.txt")), utf16));
    QVERIFY(writeFile(path(QStringLiteral("latin1.txt")), "Gr\xfc\xdf"
                                                          "e aus K\xf6ln\n"));
    QVERIFY(writeFile(path(QStringLiteral("utf8.txt")), kSampleText));
    QVERIFY(writeFile(path(QStringLiteral("program")), QByteArray("\x7f"
                                                                  "ELF\x02\x01\x01",
                                                                  7) +
                                                           QByteArray(200, '\0') + "\x01\x02"));
    TransferForm* form = m_window->form();
    PreviewPane* preview = m_window->preview();
    const auto show = [&](const QString& name) {
        typeInto(form->sourceField()->lineEdit(), path(name));
        return QTest::qWaitFor([&] { return preview->document().path() == path(name); });
    };
    const auto firstTextRow = [&] {
        return preview->textView()->renderedRows().value(0).text;
    };
    QCOMPARE(preview->tabs()->currentWidget(), preview->textView());

    // A byte order mark: its encoding, and the mark as a marker.
    QVERIFY(show(QStringLiteral("utf16.txt")));
    QCOMPARE(preview->encodingCombo()->currentText(), QStringLiteral("UTF-16 LE"));
    QCOMPARE(firstTextRow(), QStringLiteral("<BOM>Gr\u00fc\u00dfe"));
    // A choice holds for this file while it is shown again (another range of it)...
    preview->encodingCombo()->setCurrentIndex(
        preview->encodingCombo()->findText(QStringLiteral("Latin-1")));
    QCOMPARE(preview->document().textEncoding(), QStringConverter::Latin1);
    typeInto(form->offsetEdit(), QStringLiteral("2"));
    QTRY_VERIFY(preview->caption().startsWith(QStringLiteral("Bytes 0x2–")));
    QCOMPARE(preview->encodingCombo()->currentText(), QStringLiteral("Latin-1"));
    typeInto(form->offsetEdit(), QStringLiteral("0"));

    // ...but not for the next file: Latin-1 text is no longer read as UTF-16.
    QVERIFY(show(QStringLiteral("latin1.txt")));
    QCOMPARE(preview->encodingCombo()->currentText(), QStringLiteral("Latin-1"));
    QCOMPARE(firstTextRow(), QStringLiteral("Gr\u00fc\u00dfe aus K\u00f6ln"));
    QVERIFY(show(QStringLiteral("utf8.txt")));
    QCOMPARE(preview->encodingCombo()->currentText(), QStringLiteral("UTF-8"));
    QCOMPARE(preview->tabs()->currentWidget(), preview->textView());

    // A binary file opens in Hex and says why; the next text file opens in Text again.
    QVERIFY(show(QStringLiteral("program")));
    QCOMPARE(preview->tabs()->currentWidget(), preview->hexView());
    QTRY_VERIFY2(preview->caption().contains(QStringLiteral("The file looks binary")),
                 qPrintable(preview->caption()));
    QVERIFY(show(QStringLiteral("utf8.txt")));
    QCOMPARE(preview->tabs()->currentWidget(), preview->textView());
    QVERIFY(!preview->caption().contains(QStringLiteral("binary")));
    // Hex chosen by the person stays chosen.
    preview->tabs()->setCurrentWidget(preview->hexView());
    QVERIFY(show(QStringLiteral("latin1.txt")));
    QCOMPARE(preview->tabs()->currentWidget(), preview->hexView());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
