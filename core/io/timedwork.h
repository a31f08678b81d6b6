#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

class QThreadPool;

namespace rangecopy {

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
    [[nodiscard]] bool isPending() const { return m_watcher != nullptr; }

    // The pool the workers come from. It is never destroyed, so that quitting does not wait
    // for a worker stuck in the kernel.
    [[nodiscard]] static QThreadPool* pool();

    // For tests: every worker first waits this long (0: not at all), as a file on a mount
    // that does not answer would. The environment variable RANGECOPY_TEST_PROBE_DELAY_MS
    // sets it too.
    static void setTestDelay(std::chrono::milliseconds delay);
    [[nodiscard]] static std::chrono::milliseconds testDelay();

private:
    // Drops any pending call and begins a new one: starts the timer, returns its generation.
    quint64 begin(QFutureWatcherBase* watcher, std::function<void()> onTimeout);
    // Whether the answer of call generation is still awaited; ends the call if it is.
    bool finish(quint64 generation);
    void timedOut();
    static void waitTestDelay();

    std::chrono::milliseconds m_limit = kDefaultLimit;
    QTimer m_timer;
    quint64 m_generation = 0;
    QPointer<QFutureWatcherBase> m_watcher;
    std::function<void()> m_onTimeout;
    // m_generation, for the workers to see that their call was dropped.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

template <typename Work, typename Done>
void TimedWork::run(Work work, Done onDone, std::function<void()> onTimeout)
{
    using Result = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<Result>(this);
    const quint64 generation = begin(watcher, std::move(onTimeout));
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, onDone = std::move(onDone)] {
                watcher->deleteLater();
                if (!finish(generation) || watcher->future().resultCount() == 0)
                    return;
                onDone(watcher->result());
            });
    // A call dropped while it waited in the pool's queue (all workers busy or stuck) is not
    // worked on at all: only the newest call's work is done.
    watcher->setFuture(QtConcurrent::run(
        pool(), [work = std::move(work), latest = m_latest, generation]() -> Result {
            if (latest->load() != generation)
                return {};
            waitTestDelay();
            if (latest->load() != generation)
                return {};
            return work();
        }));
}

} // namespace rangecopy
