#include "ui/widgets/bytesizeedit.h"

#include "core/text/bytesize.h"
#include "ui/widgets/palettecolors.h"

#include <QPainter>

namespace rangecopy {

ByteSizeEdit::ByteSizeEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. 4096, 0x1000, 4 KiB"));
    connect(this, &QLineEdit::textChanged, this, &ByteSizeEdit::parse);
    parse();
}

void ByteSizeEdit::setValue(qint64 bytes)
{
    setText(QString::number(bytes));
}

void ByteSizeEdit::setMarkedInvalid(bool invalid)
{
    if (invalid == m_markedInvalid)
        return;
    m_markedInvalid = invalid;
    update();
}

void ByteSizeEdit::paintEvent(QPaintEvent* event)
{
    QLineEdit::paintEvent(event);
    if (!m_markedInvalid)
        return;
    // Over the style's own frame, in the palette's error colour (read at every paint, so a
    // theme change shows at once).
    QPainter painter(this);
    painter.setPen(QPen(PaletteColors::errorColor(palette()), 2));
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void ByteSizeEdit::parse()
{
    const ParsedByteSize parsed = parseByteSize(text());
    m_value = parsed.ok() ? std::optional(parsed.value) : std::nullopt;
    m_error = parsed.error;
    Q_EMIT valueChanged();
}

} // namespace rangecopy
