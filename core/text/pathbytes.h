#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace rangecopy {

// File names are bytes on Linux, not text: "caf\xe9.bin" (Latin-1) is a valid name that is not
// valid UTF-8. QFile::decodeName() turns such bytes into U+FFFD, and the name that comes back
// from encodeName() is another file's. Paths therefore travel as QString with the bytes that
// are not UTF-8 kept as lone surrogates U+DC80..U+DCFF (Python's "surrogateescape", PEP 383),
// and are turned back into exactly the same bytes for the system calls.

// The bytes of a path, for a system call: UTF-8, each escaped byte as itself.
[[nodiscard]] QByteArray pathToBytes(QStringView path);
// A path from a system call or argv: UTF-8, each byte that is not part of valid UTF-8 escaped.
[[nodiscard]] QString pathFromBytes(QByteArrayView bytes);
// Whether the path holds escaped bytes (its name is not valid UTF-8).
[[nodiscard]] bool pathHasRawBytes(QStringView path);
// For showing: each escaped byte as \xNN ("caf\xe9.bin").
[[nodiscard]] QString pathForDisplay(QStringView path);
// For text that must be valid Unicode (JSON): each escaped byte as U+FFFD.
[[nodiscard]] QString pathWithReplacements(QStringView path);

} // namespace rangecopy
