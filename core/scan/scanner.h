#pragma once

#include "core/scan/scanitem.h"

#include <QList>
#include <QString>

#include <functional>

namespace rangecopy {

class ByteSource;

struct ScanResult {
    // By offset; an item lies after the item it is in (parent), which is the smallest item of
    // known length that holds it.
    QList<ScanItem> items;
    qint64 scannedBytes = 0;
    bool cancelled = false;
    QString error;           // which file, what went wrong; empty when the scan read it all
    bool openFailed = false; // the error is that it could not be opened (or is not a file)
};

using ScanProgress = std::function<void(qint64 bytesScanned, qint64 bytesTotal)>;

// Every parser the scan knows (partition tables, file systems, archives and streams, images,
// documents and programs), made once.
[[nodiscard]] const QList<const FormatParser*>& allFormatParsers();

// Walks the source once, front to back, in blocks: every signature of every parser is looked
// for in each block, and each place one matches is given to its parser. A candidate inside an
// item the same parser found is part of it (a ZIP's local headers, a JPEG's thumbnail) and is
// not asked about. cancelled (may be empty) is asked between blocks.
[[nodiscard]] ScanResult scanSource(const ByteSource& source,
                                    const QList<const FormatParser*>& parsers,
                                    const ScanProgress& progress = {},
                                    const std::function<bool()>& cancelled = {});

// Opens a file (a regular file or a block device, without blocking, never a FIFO) and scans
// it with every parser.
[[nodiscard]] ScanResult scanFile(const QString& path, const ScanProgress& progress = {},
                                  const std::function<bool()>& cancelled = {});

// What the window and rangecopy-cli say about a scan, in the same words.
// "Nothing found in 'disk.img'."
[[nodiscard]] QString scanFoundNothing(const QString& path);
// "the scan of 'disk.img' was interrupted after 4194304 bytes"
[[nodiscard]] QString scanInterrupted(const QString& path, qint64 scannedBytes);

// "header field", "end marker", "decoding", "unknown": --json's length_from.
[[nodiscard]] QString lengthSourceName(LengthSource source);

} // namespace rangecopy
