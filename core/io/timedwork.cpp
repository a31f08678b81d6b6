#include "core/io/timedwork.h"

#include "core/io/workerpool.h"

#include <atomic>
#include <thread>

namespace rangecopy {

namespace {
std::atomic<qint64> g_testDelayMs{-1}; // -1: not set, look at the environment
} // namespace

TimedWork::TimedWork(QObject* parent)
    : QObject(parent)
{
    m_link->owner = this;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TimedWork::timedOut);
}

TimedWork::~TimedWork()
{
    cancel();
    // After this no worker can post to this object; what one posted before is dropped by Qt
    // with the object.
    const std::lock_guard lock(m_link->mutex);
    m_link->owner = nullptr;
}

WorkerPool& TimedWork::pool()
{
    // Leaked on purpose: its threads never end (one may be stuck in the kernel).
    static WorkerPool* const workers = new WorkerPool(kMaxWorkers);
    return *workers;
}

void TimedWork::startOnPool(std::function<void()> task)
{
    pool().start(std::move(task));
}

void TimedWork::announce(Link& link, quint64 generation)
{
    // Only the generation crosses through Qt's event queue; the answer is under link.mutex.
    QMetaObject::invokeMethod(link.owner, "answered", Qt::QueuedConnection,
                              Q_ARG(quint64, generation));
}

void TimedWork::setTestDelay(std::chrono::milliseconds delay)
{
    g_testDelayMs.store(delay.count());
}

std::chrono::milliseconds TimedWork::testDelay()
{
    const qint64 set = g_testDelayMs.load();
    if (set >= 0)
        return std::chrono::milliseconds(set);
    bool ok = false;
    const qint64 fromEnvironment =
        qEnvironmentVariableIntValue("RANGECOPY_TEST_PROBE_DELAY_MS", &ok);
    return std::chrono::milliseconds(ok && fromEnvironment > 0 ? fromEnvironment : 0);
}

void TimedWork::waitTestDelay()
{
    if (const std::chrono::milliseconds delay = testDelay(); delay.count() > 0)
        std::this_thread::sleep_for(delay);
}

quint64 TimedWork::begin(std::function<void()> deliver, std::function<void()> onTimeout)
{
    cancel();
    m_deliver = std::move(deliver);
    m_onTimeout = std::move(onTimeout);
    m_timer.start(m_limit);
    const std::lock_guard lock(m_link->mutex);
    m_link->awaited = ++m_generation;
    return m_generation;
}

bool TimedWork::finish(quint64 generation)
{
    if (generation != m_generation || !m_deliver)
        return false;
    m_timer.stop();
    m_onTimeout = nullptr;
    return true;
}

void TimedWork::answered(quint64 generation)
{
    if (!finish(generation))
        return;
    // Moved out first: onDone may start the next call.
    const std::function<void()> deliver = std::move(m_deliver);
    m_deliver = nullptr;
    deliver();
}

void TimedWork::cancel()
{
    m_timer.stop();
    {
        const std::lock_guard lock(m_link->mutex);
        m_link->awaited = ++m_generation; // whatever answers now is late
    }
    // The worker runs on; its answer goes nowhere.
    m_deliver = nullptr;
    m_onTimeout = nullptr;
}

void TimedWork::timedOut()
{
    if (!m_deliver)
        return;
    const std::function<void()> onTimeout = std::move(m_onTimeout);
    cancel();
    if (onTimeout)
        onTimeout();
}

} // namespace rangecopy
