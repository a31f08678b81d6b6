#pragma once

#include "core/preview/previewdocument.h"
#include "core/text/bytesize.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rangecopy {

// One byte of a hex row: its two digits and its character, where they stand in the row.
struct HexCell {
    qint64 offset = 0;
    int hexColumn = 0;  // the character column of its first hex digit
    int textColumn = 0; // the character column of its character
    QString hex;        // two lower-case digits
    QChar character;    // itself when printable ASCII, else '.'
    bool inMark = true; // inside the marked range (or there is none)
    bool startsMark = false;
    bool endsMark = false; // the last byte of the marked range
};

// One row as the hex view draws it: "00000010  50 79 74 68 6f 6e 20 69  73 20 …  Python is…".
struct HexRow {
    qint64 offset = 0;
    QString offsetText;
    QList<HexCell> cells;

    // The whole row as drawn, every cell at its column (built on demand: painting draws the
    // cells and does not need it).
    [[nodiscard]] QString text() const;
};

// Lays bytes out as hex rows, without widgets: the hex view paints exactly the cells of these
// rows, and tests read their text without a screen. Columns count characters of a monospaced
// font: the offset, two spaces, "xx " per byte with one more space after every eight, two
// spaces, then one character per byte.
class HexLayout {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::HexLayout)

public:
    using OffsetBase = rangecopy::OffsetBase;

    HexLayout(int bytesPerRow, OffsetBase base, qint64 fileSize);

    // Characters in the offset column: 8, or 16 for a file past 4 GiB in hex; enough digits
    // for the last offset in decimal.
    [[nodiscard]] int offsetWidth() const { return m_offsetWidth; }
    [[nodiscard]] int hexColumn(int byteInRow) const;
    [[nodiscard]] int textColumn(int byteInRow) const;
    // Characters in a full row.
    [[nodiscard]] int rowWidth() const { return textColumn(m_bytesPerRow); }
    // The byte in a row that column points at (hex digits and the space after them, or the
    // character); clamped to the row.
    [[nodiscard]] int byteAtColumn(int column) const;

    [[nodiscard]] QString offsetText(qint64 offset) const;
    // "0x10–0x1f, 16 bytes", "0x10, 1 byte", "0–1023, 1.0 KiB (1024 bytes)" in the chosen
    // base (as formatOffset() writes offsets everywhere else).
    [[nodiscard]] QString spanText(qint64 start, qint64 length) const;

    // The rows of bytes, which start at firstOffset (a row start).
    [[nodiscard]] QList<HexRow> rows(qint64 firstOffset, const QByteArray& bytes,
                                     const std::optional<MarkedRange>& mark) const;

private:
    int m_bytesPerRow;
    OffsetBase m_base;
    int m_offsetWidth;
};

} // namespace rangecopy
