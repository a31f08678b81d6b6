#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace rangecopy {

// Lets another thread cancel or pause a running transfer. The engine looks at it between chunks.
class TransferControl {
public:
    // Safe to call from a signal handler: it only sets a lock-free flag.
    void cancel() noexcept { m_cancelled.store(true); }
    // Cancels, and a part kept for resuming (TransferRequest::keepPartial) is removed too:
    // the window's plain Cancel, beside its "Cancel and Keep".
    void cancelAndDiscardPart() noexcept
    {
        m_discardPart.store(true);
        m_cancelled.store(true);
    }
    [[nodiscard]] bool discardsPart() const noexcept { return m_discardPart.load(); }
    void pause();
    void resume();

    [[nodiscard]] bool isCancelled() const noexcept { return m_cancelled.load(); }
    [[nodiscard]] bool isPaused() const noexcept { return m_paused.load(); }
    // Whether the engine has reached a chunk boundary and is waiting for resume().
    [[nodiscard]] bool isHolding() const noexcept { return m_holding.load(); }

    // Blocks the calling (engine) thread while paused. Returns false when cancelled.
    bool waitWhilePaused();
    // Blocks the calling (engine) thread until `until` (a speed limit's pause between chunks),
    // or until cancelled. Returns false when cancelled.
    bool waitUntil(std::chrono::steady_clock::time_point until);

private:
    static_assert(std::atomic<bool>::is_always_lock_free);
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_holding{false};
    std::atomic<bool> m_discardPart{false};
    std::mutex m_mutex;
    std::condition_variable m_resumed;
};

} // namespace rangecopy
