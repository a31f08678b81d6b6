#pragma once

#include "core/scan/scanitem.h"

namespace rangecopy {

// A Windows PE image (EXE, DLL, EFI application): "MZ", then e_lfanew pointing to "PE\0\0", a
// COFF header with a known machine and a PE32 or PE32+ optional header. Its length is where
// the last of its parts ends: headers, sections' raw data, the certificate table (Authenticode
// signature) and a COFF symbol and string table. Data appended after those (an installer's
// payload) is not known from the headers and not counted.
class PeParser : public FormatParser {
public:
    [[nodiscard]] QList<Signature> signatures() const override;
    [[nodiscard]] QList<ScanItem> parse(const ByteSource& source, qint64 start) const override;
};

} // namespace rangecopy
