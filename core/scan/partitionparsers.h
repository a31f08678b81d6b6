#pragma once

#include "core/scan/scanitem.h"

namespace rangecopy {

// MBR: the four entries of a master boot record, and the logical partitions its extended
// partition's chain of boot records holds. 512-byte sectors.
class MbrParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
    [[nodiscard]] bool ownsWhatItLists() const override { return true; }
};

// GPT: the header at sector 1 (its CRC and its entries' CRC checked) and its partitions, with
// their names. 512-byte sectors. The table spans the disk, up to its backup header.
class GptParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

} // namespace rangecopy
