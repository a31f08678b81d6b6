#pragma once

#include <QStringList>

namespace rangecopy {

// The entries of the folder a typed path is in, as full paths, for completing it: typed
// "/home/ann/Do" lists "/home/ann/" ("/home/ann/Documents/", "/home/ann/Downloads/", …).
// Folders end in '/'. Reads only the folder (readdir, no stat of each entry, nothing opened
// but the folder), at most maxEntries of them, sorted. Can block on a folder that does not
// answer: the window calls it on a worker (TimedWork).
[[nodiscard]] QStringList listFolderOf(const QString& typed, int maxEntries = 2000);

// The folder part of a typed path: everything up to its last '/' ("" when there is none).
[[nodiscard]] QString folderPartOf(const QString& typed);

} // namespace rangecopy
