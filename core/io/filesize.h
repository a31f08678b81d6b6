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

// Whether reading the file takes its bytes away, so that only the copy may read it, never a
// preview or a look at its type: /proc/kmsg (the kernel's messages, which syslog would miss)
// and tracefs's trace_pipe files.
[[nodiscard]] bool readingConsumes(int fd, const QByteArray& path);

// How many bytes a file holds: st_size, or, when that is unreliable, what reading it from the
// start gives, up to limit. -1 with errno set when a read fails.
[[nodiscard]] qint64 readableSize(int fd, const struct stat& status, qint64 limit);

} // namespace rangecopy
