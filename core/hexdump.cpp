#include "hexdump.h"

#include <algorithm>

namespace rangecopy {

QString formatHexDump(const QByteArray& bytes, qint64 firstOffset)
{
    constexpr qsizetype kBytesPerRow = 16;
    constexpr qsizetype kRowLength = 78; // offset, hex groups, text column and newline
    static constexpr char kHexDigits[] = "0123456789abcdef";
    // Offsets of files up to 4 GiB fit 8 digits; larger ones widen the column for every row.
    const qint64 lastOffset = firstOffset + std::max<qsizetype>(bytes.size() - 1, 0);
    const int offsetWidth = lastOffset > 0xffffffffLL ? 16 : 8;

    QString dump;
    dump.reserve((bytes.size() / kBytesPerRow + 1) * (kRowLength + offsetWidth));
    for (qsizetype row = 0; row < bytes.size(); row += kBytesPerRow) {
        dump += QStringLiteral("%1 ").arg(firstOffset + row, offsetWidth, 16, QLatin1Char('0'));
        QString text;
        for (qsizetype column = 0; column < kBytesPerRow; ++column) {
            if (column == kBytesPerRow / 2)
                dump += u' ';
            if (row + column < bytes.size()) {
                const auto byte = static_cast<unsigned char>(bytes[row + column]);
                dump += u' ';
                dump += QLatin1Char(kHexDigits[byte >> 4]);
                dump += QLatin1Char(kHexDigits[byte & 0xf]);
                text += (byte >= 0x20 && byte < 0x7f) ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                dump += QStringLiteral("   ");
            }
        }
        dump += QStringLiteral("  |") + text + QStringLiteral("|\n");
    }
    return dump;
}

} // namespace rangecopy
