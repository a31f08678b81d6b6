#include "core/io/freename.h"

#include "core/text/pathbytes.h"

#include <cerrno>
#include <sys/stat.h>

namespace rangecopy {

QString numberedName(const QString& path, int number)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const qsizetype dot = path.lastIndexOf(u'.');
    // A leading dot (".profile") is part of the name, not an extension.
    const bool hasExtension = dot > slash + 1;
    const QString stem = hasExtension ? path.left(dot) : path;
    const QString extension = hasExtension ? path.mid(dot) : QString();
    return QStringLiteral("%1 (%2)%3").arg(stem).arg(number).arg(extension);
}

QString firstFreeNumberedName(const QString& path)
{
    constexpr int kMostTries = 9999;
    for (int number = 1; number <= kMostTries; ++number) {
        const QString candidate = numberedName(path, number);
        struct stat info {};
        if (::lstat(pathToBytes(candidate).constData(), &info) != 0)
            return errno == ENOENT ? candidate : QString();
    }
    return {};
}

} // namespace rangecopy
