#include "core/transfer/transfercontrol.h"

#include <algorithm>
#include <chrono>

namespace rangecopy {

void TransferControl::pause()
{
    m_paused.store(true);
}

void TransferControl::resume()
{
    {
        std::lock_guard lock(m_mutex);
        m_paused.store(false);
    }
    m_resumed.notify_all();
}

namespace {
// cancel() cannot notify (it must stay signal-safe), so a wait looks at the cancel flag a few
// times a second.
constexpr auto kCancelPollInterval = std::chrono::milliseconds(50);
} // namespace

bool TransferControl::waitUntil(std::chrono::steady_clock::time_point until)
{
    std::unique_lock lock(m_mutex);
    while (!m_cancelled.load()) {
        const auto now = std::chrono::steady_clock::now();
        if (now >= until)
            break;
        // Woken early by resume() too: harmless, the loop looks at the clock again.
        m_resumed.wait_for(
            lock, std::min<std::chrono::steady_clock::duration>(until - now, kCancelPollInterval));
    }
    return !m_cancelled.load();
}

bool TransferControl::waitWhilePaused()
{
    std::unique_lock lock(m_mutex);
    while (m_paused.load() && !m_cancelled.load()) {
        m_holding.store(true);
        m_resumed.wait_for(lock, kCancelPollInterval);
    }
    m_holding.store(false);
    return !m_cancelled.load();
}

} // namespace rangecopy
