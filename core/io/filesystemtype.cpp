#include "core/io/filesystemtype.h"

#include <linux/magic.h>
#include <sys/vfs.h>

namespace rangecopy {

unsigned long fileSystemType(int fd)
{
    struct statfs fileSystem {};
    return ::fstatfs(fd, &fileSystem) == 0 ? static_cast<unsigned long>(fileSystem.f_type) : 0;
}

bool copiesOnTheServer(unsigned long fileSystemType)
{
    switch (fileSystemType) {
    case NFS_SUPER_MAGIC:
    case CIFS_SUPER_MAGIC:
    case SMB2_SUPER_MAGIC:
        return true;
    default:
        return false;
    }
}

} // namespace rangecopy
