#include "rangereader.h"

#include "filedescriptor.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rangecopy {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rangecopy::RangeReader", text);
}

QString failure(const char* what, const QString& path, int error)
{
    return tr(what).arg(u'\'' + path + u'\'', QString::fromLocal8Bit(std::strerror(error)));
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
    FileDescriptor file(
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (!file.isOpen()) {
        result.error = failure(QT_TR_NOOP("cannot open %1 for reading: %2"), path, errno);
        return result;
    }
    struct stat status {};
    if (::fstat(file.get(), &status) != 0) {
        result.error = failure(QT_TR_NOOP("cannot read the size of %1: %2"), path, errno);
        return result;
    }
    if (!S_ISREG(status.st_mode)) {
        result.error = tr("cannot preview %1: it is not a regular file").arg(u'\'' + path + u'\'');
        return result;
    }
    result.fileSize = status.st_size;
    const qint64 wanted = std::clamp<qint64>(status.st_size - offset, 0, maxBytes);
    result.bytes.resize(wanted);
    qint64 got = 0;
    while (got < wanted) {
        const ssize_t count = ::pread(file.get(), result.bytes.data() + got,
                                      static_cast<size_t>(wanted - got), offset + got);
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0) {
            result.error = failure(QT_TR_NOOP("cannot read %1: %2"), path, errno);
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
