#include "core/io/fileidentity.h"

namespace rangecopy {

QByteArray folderPrefix(const QByteArray& path)
{
    return path.left(path.lastIndexOf('/') + 1);
}

QByteArray parentFolder(const QByteArray& path)
{
    const QByteArray prefix = folderPrefix(path);
    if (prefix.isEmpty())
        return QByteArrayLiteral(".");
    return prefix.size() == 1 ? prefix : prefix.chopped(1);
}

} // namespace rangecopy
