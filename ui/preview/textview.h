#pragma once

#include "core/preview/previewdocument.h"
#include "core/preview/textlayout.h"
#include "ui/preview/scrollmapping.h"
#include "ui/preview/wheelsteps.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QRect>
#include <QStringList>

#include <optional>

namespace rangecopy {

// A PreviewDocument shown as text, a screen at a time: it reads only the rows on screen
// through the document's page cache, so opening, scrolling to the end of and jumping around
// a file of any size is instant and memory stays flat.
//
// The scroll position is a byte offset (a huge file has no cheap line count): the top row
// starts at topOffset(), and the scroll bar maps the whole file onto its int range. Rows
// wrap at the view's width and are laid out by TextLayout, which can start at any row
// without reading what comes before; the view paints exactly the rows it returns. Line
// numbers come from the document's line count; until it reaches the top, the gutter
// shows "…".
class TextView : public QAbstractScrollArea {
    Q_OBJECT

public:
    // A file with more scrollable bytes than this is mapped onto this range (ScrollMapping).
    static constexpr int kScaledScrollRange = ScrollMapping::kScaledRange;

    explicit TextView(QWidget* parent = nullptr);
    ~TextView() override;

    // Shows document (nullptr: nothing), which must outlive the view or be replaced first.
    // Its text encoding, marked range and line count are the ones shown.
    void setDocument(PreviewDocument* document);
    [[nodiscard]] PreviewDocument* document() const { return m_document; }

    // Scrolls so that the row holding offset is at the top, or as near as the end allows.
    void goToOffset(qint64 offset);
    // Scrolls by rows (negative: up), stopping at the start and at the end.
    void scrollByRows(qint64 rows);
    [[nodiscard]] qint64 topOffset() const { return m_top; }
    // Marks the bytes [start, start + length) as where Go to or Find went: the cells holding
    // them are framed (TextCell::target) until another target or another file. length 0:
    // nothing marked.
    void setTarget(qint64 start, qint64 length);
    [[nodiscard]] qint64 targetStart() const { return m_targetStart; }
    [[nodiscard]] qint64 targetLength() const { return m_targetLength; }
    [[nodiscard]] qint64 maximumTopOffset() const { return m_maxTop; }

    // Text columns beside the gutter, and the rows that fit whole.
    [[nodiscard]] int columnCount() const { return m_columns; }
    [[nodiscard]] int visibleRowCount() const { return m_visibleRows; }
    // The rows paintEvent() draws (a partly visible last row included).
    [[nodiscard]] QList<TextRow> renderedRows() const;
    // Each drawn row as gutter (right-aligned) + ' ' + text.
    [[nodiscard]] QStringList renderedLines() const;
    // Where in the viewport the cells at column, width columns wide, of a drawn row are.
    [[nodiscard]] QRect cellRect(int row, int column, int width = 1) const;

Q_SIGNALS:
    void topOffsetChanged(qint64 offset);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    [[nodiscard]] bool hasFile() const { return m_document && m_document->isOpen(); }
    [[nodiscard]] qint64 fileSize() const { return m_document ? m_document->size() : 0; }
    // A layout of the document at the view's width (only while it has a file).
    [[nodiscard]] TextLayout textLayout() const;
    // Another file, or the same read again: what was counted or laid out is stale.
    void onFileChanged(bool keepPlace);
    // Layout settings and derived sizes changed: recomputes what depends on them and keeps
    // the top on a row start.
    void relayout();
    void setTop(qint64 top);
    void syncScrollBar();
    void onScrollBarAction(int action);
    [[nodiscard]] std::optional<qint64> topLineNumber() const;
    [[nodiscard]] int textLeft() const;
    [[nodiscard]] int rowsToDraw() const;

    PreviewDocument* m_document = nullptr;
    qint64 m_top = 0;
    qint64 m_targetStart = 0;
    qint64 m_targetLength = 0;
    qint64 m_maxTop = 0;
    int m_columns = 1;
    int m_visibleRows = 1;
    int m_gutterDigits = 1;
    int m_charWidth = 1; // the font's, kept: the painting asks for them at every cell
    int m_lineHeight = 1;
    // Added to every character's advance so that it is exactly m_charWidth: fonts advance by
    // fractions of a pixel, and a row drawn at the font's own advance ran past its cells.
    qreal m_letterSpacing = 0;
    WheelSteps m_wheel;
    // The gutter shows "…" somewhere: worth a repaint when the line count goes on.
    mutable bool m_numbersPending = false;
    bool m_syncingScrollBar = false;
    // The line number at the top, worth keeping: it costs a count through one index block.
    mutable qint64 m_topLineOffset = -1;
    mutable qint64 m_topLine = 0;
};

} // namespace rangecopy
