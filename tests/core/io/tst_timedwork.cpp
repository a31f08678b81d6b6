// TimedWork: work on a worker with an answer on the owner's thread, the newest call winning,
// a time limit, nothing delivered to an owner that is gone, and a bounded pool of workers.
// The work here waits on a gate the test opens, in place of a file that does not answer.

#include "core/io/timedwork.h"
#include "core/io/workerpool.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <future>
#include <memory>
#include <vector>

using namespace rangecopy;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10000;

// Work that does not return until the test opens the gate.
class Gate {
public:
    [[nodiscard]] std::shared_future<void> closed() const { return m_opened; }
    void open() { m_promise.set_value(); }
    // Work that answers true once the gate opens.
    [[nodiscard]] auto trueWhenOpen() const
    {
        return [opened = m_opened] {
            opened.wait();
            return true;
        };
    }

private:
    std::promise<void> m_promise;
    std::shared_future<void> m_opened = m_promise.get_future().share();
};

// Waits until no worker holds a task, then delivers what they posted: after this, an answer
// that was going to arrive has arrived.
bool settle()
{
    if (!QTest::qWaitFor([] { return TimedWork::pool().busyCount() == 0; }, kWaitMs))
        return false;
    QCoreApplication::sendPostedEvents();
    return true;
}

} // namespace

class TestTimedWork : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void answersOnTheOwnersThread();
    void theNewestCallWins();
    void aCallPastItsLimitTimesOut();
    void cancelDropsTheAnswer();
    void anOwnerThatIsGoneGetsNothing();
    void stuckWorkersAreBoundedAndTheRestWait();
};

void TestTimedWork::cleanup()
{
    QVERIFY(settle());
}

void TestTimedWork::answersOnTheOwnersThread()
{
    TimedWork work;
    QThread* workedOn = nullptr;
    QThread* answeredOn = nullptr;
    work.run([] { return QThread::currentThread(); },
             [&](QThread* thread) {
                 workedOn = thread;
                 answeredOn = QThread::currentThread();
             },
             [] { QFAIL("timed out"); });
    QVERIFY(work.isPending());
    QTRY_VERIFY_WITH_TIMEOUT(answeredOn != nullptr, kWaitMs);
    QCOMPARE(answeredOn, QThread::currentThread());
    QVERIFY(workedOn != QThread::currentThread());
    QVERIFY(!work.isPending());
}

void TestTimedWork::theNewestCallWins()
{
    TimedWork work;
    Gate gate;
    std::vector<int> answers;
    work.run(
        [opened = gate.closed()] {
            opened.wait();
            return 1;
        },
        [&](int answer) { answers.push_back(answer); }, [] {});
    work.run([] { return 2; }, [&](int answer) { answers.push_back(answer); }, [] {});
    QTRY_VERIFY_WITH_TIMEOUT(!answers.empty(), kWaitMs);
    gate.open();
    QVERIFY(settle());
    QCOMPARE(answers, std::vector<int>{2});
}

void TestTimedWork::aCallPastItsLimitTimesOut()
{
    TimedWork work;
    work.setTimeLimit(50ms);
    Gate gate;
    bool timedOut = false;
    bool answered = false;
    work.run(
        gate.trueWhenOpen(), [&](bool) { answered = true; }, [&] { timedOut = true; });
    QTRY_VERIFY_WITH_TIMEOUT(timedOut, kWaitMs);
    QVERIFY(!work.isPending());
    gate.open(); // the file answers late: nobody listens any more
    QVERIFY(settle());
    QVERIFY(!answered);
}

void TestTimedWork::cancelDropsTheAnswer()
{
    TimedWork work;
    Gate gate;
    bool called = false;
    work.run(
        gate.trueWhenOpen(), [&](bool) { called = true; }, [&] { called = true; });
    work.cancel();
    QVERIFY(!work.isPending());
    gate.open();
    QVERIFY(settle());
    QVERIFY(!called);
}

void TestTimedWork::anOwnerThatIsGoneGetsNothing()
{
    auto called = std::make_shared<bool>(false);
    Gate gate;
    {
        TimedWork work;
        work.run(
            gate.trueWhenOpen(), [called](bool) { *called = true; }, [called] { *called = true; });
    }
    gate.open();
    QVERIFY(settle());
    QVERIFY(!*called);
}

void TestTimedWork::stuckWorkersAreBoundedAndTheRestWait()
{
    // More calls than workers, all stuck: the pool does not grow past its limit, and the calls
    // it could not start wait in its queue until a worker is free again.
    constexpr int kCalls = TimedWork::kMaxWorkers + 2;
    Gate gate;
    std::vector<std::unique_ptr<TimedWork>> calls;
    int answers = 0;
    for (int i = 0; i < kCalls; ++i) {
        calls.push_back(std::make_unique<TimedWork>());
        calls.back()->setTimeLimit(60s);
        calls.back()->run(
            gate.trueWhenOpen(), [&](bool) { ++answers; }, [] { QFAIL("timed out"); });
    }
    QCOMPARE(TimedWork::pool().busyCount(), kCalls);
    QVERIFY(TimedWork::pool().threadCount() <= TimedWork::kMaxWorkers);
    gate.open();
    QTRY_COMPARE_WITH_TIMEOUT(answers, kCalls, kWaitMs);
    QVERIFY(TimedWork::pool().threadCount() <= TimedWork::kMaxWorkers);
}

QTEST_GUILESS_MAIN(TestTimedWork)
#include "tst_timedwork.moc"
