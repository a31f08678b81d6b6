#pragma once

#include <QByteArrayView>
#include <QStringConverter>

#include <optional>

namespace rangecopy {

// What a file's first bytes say about how to show it as text. Pure functions on the head of a
// file (the previews pass the first kEncodingGuessBytes), so they can run wherever the file is
// read and are tested with tables of bytes.

// How many bytes of a file's start the guesses look at.
inline constexpr qsizetype kEncodingGuessBytes = 4096;

// A byte order mark at the start of text: the encoding it stands for and its length in bytes.
struct ByteOrderMark {
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    int length = 0;
};

// The UTF-8 (EF BB BF), UTF-16 LE (FF FE) or UTF-16 BE (FE FF) byte order mark head starts
// with, if any.
[[nodiscard]] std::optional<ByteOrderMark> byteOrderMark(QByteArrayView head);

// The encoding to show a file in, one of those the preview offers: the one its byte order mark
// names; UTF-16 when nearly every other byte is 0, as in mostly-ASCII UTF-16 text; UTF-8 when
// the bytes are valid UTF-8 (plain ASCII included; in a head of kEncodingGuessBytes, which
// stops short of the file's end, a sequence cut off at its end counts as valid); else Latin-1,
// in which every byte is a character.
[[nodiscard]] QStringConverter::Encoding guessTextEncoding(QByteArrayView head);

// Whether head looks like the start of a binary file rather than text: it holds a NUL byte, or
// more than a tenth of it are control bytes that text does not use. Text with a byte order
// mark, and UTF-16 text, is text.
[[nodiscard]] bool looksBinary(QByteArrayView head);

} // namespace rangecopy
