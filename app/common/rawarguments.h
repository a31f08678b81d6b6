#pragma once

#include <QStringList>

namespace rangecopy {

// The arguments after the program's name, as paths: bytes that are not valid UTF-8 (a file
// named "caf\xe9.bin" in Latin-1) are kept as escapes (pathFromBytes(), core/text/pathbytes.h),
// so that the name reaches the system calls as the same bytes. QCoreApplication::arguments()
// would turn them into U+FFFD, and the program would look for a file the user did not name.
[[nodiscard]] QStringList argumentsAsPaths(int argc, const char* const* argv);

} // namespace rangecopy
