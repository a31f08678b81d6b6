#include "ui/preview/textview.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSysInfo>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace rangecopy {

namespace {

constexpr qint64 kSegment = TextView::kLongLineSegment;
// Bytes the reader takes from the page cache at a time, on either side of where it reads.
constexpr qint64 kReadWindow = 4096;
// Combining marks on one character beyond this get cells of their own, so a row of marks
// still covers a bounded number of bytes.
constexpr int kMaxMarksPerCell = 4;
// scrollByRows() steps at most this far; farther is a jump (goToOffset()).
constexpr qint64 kMaxStepRows = 10000;

const QChar kPendingNumber(0x2026); // "…"

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

struct Decoded {
    char32_t codePoint = 0;
    int length = 1;
    bool valid = false;
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
    TextView::CellKind kind = TextView::CellKind::Text;
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

// Lays the bytes of a file out in rows of a fixed number of columns. Every decision depends
// only on bytes at most two segments before the row, so the same rows come out whichever
// earlier offset the layout started from.
class RowLayout {
public:
    RowLayout(PagedFile& file, QStringConverter::Encoding encoding, int columns)
        : m_reader(file)
        , m_unit(LineIndex::unitSize(encoding))
        , m_columns(std::max(columns, 1))
    {
        switch (encoding) {
        case QStringConverter::Latin1:
            m_codec = Codec::Latin1;
            break;
        case QStringConverter::Utf16:
        case QStringConverter::Utf16LE:
        case QStringConverter::Utf16BE:
            m_codec = Codec::Utf16;
            break;
        case QStringConverter::Utf32:
        case QStringConverter::Utf32LE:
        case QStringConverter::Utf32BE:
            m_codec = Codec::Utf32;
            break;
        default:
            m_codec = Codec::Utf8; // the system encoding too: on Linux it is UTF-8
            break;
        }
        m_bigEndian =
            encoding == QStringConverter::Utf16BE || encoding == QStringConverter::Utf32BE ||
            ((encoding == QStringConverter::Utf16 || encoding == QStringConverter::Utf32) &&
             QSysInfo::ByteOrder == QSysInfo::BigEndian);
    }

    void setMarkedRange(qint64 start, qint64 end)
    {
        m_markStart = start;
        m_markEnd = end;
        m_marked = true;
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
    [[nodiscard]] Row layoutRow(qint64 start, qint64 lineStart, QList<TextView::Cell>* cells)
    {
        const qint64 limit = std::min(size(), forcedBreak(start, lineStart));
        Row row;
        qint64 pos = start;
        int column = 0;
        int marks = 0;
        bool lastTakesMarks = false;
        while (pos < limit && m_reader.at(pos) >= 0) {
            const Decoded decoded = decode(pos, limit);
            if (decoded.valid && decoded.codePoint == U'\n') {
                pos += decoded.length;
                row.endsLine = true;
                break;
            }
            if (decoded.valid && decoded.codePoint == U'\r' && pos + decoded.length < limit &&
                m_reader.at(pos + decoded.length) >= 0) {
                const Decoded next = decode(pos + decoded.length, limit);
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
                width = std::min(TextView::kTabWidth - column % TextView::kTabWidth,
                                 m_columns - column);
            }
            if (column > 0 && column + width > m_columns)
                break; // wraps
            if (cells != nullptr) {
                TextView::Cell cell;
                cell.offset = pos;
                cell.length = decoded.length;
                cell.column = column;
                cell.width = width;
                cell.text = glyph.tab ? QString(width, u' ') : glyph.text;
                cell.kind = glyph.kind;
                cell.dimmed = m_marked && (pos < m_markStart || pos >= m_markEnd);
                cells->append(cell);
            }
            lastTakesMarks = glyph.kind == TextView::CellKind::Text && !glyph.tab;
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
    enum class Codec { Utf8, Latin1, Utf16, Utf32 };

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
        const int lowByte = m_bigEndian ? m_unit - 1 : 0;
        for (int i = 0; i < m_unit; ++i) {
            if (m_reader.at(pos + i) != (i == lowByte ? '\n' : 0))
                return false;
        }
        return true;
    }

    [[nodiscard]] int byteBefore(qint64 pos, qint64 limit)
    {
        return pos < limit ? m_reader.at(pos) : -1;
    }

    [[nodiscard]] int unit16(qint64 pos, qint64 limit)
    {
        const int first = byteBefore(pos, limit);
        const int second = byteBefore(pos + 1, limit);
        if (first < 0 || second < 0)
            return -1;
        return m_bigEndian ? (first << 8 | second) : (second << 8 | first);
    }

    // The character at pos, reading no further than limit. An invalid sequence is as long
    // as the bytes shown escaped for it.
    [[nodiscard]] Decoded decode(qint64 pos, qint64 limit)
    {
        const int first = m_reader.at(pos);
        switch (m_codec) {
        case Codec::Latin1:
            return {char32_t(first), 1, true};
        case Codec::Utf8:
            return decodeUtf8(pos, limit, first);
        case Codec::Utf16: {
            const int unit = unit16(pos, limit);
            if (unit < 0)
                return {0, 1, false}; // half a unit at the end
            if (unit >= 0xd800 && unit <= 0xdbff) {
                const int low = unit16(pos + 2, limit);
                if (low >= 0xdc00 && low <= 0xdfff)
                    return {char32_t(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)), 4, true};
                return {0, 2, false};
            }
            if (unit >= 0xdc00 && unit <= 0xdfff)
                return {0, 2, false};
            return {char32_t(unit), 2, true};
        }
        case Codec::Utf32: {
            char32_t value = 0;
            for (int i = 0; i < 4; ++i) {
                const int byte = byteBefore(pos + i, limit);
                if (byte < 0)
                    return {0, 1, false};
                value |= char32_t(byte) << (m_bigEndian ? 8 * (3 - i) : 8 * i);
            }
            if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
                return {0, 4, false};
            return {value, 4, true};
        }
        }
        return {};
    }

    [[nodiscard]] Decoded decodeUtf8(qint64 pos, qint64 limit, int first)
    {
        if (first < 0x80)
            return {char32_t(first), 1, true};
        int length = 0;
        char32_t minimum = 0;
        char32_t codePoint = 0;
        if (first >= 0xc2 && first <= 0xdf) {
            length = 2;
            minimum = 0x80;
            codePoint = char32_t(first & 0x1f);
        } else if (first >= 0xe0 && first <= 0xef) {
            length = 3;
            minimum = 0x800;
            codePoint = char32_t(first & 0x0f);
        } else if (first >= 0xf0 && first <= 0xf4) {
            length = 4;
            minimum = 0x10000;
            codePoint = char32_t(first & 0x07);
        } else {
            return {};
        }
        for (int i = 1; i < length; ++i) {
            const int next = byteBefore(pos + i, limit);
            if (next < 0 || (next & 0xc0) != 0x80)
                return {}; // each byte of a broken sequence is shown on its own
            codePoint = (codePoint << 6) | char32_t(next & 0x3f);
        }
        const bool surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
        if (codePoint < minimum || codePoint > 0x10ffff || surrogate)
            return {};
        return {codePoint, length, true};
    }

    [[nodiscard]] QString escaped(qint64 pos, int length)
    {
        QString text;
        for (int i = 0; i < length; ++i)
            text += QStringLiteral("\\x%1").arg(m_reader.at(pos + i), 2, 16, QLatin1Char('0'));
        return text;
    }

    // How a character looks; its text only when withText (scrolling needs only widths).
    [[nodiscard]] Glyph glyphFor(const Decoded& decoded, qint64 pos, bool withText)
    {
        Glyph glyph;
        const char32_t c = decoded.codePoint;
        if (c == U'\t' && decoded.valid) {
            glyph.tab = true;
            return glyph;
        }
        // Escapes rather than Control Pictures: few monospaced fonts have those, and a
        // missing glyph would show every control byte as the same box.
        if (!decoded.valid || isInvisible(c)) {
            glyph.kind = decoded.valid ? TextView::CellKind::Control : TextView::CellKind::Invalid;
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
    Codec m_codec = Codec::Utf8;
    bool m_bigEndian = false;
    int m_unit;
    int m_columns;
    bool m_marked = false;
    qint64 m_markStart = 0;
    qint64 m_markEnd = 0;
};

QColor blend(const QColor& color, const QColor& background, double amount)
{
    const auto mix = [amount](int a, int b) {
        return int(std::lround(a * amount + b * (1 - amount)));
    };
    return QColor(mix(color.red(), background.red()), mix(color.green(), background.green()),
                  mix(color.blue(), background.blue()));
}

// A run of these draws as one string: a monospaced font keeps ASCII on the column grid.
bool isPlainAscii(const TextView::Cell& cell)
{
    if (cell.text.size() != cell.width)
        return false;
    return std::all_of(cell.text.begin(), cell.text.end(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

} // namespace

TextView::TextView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always shown, so that it appearing cannot narrow the rows and move every wrap.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, &TextView::onScrollBarAction);
    connect(verticalScrollBar(), &QScrollBar::sliderReleased, this, &TextView::syncScrollBar);
    const auto repaintNumbers = [this] {
        if (m_numbersPending)
            viewport()->update();
    };
    connect(&m_index, &LineIndex::progressed, this, repaintNumbers);
    connect(&m_index, &LineIndex::finished, this, repaintNumbers);
    relayout();
}

TextView::~TextView() = default;

QString TextView::openFile(const QString& path)
{
    closeFile();
    const QString error = m_file.open(path);
    if (!error.isEmpty()) {
        m_file.close();
        relayout();
        return error;
    }
    m_index.start(path, m_file.size(), m_encoding);
    relayout();
    return {};
}

void TextView::closeFile()
{
    m_file.close();
    m_index.clear();
    m_topLineOffset = -1;
    m_top = 0;
    relayout();
}

void TextView::reload()
{
    if (!hasFile())
        return;
    m_file.refresh();
    m_index.start(m_file.path(), m_file.size(), m_encoding);
    m_topLineOffset = -1;
    relayout();
}

void TextView::setEncoding(QStringConverter::Encoding encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    if (hasFile())
        m_index.start(m_file.path(), m_file.size(), m_encoding);
    m_topLineOffset = -1;
    relayout();
}

void TextView::setMarkedRange(qint64 start, qint64 length)
{
    m_markStart = std::max<qint64>(start, 0);
    m_markLength = std::max<qint64>(length, 0);
    viewport()->update();
}

void TextView::clearMarkedRange()
{
    m_markLength = -1;
    viewport()->update();
}

void TextView::goToOffset(qint64 offset)
{
    RowLayout layout(m_file, m_encoding, m_columns);
    setTop(std::min(layout.rowStartAt(offset), m_maxTop));
}

void TextView::scrollToStart()
{
    setTop(0);
}

void TextView::scrollToEnd()
{
    setTop(m_maxTop);
}

void TextView::scrollByRows(qint64 rows)
{
    rows = std::clamp(rows, -kMaxStepRows, kMaxStepRows);
    if (rows == 0 || !hasFile())
        return;
    RowLayout layout(m_file, m_encoding, m_columns);
    setTop(rows > 0 ? layout.stepForward(m_top, rows, m_maxTop) : layout.stepBack(m_top, -rows));
}

QList<TextView::RenderedRow> TextView::renderedRows() const
{
    bool pending = false;
    return layoutScreen(rowsToDraw(), &pending);
}

QStringList TextView::renderedLines() const
{
    QStringList lines;
    for (const RenderedRow& row : renderedRows())
        lines.append(row.gutter.rightJustified(m_gutterDigits) + u' ' + row.text);
    return lines;
}

QRect TextView::cellRect(int row, int column, int width) const
{
    return QRect(textLeft() + column * m_charWidth, row * m_lineHeight, width * m_charWidth,
                 m_lineHeight);
}

void TextView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(viewport());
    QFont cellFont = font();
    cellFont.setLetterSpacing(QFont::AbsoluteSpacing, m_letterSpacing);
    painter.setFont(cellFont);
    const QPalette& colors = palette();
    const QColor base = colors.color(QPalette::Base);
    const bool darkBase = base.lightness() < 128;
    const QColor textColor = colors.color(QPalette::Text);
    const QColor controlColor = colors.color(QPalette::Link);
    const QColor invalidColor = darkBase ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    QColor invalidBackground = invalidColor;
    invalidBackground.setAlpha(40);
    const QFontMetrics metrics(font());
    const int charWidth = m_charWidth;
    const int lineHeight = m_lineHeight;
    const int gutterWidth = charWidth * (m_gutterDigits + 1);
    const int left = textLeft();

    painter.fillRect(viewport()->rect(), base);
    painter.fillRect(QRect(0, 0, gutterWidth, viewport()->height()),
                     colors.color(QPalette::AlternateBase));
    painter.setPen(colors.color(QPalette::Mid));
    painter.drawLine(gutterWidth - 1, 0, gutterWidth - 1, viewport()->height());

    bool pending = false;
    const QList<RenderedRow> rows = layoutScreen(rowsToDraw(), &pending);
    m_numbersPending = pending;
    const auto colorOf = [&](const Cell& cell) {
        const QColor color = cell.kind == CellKind::Invalid   ? invalidColor
                             : cell.kind == CellKind::Control ? controlColor
                                                              : textColor;
        return cell.dimmed ? blend(color, base, 0.4) : color;
    };

    for (int i = 0; i < rows.size(); ++i) {
        const RenderedRow& row = rows[i];
        const int top = i * lineHeight;
        const int baseline = top + metrics.ascent() + metrics.leading() / 2;
        painter.setPen(colors.color(QPalette::PlaceholderText));
        painter.drawText(QRect(charWidth / 2, top, charWidth * m_gutterDigits, lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter, row.gutter);

        for (qsizetype c = 0; c < row.cells.size();) {
            const Cell& first = row.cells[c];
            if (first.kind == CellKind::Invalid)
                painter.fillRect(cellRect(i, first.column, first.width), invalidBackground);
            painter.setPen(colorOf(first));
            QString text = first.text;
            qsizetype next = c + 1;
            if (isPlainAscii(first)) {
                while (next < row.cells.size() && isPlainAscii(row.cells[next]) &&
                       row.cells[next].kind == first.kind &&
                       row.cells[next].dimmed == first.dimmed) {
                    if (first.kind == CellKind::Invalid)
                        painter.fillRect(cellRect(i, row.cells[next].column, row.cells[next].width),
                                         invalidBackground);
                    text += row.cells[next].text;
                    ++next;
                }
            }
            painter.drawText(left + first.column * charWidth, baseline, text);
            c = next;
        }

        if (!hasMarkedRange())
            continue;
        // The range's borders: a bar before the first byte in it and after the last.
        painter.setPen(QPen(colors.color(QPalette::Highlight), 2));
        for (const qint64 border : {m_markStart, m_markStart + m_markLength}) {
            const bool atFileEnd = border == row.end && row.end == m_file.size();
            if (border < row.offset || (border >= row.end && !atFileEnd))
                continue;
            int column = row.cells.isEmpty() ? 0 : row.cells.last().column + row.cells.last().width;
            for (const Cell& cell : row.cells) {
                if (cell.offset + cell.length > border) {
                    column = cell.column;
                    break;
                }
            }
            const int x = left + column * charWidth;
            painter.drawLine(x, top, x, top + lineHeight - 1);
        }
    }
}

void TextView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void TextView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
}

void TextView::keyPressEvent(QKeyEvent* event)
{
    const qint64 page = std::max(1, m_visibleRows - 1);
    switch (event->key()) {
    case Qt::Key_Up:
        scrollByRows(-1);
        break;
    case Qt::Key_Down:
        scrollByRows(1);
        break;
    case Qt::Key_PageUp:
        scrollByRows(-page);
        break;
    case Qt::Key_PageDown:
        scrollByRows(page);
        break;
    case Qt::Key_Home: // with Ctrl or without: there is no cursor to move within a row
        scrollToStart();
        break;
    case Qt::Key_End:
        scrollToEnd();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TextView::wheelEvent(QWheelEvent* event)
{
    // By rows, not through the scroll bar: one of its steps can be many megabytes.
    constexpr int kNotch = 120;
    m_wheelRemainder += event->angleDelta().y();
    const int notches = m_wheelRemainder / kNotch;
    m_wheelRemainder -= notches * kNotch;
    if (notches != 0)
        scrollByRows(-qint64(notches) * QApplication::wheelScrollLines());
    event->accept();
}

void TextView::scrollContentsBy(int /*dx*/, int /*dy*/)
{
    // Only a value the user chose (dragging, clicking in the groove) moves the top here;
    // the values this view sets itself are already where the top is.
    const int value = verticalScrollBar()->value();
    const ScrollMapping mapping(m_maxTop);
    if (m_syncingScrollBar || value == mapping.barValue(m_top))
        return;
    RowLayout layout(m_file, m_encoding, m_columns);
    const qint64 top = std::min(layout.rowStartAt(mapping.position(value)), m_maxTop);
    if (top != m_top) {
        m_top = top;
        Q_EMIT topOffsetChanged(m_top);
    }
    viewport()->update();
}

void TextView::relayout()
{
    const QFontMetrics metrics(font());
    const qreal advance = QFontMetricsF(font()).horizontalAdvance(u'0');
    m_charWidth = std::max(1, int(std::ceil(advance)));
    m_letterSpacing = m_charWidth - advance;
    m_lineHeight = std::max(1, metrics.lineSpacing());
    // Wide enough for the last possible line number from the start, so the gutter (and with
    // it every wrap) does not change as the count goes on.
    const qint64 mostLines = m_file.size() / LineIndex::unitSize(m_encoding) + 1;
    m_gutterDigits = int(QString::number(mostLines).size());
    m_columns = std::max(1, (viewport()->width() - textLeft() - m_charWidth / 2) / m_charWidth);
    m_visibleRows = std::max(1, viewport()->height() / m_lineHeight);

    RowLayout layout(m_file, m_encoding, m_columns);
    m_maxTop = m_file.size() == 0 ? 0 : layout.stepBack(layout.lastRowStart(), m_visibleRows - 1);
    // A new width wraps differently: the top moves to the start of the row holding it.
    setTop(std::min(layout.rowStartAt(m_top), m_maxTop));
}

void TextView::setTop(qint64 top)
{
    top = std::clamp<qint64>(top, 0, m_maxTop);
    const bool changed = top != m_top;
    m_top = top;
    syncScrollBar();
    viewport()->update();
    if (changed)
        Q_EMIT topOffsetChanged(m_top);
}

void TextView::syncScrollBar()
{
    QScrollBar* bar = verticalScrollBar();
    const ScrollMapping mapping(m_maxTop);
    m_syncingScrollBar = true;
    bar->setRange(0, mapping.barMaximum());
    // The handle's length shows about how much of the file is on screen.
    bar->setPageStep(mapping.pageStep(qint64(m_columns) * m_visibleRows));
    bar->setSingleStep(1);
    bar->setValue(mapping.barValue(m_top));
    m_syncingScrollBar = false;
}

void TextView::onScrollBarAction(int action)
{
    const qint64 page = std::max(1, m_visibleRows - 1);
    switch (action) {
    case QAbstractSlider::SliderSingleStepAdd:
        scrollByRows(1);
        break;
    case QAbstractSlider::SliderSingleStepSub:
        scrollByRows(-1);
        break;
    case QAbstractSlider::SliderPageStepAdd:
        scrollByRows(page);
        break;
    case QAbstractSlider::SliderPageStepSub:
        scrollByRows(-page);
        break;
    default:
        return; // moves and jumps arrive as values, in scrollContentsBy()
    }
    // Steps go by rows; the value the action computed would be bytes.
    verticalScrollBar()->setSliderPosition(ScrollMapping(m_maxTop).barValue(m_top));
}

QList<TextView::RenderedRow> TextView::layoutScreen(int rowCount, bool* numbersPending) const
{
    QList<RenderedRow> rows;
    *numbersPending = false;
    if (!hasFile() || m_file.size() == 0)
        return rows;
    RowLayout layout(m_file, m_encoding, m_columns);
    if (hasMarkedRange())
        layout.setMarkedRange(m_markStart, m_markStart + m_markLength);
    qint64 lineStart = layout.anchorAt(m_top).lineStart;
    std::optional<qint64> line = topLineNumber();
    *numbersPending = !line.has_value();
    qint64 start = m_top;
    while (rows.size() < rowCount && start < m_file.size()) {
        RenderedRow row;
        const Row laid = layout.layoutRow(start, lineStart, &row.cells);
        if (laid.end <= start)
            break; // the file has shrunk
        row.offset = start;
        row.end = laid.end;
        row.startsLine = start == lineStart;
        row.endsLine = laid.endsLine;
        if (row.startsLine)
            row.gutter = line ? QString::number(*line) : QString(kPendingNumber);
        for (const Cell& cell : std::as_const(row.cells))
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

std::optional<qint64> TextView::topLineNumber() const
{
    if (m_topLineOffset == m_top)
        return m_topLine;
    const std::optional<qint64> line = m_index.lineNumberAt(m_top, m_file);
    if (line) {
        m_topLineOffset = m_top;
        m_topLine = *line;
    }
    return line;
}

int TextView::textLeft() const
{
    return m_charWidth * (m_gutterDigits + 1) + m_charWidth / 2;
}

int TextView::rowsToDraw() const
{
    return (viewport()->height() + m_lineHeight - 1) / m_lineHeight;
}

} // namespace rangecopy
