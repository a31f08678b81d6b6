#pragma once

#include <QByteArray>
#include <QString>

namespace rangecopy {

// A classic hex dump, 16 bytes a row: the absolute offset in the file, the bytes in hex in two
// groups of eight, and the printable characters ('.' for the others).
//   00000064  50 79 74 68 6f 6e 20 69  73 20 61 20 77 69 64 65  |Python is a wide|
[[nodiscard]] QString formatHexDump(const QByteArray& bytes, qint64 firstOffset);

} // namespace rangecopy
