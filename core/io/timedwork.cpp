#include "core/io/timedwork.h"

#include <QThreadPool>

#include <atomic>
#include <thread>

namespace rangecopy {

namespace {
std::atomic<qint64> g_testDelayMs{-1}; // -1: not set, look at the environment
} // namespace

TimedWork::TimedWork(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TimedWork::timedOut);
}

TimedWork::~TimedWork()
{
    cancel();
}

QThreadPool* TimedWork::pool()
{
    // Leaked on purpose: QThreadPool's destructor waits for its threads, and one stuck in
    // the kernel would then keep the program from quitting.
    static QThreadPool* const workers = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(kMaxWorkers);
        return created;
    }();
    return workers;
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

quint64 TimedWork::begin(QFutureWatcherBase* watcher, std::function<void()> onTimeout)
{
    cancel();
    m_watcher = watcher;
    m_onTimeout = std::move(onTimeout);
    m_timer.start(m_limit);
    m_latest->store(++m_generation);
    return m_generation;
}

bool TimedWork::finish(quint64 generation)
{
    if (generation != m_generation || m_watcher == nullptr)
        return false;
    m_timer.stop();
    m_watcher = nullptr;
    m_onTimeout = nullptr;
    return true;
}

void TimedWork::cancel()
{
    m_timer.stop();
    m_latest->store(++m_generation); // whatever answers now is late
    if (m_watcher) {
        // The worker runs on; its answer goes nowhere.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_onTimeout = nullptr;
}

void TimedWork::timedOut()
{
    if (m_watcher == nullptr)
        return;
    const std::function<void()> onTimeout = std::move(m_onTimeout);
    cancel();
    if (onTimeout)
        onTimeout();
}

} // namespace rangecopy
