#include "core/io/fileerror.h"

#include "core/text/quoted.h"

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

} // namespace rangecopy
