#include "core/text/encodingguess.h"

#include "core/text/characterdecoder.h"

namespace rangecopy {

namespace {

// Of the byte pairs in head, the share whose second (odd) or first (even) byte is 0.
struct ZeroPattern {
    qsizetype pairs = 0;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
};

ZeroPattern zeroPattern(QByteArrayView head)
{
    ZeroPattern pattern;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        ++pattern.pairs;
        pattern.evenZeros += head[i] == 0;
        pattern.oddZeros += head[i + 1] == 0;
    }
    return pattern;
}

// UTF-16 without a byte order mark, as far as mostly-ASCII text shows it: one byte of nearly
// every pair is 0, the other nearly never.
std::optional<QStringConverter::Encoding> utf16ByZeros(QByteArrayView head)
{
    const ZeroPattern pattern = zeroPattern(head);
    if (pattern.pairs < 2)
        return std::nullopt;
    const auto most = [&](qsizetype count) {
        return count * 10 >= pattern.pairs * 9;
    };
    const auto few = [&](qsizetype count) {
        return count * 10 <= pattern.pairs;
    };
    if (most(pattern.oddZeros) && few(pattern.evenZeros))
        return QStringConverter::Utf16LE;
    if (most(pattern.evenZeros) && few(pattern.oddZeros))
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

bool isValidUtf8(QByteArrayView head)
{
    for (qsizetype pos = 0; pos < head.size();) {
        const QByteArrayView rest = head.sliced(pos, std::min<qsizetype>(4, head.size() - pos));
        const DecodedCharacter decoded = decodeCharacter(rest, TextCodec::Utf8);
        if (!decoded.valid) {
            // A sequence cut off where a full head stops short of the file's end is not a
            // fault of the file: accept a lead byte followed only by continuation bytes up to
            // there. A shorter head is the whole file, whose end cuts nothing off.
            if (head.size() < kEncodingGuessBytes)
                return false;
            const auto lead = static_cast<unsigned char>(head[pos]);
            const int needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
            if (needed == 0 || pos + needed <= head.size())
                return false;
            for (qsizetype i = pos + 1; i < head.size(); ++i) {
                if ((static_cast<unsigned char>(head[i]) & 0xc0) != 0x80)
                    return false;
            }
            return true;
        }
        pos += decoded.length;
    }
    return true;
}

// Control bytes that plain text holds: tab, newline, vertical tab, form feed, carriage return
// and escape (terminal colours).
bool isTextControl(unsigned char byte)
{
    return (byte >= 0x09 && byte <= 0x0d) || byte == 0x1b;
}

} // namespace

std::optional<ByteOrderMark> byteOrderMark(QByteArrayView head)
{
    if (head.startsWith("\xef\xbb\xbf"))
        return ByteOrderMark{QStringConverter::Utf8, 3};
    if (head.startsWith("\xff\xfe"))
        return ByteOrderMark{QStringConverter::Utf16LE, 2};
    if (head.startsWith("\xfe\xff"))
        return ByteOrderMark{QStringConverter::Utf16BE, 2};
    return std::nullopt;
}

QStringConverter::Encoding guessTextEncoding(QByteArrayView head)
{
    if (const std::optional<ByteOrderMark> mark = byteOrderMark(head))
        return mark->encoding;
    if (const std::optional<QStringConverter::Encoding> utf16 = utf16ByZeros(head))
        return *utf16;
    return isValidUtf8(head) ? QStringConverter::Utf8 : QStringConverter::Latin1;
}

bool looksBinary(QByteArrayView head)
{
    if (byteOrderMark(head) || utf16ByZeros(head))
        return false;
    qsizetype controls = 0;
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            return true;
        controls += byte < 0x20 && !isTextControl(byte);
    }
    return controls * 10 > head.size();
}

} // namespace rangecopy
