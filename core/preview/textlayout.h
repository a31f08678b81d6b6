#pragma once

#include "core/preview/previewdocument.h"

#include <QList>
#include <QString>
#include <QStringConverter>
#include <QStringView>

#include <memory>
#include <optional>

namespace rangecopy {

enum class TextCellKind : quint8 {
    Text,    // a character as it is (a tab as spaces)
    Control, // a control or format character, as \xNN escapes of its bytes
    Invalid, // bytes that are not valid in the encoding, as \xNN escapes
};

// One character cell of a row (two columns for a wide character, four per escaped byte).
struct TextCell {
    qint64 offset = 0; // of its first byte in the file
    int length = 0;    // bytes
    int column = 0;
    int width = 0; // columns
    QString text;
    TextCellKind kind = TextCellKind::Text;
    bool dimmed = false; // outside the marked range
    bool target = false; // where Go to or Find went (set by the view that shows the row)
};

// One row of text as a view draws it.
struct TextRow {
    qint64 offset = 0; // of the row's first byte
    qint64 end = 0;    // one past its last byte, the newline included
    QString gutter;    // the line number, "…" while not counted yet, empty on a wrapped row
    QString text;      // the cells' text, as drawn
    QList<TextCell> cells;
    bool startsLine = false;
    bool endsLine = false; // ends with a newline
};

// Lays the bytes of a file out as rows of text a fixed number of columns wide, without widgets:
// the text view paints exactly the rows this returns, and tests read them without a screen.
//
// Where a row starts is decided by reading at most two segments back from it, so any offset
// can become the top of a screen without reading what comes before: a row starts after a
// newline, after the row before it wrapped, or, inside a line longer than kLongLineSegment
// bytes, at a multiple of kLongLineSegment. The same rows come out whichever earlier offset
// the layout started from.
class TextLayout {
public:
    static constexpr qint64 kLongLineSegment = 4096;
    static constexpr int kTabWidth = 8;
    // How a byte order mark at the start of the file shows when the encoding is the one it
    // stands for (a Control cell): the marker, not its bytes as escapes.
    static constexpr QStringView kByteOrderMarkText = u"<BOM>";

    // Reads through file's page cache; file must outlive the layout. Bytes outside mark are
    // laid out as dimmed.
    TextLayout(PagedFile& file, QStringConverter::Encoding encoding, int columns,
               const std::optional<MarkedRange>& mark = std::nullopt);
    ~TextLayout();
    TextLayout(const TextLayout&) = delete;
    TextLayout& operator=(const TextLayout&) = delete;

    // The start of the row holding offset.
    [[nodiscard]] qint64 rowStartAt(qint64 offset);
    // The row start `rows` rows before rowStart, or 0.
    [[nodiscard]] qint64 stepBack(qint64 rowStart, qint64 rows);
    // The row start `rows` rows after rowStart, or stopAt if that comes first.
    [[nodiscard]] qint64 stepForward(qint64 rowStart, qint64 rows, qint64 stopAt);
    // The top row of the last screen of visibleRows rows: as far as scrolling goes.
    [[nodiscard]] qint64 maximumTop(int visibleRows);

    // Up to rowCount rows from top, a row start. topLine is the number of the line holding top,
    // or empty while it is not counted yet (the gutter then shows "…").
    [[nodiscard]] QList<TextRow> rows(qint64 top, int rowCount, std::optional<qint64> topLine);

private:
    class RowLayout;
    std::unique_ptr<RowLayout> m_layout;
    qint64 m_size;
};

} // namespace rangecopy
