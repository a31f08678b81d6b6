#pragma once

#include "filedescriptor.h"

#include <QByteArray>

#include <sys/types.h>

namespace rangecopy {

// A temporary ".NAME.rangecopy-XXXXXX.part" file beside a destination, in the manner of KIO's
// .part files: created with O_EXCL | O_NOFOLLOW so a planted file or symlink is never
// followed, removed by the destructor unless publish() put it in the destination's place.
// A NAME too long for that pattern to fit in NAME_MAX bytes is shortened.
class PartFile {
public:
    // Creates the file in the destination's folder, opened for reading and writing, with
    // the permission bits mode (less the umask). Returns 0, or the errno of the failure.
    [[nodiscard]] static int create(const QByteArray& destinationPath, mode_t mode,
                                    PartFile& partFile);

    PartFile() = default;
    PartFile(PartFile&&) noexcept = default;
    PartFile& operator=(PartFile&&) noexcept;
    PartFile(const PartFile&) = delete;
    PartFile& operator=(const PartFile&) = delete;
    ~PartFile();

    [[nodiscard]] int fd() const { return m_file.get(); }
    [[nodiscard]] const QByteArray& path() const { return m_path; }

    // Closes the file (checking the result) and renames it to the destination. With
    // replaceExisting false, an existing destination is never replaced (EEXIST).
    // Returns 0 or the errno; on failure the temporary file is removed.
    [[nodiscard]] int publish(bool replaceExisting);

    // Removes the temporary file now (also done by the destructor).
    void discard();

    // Whether a file name looks like one of ours, for clean-up of leftovers.
    [[nodiscard]] static bool isPartFileName(const QByteArray& fileName);

private:
    FileDescriptor m_file;
    QByteArray m_path;
    QByteArray m_destinationPath;
};

} // namespace rangecopy
