#include "core/io/fileerror.h"

#include "core/text/quoted.h"

#include <QCoreApplication>

#include <cstring>

namespace rangecopy {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString fileErrorMessage(const QString& message, const QString& path, int error)
{
    return message.arg(quoted(path), systemReason(error));
}

QString noAnswerMessage(const QString& path, int seconds)
{
    return QCoreApplication::translate("rangecopy::FileError",
                                       "%1 did not answer within %2 s; it may be on a network "
                                       "mount that is not responding. RangeCopy "
                                       "stopped waiting: check the mount, or choose another file.")
        .arg(quoted(path))
        .arg(seconds);
}

} // namespace rangecopy
