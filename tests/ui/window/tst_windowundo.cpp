// The window's questions before changing a file in place, Undo Last Copy (Ctrl+Z) and the
// Preferences that turn the questions back on (issue 11, items 2 and 4).

#include "support/testsupport.h"
#include "support/windowtest.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/mainwindow.h"
#include "ui/window/preferencesdialog.h"
#include "ui/window/resultpanel.h"
#include "ui/window/transferform.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

// What the question asked, and its answer given by clicking.
struct Question {
    bool asked = false;
    QString title;
    QString text;
    QString informative;
    QString acceptText;
    bool acceptIsDefault = false;
};

} // namespace

class TestWindowUndo : public WindowTest {
    Q_OBJECT

private Q_SLOTS:
    void overwriteAsksWhatChangesAndCtrlZPutsItBack();
    void appendAsksAndDontAskAgainIsRemembered();
    void overwriteAboveTheLimitSaysUndoIsNotPossible();
    void undoOfAReplaceBringsTheOldFileBack();
    void undoAfterACancelledCopy();
    void undoRefusesAFileChangedSince();
    void ctrlZRightAfterCtrlReturnUndoesTheCopy();
    void preferencesTurnTheQuestionsBackOn();

private:
    void fillForm(const QString& mode, const QString& count, const QString& destinationOffset = {});
    // Starts the copy, answers the question with accept (or Cancel), returns what it asked.
    Question startAndAnswer(bool accept, bool dontAskAgain = false);
    void waitForCopy();
    // Ctrl+Z where the focus is, by default on Start (not in a line edit, which has an undo of
    // its own for Ctrl+Z).
    UndoResult pressCtrlZ(bool focusStart = true);

    std::unique_ptr<QSignalSpy> m_finished; // the last copy started
};

void TestWindowUndo::fillForm(const QString& mode, const QString& count,
                              const QString& destinationOffset)
{
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(u"source.txt"_s));
    typeInto(form->destinationField()->lineEdit(), path(u"dest.txt"_s));
    typeInto(form->countEdit(), count);
    form->modeCombo()->setCurrentIndex(form->modeCombo()->findText(mode));
    QVERIFY(form->modeCombo()->currentText() == mode);
    if (!destinationOffset.isEmpty())
        typeInto(form->destinationOffsetEdit(), destinationOffset);
    waitForChecks(); // the files are checked on a worker
    QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
}

Question TestWindowUndo::startAndAnswer(bool accept, bool dontAskAgain)
{
    Question question;
    // The question comes once the form has checked the files again (on a worker), inside the
    // question's own event loop: a timer answers it there.
    QTimer answerer;
    answerer.setInterval(5);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr || question.asked)
            return;
        answerer.stop();
        question.asked = true;
        question.title = box->windowTitle();
        question.text = box->text();
        question.informative = box->informativeText();
        box->checkBox()->setChecked(dontAskAgain);
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                question.acceptText = button->text();
                question.acceptIsDefault = box->defaultButton() == button;
                if (accept)
                    button->click();
            }
        }
        if (!accept)
            box->button(QMessageBox::Cancel)->click();
    });
    answerer.start();
    m_finished = std::make_unique<QSignalSpy>(m_window.get(), &MainWindow::copyFinished);
    m_window->startCopy();
    // Asked and answered, or not asked and started (or finished at once).
    (void)QTest::qWaitFor(
        [&] { return question.asked || m_window->isCopying() || !m_finished->isEmpty(); }, 10000);
    return question;
}

void TestWindowUndo::waitForCopy()
{
    // The copy's end as the window shows it (isCopying() turns false a moment before).
    QVERIFY(m_finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->count(), 1, 60000);
}

UndoResult TestWindowUndo::pressCtrlZ(bool focusStart)
{
    QSignalSpy undone(m_window.get(), &MainWindow::undoFinished);
    // A shortcut needs its window active: offscreen, closing a question leaves none active.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return {TransferError::IoError, 0, u"the window is not active"_s};
    if (focusStart) {
        // Start takes the focus only while enabled, and it is disabled while the form checks
        // its files again (after a copy, on a worker): a line edit keeping the focus would
        // take Ctrl+Z as its own undo of typing.
        waitForChecks();
        m_window->startButton()->setFocus();
        if (QApplication::focusWidget() != m_window->startButton())
            return {TransferError::IoError, 0, u"Start did not take the focus"_s};
    }
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    if (!undone.wait(30000) && undone.isEmpty())
        return {TransferError::IoError, 0, u"no undo happened"_s};
    return undone.takeFirst().at(0).value<UndoResult>();
}

void TestWindowUndo::overwriteAsksWhatChangesAndCtrlZPutsItBack()
{
    m_settings->setValue(u"confirm/overwrite"_s, true);
    QVERIFY(writeFile(path(u"source.txt"_s), "PYTHON"));
    QVERIFY(writeFile(path(u"dest.txt"_s), "0123456789"));
    fillForm(u"Overwrite at offset"_s, u"6"_s, u"6"_s);

    // Cancel: nothing written.
    Question question = startAndAnswer(false);
    QVERIFY(question.asked);
    QVERIFY(!m_window->isCopying());
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("0123456789"));
    QCOMPARE(question.title, u"Overwrite part of the file?"_s);
    // Which bytes of which file: 4 overwritten, 2 added.
    QCOMPARE(question.text, u"Bytes 6–9 of '%1' (4 bytes) are overwritten; 2 bytes are added "
                            u"after its end."_s.arg(path(u"dest.txt"_s)));
    QCOMPARE(question.informative,
             u"The 4 bytes it replaces are kept beside it, so that Undo Last Copy (Ctrl+Z) can "
             u"put them back (up to 1.0 GiB are kept)."_s);
    QCOMPARE(question.acceptText, u"&Overwrite"_s);
    QVERIFY(question.acceptIsDefault);

    question = startAndAnswer(true);
    QVERIFY(question.asked);
    waitForCopy();
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("012345PYTHON"));
    QVERIFY(m_window->undoAction()->isEnabled());

    const UndoResult undo = pressCtrlZ();
    QVERIFY2(undo.ok(), qPrintable(undo.message));
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("0123456789"));
    QCOMPARE(m_window->resultPanel()->headline(), u"Undone"_s);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"The last copy into '%1' was undone: 4 bytes put back at byte 6, and the file "
             u"holds 10 bytes as before."_s.arg(path(u"dest.txt"_s)));
    QCOMPARE(folderEntries(m_dir->path()),
             QStringList({u"dest.txt"_s, u"settings.ini"_s, u"source.txt"_s}));

    // Again: nothing more to undo, and the window says so.
    const UndoResult again = pressCtrlZ();
    QCOMPARE(again.error, TransferError::NothingToUndo);
    QCOMPARE(m_window->resultPanel()->headline(), u"Not undone"_s);
    QVERIFY(m_window->resultPanel()->details().startsWith(
        u"There is no copy into '%1' to undo."_s.arg(path(u"dest.txt"_s))));
}

void TestWindowUndo::appendAsksAndDontAskAgainIsRemembered()
{
    m_settings->setValue(u"confirm/append"_s, true);
    QVERIFY(writeFile(path(u"source.txt"_s), "PYTHON"));
    QVERIFY(writeFile(path(u"dest.txt"_s), "0123456789"));
    fillForm(u"Append"_s, u"6"_s);

    const Question question = startAndAnswer(true, true);
    QVERIFY(question.asked);
    QCOMPARE(question.text, u"6 bytes are added after the end of '%1', which holds 10 bytes."_s.arg(
                                path(u"dest.txt"_s)));
    QCOMPARE(question.informative,
             u"Undo Last Copy (Ctrl+Z) can cut the file back to its present length."_s);
    waitForCopy();
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("0123456789PYTHON"));
    QCOMPARE(m_settings->value(u"confirm/append"_s).toBool(), false);

    // Not asked any more: the copy starts at once.
    const Question notAsked = startAndAnswer(true);
    QVERIFY(!notAsked.asked);
    waitForCopy();
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("0123456789PYTHONPYTHON"));
    // Undo takes back the last copy only.
    const UndoResult undone = pressCtrlZ();
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("0123456789PYTHON"));
}

void TestWindowUndo::overwriteAboveTheLimitSaysUndoIsNotPossible()
{
    m_settings->setValue(u"confirm/overwrite"_s, true);
    m_settings->setValue(u"undo/limit"_s, 3);
    QVERIFY(writeFile(path(u"source.txt"_s), "PYTHON"));
    QVERIFY(writeFile(path(u"dest.txt"_s), "0123456789"));
    fillForm(u"Overwrite at offset"_s, u"4"_s, u"0"_s);

    const Question question = startAndAnswer(true);
    QCOMPARE(question.informative,
             u"Undo will not be possible: the copy replaces 4 bytes, more than the 3 bytes "
             u"RangeCopy keeps for Undo (see Edit → Preferences)."_s);
    QCOMPARE(question.acceptText, u"&Overwrite Without Undo"_s);
    QVERIFY(!question.acceptIsDefault);
    waitForCopy();
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("PYTH456789"));
    QCOMPARE(pressCtrlZ().error, TransferError::NothingToUndo);
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("PYTH456789"));
}

void TestWindowUndo::undoOfAReplaceBringsTheOldFileBack()
{
    m_settings->setValue(u"confirm/replace"_s, true);
    QVERIFY(writeFile(path(u"source.txt"_s), "PYTHON"));
    QVERIFY(writeFile(path(u"dest.txt"_s), "old content"));
    fillForm(u"Replace"_s, u"6"_s);
    const Question question = startAndAnswer(true);
    QVERIFY(question.informative.contains(u"The replaced file is kept for Undo Last Copy"_s));
    waitForCopy();
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("PYTHON"));
    const UndoResult undone = pressCtrlZ();
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("old content"));
}

void TestWindowUndo::undoAfterACancelledCopy()
{
    const QByteArray old = patternBytes(256 * 1024, 3);
    QVERIFY(writeFile(path(u"source.txt"_s), patternBytes(1024 * 1024)));
    QVERIFY(writeFile(path(u"dest.txt"_s), old));
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "20");
    fillForm(u"Overwrite at offset"_s, u"1 MiB"_s, u"100"_s);
    TransferRequest request = m_window->form()->request();
    request.chunkSize = 4096;
    m_window->form()->setRequest(request);

    QVERIFY(!startAndAnswer(true).asked);
    // Some bytes are written (20 ms a chunk of 4 KiB: the copy is far from its end).
    QTRY_VERIFY_WITH_TIMEOUT(readFile(path(u"dest.txt"_s)) != old, 30000);
    QVERIFY(m_window->isCopying());
    m_window->cancelCopy();
    waitForCopy();
    QCOMPARE(m_window->resultPanel()->headline(), u"Cancelled"_s);
    QVERIFY(readFile(path(u"dest.txt"_s)) != old);

    const UndoResult undo = pressCtrlZ();
    QVERIFY2(undo.ok(), qPrintable(undo.message));
    QCOMPARE(readFile(path(u"dest.txt"_s)), old);
}

void TestWindowUndo::undoRefusesAFileChangedSince()
{
    QVERIFY(writeFile(path(u"source.txt"_s), "PYTHON"));
    QVERIFY(writeFile(path(u"dest.txt"_s), "0123456789"));
    fillForm(u"Append"_s, u"6"_s);
    QVERIFY(!startAndAnswer(true).asked);
    waitForCopy();
    QVERIFY(writeFile(path(u"dest.txt"_s), "someone else wrote this"));

    const UndoResult undo = pressCtrlZ();
    QCOMPARE(undo.error, TransferError::DestinationChanged);
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("someone else wrote this"));
    QCOMPARE(m_window->resultPanel()->headline(), u"Not undone"_s);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        u"Cannot undo the last copy into '%1': its size changed"_s.arg(path(u"dest.txt"_s))));
}

void TestWindowUndo::ctrlZRightAfterCtrlReturnUndoesTheCopy()
{
    // Typed, started with Ctrl+Return from the count field, undone with Ctrl+Z: the copy
    // locks the form, so the field's own undo does not take the key.
    QVERIFY(writeFile(path(u"source.txt"_s), "PYTHON"));
    QVERIFY(writeFile(path(u"dest.txt"_s), "0123456789"));
    fillForm(u"Append"_s, u"6"_s);
    QVERIFY(m_window->form()->countEdit()->hasFocus());
    QSignalSpy finished(m_window.get(), &MainWindow::copyFinished);
    QTest::keyClick(m_window->form()->countEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("0123456789PYTHON"));
    const UndoResult undo = pressCtrlZ(false);
    QVERIFY2(undo.ok(), qPrintable(undo.message));
    QCOMPARE(readFile(path(u"dest.txt"_s)), QByteArray("0123456789"));
}

void TestWindowUndo::preferencesTurnTheQuestionsBackOn()
{
    // "Don't ask again" was answered for all three questions.
    m_settings->setValue(u"confirm/replace"_s, false);
    QVERIFY(writeFile(path(u"source.txt"_s), "PYTHON"));
    QVERIFY(writeFile(path(u"dest.txt"_s), "0123456789"));
    fillForm(u"Overwrite at offset"_s, u"2"_s, u"0"_s);
    QVERIFY(!startAndAnswer(true).asked);
    waitForCopy();

    // Edit → Preferences… (Ctrl+,) lists them unticked; ticking Overwrite and OK turns it on.
    QCOMPARE(m_window->preferencesAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QVERIFY(m_window->menuBar()->actions().at(1)->menu()->actions().contains(
        m_window->preferencesAction()));
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr)
            return;
        shown = !dialog->confirmReplaceBox()->isChecked() &&
                !dialog->confirmOverwriteBox()->isChecked() &&
                !dialog->confirmAppendBox()->isChecked() && dialog->undoLimitBox()->value() == 1024;
        QTest::mouseClick(dialog->confirmOverwriteBox(), Qt::LeftButton);
        dialog->undoLimitBox()->setValue(2048);
        dialog->accept();
    });
    m_window->startButton()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(shown);
    QCOMPARE(m_settings->value(u"confirm/overwrite"_s).toBool(), true);
    QCOMPARE(m_settings->value(u"confirm/append"_s).toBool(), false);
    QCOMPARE(m_settings->value(u"undo/limit"_s).toLongLong(), qint64(2048) * 1024 * 1024);

    // The question is back, with the new limit.
    const Question question = startAndAnswer(false);
    QVERIFY(question.asked);
    QVERIFY2(question.informative.contains(u"up to 2.0 GiB are kept"_s),
             qPrintable(question.informative));

    // Unticking it again and Cancel changes nothing; unticking and OK turns it off.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr)
            return;
        dialog->confirmOverwriteBox()->setChecked(false);
        dialog->reject();
    });
    m_window->preferencesAction()->trigger();
    QCOMPARE(m_settings->value(u"confirm/overwrite"_s).toBool(), true);
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr)
            return;
        dialog->confirmOverwriteBox()->setChecked(false);
        dialog->accept();
    });
    m_window->preferencesAction()->trigger();
    QCOMPARE(m_settings->value(u"confirm/overwrite"_s).toBool(), false);
    QVERIFY(!startAndAnswer(true).asked);
    waitForCopy();
}

QTEST_MAIN(TestWindowUndo)
#include "tst_windowundo.moc"
