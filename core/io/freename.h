#pragma once

#include <QString>

namespace rangecopy {

// "name (1).ext" for "name.ext": the name a copy takes to keep both files, as file managers
// do. Pure text; number >= 1.
[[nodiscard]] QString numberedName(const QString& path, int number);

// The first numberedName() of path that no file has (lstat), or empty when the first 9999 are
// all taken or the folder cannot be looked at. Looks at the file system: run it on a worker.
[[nodiscard]] QString firstFreeNumberedName(const QString& path);

} // namespace rangecopy
