#pragma once

#include <QString>

namespace rangecopy {

// The system's words for an errno value: "No such file or directory".
[[nodiscard]] QString systemReason(int error);

// message with %1 the path in single quotes and %2 the system's words for errno `error`:
// fileErrorMessage("cannot read %1: %2", "a.bin", EIO) is "cannot read 'a.bin': Input/output
// error".
[[nodiscard]] QString fileErrorMessage(const QString& message, const QString& path, int error);

// A file that did not answer in time (TimedWork gave up on it), as a sentence with what to do:
// "'/mnt/nfs/a.bin' did not answer within 2 s; it may be on a network mount that is not
// responding. RangeCopy stopped waiting: check the mount, or choose another file."
[[nodiscard]] QString noAnswerMessage(const QString& path, int seconds);

} // namespace rangecopy
