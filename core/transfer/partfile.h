#pragma once

#include "core/io/filedescriptor.h"

#include <QByteArray>

#include <cerrno>

#include <sys/types.h>

namespace rangecopy {

// A temporary ".NAME.rangecopy-XXXXXX.part" file beside a destination, in the manner of KIO's
// .part files: created with O_EXCL | O_NOFOLLOW so a planted file or symlink is never
// followed, removed by the destructor unless publish() put it in the destination's place.
// A NAME too long for that pattern to fit in NAME_MAX bytes is shortened.
//
// While it exists the file carries an exclusive flock(2), which the kernel drops when the
// writer ends however it ends (also SIGKILL). A part file nobody holds the lock on is a
// leftover, and removeStale() may remove it.
class PartFile {
public:
    // Creates the file in the destination's folder, opened for reading and writing, with
    // the permission bits mode (less the umask). Returns 0, or the errno of the failure.
    [[nodiscard]] static int create(const QByteArray& destinationPath, mode_t mode,
                                    PartFile& partFile);

    // For a destination that does not exist yet: a file without a name (O_TMPFILE) in the
    // destination's folder, which publish() links in under the destination's name. Nothing
    // is visible before that, and a run killed at any point leaves nothing behind, with
    // fewer system calls than a named part file (no lock, no rename). Returns 0 or the errno;
    // EOPNOTSUPP, EISDIR or EINVAL say that the file system (or the kernel) has no unnamed
    // files, and create() is the way.
    [[nodiscard]] static int createUnnamed(const QByteArray& destinationPath, mode_t mode,
                                           PartFile& partFile);
    [[nodiscard]] static bool lacksUnnamedFiles(int error)
    {
        return error == EOPNOTSUPP || error == EISDIR || error == EINVAL;
    }

    // A part file that outlives a failed or cancelled copy, for resuming it (--keep-partial,
    // --resume): the fixed name ".NAME.rangecopy-partial" beside the destination, opened (or
    // created) as it is, locked while written. discard() closes it and leaves it; publish()
    // renames it into place as for any part file. EBUSY: another copy is writing it.
    [[nodiscard]] static int openKept(const QByteArray& destinationPath, mode_t mode,
                                      PartFile& partFile);
    [[nodiscard]] static QByteArray keptPath(const QByteArray& destinationPath);
    // What the engine records beside a kept part: the request and the source's identity.
    [[nodiscard]] static QByteArray keptRecordPath(const QByteArray& destinationPath);
    // How long a kept part may wait for a --resume before removeStale() takes it for a
    // leftover nobody will resume.
    static constexpr int kKeptForDays = 7;

    PartFile() = default;
    PartFile(PartFile&&) noexcept = default;
    PartFile& operator=(PartFile&&) noexcept;
    PartFile(const PartFile&) = delete;
    PartFile& operator=(const PartFile&) = delete;
    ~PartFile();

    [[nodiscard]] int fd() const { return m_file.get(); }
    [[nodiscard]] const QByteArray& path() const { return m_path; }
    [[nodiscard]] bool isKept() const { return m_kept; }

    // Closes the file (checking the result) and renames it to the destination (an unnamed
    // one is linked in). With replaceExisting false, an existing destination is never
    // replaced (EEXIST). Returns 0 or the errno; on failure the temporary file is removed.
    [[nodiscard]] int publish(bool replaceExisting);

    // Removes the temporary file now (also done by the destructor).
    void discard();

    // Whether a file name looks like one of ours, for clean-up of leftovers.
    [[nodiscard]] static bool isPartFileName(const QByteArray& fileName);

    // Removes the leftovers of earlier copies to destinationPath that ended without cleaning
    // up (killed, crashed, power lost): files in its folder named like its part files, regular,
    // owned by the effective user and not locked by a live writer. Symlinks, other people's
    // files, other destinations' part files and files still being written are left alone.
    // A process lists a folder at most once every two seconds and looks for leftovers in that
    // listing, so many copies into one big folder do not each pay for listing it.
    // A kept part (openKept()) and its record go too once they are kKeptForDays old.
    // Returns how many were removed; failures only mean nothing is removed.
    static int removeStale(const QByteArray& destinationPath);

private:
    int publishUnnamed(bool replaceExisting);
    // Gives the unnamed file the name path; false with errno set when it cannot.
    [[nodiscard]] bool linkUnnamedAs(const QByteArray& path) const;

    FileDescriptor m_file;
    FileDescriptor m_lock; // a duplicate of m_file, holding the lock until the rename is done
    QByteArray m_path;
    QByteArray m_destinationPath;
    bool m_kept = false;    // openKept(): discard() leaves the file
    bool m_unnamed = false; // createUnnamed(): m_path is empty until publish()
};

} // namespace rangecopy
