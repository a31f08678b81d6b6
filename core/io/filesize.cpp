#include "core/io/filesize.h"

#include "core/io/filesystemtype.h"

#include <algorithm>
#include <cerrno>
#include <linux/magic.h>
#include <unistd.h>

namespace rangecopy {

namespace {

// File systems whose files are made when read (<linux/magic.h>).
bool isPseudoFileSystem(unsigned long fileSystemType)
{
    switch (fileSystemType) {
    case PROC_SUPER_MAGIC:
    case SYSFS_MAGIC:
    case DEBUGFS_MAGIC:
    case TRACEFS_MAGIC:
    case SECURITYFS_MAGIC:
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
    case EFIVARFS_MAGIC:
    case 0x62656570: // configfs
        return true;
    default:
        return false;
    }
}

} // namespace

bool sizeIsUnreliable(int fd, const struct stat& status)
{
    return S_ISREG(status.st_mode) && isPseudoFileSystem(fileSystemType(fd));
}

bool sizeIsUnreliable(const struct stat& status, unsigned long fileSystemType)
{
    return S_ISREG(status.st_mode) && isPseudoFileSystem(fileSystemType);
}

bool mayHoldHoles(const struct stat& status)
{
    constexpr qint64 kStatBlockSize = 512; // st_blocks counts these, whatever the file system
    return !S_ISREG(status.st_mode) || qint64(status.st_blocks) * kStatBlockSize < status.st_size;
}

bool readingConsumes(int fd, const QByteArray& path)
{
    const QByteArray name = path.mid(path.lastIndexOf('/') + 1);
    switch (fileSystemType(fd)) {
    case PROC_SUPER_MAGIC:
        return name == "kmsg";
    case TRACEFS_MAGIC:
    case DEBUGFS_MAGIC: // tracing under /sys/kernel/debug/tracing on older systems
        return name.startsWith("trace_pipe");
    default:
        return false;
    }
}

qint64 readableSize(int fd, const struct stat& status, qint64 limit)
{
    if (!sizeIsUnreliable(fd, status))
        return status.st_size;
    static constexpr qint64 kStep = 64 * 1024;
    QByteArray buffer(kStep, Qt::Uninitialized);
    qint64 total = 0;
    while (total < limit) {
        const auto want = static_cast<size_t>(std::min(kStep, limit - total));
        const ssize_t got = ::pread(fd, buffer.data(), want, total);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN) // a stream with nothing more for now (/proc/kmsg)
                break;
            return -1;
        }
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

} // namespace rangecopy
