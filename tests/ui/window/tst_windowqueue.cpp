// The window's queue: copies added and run one after another, what happens to existing
// destinations, a failing or cancelled copy, saving and opening a queue, and the history.

#include "core/transfer/jobdescription.h"
#include "support/testsupport.h"
#include "support/windowtest.h"
#include "ui/widgets/pathfield.h"
#include "ui/window/jobqueue.h"
#include "ui/window/jobspanel.h"
#include "ui/window/joindialog.h"
#include "ui/window/mainwindow.h"
#include "ui/window/splitdialog.h"
#include "ui/window/transferform.h"

#include "ui/widgets/bytesizeedit.h"
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

class TestWindowQueue : public WindowTest {
    Q_OBJECT

private Q_SLOTS:
    void queuedCopiesRunOneAfterAnother();
    void existingDestinationsFollowTheChoice_data();
    void existingDestinationsFollowTheChoice();
    void askingWithApplyToAll();
    void aFailedCopyDoesNotStopTheQueueAndCanBeRetried();
    void cancelStopsTheQueue();
    void saveAndOpenAQueue();
    void historyIsKeptAndRunsAgain();
    void droppingSeveralFilesQueuesEachIntoTheFolder();
    void splitQueuesOnePiecePerCopy();
    void joinFindsThePiecesAndRunsAsOneJob();

private:
    // Fills the form with a whole-file copy and adds it to the queue with Ctrl+Shift+Return.
    void queue(const QString& source, const QString& destination);
    // Start (Ctrl+Return), then waits for the queue to end.
    void runQueueAndWait();
    [[nodiscard]] QStringList states() const;
};

void TestWindowQueue::queue(const QString& source, const QString& destination)
{
    TransferForm* form = m_window->form();
    typeInto(form->sourceField()->lineEdit(), path(source));
    typeInto(form->destinationField()->lineEdit(), path(destination));
    waitForChecks();
    QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
}

void TestWindowQueue::runQueueAndWait()
{
    QSignalSpy finished(m_window.get(), &MainWindow::queueFinished);
    waitForChecks();
    // A shortcut needs its window active (a message box closed just before may have had it).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
}

QStringList TestWindowQueue::states() const
{
    QStringList names;
    for (const JobQueue::Job& job : m_window->queue()->jobs())
        names << JobQueue::stateName(job.state);
    return names;
}

void TestWindowQueue::queuedCopiesRunOneAfterAnother()
{
    for (int i = 1; i <= 3; ++i)
        QVERIFY(writeFile(path(u"in%1.bin"_s.arg(i)), patternBytes(1000 * i, quint32(i))));
    for (int i = 1; i <= 3; ++i)
        queue(u"in%1.bin"_s.arg(i), u"out%1.bin"_s.arg(i));
    QVERIFY(m_window->jobsDock()->isVisible());
    QCOMPARE(m_window->queue()->rowCount(), 3);
    QVERIFY2(m_window->startButton()->toolTip().startsWith(u"Run the queue: 3 copies"_s),
             qPrintable(m_window->startButton()->toolTip()));
    // Queued, nothing is copied yet.
    QVERIFY(!QFileInfo::exists(path(u"out1.bin"_s)));

    runQueueAndWait();
    QCOMPARE(states(), (QStringList{u"done"_s, u"done"_s, u"done"_s}));
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(readFile(path(u"out%1.bin"_s.arg(i))), patternBytes(1000 * i, quint32(i)));
    QCOMPARE(m_window->queue()->job(2).result, u"3000 bytes sent (2.9 KiB)"_s);
    QCOMPARE(m_window->queue()->index(2, JobQueue::Progress).data().toString(), u"100%"_s);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Queue finished: 3 done, 0 failed, 0 skipped."_s);
    QCOMPARE(m_window->history()->rowCount(), 3);
}

void TestWindowQueue::existingDestinationsFollowTheChoice_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QByteArray>("destinationAfter");
    QTest::addColumn<bool>("keptBoth");
    QTest::newRow("replace") << int(ConflictChoice::Replace) << u"done"_s << QByteArray("new bytes")
                             << false;
    QTest::newRow("skip") << int(ConflictChoice::Skip) << u"skipped"_s << QByteArray("old")
                          << false;
    QTest::newRow("keep both") << int(ConflictChoice::KeepBoth) << u"done"_s << QByteArray("old")
                               << true;
}

void TestWindowQueue::existingDestinationsFollowTheChoice()
{
    QFETCH(int, choice);
    QFETCH(QString, state);
    QFETCH(QByteArray, destinationAfter);
    QFETCH(bool, keptBoth);
    QVERIFY(writeFile(path(u"in.txt"_s), QByteArray("new bytes")));
    QVERIFY(writeFile(path(u"out.txt"_s), QByteArray("old")));
    // "out (1).txt" exists too: keeping both takes the first free name.
    QVERIFY(writeFile(path(u"out (1).txt"_s), QByteArray("older")));
    m_window->jobsPanel()->setConflictChoice(static_cast<ConflictChoice>(choice));
    queue(u"in.txt"_s, u"out.txt"_s);
    runQueueAndWait();
    QCOMPARE(states(), QStringList{state});
    QCOMPARE(readFile(path(u"out.txt"_s)), destinationAfter);
    QCOMPARE(readFile(path(u"out (1).txt"_s)), QByteArray("older"));
    QCOMPARE(QFileInfo::exists(path(u"out (2).txt"_s)), keptBoth);
    if (keptBoth) {
        QCOMPARE(readFile(path(u"out (2).txt"_s)), QByteArray("new bytes"));
        QCOMPARE(m_window->queue()->job(0).request.destinationPath, path(u"out (2).txt"_s));
    }
}

void TestWindowQueue::askingWithApplyToAll()
{
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(writeFile(path(u"in%1.txt"_s.arg(i)), QByteArray::number(i)));
        QVERIFY(writeFile(path(u"out%1.txt"_s.arg(i)), QByteArray("old")));
    }
    for (int i = 1; i <= 3; ++i)
        queue(u"in%1.txt"_s.arg(i), u"out%1.txt"_s.arg(i));
    QCOMPARE(m_window->jobsPanel()->conflictChoice(), ConflictChoice::Ask); // the default
    // The first question is answered Skip with "Apply to all": no second question comes.
    int questions = 0;
    QString asked;
    QTimer answerer;
    answerer.setInterval(5);
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr)
            return;
        ++questions;
        asked = box->text();
        box->checkBox()->setChecked(true);
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove(u'&') == u"Skip"_s)
                button->click();
        }
    });
    answerer.start();
    runQueueAndWait();
    answerer.stop();
    QCOMPARE(questions, 1);
    QCOMPARE(asked, u"'out1.txt' already exists."_s);
    QCOMPARE(states(), (QStringList{u"skipped"_s, u"skipped"_s, u"skipped"_s}));
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(readFile(path(u"out%1.txt"_s.arg(i))), QByteArray("old"));
}

void TestWindowQueue::aFailedCopyDoesNotStopTheQueueAndCanBeRetried()
{
    QVERIFY(writeFile(path(u"a.bin"_s), QByteArray("aaa")));
    // The second copy's source is missing: a queue opened from a file can hold such a copy.
    TransferRequest missing;
    missing.sourcePath = path(u"later.bin"_s);
    missing.destinationPath = path(u"b-out.bin"_s);
    queue(u"a.bin"_s, u"a-out.bin"_s);
    m_window->queue()->add(missing);
    queue(u"a.bin"_s, u"c-out.bin"_s);
    runQueueAndWait();
    QCOMPARE(states(), (QStringList{u"done"_s, u"failed"_s, u"done"_s}));
    QVERIFY2(m_window->queue()->job(1).result.contains(u"later.bin"_s),
             qPrintable(m_window->queue()->job(1).result));
    QCOMPARE(readFile(path(u"c-out.bin"_s)), QByteArray("aaa"));

    QVERIFY(writeFile(path(u"later.bin"_s), QByteArray("bbb")));
    QTableView* view = m_window->jobsPanel()->queueView();
    view->selectRow(1);
    m_window->jobsPanel()->retrySelection();
    QCOMPARE(states().at(1), u"queued"_s);
    runQueueAndWait();
    QCOMPARE(states(), (QStringList{u"done"_s, u"done"_s, u"done"_s}));
    QCOMPARE(readFile(path(u"b-out.bin"_s)), QByteArray("bbb"));
}

void TestWindowQueue::cancelStopsTheQueue()
{
    // Slow chunks, so that Cancel comes while the first copy runs.
    qputenv("RANGECOPY_TEST_CHUNK_DELAY_MS", "50");
    QVERIFY(writeFile(path(u"big.bin"_s), patternBytes(64 * 4096, 5)));
    QVERIFY(writeFile(path(u"small.bin"_s), QByteArray("s")));
    TransferForm* form = m_window->form();
    queue(u"big.bin"_s, u"big-out.bin"_s);
    TransferRequest slow = m_window->queue()->job(0).request;
    slow.chunkSize = 4096;
    m_window->queue()->setRequest(0, slow);
    queue(u"small.bin"_s, u"small-out.bin"_s);
    QSignalSpy finished(m_window.get(), &MainWindow::queueFinished);
    waitForChecks();
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isCopying(), 10000);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(states(), (QStringList{u"cancelled"_s, u"queued"_s}));
    QVERIFY(!QFileInfo::exists(path(u"big-out.bin"_s)));
    QVERIFY(!QFileInfo::exists(path(u"small-out.bin"_s)));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Queue stopped: 0 done, 1 failed, 0 skipped; 1 still queued."_s);
    QVERIFY(form->sourceField()->lineEdit()->isEnabled()); // the form is unlocked again
}

void TestWindowQueue::saveAndOpenAQueue()
{
    QVERIFY(writeFile(path(u"a.bin"_s), QByteArray("aaa")));
    queue(u"a.bin"_s, u"one.bin"_s);
    queue(u"a.bin"_s, u"two.bin"_s);
    const QStringList pieces{path(u"a.bin.001"_s), path(u"a.bin.002"_s)};
    m_window->queue()->addJoin(pieces, path(u"joined.bin"_s));
    QSignalSpy done(m_window.get(), &MainWindow::queueFileDone);
    m_window->saveQueueTo(path(u"saved.jsonl"_s));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(done.at(0).at(0).toBool(), true);
    // The file is what rangecopy-cli --batch reads; the join is a line of its own.
    const ParsedJobList saved = parseJobLines(readFile(path(u"saved.jsonl"_s)));
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(saved.jobs.size(), 3);
    QCOMPARE(saved.jobs.at(1).request.destinationPath, path(u"two.bin"_s));
    QCOMPARE(saved.jobs.at(2).joinPieces, pieces);
    QCOMPARE(saved.jobs.at(2).request.destinationPath, path(u"joined.bin"_s));

    m_window->queue()->clear();
    m_window->openQueueFrom(path(u"saved.jsonl"_s));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
    QCOMPARE(done.at(1).at(0).toBool(), true);
    QCOMPARE(m_window->queue()->rowCount(), 3);
    QCOMPARE(m_window->queue()->job(0).request, saved.jobs.at(0).request);
    QCOMPARE(m_window->queue()->job(2).joinPieces, pieces);
    QCOMPARE(m_window->queue()->job(2).request.destinationPath, path(u"joined.bin"_s));

    // A malformed file adds nothing and says which line is wrong.
    QVERIFY(writeFile(path(u"bad.jsonl"_s), QByteArray("{\"source\": \"a.bin\"}\n")));
    QString warning;
    QTimer closer;
    closer.setInterval(5);
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    closer.start();
    m_window->openQueueFrom(path(u"bad.jsonl"_s));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 10000);
    closer.stop();
    QCOMPARE(done.at(2).at(0).toBool(), false);
    QVERIFY2(warning.contains(u"bad.jsonl', line 1: 'destination' is missing; nothing was added"_s),
             qPrintable(warning));
    QCOMPARE(m_window->queue()->rowCount(), 3);
}

void TestWindowQueue::historyIsKeptAndRunsAgain()
{
    QVERIFY(writeFile(path(u"a.bin"_s), QByteArray("aaa")));
    queue(u"a.bin"_s, u"one.bin"_s);
    runQueueAndWait();
    m_window.reset();

    MainWindow next(*m_settings);
    QCOMPARE(next.history()->rowCount(), 1);
    QCOMPARE(next.history()->job(0).request.destinationPath, path(u"one.bin"_s));
    QCOMPARE(next.history()->job(0).state, JobQueue::State::Done);
    QCOMPARE(next.history()->job(0).result, u"3 bytes sent"_s);
    next.jobsPanel()->historyView()->selectRow(0);
    next.jobsPanel()->runSelectedAgain();
    QCOMPARE(next.queue()->rowCount(), 1);
    QCOMPARE(next.queue()->job(0).request.destinationPath, path(u"one.bin"_s));
    // Double-click (activation) loads a job into the form.
    Q_EMIT next.jobsPanel()->queueView()->activated(next.queue()->index(0, 0));
    QCOMPARE(next.form()->request().destinationPath, path(u"one.bin"_s));
}

void TestWindowQueue::droppingSeveralFilesQueuesEachIntoTheFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(u"into"_s));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(writeFile(path(u"f%1.txt"_s.arg(i)), QByteArray::number(i * 111)));
    PathField* source = m_window->form()->sourceField();
    // Dropped without a destination folder: nothing is queued, and the window says why.
    const auto dropOnSource = [&] {
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(path(u"f1.txt"_s)),
                       QUrl::fromLocalFile(path(u"f2.txt"_s)),
                       QUrl::fromLocalFile(path(u"f3.txt"_s))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(source, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(source, &drop);
        delete mime;
    };
    QString told;
    QTimer closer;
    closer.setInterval(5);
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            told = box->text();
            box->accept();
        }
    });
    closer.start();
    dropOnSource();
    QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 10000);
    QVERIFY2(told.contains(u"choose the destination folder first"_s), qPrintable(told));
    QCOMPARE(m_window->queue()->rowCount(), 0);

    typeInto(m_window->form()->destinationField()->lineEdit(), path(u"into"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->form()->destinationFolder(), path(u"into"_s), 10000);
    dropOnSource();
    closer.stop();
    QCOMPARE(m_window->queue()->rowCount(), 3);
    QCOMPARE(source->path(), QString()); // the field keeps what it had
    waitForChecks();
    QVERIFY2(m_window->startButton()->isEnabled(), qPrintable(m_window->startButton()->toolTip()));
    runQueueAndWait();
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(readFile(path(u"into/f%1.txt"_s.arg(i))), QByteArray::number(i * 111));
}

void TestWindowQueue::splitQueuesOnePiecePerCopy()
{
    const QByteArray source = patternBytes(10000, 9);
    QVERIFY(writeFile(path(u"image.bin"_s), source));
    QVERIFY(QDir(m_dir->path()).mkdir(u"pieces"_s));
    SplitDialog dialog(path(u"image.bin"_s), source.size(), m_window.get());
    // Planned from the size alone, before anything is written.
    typeInto(dialog.pieceSizeEdit(), u"4 KiB"_s);
    dialog.folderEdit()->setText(path(u"pieces"_s));
    QCOMPARE(dialog.pieceList()->topLevelItemCount(), 3);
    QCOMPARE(dialog.pieceList()->topLevelItem(0)->text(0), u"image.bin.001"_s);
    QCOMPARE(dialog.pieceList()->topLevelItem(2)->text(1), u"8192"_s);
    QCOMPARE(dialog.pieceList()->topLevelItem(2)->text(2), u"1.8 KiB (1808 bytes)"_s);
    typeInto(dialog.pieceSizeEdit(), u"0"_s);
    QCOMPARE(dialog.problem(), u"A piece must hold at least 1 byte."_s);
    QVERIFY(dialog.pieceRequests().isEmpty());
    dialog.byCountButton()->setChecked(true);
    dialog.pieceCountBox()->setValue(4);
    QCOMPARE(dialog.pieceList()->topLevelItemCount(), 4);
    QVERIFY(dialog.problem().isEmpty());

    const QList<TransferRequest> pieces = dialog.pieceRequests();
    QCOMPARE(pieces.size(), 4);
    QCOMPARE(pieces.at(3).offset, qint64(7500));
    QCOMPARE(pieces.at(3).mode, DestinationMode::CreateNew);
    m_window->queueRequests(pieces);
    runQueueAndWait();
    QByteArray joined;
    for (int i = 1; i <= 4; ++i)
        joined += readFile(path(u"pieces/image.bin.00%1"_s.arg(i)));
    QCOMPARE(joined, source);
    QCOMPARE(readFile(path(u"pieces/image.bin.002"_s)), source.mid(2500, 2500));
}

void TestWindowQueue::joinFindsThePiecesAndRunsAsOneJob()
{
    const QByteArray source = patternBytes(7000, 10);
    for (int i = 0; i < 3; ++i)
        QVERIFY(writeFile(path(u"disk.img.00%1"_s.arg(i + 1)), source.mid(i * 3000, 3000)));
    QVERIFY(writeFile(path(u"disk.img"_s), QByteArray("old")));
    JoinDialog dialog(path(u"disk.img.001"_s), m_window.get());
    // The run is found beside the first piece, on a worker; the destination defaults to it
    // without ".001", which exists and is said to be replaced.
    QTRY_COMPARE_WITH_TIMEOUT(dialog.pieceList()->topLevelItemCount(), 3, 10000);
    QCOMPARE(dialog.destination(), path(u"disk.img"_s));
    QCOMPARE(dialog.pieceList()->topLevelItem(2)->text(1), u"1000 bytes"_s);
    QVERIFY2(dialog.summary().startsWith(u"3 pieces, 6.8 KiB (7000 bytes) in all. "_s),
             qPrintable(dialog.summary()));
    QVERIFY2(dialog.summary().endsWith(u"exists: it is replaced once every piece is in."_s),
             qPrintable(dialog.summary()));
    QVERIFY(dialog.acceptButton()->isEnabled());

    m_window->queue()->addJoin(dialog.pieces(), dialog.destination());
    QCOMPARE(m_window->queue()->index(0, JobQueue::Mode).data().toString(), u"join"_s);
    QCOMPARE(m_window->queue()->index(0, JobQueue::Range).data().toString(), u"3 pieces"_s);
    runQueueAndWait();
    QCOMPARE(states(), QStringList{u"done"_s});
    QCOMPARE(readFile(path(u"disk.img"_s)), source);
    QCOMPARE(m_window->queue()->job(0).result, u"7000 bytes sent (6.8 KiB)"_s);
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());

    // A missing piece: the dialog says which, and nothing can be queued.
    QVERIFY(QFile::remove(path(u"disk.img.002"_s)));
    JoinDialog broken(path(u"disk.img.001"_s), m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(broken.summary().contains(u"is missing"_s), 10000);
    QVERIFY2(broken.summary().contains(u"disk.img.002' is missing (the pieces go up to 3)"_s),
             qPrintable(broken.summary()));
    QVERIFY(!broken.acceptButton()->isEnabled());
}

QTEST_MAIN(TestWindowQueue)
#include "tst_windowqueue.moc"
