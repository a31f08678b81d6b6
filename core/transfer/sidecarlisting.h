#pragma once

#include <QByteArray>
#include <QList>

namespace rangecopy {

// The hidden files RangeCopy keeps beside a destination (".NAME.rangecopy-…": part files,
// kept parts and their records, undo records and data) found by listing their folder, shared
// by the copies of one process for a short while. A program that makes many copies into one
// big folder would otherwise list it (or look up each such name) before every copy, which
// costs time linear in the folder's size or a directory search per name: 10,000 copies into
// one folder ran at 629 a second instead of over 30,000 when each listed it (BENCHMARKS.md).
//
// A listing is at most kLifetime old. What this process makes or removes is noted in it at
// once; a file another process made since the listing is found by the next one.
class SidecarListing {
public:
    static constexpr int kLifetimeSeconds = 2;

    // The sidecar names in the folder (with its trailing '/', or empty for the current one)
    // that start with prefix. Found in a fresh listing, it costs no system call.
    [[nodiscard]] static QList<QByteArray> namesStartingWith(const QByteArray& folder,
                                                             const QByteArray& prefix);
    // Whether the sidecar file path may exist: false only when a fresh listing of its folder
    // did not show it and this process has not made it since.
    [[nodiscard]] static bool mayExist(const QByteArray& path);

    // This process made or removed the sidecar file path.
    static void noteCreated(const QByteArray& path);
    static void noteRemoved(const QByteArray& path);
};

} // namespace rangecopy
