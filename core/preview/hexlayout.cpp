#include "core/preview/hexlayout.h"

#include <algorithm>

namespace rangecopy {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr int kGap = 2; // spaces between the offset, hex and character columns

QChar characterOf(unsigned char byte)
{
    return byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
}

} // namespace

QString HexRow::text() const
{
    // Up to the last character: a short last row ends there.
    const int width = cells.isEmpty() ? int(offsetText.size()) : cells.last().textColumn + 1;
    QString row = offsetText.leftJustified(width, u' ');
    for (const HexCell& cell : cells) {
        row.replace(cell.hexColumn, 2, cell.hex);
        row[cell.textColumn] = cell.character;
    }
    return row;
}

HexLayout::HexLayout(int bytesPerRow, OffsetBase base, qint64 fileSize)
    : m_bytesPerRow(std::clamp(bytesPerRow, 1, 64))
    , m_base(base)
{
    const qint64 lastOffset = std::max<qint64>(fileSize - 1, 0);
    if (base == OffsetBase::Hexadecimal)
        m_offsetWidth = lastOffset > 0xffffffffLL ? 16 : 8;
    else
        m_offsetWidth = std::max(8, int(QString::number(lastOffset).size()));
}

int HexLayout::hexColumn(int byteInRow) const
{
    return m_offsetWidth + kGap + byteInRow * 3 + byteInRow / 8;
}

int HexLayout::textColumn(int byteInRow) const
{
    const int last = m_bytesPerRow - 1;
    return hexColumn(last) + 2 + kGap + byteInRow;
}

int HexLayout::byteAtColumn(int column) const
{
    if (column >= textColumn(0) - 1)
        return std::clamp(column - textColumn(0), 0, m_bytesPerRow - 1);
    int byte = 0;
    while (byte + 1 < m_bytesPerRow && column >= hexColumn(byte + 1))
        ++byte;
    return byte;
}

QString HexLayout::offsetText(qint64 offset) const
{
    if (m_base == OffsetBase::Hexadecimal)
        return QStringLiteral("%1").arg(offset, m_offsetWidth, 16, QLatin1Char('0'));
    return QStringLiteral("%1").arg(offset, m_offsetWidth, 10, QLatin1Char(' '));
}

QString HexLayout::spanText(qint64 start, qint64 length) const
{
    if (length == 1)
        return tr("%1, 1 byte").arg(formatOffset(start, m_base));
    return tr("%1–%2, %3")
        .arg(formatOffset(start, m_base), formatOffset(start + length - 1, m_base),
             formatSizeInWords(length));
}

QList<HexRow> HexLayout::rows(qint64 firstOffset, const QByteArray& bytes,
                              const std::optional<MarkedRange>& mark) const
{
    QList<HexRow> rows;
    for (qsizetype rowStart = 0; rowStart < bytes.size(); rowStart += m_bytesPerRow) {
        HexRow row;
        row.offset = firstOffset + rowStart;
        row.offsetText = offsetText(row.offset);
        const int count = int(std::min<qsizetype>(m_bytesPerRow, bytes.size() - rowStart));
        for (int i = 0; i < count; ++i) {
            const auto byte = static_cast<unsigned char>(bytes[rowStart + i]);
            HexCell cell;
            cell.offset = row.offset + i;
            cell.hexColumn = hexColumn(i);
            cell.textColumn = textColumn(i);
            const char digits[2] = {kHexDigits[byte >> 4], kHexDigits[byte & 0xf]};
            cell.hex = QString::fromLatin1(digits, 2);
            cell.character = characterOf(byte);
            if (mark) {
                cell.inMark = mark->contains(cell.offset);
                cell.startsMark = mark->length > 0 && cell.offset == mark->start;
                cell.endsMark = mark->length > 0 && cell.offset == mark->end() - 1;
            }
            row.cells.append(cell);
        }
        rows.append(row);
    }
    return rows;
}

} // namespace rangecopy
