#pragma once

#include "core/preview/lineindex.h"
#include "core/preview/pagedfile.h"
#include "ui/preview/scrollmapping.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QRect>
#include <QStringConverter>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace rangecopy {

// A file shown as text, a screen at a time: it reads only the rows on screen through a small
// page cache, so opening, scrolling to the end of and jumping around a file of any size is
// instant and memory stays flat.
//
// The scroll position is a byte offset (a huge file has no cheap line count): the top row
// starts at topOffset(), and the scroll bar maps the whole file onto its int range. Rows
// wrap at the view's width; where a row starts is decided by reading at most two segments
// back from it, so any offset can become the top without reading what comes before: a row
// starts after a newline, after the row before it wrapped, or, inside a line longer than
// kLongLineSegment bytes, at a multiple of kLongLineSegment. Line numbers come from a
// LineIndex that counts in the background; until it reaches the top, the gutter shows "…".
class TextView : public QAbstractScrollArea {
    Q_OBJECT

public:
    static constexpr qint64 kLongLineSegment = 4096;
    static constexpr int kTabWidth = 8;
    // A file with more scrollable bytes than this is mapped onto this range (ScrollMapping).
    static constexpr int kScaledScrollRange = ScrollMapping::kScaledRange;

    enum class CellKind : quint8 {
        Text,    // a character as it is (a tab as spaces)
        Control, // a control or format character, as \xNN escapes of its bytes
        Invalid, // bytes that are not valid in the encoding, as \xNN escapes
    };

    // One character cell of a row (two columns for a wide character, four per escaped byte).
    struct Cell {
        qint64 offset = 0; // of its first byte in the file
        int length = 0;    // bytes
        int column = 0;
        int width = 0; // columns
        QString text;
        CellKind kind = CellKind::Text;
        bool dimmed = false; // outside the marked range
    };

    struct RenderedRow {
        qint64 offset = 0; // of the row's first byte
        qint64 end = 0;    // one past its last byte, the newline included
        QString gutter;    // the line number, "…" while not counted yet, empty on a wrapped row
        QString text;      // the cells' text, as drawn
        QList<Cell> cells;
        bool startsLine = false;
        bool endsLine = false; // ends with a newline
    };

    explicit TextView(QWidget* parent = nullptr);
    ~TextView() override;

    // Shows the file at path from its start; returns an empty string, or why it cannot (and
    // then shows nothing).
    [[nodiscard]] QString openFile(const QString& path);
    void closeFile();
    // Reads the file's size again and counts its lines again (it may have changed).
    void reload();
    [[nodiscard]] bool hasFile() const { return m_file.isOpen(); }
    [[nodiscard]] QString filePath() const { return hasFile() ? m_file.path() : QString(); }
    [[nodiscard]] qint64 fileSize() const { return m_file.size(); }

    // UTF-8 by default; UTF-16 and UTF-32 (either byte order), Latin-1 and the system's
    // encoding too.
    void setEncoding(QStringConverter::Encoding encoding);
    // Holds the background line count (while a copy runs, which needs the machine more).
    void setLineCountPaused(bool paused) { m_index.setPaused(paused); }
    [[nodiscard]] QStringConverter::Encoding encoding() const { return m_encoding; }

    // Bytes outside [start, start + length) are drawn dimmed, and the range's borders marked.
    void setMarkedRange(qint64 start, qint64 length);
    void clearMarkedRange();
    [[nodiscard]] bool hasMarkedRange() const { return m_markLength >= 0; }
    [[nodiscard]] qint64 markedStart() const { return m_markStart; }
    [[nodiscard]] qint64 markedLength() const { return std::max<qint64>(m_markLength, 0); }

    // Scrolls so that the row holding offset is at the top, or as near as the end allows.
    void goToOffset(qint64 offset);
    void scrollToStart();
    void scrollToEnd();
    // Scrolls by rows (negative: up), stopping at the start and at the end.
    void scrollByRows(qint64 rows);
    [[nodiscard]] qint64 topOffset() const { return m_top; }
    [[nodiscard]] qint64 maximumTopOffset() const { return m_maxTop; }

    // Text columns beside the gutter, and the rows that fit whole.
    [[nodiscard]] int columnCount() const { return m_columns; }
    [[nodiscard]] int visibleRowCount() const { return m_visibleRows; }
    // The rows paintEvent() draws (a partly visible last row included).
    [[nodiscard]] QList<RenderedRow> renderedRows() const;
    // Each drawn row as gutter (right-aligned) + ' ' + text.
    [[nodiscard]] QStringList renderedLines() const;
    // Where in the viewport the cells at column, width columns wide, of a drawn row are.
    [[nodiscard]] QRect cellRect(int row, int column, int width = 1) const;

    [[nodiscard]] const PagedFile& pagedFile() const { return m_file; }
    [[nodiscard]] const LineIndex& lineIndex() const { return m_index; }

Q_SIGNALS:
    void topOffsetChanged(qint64 offset);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // Layout settings and derived sizes changed: recomputes what depends on them and keeps
    // the top on a row start.
    void relayout();
    void setTop(qint64 top);
    void syncScrollBar();
    void onScrollBarAction(int action);
    [[nodiscard]] QList<RenderedRow> layoutScreen(int rowCount, bool* numbersPending) const;
    [[nodiscard]] std::optional<qint64> topLineNumber() const;
    [[nodiscard]] int textLeft() const;
    [[nodiscard]] int rowsToDraw() const;

    // The page cache is a cache: const queries (renderedRows()) fill it too.
    mutable PagedFile m_file;
    LineIndex m_index;
    QStringConverter::Encoding m_encoding = QStringConverter::Utf8;
    qint64 m_top = 0;
    qint64 m_maxTop = 0;
    qint64 m_markStart = 0;
    qint64 m_markLength = -1; // no marked range
    int m_columns = 1;
    int m_visibleRows = 1;
    int m_gutterDigits = 1;
    int m_charWidth = 1; // the font's, kept: the painting asks for them at every cell
    int m_lineHeight = 1;
    // Added to every character's advance so that it is exactly m_charWidth: fonts advance by
    // fractions of a pixel, and a row drawn at the font's own advance ran past its cells.
    qreal m_letterSpacing = 0;
    int m_wheelRemainder = 0; // eighths of a degree not yet scrolled (touchpads send few)
    bool m_numbersPending = false;
    bool m_syncingScrollBar = false;
    // The line number at the top, worth keeping: it costs a count through one index block.
    mutable qint64 m_topLineOffset = -1;
    mutable qint64 m_topLine = 0;
};

} // namespace rangecopy
