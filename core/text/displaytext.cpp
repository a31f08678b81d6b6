#include "core/text/displaytext.h"

namespace rangecopy {

namespace {

void appendEscaped(QString& text, unsigned char byte)
{
    text += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

// Length of the valid UTF-8 sequence starting at bytes[pos], or 0 when it is not valid.
qsizetype validSequenceLength(const QByteArray& bytes, qsizetype pos)
{
    const auto lead = static_cast<unsigned char>(bytes[pos]);
    qsizetype length = 0;
    char32_t minimum = 0;
    char32_t codePoint = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        minimum = 0x80;
        codePoint = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        minimum = 0x800;
        codePoint = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        minimum = 0x10000;
        codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (pos + length > bytes.size())
        return 0;
    for (qsizetype i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(bytes[pos + i]);
        if ((next & 0xc0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3f);
    }
    const bool surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    if (codePoint < minimum || codePoint > 0x10ffff || surrogate)
        return 0;
    // C1 control characters are as invisible as C0 ones.
    if (codePoint >= 0x80 && codePoint <= 0x9f)
        return 0;
    return length;
}

QString escape(const QByteArray& bytes, bool keepLineBreaks)
{
    QString text;
    text.reserve(bytes.size());
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const auto byte = static_cast<unsigned char>(bytes[pos]);
        if (byte == '\\') {
            text += QStringLiteral("\\\\");
            ++pos;
        } else if ((keepLineBreaks && (byte == '\n' || byte == '\t')) ||
                   (byte >= 0x20 && byte < 0x7f)) {
            text += QLatin1Char(char(byte));
            ++pos;
        } else if (const qsizetype length = validSequenceLength(bytes, pos); length > 0) {
            text += QString::fromUtf8(bytes.constData() + pos, length);
            pos += length;
        } else {
            // Covers the leading byte of a multi-byte sequence that could not be decoded too:
            // each of its bytes is shown on its own.
            appendEscaped(text, byte);
            ++pos;
        }
    }
    return text;
}

} // namespace

QString escapeForDisplay(const QByteArray& bytes)
{
    return escape(bytes, true);
}

QString escapeForOneLine(const QByteArray& bytes)
{
    return escape(bytes, false);
}

} // namespace rangecopy
