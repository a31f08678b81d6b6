#include "core/transfer/chunkcopier.h"

#include <algorithm>
#include <cerrno>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rangecopy {

ChunkCopier::ChunkCopier(int sourceFd, int destinationFd, CopyMethod method, qint64 bufferLimit,
                         qint64 destinationFilePosition, int forcedFastPathErrno)
    : m_sourceFd(sourceFd)
    , m_destinationFd(destinationFd)
    , m_method(method)
    , m_bufferLimit(std::clamp<qint64>(bufferLimit, 1, AlignedBuffer::kPreferredBytes))
    , m_forcedFastPathErrno(forcedFastPathErrno)
    , m_destinationPosition(destinationFilePosition)
{
}

ChunkOutcome ChunkCopier::copy(qint64 sourceOffset, qint64 destinationOffset, qint64 length)
{
    length = std::min(length, kMaxBytesPerCall);
    ChunkOutcome outcome;
    switch (m_method) {
    case CopyMethod::Auto: // callers resolve it (resolveMethod()); sendfile is its default
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
    char* const buffer = m_buffer.reserve(static_cast<std::size_t>(capacity));
    if (buffer == nullptr)
        return {0, ENOMEM, FailedSide::Either};

    // One chunk may take several buffers; it ends early at a short read or a failure.
    qint64 done = 0;
    qint64 holeBytes = 0;
    while (done < length) {
        const auto want = static_cast<size_t>(std::min(length - done, capacity));
        ssize_t readCount = 0;
        do {
            readCount = m_sequentialSource ? ::read(m_sourceFd, buffer, want)
                                           : ::pread(m_sourceFd, buffer, want, sourceOffset + done);
        } while (readCount < 0 && errno == EINTR);
        if (readCount < 0)
            return {done, errno, FailedSide::Source, holeBytes};
        if (m_readObserver)
            m_readObserver(buffer, readCount);

        const ChunkOutcome written = writeOut(buffer, readCount, destinationOffset + done);
        holeBytes += written.holeBytes;
        if (written.systemError != 0)
            return {done + written.bytes, written.systemError, FailedSide::Destination, holeBytes};
        done += readCount;
        if (static_cast<size_t>(readCount) < want)
            break;
    }
    // Zeros skipped at the end leave the file short of them: it must reach the end of the copy.
    if (holeBytes > 0) {
        if (const int error = extendTo(destinationOffset + done); error != 0)
            return {done, error, FailedSide::Destination, holeBytes};
    }
    return {done, 0, FailedSide::Either, holeBytes};
}

ChunkOutcome ChunkCopier::writeOut(const char* buffer, qint64 count, qint64 offset)
{
    ChunkOutcome outcome;
    qint64 pos = 0;
    while (pos < count) {
        // Bytes up to the next block of zeros (or all of them) go in one write; a block of
        // zeros right here is skipped.
        const qint64 runEnd =
            m_zeroBlocksAsHoles ? nextZeroBlock(buffer, count, offset, pos) : count;
        if (runEnd == pos) {
            outcome.holeBytes += kHoleBlockSize;
            pos += kHoleBlockSize;
            outcome.bytes = pos;
            continue;
        }
        const ssize_t result = ::pwrite(m_destinationFd, buffer + pos,
                                        static_cast<size_t>(runEnd - pos), offset + pos);
        if (result < 0) {
            if (errno == EINTR)
                continue;
            outcome.systemError = errno;
            outcome.side = FailedSide::Destination;
            break;
        }
        pos += result;
        outcome.bytes = pos;
    }
    return outcome;
}

qint64 ChunkCopier::nextZeroBlock(const char* buffer, qint64 count, qint64 offset, qint64 from)
{
    // Blocks of the destination: they start where offset + position is a multiple of the size.
    qint64 pos = from;
    while (pos < count) {
        const qint64 blockEnd = ((offset + pos) / kHoleBlockSize + 1) * kHoleBlockSize - offset;
        const qint64 piece = std::min(blockEnd, count) - pos;
        if (piece == kHoleBlockSize &&
            std::all_of(buffer + pos, buffer + pos + piece, [](char byte) { return byte == 0; }))
            return pos;
        pos += piece;
    }
    return count;
}

int ChunkCopier::extendTo(qint64 end)
{
    struct stat status {};
    if (::fstat(m_destinationFd, &status) != 0)
        return errno;
    if (status.st_size >= end)
        return 0;
    return ::ftruncate(m_destinationFd, end) == 0 ? 0 : errno;
}

} // namespace rangecopy
