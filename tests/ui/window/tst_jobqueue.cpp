// The Jobs panel's model on its own: adding, ordering, states, retry, drag and drop, and the
// history's length.

#include "ui/window/jobqueue.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace rangecopy;
using namespace Qt::StringLiterals;

namespace {
TransferRequest copyOf(const QString& name)
{
    TransferRequest request;
    request.sourcePath = u"/data/"_s + name;
    request.destinationPath = u"/out/"_s + name;
    return request;
}

QStringList sources(const JobQueue& queue)
{
    QStringList names;
    for (const JobQueue::Job& job : queue.jobs())
        names << job.request.sourcePath.mid(6);
    return names;
}
} // namespace

class TestJobQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsEachJobInAColumn();
    void movesAndRemoves();
    void nextQueuedSkipsFinishedJobs();
    void retryQueuesFailedJobsOnly();
    void dragAndDropReorders();
    void historyKeepsTheNewest();
};

void TestJobQueue::showsEachJobInAColumn()
{
    JobQueue queue;
    TransferRequest request = copyOf(u"disk.img"_s);
    request.offset = 512;
    request.count = 4096;
    request.mode = DestinationMode::CreateNew;
    queue.add(request);
    QCOMPARE(queue.rowCount(), 1);
    QCOMPARE(queue.columnCount(), int(JobQueue::Count));
    const auto cell = [&](int column) {
        return queue.index(0, column).data().toString();
    };
    QCOMPARE(cell(JobQueue::Source), u"disk.img"_s);
    QCOMPARE(cell(JobQueue::Range), u"4.0 KiB from 512"_s);
    QCOMPARE(cell(JobQueue::Destination), u"disk.img"_s);
    QCOMPARE(cell(JobQueue::Mode), u"new"_s);
    QCOMPARE(cell(JobQueue::StateColumn), u"queued"_s);
    QCOMPARE(cell(JobQueue::Progress), QString());
    QCOMPARE(queue.index(0, JobQueue::Source).data(Qt::ToolTipRole).toString(),
             u"/data/disk.img"_s);

    queue.setState(0, JobQueue::State::Running);
    queue.setProgress(0, 1024, 4096, 2 * 1024 * 1024);
    QCOMPARE(cell(JobQueue::Progress), u"25%"_s);
    QCOMPARE(cell(JobQueue::Speed), u"2.0 MiB/s"_s);
    queue.setResult(0, JobQueue::State::Done, u"4096 bytes sent (4.0 KiB)"_s);
    QCOMPARE(cell(JobQueue::StateColumn), u"done"_s);
    QCOMPARE(cell(JobQueue::Speed), QString()); // only while running
    QCOMPARE(cell(JobQueue::Result), u"4096 bytes sent (4.0 KiB)"_s);
}

void TestJobQueue::movesAndRemoves()
{
    JobQueue queue;
    for (const QString& name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        queue.add(copyOf(name));
    queue.move(0, 3); // before d
    QCOMPARE(sources(queue), (QStringList{u"b"_s, u"c"_s, u"a"_s, u"d"_s}));
    queue.move(3, 0);
    QCOMPARE(sources(queue), (QStringList{u"d"_s, u"b"_s, u"c"_s, u"a"_s}));
    queue.move(1, 4); // to the end
    QCOMPARE(sources(queue), (QStringList{u"d"_s, u"c"_s, u"a"_s, u"b"_s}));
    // A running job stays under the copy that runs it.
    queue.setState(0, JobQueue::State::Running);
    queue.remove({0, 2});
    QCOMPARE(sources(queue), (QStringList{u"d"_s, u"c"_s, u"b"_s}));
}

void TestJobQueue::nextQueuedSkipsFinishedJobs()
{
    JobQueue queue;
    QCOMPARE(queue.nextQueued(), std::nullopt);
    for (const QString& name : {u"a"_s, u"b"_s, u"c"_s})
        queue.add(copyOf(name));
    queue.setResult(0, JobQueue::State::Done, {});
    queue.setResult(1, JobQueue::State::Skipped, {});
    QCOMPARE(queue.nextQueued(), std::optional<int>(2));
    QCOMPARE(queue.countIn(JobQueue::State::Queued), 1);
    queue.setResult(2, JobQueue::State::Failed, u"disk full"_s);
    QCOMPARE(queue.nextQueued(), std::nullopt);
}

void TestJobQueue::retryQueuesFailedJobsOnly()
{
    JobQueue queue;
    for (const QString& name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        queue.add(copyOf(name));
    queue.setResult(0, JobQueue::State::Done, u"ok"_s);
    queue.setResult(1, JobQueue::State::Failed, u"disk full"_s);
    queue.setResult(2, JobQueue::State::Cancelled, u"cancelled"_s);
    queue.setResult(3, JobQueue::State::Skipped, u"exists"_s);
    for (int row = 0; row < 4; ++row)
        queue.retry(row);
    QCOMPARE(queue.job(0).state, JobQueue::State::Done);
    for (int row = 1; row < 4; ++row) {
        QCOMPARE(queue.job(row).state, JobQueue::State::Queued);
        QCOMPARE(queue.job(row).result, QString());
    }
}

void TestJobQueue::dragAndDropReorders()
{
    JobQueue queue;
    for (const QString& name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s})
        queue.add(copyOf(name));
    // Drag b and d, drop them before a: they keep their order.
    const std::unique_ptr<QMimeData> dragged(
        queue.mimeData({queue.index(1, 0), queue.index(3, 2), queue.index(1, 4)}));
    QVERIFY(queue.mimeTypes().contains(dragged->formats().value(0)));
    QVERIFY(!queue.dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(sources(queue), (QStringList{u"b"_s, u"d"_s, u"a"_s, u"c"_s, u"e"_s}));
    // Dropped below the last row: to the end.
    const std::unique_ptr<QMimeData> first(queue.mimeData({queue.index(0, 0)}));
    QVERIFY(!queue.dropMimeData(first.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(sources(queue), (QStringList{u"d"_s, u"a"_s, u"c"_s, u"e"_s, u"b"_s}));
    QVERIFY(queue.flags(queue.index(0, 0)) & Qt::ItemIsDragEnabled);
    QCOMPARE(queue.supportedDropActions(), Qt::MoveAction);
}

void TestJobQueue::historyKeepsTheNewest()
{
    JobQueue history;
    for (int i = 0; i < 7; ++i)
        history.addFinished({copyOf(QString::number(i)), JobQueue::State::Done, 0, 0, 0, {}, {}},
                            5);
    QCOMPARE(sources(history), (QStringList{u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
