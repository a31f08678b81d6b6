#include "core/io/readfully.h"

#include <cerrno>
#include <unistd.h>

namespace rangecopy {

ReadOutcome readFully(int fd, char* buffer, qint64 length, qint64 offset)
{
    ReadOutcome outcome;
    while (outcome.bytes < length) {
        const ssize_t count = ::pread(fd, buffer + outcome.bytes, size_t(length - outcome.bytes),
                                      offset + outcome.bytes);
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0) {
            outcome.error = errno;
            break;
        }
        if (count == 0)
            break;
        outcome.bytes += count;
    }
    return outcome;
}

ReadOutcome readFully(int fd, QByteArray& bytes, qint64 length, qint64 offset)
{
    bytes.resize(length);
    const ReadOutcome outcome = readFully(fd, bytes.data(), length, offset);
    bytes.truncate(outcome.ok() ? outcome.bytes : 0);
    return outcome;
}

} // namespace rangecopy
