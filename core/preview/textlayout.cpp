#include "core/preview/textlayout.h"

#include "core/preview/pagedfile.h"
#include "core/text/characterdecoder.h"

#include <QChar>

#include <algorithm>

namespace rangecopy {

namespace {

constexpr qint64 kSegment = TextLayout::kLongLineSegment;
// Bytes the reader takes from the page cache at a time, on either side of where it reads.
constexpr qint64 kReadWindow = 4096;
// Combining marks on one character beyond this get cells of their own, so a row of marks
// still covers a bounded number of bytes.
constexpr int kMaxMarksPerCell = 4;
constexpr char32_t kByteOrderMark = 0xfeff;

// Reads bytes one at a time through a window onto the page cache, so the scanning code below
// can stay byte by byte without a PagedFile::read() per byte.
class ByteReader {
public:
    explicit ByteReader(PagedFile& file)
        : m_file(file)
        , m_end(file.size())
    {
    }

    [[nodiscard]] qint64 end() const { return m_end; }

    // The byte at offset, or -1 past the end (also past where a shrunk file now ends).
    [[nodiscard]] int at(qint64 offset)
    {
        if (offset < 0 || offset >= m_end)
            return -1;
        qint64 index = offset - m_start;
        if (index < 0 || index >= m_bytes.size()) {
            // Centred, so scanning backwards does not refill at every byte either.
            m_start = std::max<qint64>(0, (offset / kReadWindow - 1) * kReadWindow);
            m_bytes = m_file.read(m_start, 3 * kReadWindow);
            index = offset - m_start;
            if (index >= m_bytes.size())
                return -1;
        }
        return static_cast<unsigned char>(m_bytes[index]);
    }

private:
    PagedFile& m_file;
    qint64 m_end;
    qint64 m_start = 0;
    QByteArray m_bytes;
};

// Where rows can be laid out from without reading farther back: a line start, or a multiple
// of kSegment inside a long line. lineStart is the line's start, or for a long line any
// offset at least a segment before `offset` (all the row layout needs to know).
struct Anchor {
    qint64 offset = 0;
    qint64 lineStart = 0;
};

struct Row {
    qint64 end = 0;
    bool endsLine = false;
};

struct Glyph {
    QString text;
    int width = 1;
    TextCellKind kind = TextCellKind::Text;
    bool tab = false;
    bool combining = false;
};

bool isWide(char32_t c)
{
    // East Asian wide and fullwidth characters take two columns in a monospaced font.
    return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) ||
           (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf) ||
           (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) ||
           (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
           (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
           (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) ||
           (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
}

bool isInvisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return QChar::isNonCharacter(c);
    }
}

} // namespace

// Lays the bytes of a file out in rows of a fixed number of columns. Every decision depends
// only on bytes at most two segments before the row, so the same rows come out whichever
// earlier offset the layout started from.
class TextLayout::RowLayout {
public:
    RowLayout(PagedFile& file, QStringConverter::Encoding encoding, int columns,
              const std::optional<MarkedRange>& mark)
        : m_reader(file)
        , m_codec(textCodecFor(encoding))
        , m_unit(codeUnitSize(m_codec))
        , m_columns(std::max(columns, 1))
        , m_mark(mark)
    {
    }

    [[nodiscard]] qint64 size() const { return m_reader.end(); }
    [[nodiscard]] qint64 alignDown(qint64 offset) const { return offset / m_unit * m_unit; }

    [[nodiscard]] Anchor anchorAt(qint64 offset)
    {
        const qint64 segmentStart = offset / kSegment * kSegment;
        const qint64 from = std::max<qint64>(0, segmentStart - kSegment);
        for (qint64 pos = offset - m_unit; pos >= from; pos -= m_unit) {
            if (isNewlineAt(pos))
                return {pos + m_unit, pos + m_unit};
        }
        if (segmentStart == 0)
            return {0, 0};
        // No newline in the segment before: the line is long, and rows break here.
        return {segmentStart, segmentStart - kSegment};
    }

    // The row starting at start in the line starting at lineStart; with cells, what it shows.
    [[nodiscard]] Row layoutRow(qint64 start, qint64 lineStart, QList<TextCell>* cells)
    {
        const qint64 limit = std::min(size(), forcedBreak(start, lineStart));
        Row row;
        qint64 pos = start;
        int column = 0;
        int marks = 0;
        bool lastTakesMarks = false;
        while (pos < limit && m_reader.at(pos) >= 0) {
            const DecodedCharacter decoded = decode(pos, limit);
            if (decoded.valid && decoded.codePoint == U'\n') {
                pos += decoded.length;
                row.endsLine = true;
                break;
            }
            if (decoded.valid && decoded.codePoint == U'\r' && pos + decoded.length < limit &&
                m_reader.at(pos + decoded.length) >= 0) {
                const DecodedCharacter next = decode(pos + decoded.length, limit);
                if (next.valid && next.codePoint == U'\n') {
                    pos += decoded.length + next.length;
                    row.endsLine = true;
                    break;
                }
            }
            Glyph glyph = glyphFor(decoded, pos, cells != nullptr);
            if (glyph.combining && lastTakesMarks && marks < kMaxMarksPerCell) {
                ++marks;
                if (cells != nullptr) {
                    cells->last().text += glyph.text;
                    cells->last().length += decoded.length;
                }
                pos += decoded.length;
                continue;
            }
            int width = glyph.combining ? 1 : glyph.width; // a mark on nothing: a cell
            if (glyph.tab) {
                if (column >= m_columns)
                    break;
                width = std::min(TextLayout::kTabWidth - column % TextLayout::kTabWidth,
                                 m_columns - column);
            }
            if (column > 0 && column + width > m_columns)
                break; // wraps
            if (cells != nullptr) {
                TextCell cell;
                cell.offset = pos;
                cell.length = decoded.length;
                cell.column = column;
                cell.width = width;
                cell.text = glyph.tab ? QString(width, u' ') : glyph.text;
                cell.kind = glyph.kind;
                cell.dimmed = m_mark && !m_mark->contains(pos);
                cells->append(cell);
            }
            lastTakesMarks = glyph.kind == TextCellKind::Text && !glyph.tab;
            marks = 0;
            column += width;
            pos += decoded.length;
        }
        row.end = pos;
        return row;
    }

    // The start of the row holding offset.
    [[nodiscard]] qint64 rowStartAt(qint64 offset)
    {
        if (size() == 0)
            return 0;
        offset = alignDown(std::clamp<qint64>(offset, 0, size() - 1));
        const Anchor anchor = anchorAt(offset);
        qint64 start = anchor.offset;
        for (;;) {
            const Row row = layoutRow(start, anchor.lineStart, nullptr);
            if (row.end > offset || row.end <= start)
                return start;
            start = row.end;
        }
    }

    [[nodiscard]] qint64 lastRowStart() { return rowStartAt(size() - 1); }

    // The row start `rows` rows before rowStart, or 0.
    [[nodiscard]] qint64 stepBack(qint64 rowStart, qint64 rows)
    {
        QList<qint64> starts;
        while (rows > 0 && rowStart > 0) {
            const Anchor anchor = anchorAt(alignDown(rowStart - 1));
            starts.clear();
            for (qint64 start = anchor.offset; start < rowStart;) {
                starts.append(start);
                const Row row = layoutRow(start, anchor.lineStart, nullptr);
                if (row.end <= start)
                    break;
                start = row.end;
            }
            if (starts.size() >= rows)
                return starts[starts.size() - rows];
            rows -= starts.size();
            rowStart = anchor.offset;
        }
        return rowStart;
    }

    // The row start `rows` rows after rowStart, or stopAt if that comes first.
    [[nodiscard]] qint64 stepForward(qint64 rowStart, qint64 rows, qint64 stopAt)
    {
        qint64 lineStart = anchorAt(rowStart).lineStart;
        for (; rows > 0 && rowStart < stopAt; --rows) {
            const Row row = layoutRow(rowStart, lineStart, nullptr);
            if (row.end <= rowStart)
                break;
            if (row.endsLine)
                lineStart = row.end;
            rowStart = row.end;
        }
        return std::min(rowStart, stopAt);
    }

private:
    // Rows of a line longer than a segment also break at every multiple of kSegment at least
    // a segment past the line's start: where such a line's rows start is then known from the
    // segment before, however long the line is.
    [[nodiscard]] static qint64 forcedBreak(qint64 start, qint64 lineStart)
    {
        const qint64 nextSegment = (start / kSegment + 1) * kSegment;
        const qint64 longFrom = (lineStart + 2 * kSegment - 1) / kSegment * kSegment;
        return std::max(nextSegment, longFrom);
    }

    [[nodiscard]] bool isNewlineAt(qint64 pos)
    {
        const int lowByte = isBigEndian(m_codec) ? m_unit - 1 : 0;
        for (int i = 0; i < m_unit; ++i) {
            if (m_reader.at(pos + i) != (i == lowByte ? '\n' : 0))
                return false;
        }
        return true;
    }

    // The character at pos, reading no further than limit. An invalid sequence is as long
    // as the bytes shown escaped for it.
    [[nodiscard]] DecodedCharacter decode(qint64 pos, qint64 limit)
    {
        char bytes[4];
        qsizetype count = 0;
        for (; count < 4 && pos + count < limit; ++count) {
            const int byte = m_reader.at(pos + count);
            if (byte < 0)
                break;
            bytes[count] = char(byte);
        }
        return decodeCharacter(QByteArrayView(bytes, count), m_codec);
    }

    [[nodiscard]] QString escaped(qint64 pos, int length)
    {
        QString text;
        for (int i = 0; i < length; ++i)
            text += QStringLiteral("\\x%1").arg(m_reader.at(pos + i), 2, 16, QLatin1Char('0'));
        return text;
    }

    // How a character looks; its text only when withText (scrolling needs only widths).
    [[nodiscard]] Glyph glyphFor(const DecodedCharacter& decoded, qint64 pos, bool withText)
    {
        Glyph glyph;
        const char32_t c = decoded.codePoint;
        if (c == U'\t' && decoded.valid) {
            glyph.tab = true;
            return glyph;
        }
        // A byte order mark that matches the encoding says so, rather than show its bytes.
        if (decoded.valid && c == kByteOrderMark && pos == 0) {
            glyph.kind = TextCellKind::Control;
            glyph.width = int(kByteOrderMarkText.size());
            if (withText)
                glyph.text = kByteOrderMarkText.toString();
            return glyph;
        }
        // Escapes rather than Control Pictures: few monospaced fonts have those, and a
        // missing glyph would show every control byte as the same box.
        if (!decoded.valid || isInvisible(c)) {
            glyph.kind = decoded.valid ? TextCellKind::Control : TextCellKind::Invalid;
            glyph.width = 4 * decoded.length;
            if (withText)
                glyph.text = escaped(pos, decoded.length);
            return glyph;
        }
        const QChar::Category category = QChar::category(c);
        glyph.combining = category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing;
        glyph.width = glyph.combining ? 0 : (isWide(c) ? 2 : 1);
        if (withText)
            glyph.text = QString::fromUcs4(&c, 1);
        return glyph;
    }

    ByteReader m_reader;
    TextCodec m_codec;
    int m_unit;
    int m_columns;
    std::optional<MarkedRange> m_mark;
};

TextLayout::TextLayout(PagedFile& file, QStringConverter::Encoding encoding, int columns,
                       const std::optional<MarkedRange>& mark)
    : m_layout(std::make_unique<RowLayout>(file, encoding, columns, mark))
    , m_size(file.size())
{
}

TextLayout::~TextLayout() = default;

qint64 TextLayout::rowStartAt(qint64 offset)
{
    return m_layout->rowStartAt(offset);
}

qint64 TextLayout::stepBack(qint64 rowStart, qint64 rows)
{
    return m_layout->stepBack(rowStart, rows);
}

qint64 TextLayout::stepForward(qint64 rowStart, qint64 rows, qint64 stopAt)
{
    return m_layout->stepForward(rowStart, rows, stopAt);
}

qint64 TextLayout::maximumTop(int visibleRows)
{
    if (m_size == 0)
        return 0;
    return m_layout->stepBack(m_layout->lastRowStart(), std::max(visibleRows, 1) - 1);
}

QList<TextRow> TextLayout::rows(qint64 top, int rowCount, std::optional<qint64> topLine)
{
    static const QString kPendingNumber(QChar(0x2026)); // "…"
    QList<TextRow> rows;
    qint64 lineStart = m_layout->anchorAt(top).lineStart;
    std::optional<qint64> line = topLine;
    qint64 start = top;
    while (rows.size() < rowCount && start < m_size) {
        TextRow row;
        const Row laid = m_layout->layoutRow(start, lineStart, &row.cells);
        if (laid.end <= start)
            break; // the file has shrunk
        row.offset = start;
        row.end = laid.end;
        row.startsLine = start == lineStart;
        row.endsLine = laid.endsLine;
        if (row.startsLine)
            row.gutter = line ? QString::number(*line) : kPendingNumber;
        for (const TextCell& cell : std::as_const(row.cells))
            row.text += cell.text;
        if (laid.endsLine) {
            lineStart = laid.end;
            if (line)
                ++*line;
        }
        start = laid.end;
        rows.append(row);
    }
    return rows;
}

} // namespace rangecopy
