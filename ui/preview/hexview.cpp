#include "ui/preview/hexview.h"

#include "core/text/displaytext.h"
#include "ui/preview/scrollmapping.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace rangecopy {

namespace {

constexpr int kMargin = 4;
constexpr int kWheelRows = 3;
constexpr char kHexDigits[] = "0123456789abcdef";

bool isPrintable(unsigned char byte)
{
    return byte >= 0x20 && byte < 0x7f;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

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

QString HexView::setFile(const QString& path)
{
    m_topRow = 0;
    m_cursor = 0;
    m_anchor = -1;
    m_markStart = -1;
    m_markLength = 0;
    QString error;
    if (path.isEmpty())
        m_file.close();
    else
        error = m_file.open(path);
    updateScrollBar();
    viewport()->update();
    Q_EMIT selectionChanged();
    return error;
}

void HexView::clear()
{
    (void)setFile(QString());
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

void HexView::setMarkedRange(qint64 start, qint64 length)
{
    m_markStart = start;
    m_markLength = std::max<qint64>(length, 0);
    viewport()->update();
}

void HexView::clearMarkedRange()
{
    setMarkedRange(-1, 0);
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
    const qint64 start = selectionStart();
    const QString bytes = length == 1 ? tr("1 byte") : tr("%1 bytes").arg(length);
    return tr("%1–%2 (%3)").arg(offsetText(start), offsetText(start + length - 1), bytes);
}

QByteArray HexView::selectedBytes() const
{
    return m_file.read(selectionStart(), std::min(selectionLength(), kMaxCopyBytes));
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
    if (selectionLength() == 0)
        return;
    if (selectionLength() > kMaxCopyBytes)
        Q_EMIT message(tr("Only the first 16 MiB of the selection were copied."));
    QApplication::clipboard()->setText(selectionAsHex());
}

void HexView::copyAsText()
{
    if (selectionLength() == 0)
        return;
    if (selectionLength() > kMaxCopyBytes)
        Q_EMIT message(tr("Only the first 16 MiB of the selection were copied."));
    QApplication::clipboard()->setText(selectionAsText());
}

HexView::Layout HexView::layout() const
{
    Layout l;
    const QFontMetrics metrics(font());
    l.charWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('0')));
    l.lineHeight = std::max(1, metrics.height());
    l.ascent = metrics.ascent();
    const qint64 lastOffset = std::max<qint64>(fileSize() - 1, 0);
    if (m_offsetBase == OffsetBase::Hexadecimal)
        l.offsetChars = lastOffset > 0xffffffffLL ? 16 : 8;
    else
        l.offsetChars = std::max(8, int(QString::number(lastOffset).size()));
    l.hexStart = kMargin + (l.offsetChars + 2) * l.charWidth;
    l.textStart = hexColumnX(l, m_bytesPerRow - 1) + 4 * l.charWidth;
    return l;
}

int HexView::hexColumnX(const Layout& l, int column) const
{
    // "xx " per byte and one more space after every eight.
    return l.hexStart + (column * 3 + column / 8) * l.charWidth;
}

QPoint HexView::hexCellCenter(qint64 offset) const
{
    const Layout l = layout();
    const int column = int(offset % m_bytesPerRow);
    const qint64 row = offset / m_bytesPerRow - m_topRow;
    return {hexColumnX(l, column) + l.charWidth - horizontalScrollBar()->value(),
            int(row) * l.lineHeight + l.lineHeight / 2};
}

qint64 HexView::rowCount() const
{
    return (fileSize() + m_bytesPerRow - 1) / m_bytesPerRow;
}

int HexView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / layout().lineHeight);
}

qint64 HexView::maxTopRow() const
{
    return std::max<qint64>(0, rowCount() - visibleRowCount());
}

QString HexView::offsetText(qint64 offset) const
{
    const Layout l = layout();
    if (m_offsetBase == OffsetBase::Hexadecimal)
        return QStringLiteral("%1").arg(offset, l.offsetChars, 16, QLatin1Char('0'));
    return QStringLiteral("%1").arg(offset, l.offsetChars, 10, QLatin1Char(' '));
}

QString HexView::rowText(qint64 offset, const QByteArray& bytes) const
{
    QString hex;
    QString text;
    for (int column = 0; column < m_bytesPerRow; ++column) {
        if (column > 0)
            hex += column % 8 == 0 ? QStringLiteral("  ") : QStringLiteral(" ");
        if (column < bytes.size()) {
            const auto byte = static_cast<unsigned char>(bytes[column]);
            hex += QLatin1Char(kHexDigits[byte >> 4]);
            hex += QLatin1Char(kHexDigits[byte & 0xf]);
            text += isPrintable(byte) ? QLatin1Char(char(byte)) : QLatin1Char('.');
        } else {
            hex += QStringLiteral("  ");
        }
    }
    return offsetText(offset) + QStringLiteral("  ") + hex + QStringLiteral("  ") + text;
}

QStringList HexView::renderedRows() const
{
    QStringList rows;
    const int count = visibleRowCount() + 1; // the partly visible last row too
    const QByteArray bytes = m_file.read(topOffset(), qint64(count) * m_bytesPerRow);
    for (int row = 0; row * m_bytesPerRow < bytes.size(); ++row)
        rows << rowText(topOffset() + row * m_bytesPerRow,
                        bytes.mid(row * m_bytesPerRow, m_bytesPerRow));
    return rows;
}

void HexView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    if (fileSize() == 0)
        return;
    painter.setFont(font());
    painter.translate(-horizontalScrollBar()->value(), 0);
    const Layout l = layout();
    const int rows = visibleRowCount() + 1;
    const qint64 first = topOffset();
    const QByteArray bytes = m_file.read(first, qint64(rows) * m_bytesPerRow);

    const QColor textColor = palette().color(QPalette::Text);
    const QColor dimColor = withAlpha(textColor, 80);
    const QColor offsetColor = palette().color(QPalette::PlaceholderText);
    const QColor markBackground = withAlpha(palette().color(QPalette::Highlight), 40);
    const QColor markEdge(0xe6, 0x7e, 0x22);
    const qint64 selStart = selectionStart();
    const qint64 selEnd = selStart + selectionLength();
    const qint64 markEnd = m_markStart + m_markLength;
    const bool marking = m_markStart >= 0;

    for (int row = 0; row * m_bytesPerRow < bytes.size(); ++row) {
        const qint64 rowOffset = first + qint64(row) * m_bytesPerRow;
        const int top = row * l.lineHeight;
        const int baseline = top + l.ascent;
        painter.setPen(offsetColor);
        painter.drawText(kMargin, baseline, offsetText(rowOffset));
        for (int column = 0; column < m_bytesPerRow; ++column) {
            const qsizetype index = qsizetype(row) * m_bytesPerRow + column;
            if (index >= bytes.size())
                break;
            const qint64 offset = rowOffset + column;
            const auto byte = static_cast<unsigned char>(bytes[index]);
            const QRect hexCell(hexColumnX(l, column), top, 2 * l.charWidth, l.lineHeight);
            const QRect textCell(l.textStart + column * l.charWidth, top, l.charWidth,
                                 l.lineHeight);
            const bool inMark = !marking || (offset >= m_markStart && offset < markEnd);
            const bool selected = offset >= selStart && offset < selEnd;
            if (selected) {
                painter.fillRect(hexCell.adjusted(0, 0, l.charWidth, 0), palette().highlight());
                painter.fillRect(textCell, palette().highlight());
            } else if (marking && inMark) {
                painter.fillRect(hexCell.adjusted(0, 0, l.charWidth, 0), markBackground);
                painter.fillRect(textCell, markBackground);
            }
            painter.setPen(selected ? palette().color(QPalette::HighlightedText)
                                    : (inMark ? textColor : dimColor));
            const char hex[2] = {kHexDigits[byte >> 4], kHexDigits[byte & 0xf]};
            painter.drawText(hexCell.left(), baseline, QString::fromLatin1(hex, 2));
            painter.drawText(
                textCell.left(), baseline,
                QString(isPrintable(byte) ? QLatin1Char(char(byte)) : QLatin1Char('.')));
            // Frame the marked range's first and last byte.
            if (marking && m_markLength > 0 && (offset == m_markStart || offset == markEnd - 1)) {
                painter.setPen(QPen(markEdge, 2));
                const int hexX = offset == m_markStart ? hexCell.left() - 2 : hexCell.right() + 2;
                const int textX = offset == m_markStart ? textCell.left() : textCell.right() + 1;
                painter.drawLine(hexX, top + 1, hexX, top + l.lineHeight - 1);
                painter.drawLine(textX, top + 1, textX, top + l.lineHeight - 1);
            }
            if (offset == m_cursor && hasFocus()) {
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
    const Layout l = layout();
    const int contentWidth = l.textStart + m_bytesPerRow * l.charWidth + kMargin;
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(l.charWidth);
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
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(m_cursor - 1, shift);
        break;
    case Qt::Key_Right:
        moveCursor(m_cursor + 1, shift);
        break;
    case Qt::Key_Up:
        moveCursor(m_cursor - m_bytesPerRow, shift);
        break;
    case Qt::Key_Down:
        moveCursor(m_cursor + m_bytesPerRow, shift);
        break;
    case Qt::Key_PageUp:
        moveCursor(m_cursor - page, shift);
        break;
    case Qt::Key_PageDown:
        moveCursor(m_cursor + page, shift);
        break;
    case Qt::Key_Home:
        moveCursor(control ? 0 : rowStart, shift);
        break;
    case Qt::Key_End:
        moveCursor(control ? fileSize() - 1 : rowStart + m_bytesPerRow - 1, shift);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

qint64 HexView::offsetAt(const QPoint& viewportPoint) const
{
    const QPoint point = viewportPoint + QPoint(horizontalScrollBar()->value(), 0);
    const Layout l = layout();
    const qint64 row = m_topRow + std::max(0, point.y()) / l.lineHeight;
    int column = 0;
    if (point.x() >= l.textStart - l.charWidth) {
        column = (point.x() - l.textStart) / l.charWidth;
    } else {
        // The cell whose hex digits (and the space after them) hold x.
        while (column + 1 < m_bytesPerRow &&
               point.x() >= hexColumnX(l, column + 1) - l.charWidth / 2)
            ++column;
    }
    column = std::clamp(column, 0, m_bytesPerRow - 1);
    return std::clamp<qint64>(row * m_bytesPerRow + column, 0, std::max<qint64>(fileSize() - 1, 0));
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
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        setTopRow(m_topRow - qint64(steps) * kWheelRows);
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
