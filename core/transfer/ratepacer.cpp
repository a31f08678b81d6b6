#include "core/transfer/ratepacer.h"

#include <algorithm>

namespace rangecopy {

namespace {
// Smaller chunks than this cost more in system calls than pacing gains in smoothness.
constexpr qint64 kSmallestPacedChunk = 4096;
} // namespace

qint64 RatePacer::chunkLimit(qint64 wanted) const
{
    if (!limits())
        return wanted;
    return std::min(wanted, std::max(m_bytesPerSecond / 10, kSmallestPacedChunk));
}

void RatePacer::chunkDone(Clock::time_point startedAt, qint64 bytes)
{
    if (!limits())
        return;
    const auto duration = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(double(bytes) / double(m_bytesPerSecond)));
    // From when the chunk began, not from the old schedule: a pause or a slow disk leaves no
    // credit that the next chunks would spend at full speed.
    m_nextStart = std::max(m_nextStart, startedAt) + duration;
}

} // namespace rangecopy
