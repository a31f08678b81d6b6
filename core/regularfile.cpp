#include "regularfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>

namespace rangecopy {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rangecopy::RegularFile", text);
}

QString quoted(const QString& path)
{
    return u'\'' + path + u'\'';
}
} // namespace

RegularFile openRegularFileForReading(const QString& path, const RegularFileMessages& messages)
{
    RegularFile file;
    file.descriptor = FileDescriptor(
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (!file.descriptor.isOpen()) {
        const int error = errno;
        file.error =
            fileErrorMessage(messages.cannotOpen.isEmpty() ? tr("cannot open %1 for reading: %2")
                                                           : messages.cannotOpen,
                             path, error);
        return file;
    }
    if (::fstat(file.descriptor.get(), &file.status) != 0) {
        const int error = errno;
        file.error =
            fileErrorMessage(messages.cannotStat.isEmpty() ? tr("cannot read the size of %1: %2")
                                                           : messages.cannotStat,
                             path, error);
        file.descriptor.close();
        return file;
    }
    if (!S_ISREG(file.status.st_mode)) {
        file.error = messages.notRegular.arg(quoted(path));
        file.descriptor.close();
    }
    return file;
}

QString fileErrorMessage(const QString& message, const QString& path, int error)
{
    return message.arg(quoted(path), QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace rangecopy
