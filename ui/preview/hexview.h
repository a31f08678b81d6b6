#pragma once

#include "core/preview/hexlayout.h"
#include "ui/preview/wheelsteps.h"

#include <QAbstractScrollArea>

class QPainter;

namespace rangecopy {

// A hex view over a whole file of any size, in the manner of Okteta's: the offset column,
// the bytes in hex and as characters, a cursor and a selection. It shows a PreviewDocument,
// reads only the rows on screen through the document's page cache and paints the rows
// HexLayout lays out; its scroll bar covers the whole file even where a row count does not
// fit the scroll bar's int (the view keeps a 64-bit top row and scales the bar). The
// document's marked range shows a piece in its context: bytes outside it are dimmed and its
// first and last bytes are framed.
class HexView : public QAbstractScrollArea {
    Q_OBJECT

public:
    using OffsetBase = HexLayout::OffsetBase;

    explicit HexView(QWidget* parent = nullptr);

    // Shows document (nullptr: nothing), which must outlive the view or be replaced first.
    // A file opened in it starts at the top, with no selection.
    void setDocument(PreviewDocument* document);
    [[nodiscard]] PreviewDocument* document() const { return m_document; }
    [[nodiscard]] qint64 fileSize() const { return m_document ? m_document->size() : 0; }

    void setBytesPerRow(int bytes); // 8, 16 or 32
    [[nodiscard]] int bytesPerRow() const { return m_bytesPerRow; }
    void setOffsetBase(OffsetBase base);
    [[nodiscard]] OffsetBase offsetBase() const { return m_offsetBase; }

    // Moves the cursor to offset and scrolls so that its row shows, near the top.
    void goToOffset(qint64 offset);
    [[nodiscard]] qint64 cursorOffset() const { return m_cursor; }
    [[nodiscard]] qint64 topRow() const { return m_topRow; }
    [[nodiscard]] qint64 topOffset() const { return m_topRow * m_bytesPerRow; }

    // The selection, [start, start + length); length 0 when nothing is selected.
    void setSelection(qint64 start, qint64 length);
    [[nodiscard]] qint64 selectionStart() const;
    [[nodiscard]] qint64 selectionLength() const;
    // "0x10–0x1f, 16 bytes" (HexLayout::spanText()), or "" without a selection.
    [[nodiscard]] QString selectionDescription() const;
    // The selected bytes (at most kMaxCopyBytes) as "50 79 74" or as display text.
    [[nodiscard]] QString selectionAsHex() const;
    [[nodiscard]] QString selectionAsText() const;

    // The rows paintEvent() draws (a partly visible last row included).
    [[nodiscard]] QList<HexRow> rows() const;
    // Their text, as drawn: offset, hex and characters.
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
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // The rows on screen, marks, selection and cursor (paintEvent() adds the focus frame).
    void paintRows(QPainter& painter);
    [[nodiscard]] HexLayout layout() const;
    [[nodiscard]] int charWidth() const;
    [[nodiscard]] int lineHeight() const;
    // The x of a character column in viewport coordinates before horizontal scrolling.
    [[nodiscard]] int columnX(int column) const;
    [[nodiscard]] qint64 rowCount() const;
    [[nodiscard]] qint64 maxTopRow() const;
    [[nodiscard]] qint64 offsetAt(const QPoint& viewportPoint) const;
    void showNewFile();
    [[nodiscard]] QByteArray selectedBytes() const;
    // Puts the selection on the clipboard as asText gives it (at most kMaxCopyBytes of it).
    void copySelection(QString (HexView::*asText)() const);
    void setTopRow(qint64 row);
    void updateScrollBar();
    void moveCursor(qint64 offset, bool extendSelection);
    void ensureCursorVisible();

    PreviewDocument* m_document = nullptr;
    int m_bytesPerRow = 16;
    OffsetBase m_offsetBase = OffsetBase::Hexadecimal;
    qint64 m_topRow = 0;
    qint64 m_cursor = 0;
    qint64 m_anchor = -1;     // selection anchor; -1: no selection
    qint64 m_pressOffset = 0; // where the mouse went down; a drag selects from there
    WheelSteps m_wheel;
    bool m_updatingScrollBar = false;
};

} // namespace rangecopy
