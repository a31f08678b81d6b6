#include "core/io/workerpool.h"

#include <thread>

namespace rangecopy {

WorkerPool::WorkerPool(int maxThreads)
    : m_maxThreads(maxThreads)
{
}

void WorkerPool::start(std::function<void()> task)
{
    const std::lock_guard lock(m_mutex);
    m_tasks.push_back(std::move(task));
    // A waiting thread takes one queued task; more tasks than waiting threads need a new one.
    if (std::ssize(m_tasks) > m_waitingThreads && m_threads < m_maxThreads) {
        ++m_threads;
        std::thread(&WorkerPool::work, this).detach();
    }
    m_taskQueued.notify_one();
}

int WorkerPool::busyCount() const
{
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_tasks.size()) + m_runningTasks;
}

int WorkerPool::threadCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_threads;
}

void WorkerPool::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        ++m_waitingThreads;
        m_taskQueued.wait(lock, [this] { return !m_tasks.empty(); });
        --m_waitingThreads;
        std::function<void()> task = std::move(m_tasks.front());
        m_tasks.pop_front();
        ++m_runningTasks;
        lock.unlock();
        task();
        task = nullptr; // what it captured goes before the task counts as done
        lock.lock();
        --m_runningTasks;
    }
}

} // namespace rangecopy
