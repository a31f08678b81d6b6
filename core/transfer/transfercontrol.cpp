#include "core/transfer/transfercontrol.h"

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

bool TransferControl::waitWhilePaused()
{
    // cancel() cannot notify (it must stay signal-safe), so a paused wait looks at the
    // cancel flag a few times a second.
    constexpr auto kCancelPollInterval = std::chrono::milliseconds(50);
    std::unique_lock lock(m_mutex);
    while (m_paused.load() && !m_cancelled.load()) {
        m_holding.store(true);
        m_resumed.wait_for(lock, kCancelPollInterval);
    }
    m_holding.store(false);
    return !m_cancelled.load();
}

} // namespace rangecopy
