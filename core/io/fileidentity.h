#pragma once

#include <QByteArray>

#include <sys/stat.h>

namespace rangecopy {

// Whether two stat results are one file (also through a symlink or a hard link).
[[nodiscard]] inline bool isSameFile(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// The part of a path up to and including its last slash ("dir/", "/"), or "" for a bare
// name: what a name in the same folder is put after.
[[nodiscard]] QByteArray folderPrefix(const QByteArray& path);

// The folder a path names a file in, to open or to name: "." for a bare name, "/" for a file
// at the root.
[[nodiscard]] QByteArray parentFolder(const QByteArray& path);

} // namespace rangecopy
