#pragma once

#include <QByteArrayView>
#include <QStringConverter>

namespace rangecopy {

// The encodings the previews read text in, each with a fixed byte order.
enum class TextCodec { Utf8, Latin1, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

// Qt's name for an encoding as one of ours: UTF-16 and UTF-32 without a byte order take the
// machine's; the system encoding is UTF-8 on Linux.
[[nodiscard]] TextCodec textCodecFor(QStringConverter::Encoding encoding);
// Bytes per code unit: 1, 2 or 4. A newline is one unit: its low byte '\n', the others 0.
[[nodiscard]] int codeUnitSize(TextCodec codec);
[[nodiscard]] bool isBigEndian(TextCodec codec);

// One character decoded from bytes, or the bytes that cannot be one.
struct DecodedCharacter {
    char32_t codePoint = 0;
    int length = 1;     // bytes taken: the character's, or those to show escaped
    bool valid = false; // false: the bytes are not a character in the encoding
};

// The character at the start of bytes, which hold at most 4 bytes from there (fewer where the
// text ends). The one decoder of the project: the text view and the escaped display text
// (displaytext.h) both read through it, so that they agree on what is valid. Invalid: an
// overlong, surrogate or out-of-range UTF-8 sequence (each of its bytes is shown on its own),
// an unpaired UTF-16 surrogate, a UTF-32 value past U+10FFFF, an incomplete unit at the end.
[[nodiscard]] DecodedCharacter decodeCharacter(QByteArrayView bytes, TextCodec codec);

} // namespace rangecopy
