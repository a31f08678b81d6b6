#pragma once

#include "core/scan/scanitem.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace rangecopy {

class ByteSource;

// What a range of bytes starts with, in words: "PNG image, 37 × 23", "ext4 file system,
// 8 MiB", "plain text document".
struct RangeType {
    // A scan parser's item when one recognises the range's first byte (its length counted
    // within the range only: unknown when the range cuts it short), else none.
    std::optional<ScanItem> item;
    QString mimeType;    // from the first bytes: "image/png", "text/plain"
    QString description; // the item's description, else the MIME type's comment
    QString error;       // the range could not be read: which file and why

    // Whether the range may hold an image Qt can show (its MIME type says so).
    [[nodiscard]] bool looksLikeImage() const { return mimeType.startsWith(u"image/"); }
};

// Names what [offset, offset + length) of source starts with. Parsers see only the range
// (and at most kRangeTypeLookLimit of it), so that a length it states is one the range holds.
[[nodiscard]] RangeType identifyRange(const ByteSource& source, qint64 offset, qint64 length);

// The same for a range of a file (a regular file or a disk, opened without blocking). Blocks
// as long as the file takes: call it on a worker.
[[nodiscard]] RangeType identifyFileRange(const QString& path, qint64 offset, qint64 length);

// How much of a range identifyRange() lets parsers read: enough for every header; a stream
// longer than this (a gzip that decodes past it) is named with its length unknown.
inline constexpr qint64 kRangeTypeLookLimit = 16 * 1024 * 1024;

// A file name for an item copied out: "partition-2.img", "at-0x10003.png".
[[nodiscard]] QString fileNameForItem(const ScanItem& item);

} // namespace rangecopy
