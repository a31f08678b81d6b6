#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace rangecopy {

struct ReadOutcome {
    qint64 bytes = 0; // read into the buffer; fewer than asked only where the file ends
    int error = 0;    // errno of a failed read, 0 when none failed

    [[nodiscard]] bool ok() const { return error == 0; }
};

// Reads length bytes at offset with pread: a short read is not the end, EINTR is retried, and
// only a read of 0 bytes (the end of the file) or a failure stops it. The descriptor's own
// file position is neither used nor moved.
[[nodiscard]] ReadOutcome readFully(int fd, char* buffer, qint64 length, qint64 offset);

// The same into a byte array, which ends up holding exactly the bytes read (none on failure).
[[nodiscard]] ReadOutcome readFully(int fd, QByteArray& bytes, qint64 length, qint64 offset);

} // namespace rangecopy
