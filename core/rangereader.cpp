#include "rangereader.h"

#include "regularfile.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <unistd.h>

namespace rangecopy {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rangecopy::RangeReader", text);
}
} // namespace

RangeReadResult readRange(const QString& path, qint64 offset, qint64 maxBytes)
{
    RangeReadResult result;
    if (offset < 0 || maxBytes < 0) {
        result.error = tr("cannot read %1: the offset and length must not be negative")
                           .arg(u'\'' + path + u'\'');
        return result;
    }
    const RegularFile file = openRegularFileForReading(
        path, {.notRegular = tr("cannot preview %1: it is not a regular file")});
    if (!file.ok()) {
        result.error = file.error;
        return result;
    }
    result.fileSize = file.status.st_size;
    const qint64 wanted = std::clamp<qint64>(file.status.st_size - offset, 0, maxBytes);
    result.bytes.resize(wanted);
    qint64 got = 0;
    while (got < wanted) {
        const ssize_t count = ::pread(file.descriptor.get(), result.bytes.data() + got,
                                      static_cast<size_t>(wanted - got), offset + got);
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0) {
            const int error = errno;
            result.error = fileErrorMessage(tr("cannot read %1: %2"), path, error);
            result.bytes.clear();
            return result;
        }
        if (count == 0)
            break; // the file shrank since fstat
        got += count;
    }
    result.bytes.truncate(got);
    return result;
}

} // namespace rangecopy
