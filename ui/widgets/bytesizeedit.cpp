#include "ui/widgets/bytesizeedit.h"

#include "core/text/bytesize.h"

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
    setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 1px solid #c0392b; }") : QString());
}

void ByteSizeEdit::parse()
{
    const ParsedByteSize parsed = parseByteSize(text());
    m_value = parsed.ok() ? std::optional(parsed.value) : std::nullopt;
    m_error = parsed.error;
    Q_EMIT valueChanged();
}

} // namespace rangecopy
