#include "ui/widgets/messagelabel.h"

#include "ui/widgets/palettecolors.h"

#include <QEvent>

namespace rangecopy {

MessageLabel::MessageLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

void MessageLabel::setMessage(const QString& text, bool isProblem)
{
    setText(text);
    m_isProblem = isProblem;
    showColor();
}

void MessageLabel::showColor()
{
    PaletteColors::setTextColor(this,
                                m_isProblem ? PaletteColors::errorColor(palette()) : QColor());
}

void MessageLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    // Setting the colour changes the palette once more, to the same colour: no loop.
    if (event->type() == QEvent::PaletteChange)
        showColor();
}

} // namespace rangecopy
