#include "core/text/pathbytes.h"

#include "core/text/characterdecoder.h"

#include <algorithm>

namespace rangecopy {

namespace {

constexpr char16_t kEscapeBase = 0xDC00; // U+DC80..U+DCFF hold the bytes 0x80..0xFF

// A lone low surrogate in U+DC80..U+DCFF: not the second half of a pair (U+1F4BE is
// U+D83D U+DCBE), which is a character like any other.
bool isEscapedByte(QStringView path, qsizetype i)
{
    const char16_t c = path[i].unicode();
    return c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !path[i - 1].isHighSurrogate());
}

// The length of the valid UTF-8 sequence starting at bytes[i], or 0 when there is none: the
// preview's decoder, whose rules (no overlong forms, surrogates or values past U+10FFFF) are
// those of UTF-8 itself.
qsizetype validSequenceLength(QByteArrayView bytes, qsizetype i)
{
    const DecodedCharacter decoded =
        decodeCharacter(bytes.sliced(i, std::min<qsizetype>(4, bytes.size() - i)), TextCodec::Utf8);
    return decoded.valid ? decoded.length : 0;
}

} // namespace

QByteArray pathToBytes(QStringView path)
{
    if (!pathHasRawBytes(path))
        return path.toUtf8();
    QByteArray bytes;
    bytes.reserve(path.size() * 3);
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (!isEscapedByte(path, i))
            continue;
        bytes += path.mid(runStart, i - runStart).toUtf8();
        bytes += char(path[i].unicode() - kEscapeBase);
        runStart = i + 1;
    }
    bytes += path.mid(runStart).toUtf8();
    return bytes;
}

QString pathFromBytes(QByteArrayView bytes)
{
    QString path;
    path.reserve(bytes.size());
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        if (const qsizetype length = validSequenceLength(bytes, i); length > 0) {
            i += length;
            continue;
        }
        path += QString::fromUtf8(bytes.sliced(runStart, i - runStart));
        path += QChar(char16_t(kEscapeBase + static_cast<unsigned char>(bytes[i])));
        runStart = ++i;
    }
    path += QString::fromUtf8(bytes.sliced(runStart));
    return path;
}

bool pathHasRawBytes(QStringView path)
{
    for (qsizetype i = 0; i < path.size(); ++i)
        if (isEscapedByte(path, i))
            return true;
    return false;
}

QString pathForDisplay(QStringView path)
{
    if (!pathHasRawBytes(path))
        return path.toString();
    QString shown;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (isEscapedByte(path, i))
            shown += QStringLiteral("\\x%1").arg(path[i].unicode() - kEscapeBase, 2, 16,
                                                 QLatin1Char('0'));
        else
            shown += path[i];
    }
    return shown;
}

QString pathWithReplacements(QStringView path)
{
    QString replaced = path.toString();
    for (qsizetype i = 0; i < path.size(); ++i)
        if (isEscapedByte(path, i))
            replaced[i] = QChar::ReplacementCharacter;
    return replaced;
}

} // namespace rangecopy
