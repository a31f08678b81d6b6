#pragma once

#include "core/scan/scanitem.h"

namespace rangecopy {

// A compressed stream's end is only known by decoding it: these parsers decode from the
// signature on (in 64 KiB steps, the output thrown away) and report the input the decoder took
// up to the stream's end. The time this takes grows with the decoded size, not the memory.

// An xz stream (FD 37 7A 58 5A 00, its flags checked by their CRC32). Stream padding and any
// following stream are not part of it. A stream cut short or damaged is reported with an
// unknown length: the header's CRC32 already made it unlikely to be chance.
class XzParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// One zstd frame (28 B5 2F FD). Its header has no checksum, so a frame that fails to decode is
// not reported; one the data ends inside is, with an unknown length.
class ZstdParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// One bzip2 stream ("BZh1".."BZh9" followed by a block's or the end's 48-bit magic).
class Bzip2Parser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// A ustar (POSIX or GNU) tar archive, found by the "ustar" magic of a header: its headers are
// walked (checksums checked, pax "size" records honoured) up to the two zero blocks that end
// it. The record padding GNU tar adds after them is not counted. Every member's header carries
// the magic, so each one also parses as an archive starting there (its tail).
class TarParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

} // namespace rangecopy
