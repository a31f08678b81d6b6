#include "core/io/folderlisting.h"
#include "core/text/pathbytes.h"

#include <QFile>

#include <dirent.h>

#include <algorithm>
#include <memory>

namespace rangecopy {

QString folderPartOf(const QString& typed)
{
    const qsizetype slash = typed.lastIndexOf(u'/');
    return slash < 0 ? QString() : typed.left(slash + 1);
}

QStringList listFolderOf(const QString& typed, int maxEntries)
{
    const QString folder = folderPartOf(typed);
    QStringList entries;
    if (folder.isEmpty())
        return entries;
    const std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(pathToBytes(folder).constData()),
                                                  &::closedir);
    if (!dir)
        return entries;
    while (const dirent* entry = ::readdir(dir.get())) {
        const QString name = pathFromBytes(entry->d_name);
        if (name == u"." || name == u"..")
            continue;
        entries << folder + name + (entry->d_type == DT_DIR ? QStringLiteral("/") : QString());
        if (entries.size() >= maxEntries)
            break;
    }
    std::sort(entries.begin(), entries.end());
    return entries;
}

} // namespace rangecopy
