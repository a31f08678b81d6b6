#include "core/digest/rangehasher.h"

#include "core/io/alignedbuffer.h"
#include "core/io/readfully.h"

#include <algorithm>
#include <cerrno>

namespace rangecopy {

RangeHasher::RangeHasher(int fd, qint64 offset, qint64 length,
                         const QList<DigestAlgorithm>& algorithms)
    : m_fd(fd)
    , m_offset(offset)
    , m_length(length)
    , m_digester(algorithms)
{
}

RangeHasher::~RangeHasher()
{
    stop();
    if (m_thread.joinable())
        m_thread.join();
}

void RangeHasher::start()
{
    m_thread = std::thread([this] { run(); });
}

bool RangeHasher::waitFor(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_doneChanged.wait_for(lock, timeout, [this] { return m_done; });
}

RangeHasher::Outcome RangeHasher::outcome()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_outcome;
}

void RangeHasher::run()
{
    Outcome outcome;
    // The read/write copy's buffer size: it stays in the CPU's cache between read and hash.
    const auto bufferSize =
        static_cast<std::size_t>(std::clamp<qint64>(m_length, 1, AlignedBuffer::kPreferredBytes));
    AlignedBuffer buffer;
    char* const bytes = buffer.reserve(bufferSize);
    qint64 done = 0;
    if (bytes == nullptr)
        outcome.error = ENOMEM;
    while (outcome.error == 0 && done < m_length) {
        if (m_stopRequested.load(std::memory_order_relaxed)) {
            outcome.stopped = true;
            break;
        }
        const qint64 want = std::min<qint64>(m_length - done, qint64(bufferSize));
        const ReadOutcome read = readFully(m_fd, bytes, want, m_offset + done);
        if (!read.ok()) {
            outcome.error = read.error;
            break;
        }
        m_digester.add(bytes, read.bytes);
        done += read.bytes;
        m_bytesHashed.store(done, std::memory_order_relaxed);
        if (read.bytes < want) {
            outcome.endedEarly = true;
            break;
        }
    }
    outcome.digests = m_digester.finish();
    std::lock_guard lock(m_mutex);
    m_outcome = std::move(outcome);
    m_done = true;
    m_doneChanged.notify_all();
}

} // namespace rangecopy
