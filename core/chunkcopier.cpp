#include "chunkcopier.h"

#include <algorithm>
#include <cerrno>
#include <memory>
#include <sys/sendfile.h>
#include <unistd.h>

namespace rangecopy {

namespace {

// The read/write loop's buffer: 256 KiB stays in the CPU's cache between the read and the
// write. Larger buffers ran at a fraction of the speed (8 MiB: 4 to 9 times slower than
// cp on the benchmark machine; see BENCHMARKS.md), smaller ones make more calls.
constexpr qint64 kReadWriteBufferBytes = 256 * 1024;
// The buffer starts on a page boundary, as dd's does: copying from an unaligned source
// offset into a misaligned buffer ran at half of dd's speed.
constexpr std::size_t kPageSize = 4096;

} // namespace

ChunkCopier::ChunkCopier(int sourceFd, int destinationFd, CopyMethod method, qint64 bufferLimit,
                         qint64 destinationFilePosition, int forcedFastPathErrno)
    : m_sourceFd(sourceFd)
    , m_destinationFd(destinationFd)
    , m_method(method)
    , m_bufferLimit(std::clamp<qint64>(bufferLimit, 1, kReadWriteBufferBytes))
    , m_forcedFastPathErrno(forcedFastPathErrno)
    , m_destinationPosition(destinationFilePosition)
{
}

ChunkOutcome ChunkCopier::copy(qint64 sourceOffset, qint64 destinationOffset, qint64 length)
{
    length = std::min(length, kMaxBytesPerCall);
    ChunkOutcome outcome;
    switch (m_method) {
    case CopyMethod::Sendfile:
        outcome = copyWithSendfile(sourceOffset, destinationOffset, length);
        break;
    case CopyMethod::CopyFileRange:
        outcome = copyWithCopyFileRange(sourceOffset, destinationOffset, length);
        break;
    case CopyMethod::ReadWrite:
        outcome = copyWithReadWrite(sourceOffset, destinationOffset, length);
        break;
    }
    if (shouldFallBack(outcome)) {
        m_method = CopyMethod::ReadWrite;
        outcome = copyWithReadWrite(sourceOffset, destinationOffset, length);
    }
    m_bytesMoved += outcome.bytes;
    return outcome;
}

bool ChunkCopier::shouldFallBack(const ChunkOutcome& outcome) const
{
    if (m_method == CopyMethod::ReadWrite || m_bytesMoved > 0 || outcome.bytes > 0)
        return false;
    switch (outcome.systemError) {
    case EINVAL:
    case ENOSYS:
    case EXDEV:
    case EOPNOTSUPP:
        return true;
    default:
        return false;
    }
}

ChunkOutcome ChunkCopier::copyWithSendfile(qint64 sourceOffset, qint64 destinationOffset,
                                           qint64 length)
{
    if (m_forcedFastPathErrno != 0 && m_bytesMoved == 0)
        return {0, m_forcedFastPathErrno, FailedSide::Either};
    // sendfile writes at the destination's file position; set it only when it is not there.
    if (m_destinationPosition != destinationOffset) {
        if (::lseek(m_destinationFd, destinationOffset, SEEK_SET) < 0)
            return {0, errno, FailedSide::Destination};
        m_destinationPosition = destinationOffset;
    }
    off_t offset = sourceOffset;
    for (;;) {
        const ssize_t sent =
            ::sendfile(m_destinationFd, m_sourceFd, &offset, static_cast<size_t>(length));
        if (sent >= 0) {
            m_destinationPosition += sent;
            return {sent, 0, FailedSide::Either};
        }
        if (errno != EINTR) {
            m_destinationPosition = -1;
            return {0, errno, FailedSide::Either};
        }
    }
}

ChunkOutcome ChunkCopier::copyWithCopyFileRange(qint64 sourceOffset, qint64 destinationOffset,
                                                qint64 length)
{
    if (m_forcedFastPathErrno != 0 && m_bytesMoved == 0)
        return {0, m_forcedFastPathErrno, FailedSide::Either};
    off64_t in = sourceOffset;
    off64_t out = destinationOffset;
    for (;;) {
        const ssize_t copied = ::copy_file_range(m_sourceFd, &in, m_destinationFd, &out,
                                                 static_cast<size_t>(length), 0);
        if (copied >= 0)
            return {copied, 0, FailedSide::Either};
        if (errno != EINTR)
            return {0, errno, FailedSide::Either};
    }
}

ChunkOutcome ChunkCopier::copyWithReadWrite(qint64 sourceOffset, qint64 destinationOffset,
                                            qint64 length)
{
    const qint64 capacity = std::min(length, m_bufferLimit);
    char* const buffer = pageAlignedBuffer(capacity);

    // One chunk may take several buffers; it ends early at a short read or a failure.
    qint64 done = 0;
    while (done < length) {
        const auto want = static_cast<size_t>(std::min(length - done, capacity));
        ssize_t readCount = 0;
        do {
            readCount = ::pread(m_sourceFd, buffer, want, sourceOffset + done);
        } while (readCount < 0 && errno == EINTR);
        if (readCount < 0)
            return {done, errno, FailedSide::Source};

        qint64 written = 0;
        while (written < readCount) {
            const ssize_t result = ::pwrite(m_destinationFd, buffer + written,
                                            static_cast<size_t>(readCount - written),
                                            destinationOffset + done + written);
            if (result < 0) {
                if (errno == EINTR)
                    continue;
                return {done + written, errno, FailedSide::Destination};
            }
            written += result;
        }
        done += readCount;
        if (static_cast<size_t>(readCount) < want)
            break;
    }
    return {done, 0, FailedSide::Either};
}

char* ChunkCopier::pageAlignedBuffer(qint64 capacity)
{
    const auto needed = static_cast<std::size_t>(capacity) + kPageSize;
    if (m_buffer.size() < needed)
        m_buffer.resize(needed);
    void* start = m_buffer.data();
    std::size_t space = m_buffer.size();
    return static_cast<char*>(
        std::align(kPageSize, static_cast<std::size_t>(capacity), start, space));
}

} // namespace rangecopy
