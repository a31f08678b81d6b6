#include "ui/preview/textview.h"

#include "ui/widgets/palettecolors.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace rangecopy {

namespace {

// scrollByRows() steps at most this far; farther is a jump (goToOffset()).
constexpr qint64 kMaxStepRows = 10000;

// A run of these draws as one string: a monospaced font keeps ASCII on the column grid.
bool isPlainAscii(const TextCell& cell)
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
    relayout();
}

TextView::~TextView() = default;

void TextView::setDocument(PreviewDocument* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &PreviewDocument::fileOpened, this, [this] { onFileChanged(false); });
        connect(m_document, &PreviewDocument::fileReloaded, this, [this] { onFileChanged(true); });
        // Another encoding counts lines and wraps differently.
        connect(m_document, &PreviewDocument::textEncodingChanged, this,
                [this] { onFileChanged(true); });
        connect(m_document, &PreviewDocument::markedRangeChanged, viewport(),
                qOverload<>(&QWidget::update));
        connect(m_document, &PreviewDocument::lineCountProgressed, this, [this] {
            if (m_numbersPending)
                viewport()->update();
        });
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    onFileChanged(false);
}

void TextView::onFileChanged(bool keepPlace)
{
    m_topLineOffset = -1;
    if (!keepPlace) {
        m_top = 0;
        m_targetLength = 0;
    }
    relayout();
}

TextLayout TextView::textLayout() const
{
    return TextLayout(m_document->pagedFile(), m_document->textEncoding(), m_columns,
                      m_document->markedRange());
}

void TextView::goToOffset(qint64 offset)
{
    if (!hasFile())
        return;
    setTop(std::min(textLayout().rowStartAt(offset), m_maxTop));
}

void TextView::setTarget(qint64 start, qint64 length)
{
    m_targetStart = std::max<qint64>(start, 0);
    m_targetLength = std::max<qint64>(length, 0);
    viewport()->update();
}

void TextView::scrollByRows(qint64 rows)
{
    rows = std::clamp(rows, -kMaxStepRows, kMaxStepRows);
    if (rows == 0 || !hasFile())
        return;
    TextLayout layout = textLayout();
    setTop(rows > 0 ? layout.stepForward(m_top, rows, m_maxTop) : layout.stepBack(m_top, -rows));
}

QList<TextRow> TextView::renderedRows() const
{
    if (!hasFile() || fileSize() == 0)
        return {};
    const std::optional<qint64> topLine = topLineNumber();
    m_numbersPending = !topLine.has_value();
    QList<TextRow> rows = textLayout().rows(m_top, rowsToDraw(), topLine);
    if (m_targetLength > 0) {
        const qint64 targetEnd = m_targetStart + m_targetLength;
        for (TextRow& row : rows) {
            if (row.end <= m_targetStart || row.offset >= targetEnd)
                continue;
            for (TextCell& cell : row.cells)
                cell.target = cell.offset < targetEnd && cell.offset + cell.length > m_targetStart;
        }
    }
    return rows;
}

QStringList TextView::renderedLines() const
{
    QStringList lines;
    for (const TextRow& row : renderedRows())
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
    // Every colour from the palette, so that a dark or high-contrast theme reads too.
    const QPalette& colors = palette();
    const QColor base = colors.color(QPalette::Base);
    const QColor textColor = colors.color(QPalette::Text);
    const QColor controlColor = PaletteColors::escapeColor(colors);
    const QColor invalidColor = PaletteColors::errorColor(colors);
    const QColor lineNumberColor = PaletteColors::dimmed(colors);
    const QColor gutterColor = PaletteColors::gutterColor(colors);
    const QColor invalidBackground = PaletteColors::blend(invalidColor, base, 0.16);
    const QFontMetrics metrics(font());
    const int charWidth = m_charWidth;
    const int lineHeight = m_lineHeight;
    const int gutterWidth = charWidth * (m_gutterDigits + 1);
    const int left = textLeft();

    painter.fillRect(viewport()->rect(), base);
    painter.fillRect(QRect(0, 0, gutterWidth, viewport()->height()), gutterColor);
    painter.setPen(PaletteColors::blend(textColor, base, 0.25));
    painter.drawLine(gutterWidth - 1, 0, gutterWidth - 1, viewport()->height());

    const QList<TextRow> rows = renderedRows();
    // The marked range's borders: a bar before the first byte in it and after the last.
    QList<qint64> borders;
    if (m_document && m_document->markedRange())
        borders = {m_document->markedRange()->start, m_document->markedRange()->end()};
    const auto colorOf = [&](const TextCell& cell) {
        const QColor color = cell.kind == TextCellKind::Invalid   ? invalidColor
                             : cell.kind == TextCellKind::Control ? controlColor
                                                                  : textColor;
        return cell.dimmed
                   ? PaletteColors::readableOn(PaletteColors::blend(color, base, 0.55), base, 3)
                   : color;
    };

    for (int i = 0; i < rows.size(); ++i) {
        const TextRow& row = rows[i];
        const int top = i * lineHeight;
        const int baseline = top + metrics.ascent() + metrics.leading() / 2;
        painter.setPen(lineNumberColor);
        painter.drawText(QRect(charWidth / 2, top, charWidth * m_gutterDigits, lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter, row.gutter);

        for (qsizetype c = 0; c < row.cells.size();) {
            const TextCell& first = row.cells[c];
            if (first.kind == TextCellKind::Invalid)
                painter.fillRect(cellRect(i, first.column, first.width), invalidBackground);
            painter.setPen(colorOf(first));
            QString text = first.text;
            qsizetype next = c + 1;
            if (isPlainAscii(first)) {
                while (next < row.cells.size() && isPlainAscii(row.cells[next]) &&
                       row.cells[next].kind == first.kind &&
                       row.cells[next].dimmed == first.dimmed) {
                    if (first.kind == TextCellKind::Invalid)
                        painter.fillRect(cellRect(i, row.cells[next].column, row.cells[next].width),
                                         invalidBackground);
                    text += row.cells[next].text;
                    ++next;
                }
            }
            painter.drawText(left + first.column * charWidth, baseline, text);
            c = next;
        }

        // Where Go to or Find went: framed, as the hex view frames its cursor.
        painter.setPen(QPen(colors.color(QPalette::Highlight), 1));
        for (const TextCell& cell : row.cells) {
            if (cell.target)
                painter.drawRect(
                    cellRect(i, cell.column, std::max(cell.width, 1)).adjusted(0, 0, -1, -1));
        }

        painter.setPen(QPen(PaletteColors::markEdgeColor(colors), 2));
        for (const qint64 border : std::as_const(borders)) {
            const bool atFileEnd = border == row.end && row.end == fileSize();
            if (border < row.offset || (border >= row.end && !atFileEnd))
                continue;
            int column = row.cells.isEmpty() ? 0 : row.cells.last().column + row.cells.last().width;
            for (const TextCell& cell : row.cells) {
                if (cell.offset + cell.length > border) {
                    column = cell.column;
                    break;
                }
            }
            const int x = left + column * charWidth;
            painter.drawLine(x, top, x, top + lineHeight - 1);
        }
    }
    if (hasFocus())
        PaletteColors::drawFocusFrame(painter, viewport()->rect(), colors);
}

void TextView::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TextView::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
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
    if (event->type() == QEvent::PaletteChange)
        viewport()->update();
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
        setTop(0);
        break;
    case Qt::Key_End:
        setTop(m_maxTop);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TextView::wheelEvent(QWheelEvent* event)
{
    const int notches = m_wheel.take(*event);
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
    if (m_syncingScrollBar || value == mapping.barValue(m_top) || !hasFile())
        return;
    const qint64 top = std::min(textLayout().rowStartAt(mapping.position(value)), m_maxTop);
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
    const QStringConverter::Encoding encoding =
        m_document ? m_document->textEncoding() : QStringConverter::Utf8;
    const qint64 mostLines = fileSize() / LineIndex::unitSize(encoding) + 1;
    m_gutterDigits = int(QString::number(mostLines).size());
    m_columns = std::max(1, (viewport()->width() - textLeft() - m_charWidth / 2) / m_charWidth);
    m_visibleRows = std::max(1, viewport()->height() / m_lineHeight);

    if (!hasFile()) {
        m_maxTop = 0;
        setTop(0);
        return;
    }
    TextLayout layout = textLayout();
    m_maxTop = layout.maximumTop(m_visibleRows);
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

std::optional<qint64> TextView::topLineNumber() const
{
    if (m_topLineOffset == m_top)
        return m_topLine;
    if (!hasFile())
        return std::nullopt;
    const std::optional<qint64> line = m_document->lineNumberAt(m_top);
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
