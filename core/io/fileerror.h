#pragma once

#include <QString>

namespace rangecopy {

// The system's words for an errno value: "No such file or directory".
[[nodiscard]] QString systemReason(int error);

// message with %1 the path in single quotes and %2 the system's words for errno `error`:
// fileErrorMessage("cannot read %1: %2", "a.bin", EIO) is "cannot read 'a.bin': Input/output
// error".
[[nodiscard]] QString fileErrorMessage(const QString& message, const QString& path, int error);

} // namespace rangecopy
