#include "core/text/characterdecoder.h"

#include <QSysInfo>

#include <map>

namespace rangecopy {

namespace {

constexpr bool kMachineIsBigEndian = QSysInfo::ByteOrder == QSysInfo::BigEndian;

int byteAt(QByteArrayView bytes, qsizetype index)
{
    return index < bytes.size() ? static_cast<unsigned char>(bytes[index]) : -1;
}

DecodedCharacter decodeUtf8(QByteArrayView bytes)
{
    const int first = byteAt(bytes, 0);
    if (first < 0x80)
        return {char32_t(first), 1, true};
    int length = 0;
    char32_t minimum = 0;
    char32_t codePoint = 0;
    if (first >= 0xc2 && first <= 0xdf) {
        length = 2;
        minimum = 0x80;
        codePoint = char32_t(first & 0x1f);
    } else if (first >= 0xe0 && first <= 0xef) {
        length = 3;
        minimum = 0x800;
        codePoint = char32_t(first & 0x0f);
    } else if (first >= 0xf0 && first <= 0xf4) {
        length = 4;
        minimum = 0x10000;
        codePoint = char32_t(first & 0x07);
    } else {
        return {};
    }
    for (int i = 1; i < length; ++i) {
        const int next = byteAt(bytes, i);
        if (next < 0 || (next & 0xc0) != 0x80)
            return {}; // each byte of a broken sequence is shown on its own
        codePoint = (codePoint << 6) | char32_t(next & 0x3f);
    }
    const bool surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    if (codePoint < minimum || codePoint > 0x10ffff || surrogate)
        return {};
    return {codePoint, length, true};
}

int unit16(QByteArrayView bytes, qsizetype index, bool bigEndian)
{
    const int first = byteAt(bytes, index);
    const int second = byteAt(bytes, index + 1);
    if (first < 0 || second < 0)
        return -1;
    return bigEndian ? (first << 8 | second) : (second << 8 | first);
}

DecodedCharacter decodeUtf16(QByteArrayView bytes, bool bigEndian)
{
    const int unit = unit16(bytes, 0, bigEndian);
    if (unit < 0)
        return {0, 1, false}; // half a unit at the end
    if (unit >= 0xd800 && unit <= 0xdbff) {
        const int low = unit16(bytes, 2, bigEndian);
        if (low >= 0xdc00 && low <= 0xdfff)
            return {char32_t(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)), 4, true};
        return {0, 2, false};
    }
    if (unit >= 0xdc00 && unit <= 0xdfff)
        return {0, 2, false};
    return {char32_t(unit), 2, true};
}

DecodedCharacter decodeUtf32(QByteArrayView bytes, bool bigEndian)
{
    char32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const int byte = byteAt(bytes, i);
        if (byte < 0)
            return {0, 1, false};
        value |= char32_t(byte) << (bigEndian ? 8 * (3 - i) : 8 * i);
    }
    if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
        return {0, 4, false};
    return {value, 4, true};
}

} // namespace

TextCodec textCodecFor(QStringConverter::Encoding encoding)
{
    // UTF-16 and UTF-32 without a byte order: the machine's.
    const TextCodec utf16 = kMachineIsBigEndian ? TextCodec::Utf16BE : TextCodec::Utf16LE;
    const TextCodec utf32 = kMachineIsBigEndian ? TextCodec::Utf32BE : TextCodec::Utf32LE;
    static const std::map<QStringConverter::Encoding, TextCodec> kCodecs{
        {QStringConverter::Latin1, TextCodec::Latin1},
        {QStringConverter::Utf16LE, TextCodec::Utf16LE},
        {QStringConverter::Utf16BE, TextCodec::Utf16BE},
        {QStringConverter::Utf32LE, TextCodec::Utf32LE},
        {QStringConverter::Utf32BE, TextCodec::Utf32BE},
    };
    if (encoding == QStringConverter::Utf16)
        return utf16;
    if (encoding == QStringConverter::Utf32)
        return utf32;
    const auto found = kCodecs.find(encoding);
    return found == kCodecs.end() ? TextCodec::Utf8 : found->second; // System is UTF-8 here
}

int codeUnitSize(TextCodec codec)
{
    switch (codec) {
    case TextCodec::Utf16LE:
    case TextCodec::Utf16BE:
        return 2;
    case TextCodec::Utf32LE:
    case TextCodec::Utf32BE:
        return 4;
    default:
        return 1;
    }
}

bool isBigEndian(TextCodec codec)
{
    return codec == TextCodec::Utf16BE || codec == TextCodec::Utf32BE;
}

DecodedCharacter decodeCharacter(QByteArrayView bytes, TextCodec codec)
{
    if (bytes.isEmpty())
        return {0, 1, false};
    switch (codec) {
    case TextCodec::Latin1:
        return {char32_t(byteAt(bytes, 0)), 1, true};
    case TextCodec::Utf8:
        return decodeUtf8(bytes);
    case TextCodec::Utf16LE:
    case TextCodec::Utf16BE:
        return decodeUtf16(bytes, isBigEndian(codec));
    case TextCodec::Utf32LE:
    case TextCodec::Utf32BE:
        return decodeUtf32(bytes, isBigEndian(codec));
    }
    return {};
}

} // namespace rangecopy
