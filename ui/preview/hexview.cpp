#include "ui/preview/hexview.h"

#include "core/text/displaytext.h"
#include "ui/preview/scrollmapping.h"
#include "ui/widgets/palettecolors.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStringList>

#include <algorithm>
#include <map>

namespace rangecopy {

namespace {

constexpr int kMargin = 4;
constexpr int kWheelRows = 3;
constexpr char kHexDigits[] = "0123456789abcdef";

} // namespace

HexView::HexView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
    setAccessibleName(tr("Hex view"));
    viewport()->setCursor(Qt::IBeamCursor);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_updatingScrollBar)
            return;
        m_topRow = ScrollMapping(maxTopRow()).position(value);
        viewport()->update();
    });
}

void HexView::setDocument(PreviewDocument* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &PreviewDocument::fileOpened, this, &HexView::showNewFile);
        connect(m_document, &PreviewDocument::fileReloaded, this, [this] {
            moveCursor(m_cursor, m_anchor >= 0); // within the new size
            updateScrollBar();
        });
        connect(m_document, &PreviewDocument::markedRangeChanged, viewport(),
                qOverload<>(&QWidget::update));
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    showNewFile();
}

void HexView::showNewFile()
{
    m_topRow = 0;
    m_cursor = 0;
    m_anchor = -1;
    updateScrollBar();
    viewport()->update();
    Q_EMIT selectionChanged();
}

void HexView::setBytesPerRow(int bytes)
{
    const qint64 keep = topOffset();
    m_bytesPerRow = std::clamp(bytes, 8, 32);
    m_topRow = keep / m_bytesPerRow;
    updateScrollBar();
    viewport()->update();
}

void HexView::setOffsetBase(OffsetBase base)
{
    m_offsetBase = base;
    updateScrollBar(); // the offset column's width changes
    viewport()->update();
}

void HexView::goToOffset(qint64 offset)
{
    if (fileSize() == 0)
        return;
    m_cursor = std::clamp<qint64>(offset, 0, fileSize() - 1);
    m_anchor = -1;
    // A little context above the target reads better than the target on the first line.
    setTopRow(m_cursor / m_bytesPerRow - std::min(2, visibleRowCount() / 4));
    Q_EMIT selectionChanged();
}

void HexView::setSelection(qint64 start, qint64 length)
{
    if (length <= 0 || fileSize() == 0) {
        m_anchor = -1;
    } else {
        m_anchor = std::clamp<qint64>(start, 0, fileSize() - 1);
        m_cursor = std::clamp<qint64>(start + length - 1, 0, fileSize() - 1);
    }
    viewport()->update();
    Q_EMIT selectionChanged();
}

qint64 HexView::selectionStart() const
{
    return m_anchor < 0 ? m_cursor : std::min(m_anchor, m_cursor);
}

qint64 HexView::selectionLength() const
{
    return m_anchor < 0 ? 0 : std::max(m_anchor, m_cursor) - std::min(m_anchor, m_cursor) + 1;
}

QString HexView::selectionDescription() const
{
    const qint64 length = selectionLength();
    if (length == 0)
        return {};
    return layout().spanText(selectionStart(), length);
}

QByteArray HexView::selectedBytes() const
{
    if (!m_document)
        return {};
    return m_document->read(selectionStart(), std::min(selectionLength(), kMaxCopyBytes));
}

QString HexView::selectionAsHex() const
{
    const QByteArray bytes = selectedBytes();
    QString hex;
    hex.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (i > 0)
            hex += u' ';
        hex += QLatin1Char(kHexDigits[byte >> 4]);
        hex += QLatin1Char(kHexDigits[byte & 0xf]);
    }
    return hex;
}

QString HexView::selectionAsText() const
{
    return escapeForDisplay(selectedBytes());
}

void HexView::copyAsHex()
{
    copySelection(&HexView::selectionAsHex);
}

void HexView::copyAsText()
{
    copySelection(&HexView::selectionAsText);
}

void HexView::copySelection(QString (HexView::*asText)() const)
{
    if (selectionLength() == 0)
        return;
    if (selectionLength() > kMaxCopyBytes)
        Q_EMIT message(tr("Only the first 16 MiB of the selection were copied."));
    QApplication::clipboard()->setText((this->*asText)());
}

HexLayout HexView::layout() const
{
    return HexLayout(m_bytesPerRow, m_offsetBase, fileSize());
}

int HexView::charWidth() const
{
    return std::max(1, QFontMetrics(font()).horizontalAdvance(QLatin1Char('0')));
}

int HexView::lineHeight() const
{
    return std::max(1, QFontMetrics(font()).height());
}

int HexView::columnX(int column) const
{
    return kMargin + column * charWidth();
}

QPoint HexView::hexCellCenter(qint64 offset) const
{
    const int column = layout().hexColumn(int(offset % m_bytesPerRow));
    const qint64 row = offset / m_bytesPerRow - m_topRow;
    return {columnX(column) + charWidth() - horizontalScrollBar()->value(),
            int(row) * lineHeight() + lineHeight() / 2};
}

qint64 HexView::rowCount() const
{
    return (fileSize() + m_bytesPerRow - 1) / m_bytesPerRow;
}

int HexView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / lineHeight());
}

qint64 HexView::maxTopRow() const
{
    return std::max<qint64>(0, rowCount() - visibleRowCount());
}

QList<HexRow> HexView::rows() const
{
    if (fileSize() == 0)
        return {};
    const int count = visibleRowCount() + 1; // the partly visible last row too
    const QByteArray bytes = m_document->read(topOffset(), qint64(count) * m_bytesPerRow);
    return layout().rows(topOffset(), bytes, m_document->markedRange());
}

QStringList HexView::renderedRows() const
{
    QStringList texts;
    for (const HexRow& row : rows())
        texts.append(row.text());
    return texts;
}

void HexView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const QPalette& colors = palette();
    painter.fillRect(viewport()->rect(), colors.base());
    paintRows(painter);
    if (hasFocus())
        PaletteColors::drawFocusFrame(painter, viewport()->rect(), colors);
}

void HexView::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void HexView::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void HexView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        viewport()->update();
}

void HexView::paintRows(QPainter& painter)
{
    const QList<HexRow> shown = rows();
    if (shown.isEmpty())
        return;
    painter.setFont(font());
    painter.translate(-horizontalScrollBar()->value(), 0);
    const int width = charWidth();
    const int height = lineHeight();
    const int ascent = QFontMetrics(font()).ascent();

    // Every colour from the palette, so that a dark or high-contrast theme reads too.
    const QPalette& colors = palette();
    const QColor textColor = colors.color(QPalette::Text);
    const QColor dimColor = PaletteColors::dimmed(colors);
    const QColor offsetColor = PaletteColors::dimmed(colors);
    const QColor markBackground = PaletteColors::markColor(colors);
    const QColor markEdge = PaletteColors::markEdgeColor(colors);
    const qint64 selStart = selectionStart();
    const qint64 selEnd = selStart + selectionLength();
    const bool marking = m_document->markedRange().has_value();

    for (int rowIndex = 0; rowIndex < shown.size(); ++rowIndex) {
        const HexRow& row = shown[rowIndex];
        const int top = rowIndex * height;
        const int baseline = top + ascent;
        painter.setPen(offsetColor);
        painter.drawText(columnX(0), baseline, row.offsetText);
        for (const HexCell& cell : row.cells) {
            const QRect hexCell(columnX(cell.hexColumn), top, 2 * width, height);
            const QRect textCell(columnX(cell.textColumn), top, width, height);
            const bool selected = cell.offset >= selStart && cell.offset < selEnd;
            if (selected) {
                painter.fillRect(hexCell.adjusted(0, 0, width, 0), colors.highlight());
                painter.fillRect(textCell, colors.highlight());
            } else if (marking && cell.inMark) {
                painter.fillRect(hexCell.adjusted(0, 0, width, 0), markBackground);
                painter.fillRect(textCell, markBackground);
            }
            painter.setPen(selected ? colors.color(QPalette::HighlightedText)
                                    : (cell.inMark ? textColor : dimColor));
            painter.drawText(hexCell.left(), baseline, cell.hex);
            painter.drawText(textCell.left(), baseline, QString(cell.character));
            // Frame the marked range's first and last byte.
            for (const bool starts : {true, false}) {
                if (starts ? !cell.startsMark : !cell.endsMark)
                    continue;
                painter.setPen(QPen(markEdge, 2));
                const int hexX = starts ? hexCell.left() - 2 : hexCell.right() + 2;
                const int textX = starts ? textCell.left() : textCell.right() + 1;
                painter.drawLine(hexX, top + 1, hexX, top + height - 1);
                painter.drawLine(textX, top + 1, textX, top + height - 1);
            }
            if (cell.offset == m_cursor && hasFocus()) {
                painter.setPen(QPen(textColor, 1));
                painter.drawRect(hexCell.adjusted(-1, 0, 0, -1));
                painter.drawRect(textCell.adjusted(0, 0, 0, -1));
            }
        }
    }
}

void HexView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void HexView::scrollContentsBy(int, int)
{
    // The top row follows the scroll bar's value (see the constructor); just repaint.
    viewport()->update();
}

void HexView::setTopRow(qint64 row)
{
    m_topRow = std::clamp<qint64>(row, 0, maxTopRow());
    updateScrollBar();
    viewport()->update();
}

void HexView::updateScrollBar()
{
    const ScrollMapping mapping(maxTopRow());
    m_topRow = std::clamp<qint64>(m_topRow, 0, mapping.maximum());
    m_updatingScrollBar = true;
    QScrollBar* bar = verticalScrollBar();
    bar->setRange(0, mapping.barMaximum());
    bar->setPageStep(mapping.pageStep(visibleRowCount()));
    bar->setValue(mapping.barValue(m_topRow));
    bar->setSingleStep(1);
    m_updatingScrollBar = false;

    // Narrow windows scroll sideways rather than cut off the character column.
    const int contentWidth = columnX(layout().rowWidth()) + kMargin;
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(charWidth());
}

void HexView::ensureCursorVisible()
{
    const qint64 row = m_cursor / m_bytesPerRow;
    if (row < m_topRow)
        setTopRow(row);
    else if (row >= m_topRow + visibleRowCount())
        setTopRow(row - visibleRowCount() + 1);
    else
        viewport()->update();
}

void HexView::moveCursor(qint64 offset, bool extendSelection)
{
    if (fileSize() == 0)
        return;
    if (extendSelection && m_anchor < 0)
        m_anchor = m_cursor;
    if (!extendSelection)
        m_anchor = -1;
    m_cursor = std::clamp<qint64>(offset, 0, fileSize() - 1);
    ensureCursorVisible();
    Q_EMIT selectionChanged();
}

void HexView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyAsHex();
        return;
    }
    if (event->key() == Qt::Key_C &&
        event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        copyAsText();
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    const qint64 page = qint64(visibleRowCount()) * m_bytesPerRow;
    const qint64 rowStart = m_cursor - m_cursor % m_bytesPerRow;
    // Where each key takes the cursor (moveCursor() keeps it inside the file).
    const std::map<int, qint64> targets{
        {Qt::Key_Left, m_cursor - 1},
        {Qt::Key_Right, m_cursor + 1},
        {Qt::Key_Up, m_cursor - m_bytesPerRow},
        {Qt::Key_Down, m_cursor + m_bytesPerRow},
        {Qt::Key_PageUp, m_cursor - page},
        {Qt::Key_PageDown, m_cursor + page},
        {Qt::Key_Home, control ? 0 : rowStart},
        {Qt::Key_End, control ? fileSize() - 1 : rowStart + m_bytesPerRow - 1},
    };
    const auto target = targets.find(event->key());
    if (target == targets.end()) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    moveCursor(target->second, shift);
    event->accept();
}

qint64 HexView::offsetAt(const QPoint& viewportPoint) const
{
    const QPoint point = viewportPoint + QPoint(horizontalScrollBar()->value(), 0);
    const qint64 row = m_topRow + std::max(0, point.y()) / lineHeight();
    // Which character column x falls in; the layout knows which byte owns it.
    const int column = std::max(0, point.x() - kMargin) / charWidth();
    const int byte = layout().byteAtColumn(column);
    return std::clamp<qint64>(row * m_bytesPerRow + byte, 0, std::max<qint64>(fileSize() - 1, 0));
}

void HexView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || fileSize() == 0) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qint64 offset = offsetAt(event->position().toPoint());
    // Shift+click extends the selection; a plain click places the cursor, and a drag from
    // there selects.
    if (event->modifiers() & Qt::ShiftModifier) {
        if (m_anchor < 0)
            m_anchor = m_cursor;
    } else {
        m_anchor = -1;
    }
    m_cursor = offset;
    m_pressOffset = offset;
    viewport()->update();
    Q_EMIT selectionChanged();
}

void HexView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || fileSize() == 0)
        return;
    const qint64 offset = offsetAt(event->position().toPoint());
    if (m_anchor < 0)
        m_anchor = m_pressOffset;
    m_cursor = offset;
    ensureCursorVisible();
    Q_EMIT selectionChanged();
}

void HexView::wheelEvent(QWheelEvent* event)
{
    // Whole rows, whatever scale the scroll bar has.
    const int notches = m_wheel.take(*event);
    if (notches != 0)
        setTopRow(m_topRow - qint64(notches) * kWheelRows);
    event->accept();
}

void HexView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    const bool hasSelection = selectionLength() > 0;
    QAction* copyHex =
        menu.addAction(tr("Copy as &Hex"), QKeySequence::Copy, this, &HexView::copyAsHex);
    QAction* copyText =
        menu.addAction(tr("Copy as &Text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                       &HexView::copyAsText);
    menu.addSeparator();
    QAction* useAsRange = menu.addAction(tr("&Use Selection as Range"), this, [this] {
        Q_EMIT useAsRangeRequested(selectionStart(), selectionLength());
    });
    for (QAction* action : {copyHex, copyText, useAsRange})
        action->setEnabled(hasSelection);
    menu.exec(event->globalPos());
}

} // namespace rangecopy
