#pragma once

#include "core/scan/scanitem.h"

namespace rangecopy {

// ZIP: from a local file header to the end of the central directory's end record, the one whose
// central directory ends where it begins (offsets relative to the archive's start).
class ZipParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// gzip: the member decoded with zlib to its trailer.
class GzipParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

} // namespace rangecopy
