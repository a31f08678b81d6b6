#pragma once

#include <QObject>
#include <QTimer>

#include <condition_variable>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace rangecopy {

class WorkerPool;

// Runs work that looks at a file the user named (open, stat, a first read) on a worker, so
// that the thread that owns this object (the GUI's) never waits on a file: a FIFO, a device
// that never answers, a network mount that stopped responding.
//
// One call is pending at a time and the newest wins: run() while a call is pending drops the
// older one, whose answer is then ignored. A call that does not answer within the time limit
// is given up: onTimeout runs instead of onDone, and its late answer is ignored too. A worker
// stuck in the kernel cannot be killed; it finishes (or not) on its own. The workers come from
// one small pool shared by all TimedWork objects, so stuck workers cannot pile up without
// bound: when all are stuck, new calls wait in the pool's queue and time out.
//
// The work and its answer cross threads only under Link's mutex (see WorkerPool for why).
class TimedWork : public QObject {
    Q_OBJECT

public:
    // How long a call may take before the caller stops waiting for it.
    static constexpr std::chrono::milliseconds kDefaultLimit{2000};
    // Workers in the shared pool: one at work and a few that may be stuck in the kernel.
    static constexpr int kMaxWorkers = 4;

    explicit TimedWork(QObject* parent = nullptr);
    ~TimedWork() override;

    void setTimeLimit(std::chrono::milliseconds limit) { m_limit = limit; }
    [[nodiscard]] std::chrono::milliseconds timeLimit() const { return m_limit; }

    // Runs work() on a worker; on this object's thread then onDone(its result), or
    // onTimeout() once the time limit passed without an answer. Neither runs when a newer
    // call or cancel() came first.
    template <typename Work, typename Done>
    void run(Work work, Done onDone, std::function<void()> onTimeout);

    // Drops the pending call, if any: neither of its callbacks will run.
    void cancel();
    [[nodiscard]] bool isPending() const { return static_cast<bool>(m_deliver); }

    // The pool the workers come from. It is never destroyed, so that quitting does not wait
    // for a worker stuck in the kernel.
    [[nodiscard]] static WorkerPool& pool();
    // Queues task on pool().
    static void startOnPool(std::function<void()> task);

    // For tests: every worker first waits this long (0: not at all), as a file on a mount
    // that does not answer would. The environment variable RANGECOPY_TEST_PROBE_DELAY_MS
    // sets it too.
    static void setTestDelay(std::chrono::milliseconds delay);
    [[nodiscard]] static std::chrono::milliseconds testDelay();
    // On a worker: waits testDelay().
    static void waitTestDelay();

private Q_SLOTS:
    // A worker stored the answer of call generation (queued from the worker's thread).
    void answered(quint64 generation);

private:
    // What this object and its workers share; it outlives both.
    struct Link {
        std::mutex mutex;
        TimedWork* owner = nullptr; // null once the TimedWork is gone
        quint64 awaited = 0;        // the generation whose answer is wanted
        [[nodiscard]] bool isAwaited(quint64 generation)
        {
            const std::lock_guard lock(mutex);
            return owner != nullptr && awaited == generation;
        }
    };

    // Drops any pending call and begins a new one: starts the timer, returns its generation.
    quint64 begin(std::function<void()> deliver, std::function<void()> onTimeout);
    // Whether the answer of call generation is still awaited; ends the call if it is.
    bool finish(quint64 generation);
    void timedOut();
    // On the worker, with link->mutex held: tells the owner, if it is still there, that the
    // answer of generation is ready.
    static void announce(Link& link, quint64 generation);

    std::chrono::milliseconds m_limit = kDefaultLimit;
    QTimer m_timer;
    quint64 m_generation = 0;
    // Hands the pending call's answer to its onDone; empty when no call is pending.
    std::function<void()> m_deliver;
    std::function<void()> m_onTimeout;
    std::shared_ptr<Link> m_link = std::make_shared<Link>();
};

template <typename Work, typename Done>
void TimedWork::run(Work work, Done onDone, std::function<void()> onTimeout)
{
    using Result = std::invoke_result_t<Work>;
    // Written by the worker and read here, both under m_link->mutex.
    auto answer = std::make_shared<std::optional<Result>>();
    auto deliver = [link = m_link, answer, onDone = std::move(onDone)] {
        std::optional<Result> result;
        {
            const std::lock_guard lock(link->mutex);
            result.swap(*answer);
        }
        if (result)
            onDone(std::move(*result));
    };
    const quint64 generation = begin(std::move(deliver), std::move(onTimeout));
    // A call dropped while it waited in the pool's queue (all workers busy or stuck) is not
    // worked on at all: only the newest call's work is done.
    startOnPool([work = std::move(work), link = m_link, answer, generation]() mutable {
        if (!link->isAwaited(generation))
            return;
        waitTestDelay();
        if (!link->isAwaited(generation))
            return;
        Result result = work();
        const std::lock_guard lock(link->mutex);
        if (link->owner == nullptr || link->awaited != generation)
            return; // dropped while it worked: the result goes with this task
        *answer = std::move(result);
        announce(*link, generation);
    });
}

// Runs work() on TimedWork's pool and waits for its result, at most limit: for a short read
// the caller cannot do without (a page of the preview) from a file that may stop answering.
// Empty when the limit passed first; work then runs on by itself, so it must own (or share)
// everything it uses. The caller's thread waits, but never longer than limit.
template <typename Work>
[[nodiscard]] std::optional<std::invoke_result_t<Work>>
waitForWorker(Work work, std::chrono::milliseconds limit)
{
    using Result = std::invoke_result_t<Work>;
    struct Answer {
        std::mutex mutex;
        std::condition_variable ready;
        std::optional<Result> result;
    };
    auto answer = std::make_shared<Answer>();
    TimedWork::startOnPool([answer, work = std::move(work)]() mutable {
        TimedWork::waitTestDelay();
        Result result = work();
        const std::lock_guard lock(answer->mutex);
        answer->result = std::move(result);
        answer->ready.notify_one();
    });
    std::unique_lock lock(answer->mutex);
    answer->ready.wait_for(lock, limit, [&] { return answer->result.has_value(); });
    return std::move(answer->result);
}

} // namespace rangecopy
