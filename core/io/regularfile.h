#pragma once

#include "core/io/filedescriptor.h"

#include <QCoreApplication>
#include <QString>

#include <sys/stat.h>

namespace rangecopy {

// A regular file opened for reading, with its status when it was opened; or why it was not.
struct RegularFile {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::RegularFile)

public:
    FileDescriptor descriptor;
    struct stat status {};
    QString error; // names the file and the reason; empty when the file is open

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    // With BlockDevices::Accept: a block device, whose size is in status.st_size.
    [[nodiscard]] bool isBlockDevice() const { return S_ISBLK(status.st_mode); }
};

// Whether a block device (a disk, a partition, a loop device) serves as well: opening one
// for reading does nothing to it, and its size is known (BLKGETSIZE64).
enum class BlockDevices { Refuse, Accept };

// How a caller words the ways opening can fail: %1 is the quoted path, %2 the system's reason.
// Callers name only the messages they set ({.notRegular = ...}); "= {}" keeps GCC from
// warning about the others.
struct RegularFileMessages {
    QString notRegular = {}; // e.g. "cannot show %1: it is not a regular file"
    QString cannotOpen = {}; // empty: "cannot open %1 for reading: %2"
    QString cannotStat = {}; // empty: "cannot read the size of %1: %2"
};

// Opens path read-only and refuses anything but a regular file, looked at with stat() before
// and fstat() after opening (devices are never opened). O_NONBLOCK, so that a FIFO cannot
// stall the caller before it is refused; O_NOCTTY, so a terminal never becomes the caller's;
// O_CLOEXEC, so no child inherits it. It can still wait on a file system that does not
// answer: a GUI calls it on a worker (TimedWork).
[[nodiscard]] RegularFile
openRegularFileForReading(const QString& path, const RegularFileMessages& messages,
                          BlockDevices blockDevices = BlockDevices::Refuse);

} // namespace rangecopy
