#include "core/transfer/blocksharer.h"

#include <algorithm>
#include <cerrno>
#include <linux/fs.h>
#include <linux/magic.h>
#include <sys/ioctl.h>
#include <sys/vfs.h>

namespace rangecopy {

namespace {

// errno values by which a file system says it cannot share these blocks (rather than that
// something failed): the bytes are then copied instead.
bool cannotShare(int error)
{
    switch (error) {
    case EOPNOTSUPP:
    case ENOTTY:
    case ENOSYS:
    case EXDEV:
    case EINVAL:
    case ETXTBSY: // a swap file or an active executable
        return true;
    default:
        return false;
    }
}

// File systems that never share blocks: asking them would cost a failing ioctl per copy,
// which counts when copies are small (BENCHMARKS.md, workload 3).
bool neverShares(unsigned long fileSystemType)
{
    switch (fileSystemType) {
    case EXT4_SUPER_MAGIC: // also ext2 and ext3
    case TMPFS_MAGIC:
    case RAMFS_MAGIC:
    case MSDOS_SUPER_MAGIC:
    case 0x2011BAB0: // exFAT
        return true;
    default:
        return false;
    }
}

} // namespace

BlockSharer::BlockSharer(int sourceFd, int destinationFd, qint64 sourceOffset,
                         qint64 destinationOffset, bool enabled)
    : m_sourceFd(sourceFd)
    , m_destinationFd(destinationFd)
{
    if (!enabled)
        return;
    // The destination's block size is the unit of sharing (f_bsize on XFS, btrfs, bcachefs).
    struct statfs fileSystem {};
    if (::fstatfs(destinationFd, &fileSystem) != 0 || fileSystem.f_bsize <= 0 ||
        neverShares(static_cast<unsigned long>(fileSystem.f_type)))
        return;
    m_blockSize = fileSystem.f_bsize;
    m_active = sourceOffset % m_blockSize == destinationOffset % m_blockSize;
}

BlockSharer::Span BlockSharer::nextSpan(qint64 sourceAt, qint64 length) const
{
    if (!m_active)
        return {length, false};
    if (const qint64 intoBlock = sourceAt % m_blockSize; intoBlock != 0)
        return {std::min(length, m_blockSize - intoBlock), false};
    const qint64 step = std::min(length, kMaxBytesPerShare);
    const qint64 wholeBlocks = step - step % m_blockSize;
    if (wholeBlocks == 0)
        return {step, false};
    return {wholeBlocks, true};
}

ChunkOutcome BlockSharer::share(qint64 sourceAt, qint64 destinationAt, qint64 length)
{
    file_clone_range range{};
    range.src_fd = m_sourceFd;
    range.src_offset = static_cast<__u64>(sourceAt);
    range.src_length = static_cast<__u64>(length);
    range.dest_offset = static_cast<__u64>(destinationAt);
    int result = 0;
    do {
        result = ::ioctl(m_destinationFd, FICLONERANGE, &range);
    } while (result != 0 && errno == EINTR);
    if (result == 0)
        return {length, 0, FailedSide::Either};
    const int error = errno;
    if (cannotShare(error)) {
        m_active = false;
        return {};
    }
    return {0, error, FailedSide::Destination};
}

} // namespace rangecopy
