#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <sys/stat.h>

namespace rangecopy {

// Whether a regular file's size (st_size) says nothing of how many bytes it holds: the files
// of /proc, /sys and their kind (debugfs, tracefs, cgroup, configfs, efivarfs, securityfs),
// made up when read: /proc/self/mountinfo reports 0 bytes, a /sys attribute a page. Their end
// is where a read returns nothing. An empty file elsewhere is just empty.
[[nodiscard]] bool sizeIsUnreliable(int fd, const struct stat& status);
// The same, for a file on a file system of this kind (fileSystemType()).
[[nodiscard]] bool sizeIsUnreliable(const struct stat& status, unsigned long fileSystemType);

// Whether a regular file may hold holes: its allocated blocks do not cover its size (the test
// cp used before SEEK_HOLE). A file whose blocks cover its size holds none, so a copy need not
// ask where they are. Anything else (a device) may.
[[nodiscard]] bool mayHoldHoles(const struct stat& status);

// Whether reading the file takes its bytes away, so that only the copy may read it, never a
// preview or a look at its type: /proc/kmsg (the kernel's messages, which syslog would miss)
// and tracefs's trace_pipe files.
[[nodiscard]] bool readingConsumes(int fd, const QByteArray& path);

// How many bytes a file holds: st_size, or, when that is unreliable, what reading it from the
// start gives, up to limit. -1 with errno set when a read fails.
[[nodiscard]] qint64 readableSize(int fd, const struct stat& status, qint64 limit);

} // namespace rangecopy
