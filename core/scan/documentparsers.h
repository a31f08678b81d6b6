#pragma once

#include "core/scan/scanitem.h"

namespace rangecopy {

// PDF: from "%PDF-" to the last "%%EOF" before the next "%PDF-" (an updated PDF has several).
class PdfParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

// ELF: the end of the farthest of its headers, segments and sections.
class ElfParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

} // namespace rangecopy
