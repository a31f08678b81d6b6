#pragma once

#include "core/scan/scanitem.h"

namespace rangecopy {

// PNG: its chunks walked to IEND (each chunk's CRC checked on the way).
class PngParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// JPEG: its segments followed by their lengths, the entropy-coded data to the next marker, up
// to EOI.
class JpegParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// GIF: its blocks walked to the trailer.
class GifParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// BMP: the file size its header states, with the header checked.
class BmpParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

} // namespace rangecopy
