#pragma once

#include <QtGlobal>

#include <chrono>

namespace rangecopy {

// Keeps a copy at or below a rate (--limit-rate) by pacing its chunks: a chunk of N bytes may
// be followed by the next one no sooner than N / rate seconds after it began. The bytes still
// go through the kernel's copy path; only the gaps between chunks are added. Time spent
// paused or copying slower than the rate is not made up for by a burst afterwards.
class RatePacer {
public:
    using Clock = std::chrono::steady_clock;

    // bytesPerSecond <= 0: no limit.
    explicit RatePacer(qint64 bytesPerSecond)
        : m_bytesPerSecond(bytesPerSecond)
    {
    }

    [[nodiscard]] bool limits() const { return m_bytesPerSecond > 0; }

    // The most bytes the next chunk should move: about a tenth of a second's worth, so that
    // the rate holds over short spans too and progress moves smoothly.
    [[nodiscard]] qint64 chunkLimit(qint64 wanted) const;

    // When the chunk that is about to start may start (now, or later when the chunks before it
    // went faster than the rate).
    [[nodiscard]] Clock::time_point nextStart() const { return m_nextStart; }

    // A chunk of `bytes` began at `startedAt` (the time it actually started).
    void chunkDone(Clock::time_point startedAt, qint64 bytes);

private:
    qint64 m_bytesPerSecond;
    Clock::time_point m_nextStart{};
};

} // namespace rangecopy
