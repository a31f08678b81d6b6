#include "core/text/displaytext.h"

#include "core/text/characterdecoder.h"

#include <algorithm>

namespace rangecopy {

namespace {

void appendEscaped(QString& text, unsigned char byte)
{
    text += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

// Length of the valid, visible, non-ASCII UTF-8 sequence starting at bytes[pos], or 0.
qsizetype visibleSequenceLength(const QByteArray& bytes, qsizetype pos)
{
    const DecodedCharacter decoded = decodeCharacter(
        QByteArrayView(bytes).sliced(pos, std::min<qsizetype>(4, bytes.size() - pos)),
        TextCodec::Utf8);
    // Printable ASCII was taken before: below U+00A0 are the C0 and C1 control characters and
    // DEL, all invisible.
    if (!decoded.valid || decoded.codePoint < 0xa0)
        return 0;
    return decoded.length;
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
        } else if (const qsizetype length = visibleSequenceLength(bytes, pos); length > 0) {
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
