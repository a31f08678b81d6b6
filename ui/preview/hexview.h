#pragma once

#include "core/preview/pagedfile.h"

#include <QAbstractScrollArea>

namespace rangecopy {

// A hex view over a whole file of any size, in the manner of Okteta's: the offset column,
// the bytes in hex and as characters, a cursor and a selection. It reads only the rows on
// screen through a PagedFile, and its scroll bar covers the whole file even where a row count
// does not fit the scroll bar's int (the view keeps a 64-bit top row and scales the bar).
// A marked range shows a piece in its context: bytes outside it are dimmed and its first and
// last bytes are framed.
class HexView : public QAbstractScrollArea {
    Q_OBJECT

public:
    enum class OffsetBase { Hexadecimal, Decimal };

    explicit HexView(QWidget* parent = nullptr);

    // Shows the file (an empty path shows nothing); returns an error message or "".
    QString setFile(const QString& path);
    void clear();
    [[nodiscard]] QString filePath() const { return m_file.path(); }
    [[nodiscard]] qint64 fileSize() const { return m_file.isOpen() ? m_file.size() : 0; }
    [[nodiscard]] const PagedFile& pagedFile() const { return m_file; }
    // Bytes of the file shown, through the view's page cache.
    [[nodiscard]] QByteArray readBytes(qint64 offset, qint64 length) const
    {
        return m_file.read(offset, length);
    }

    void setBytesPerRow(int bytes); // 8, 16 or 32
    [[nodiscard]] int bytesPerRow() const { return m_bytesPerRow; }
    void setOffsetBase(OffsetBase base);
    [[nodiscard]] OffsetBase offsetBase() const { return m_offsetBase; }

    // Bytes outside [start, start + length) are dimmed; its ends are framed.
    void setMarkedRange(qint64 start, qint64 length);
    void clearMarkedRange();

    // Moves the cursor to offset and scrolls so that its row shows, near the top.
    void goToOffset(qint64 offset);
    [[nodiscard]] qint64 cursorOffset() const { return m_cursor; }
    [[nodiscard]] qint64 topRow() const { return m_topRow; }
    [[nodiscard]] qint64 topOffset() const { return m_topRow * m_bytesPerRow; }

    // The selection, [start, start + length); length 0 when nothing is selected.
    void setSelection(qint64 start, qint64 length);
    [[nodiscard]] qint64 selectionStart() const;
    [[nodiscard]] qint64 selectionLength() const;
    // "0x10–0x1f (16 bytes)", or "" without a selection.
    [[nodiscard]] QString selectionDescription() const;
    // The selected bytes (at most kMaxCopyBytes) as "50 79 74" or as display text.
    [[nodiscard]] QString selectionAsHex() const;
    [[nodiscard]] QString selectionAsText() const;

    // What the rows on screen say, as drawn: offset, hex and characters.
    [[nodiscard]] QStringList renderedRows() const;
    [[nodiscard]] int visibleRowCount() const;
    // The middle of a byte's hex cell in viewport coordinates (for pointing at it).
    [[nodiscard]] QPoint hexCellCenter(qint64 offset) const;

    static constexpr qint64 kMaxCopyBytes = 16 * 1024 * 1024;

public Q_SLOTS:
    void copyAsHex();
    void copyAsText();

Q_SIGNALS:
    void selectionChanged();
    // The user asked to copy this span: "Use selection as range".
    void useAsRangeRequested(qint64 start, qint64 length);
    // Something to tell the user, such as a selection too large to copy.
    void message(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Layout {
        int charWidth = 0;
        int lineHeight = 0;
        int ascent = 0;
        int offsetChars = 0; // width of the offset column in characters
        int hexStart = 0;    // x of the first hex digit
        int textStart = 0;   // x of the first character column
    };

    [[nodiscard]] Layout layout() const;
    [[nodiscard]] int hexColumnX(const Layout& l, int column) const;
    [[nodiscard]] qint64 rowCount() const;
    [[nodiscard]] qint64 maxTopRow() const;
    [[nodiscard]] QString offsetText(qint64 offset) const;
    [[nodiscard]] QString rowText(qint64 offset, const QByteArray& bytes) const;
    [[nodiscard]] qint64 offsetAt(const QPoint& viewportPoint) const;
    [[nodiscard]] QByteArray selectedBytes() const;
    void setTopRow(qint64 row);
    void updateScrollBar();
    void moveCursor(qint64 offset, bool extendSelection);
    void ensureCursorVisible();

    // Reads are on this thread, a few pages per paint at most; const views read too.
    mutable PagedFile m_file;
    int m_bytesPerRow = 16;
    OffsetBase m_offsetBase = OffsetBase::Hexadecimal;
    qint64 m_topRow = 0;
    qint64 m_cursor = 0;
    qint64 m_anchor = -1;     // selection anchor; -1: no selection
    qint64 m_pressOffset = 0; // where the mouse went down; a drag selects from there
    qint64 m_markStart = -1;
    qint64 m_markLength = 0;
    bool m_updatingScrollBar = false;
};

} // namespace rangecopy
