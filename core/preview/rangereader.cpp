#include "core/preview/rangereader.h"

#include "core/io/fileerror.h"
#include "core/io/readfully.h"
#include "core/io/regularfile.h"
#include "core/text/quoted.h"

#include <algorithm>

namespace rangecopy {

RangeReadResult readRange(const QString& path, qint64 offset, qint64 maxBytes)
{
    RangeReadResult result;
    if (offset < 0 || maxBytes < 0) {
        result.error = RangeReadResult::tr("cannot read %1: the offset and length must not be "
                                           "negative")
                           .arg(quoted(path));
        return result;
    }
    const RegularFile file = openRegularFileForReading(
        path, {.notRegular = RangeReadResult::tr("cannot preview %1: it is not a regular file")},
        BlockDevices::Accept);
    if (!file.ok()) {
        result.error = file.error;
        return result;
    }
    result.fileSize = file.status.st_size;
    const qint64 wanted = std::clamp<qint64>(file.status.st_size - offset, 0, maxBytes);
    // Fewer bytes where the file shrank since fstat.
    if (const ReadOutcome read = readFully(file.descriptor.get(), result.bytes, wanted, offset);
        !read.ok())
        result.error =
            fileErrorMessage(RangeReadResult::tr("cannot read %1: %2"), path, read.error);
    return result;
}

} // namespace rangecopy
