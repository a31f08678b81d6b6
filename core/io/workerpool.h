#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

namespace rangecopy {

// A few threads that run tasks from one queue, for work that may block in the kernel (TimedWork).
//
// Why not QThreadPool: the task and its answer cross threads here through std::mutex, which
// ThreadSanitizer sees, so the TSan build checks what the workers do. (Debian's Qt is not built
// with TSan; a hand-over inside QThreadPool looks like a race to it, and suppressing those would
// also hide real ones.)
//
// Threads start when a task finds none waiting, up to the limit; past it, tasks wait in the
// queue. Threads never end and are never joined: one stuck in the kernel must not keep the
// program from quitting.
class WorkerPool {
public:
    explicit WorkerPool(int maxThreads);
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;
    // Its threads never end, so a pool lives as long as the program: make it with new, keep it.
    ~WorkerPool() = delete;

    // Queues task; it runs on one of the pool's threads. Never waits.
    void start(std::function<void()> task);

    // Tasks queued or running now.
    [[nodiscard]] int busyCount() const;
    // Threads started so far (they never end).
    [[nodiscard]] int threadCount() const;

private:
    void work();

    const int m_maxThreads;
    mutable std::mutex m_mutex;
    std::condition_variable m_taskQueued;
    std::deque<std::function<void()>> m_tasks;
    int m_threads = 0;
    int m_waitingThreads = 0;
    int m_runningTasks = 0;
};

} // namespace rangecopy
