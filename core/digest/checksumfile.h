#pragma once

#include "core/digest/digestalgorithm.h"

#include <QByteArray>
#include <QString>

namespace rangecopy {

// One line of a checksum file as sha256sum, b2sum, md5sum and xxhsum write and check it:
// "HEX  NAME\n" (XXH3's 64-bit digest as "XXH3 (NAME) = HEX", the form xxhsum -c reads for
// it). A name holding
// a backslash or a newline is escaped as GNU coreutils does: "\\" and "\n", and the line
// starts with a backslash. `name` is bytes, so that a name that is not UTF-8 stays exact.
[[nodiscard]] QByteArray checksumLine(const Digest& digest, const QByteArray& name);

// Where a checksum file goes by default: beside the file it describes, with the algorithm's
// extension ("image.bin" -> "image.bin.sha256").
[[nodiscard]] QString defaultChecksumFilePath(const QString& describedFile,
                                              DigestAlgorithm algorithm);

// The name a checksum file at checksumFilePath uses for describedFile: relative to the
// checksum file's folder, so that "cd FOLDER && sha256sum -c FILE" finds it.
[[nodiscard]] QString checksumFileEntryName(const QString& checksumFilePath,
                                            const QString& describedFile);

// Writes content to path atomically: into a new file beside it, flushed to disk when asked,
// then renamed over path, so that a reader sees the old file or the whole new one. Returns 0
// or the errno of the step that failed (the temporary file is removed then).
[[nodiscard]] int writeFileAtomically(const QString& path, const QByteArray& content,
                                      bool syncToDisk);

} // namespace rangecopy
