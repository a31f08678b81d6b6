#pragma once

#include "core/transfer/transferresult.h"

#include <QByteArray>
#include <QString>

#include <sys/stat.h>

namespace rangecopy {

// What undoLastCopy() did, or why it did not.
struct UndoResult {
    TransferError error = TransferError::None; // NothingToUndo, DestinationChanged, a fault
    int systemError = 0;
    QString message; // a clause naming the file: what was restored, or why it was not

    [[nodiscard]] bool ok() const { return error == TransferError::None; }
};

// The way back from the last copy into a destination ("Undo Last Copy", `--undo`).
//
// Before the engine changes a file it keeps what the change destroys, beside the file:
//   .NAME.rangecopy-undo        the record: what the copy did, and the file's identity (device,
//                               inode), size and modification time once the copy ended
//   .NAME.rangecopy-undo-data   overwrite: the bytes it replaced; replace: the replaced file
//                               itself (a hard link, so keeping it costs no copy)
// Append keeps only the old length and a created file nothing but the record. The names
// start like the part files' (hidden, naming their destination) but never end in ".part",
// so PartFile::removeStale() leaves them alone. They stay until the next copy to NAME
// (which replaces them: only the last copy can be undone) or until undoLastCopy() uses them.
//
// The record is written (atomically, by rename) before the first byte changes and sealed
// with the file's state when the copy ends, also when it failed or was cancelled: an
// overwrite's saved bytes cover its whole span, so undo restores the bytes written before
// the stop as well. A copy killed outright leaves an unsealed record; its undo checks only
// that the file is still the same file.
class UndoJournal {
public:
    enum class Change { Overwrite, Append, Replace, Create };

    UndoJournal() = default;
    UndoJournal(const UndoJournal&) = delete;
    UndoJournal& operator=(const UndoJournal&) = delete;

    // --- The engine's side. targetPath is the destination with symlinks resolved.

    // Removes the undo data of an earlier copy to targetPath: that copy can no longer be
    // undone once this one changes the file.
    static void forget(const QByteArray& targetPath);

    // Before an overwrite of [offset, offset + length) or an append to the open file fd
    // (info: its fstat): keeps the bytes of that span that exist, or the length. Returns 0
    // or the errno; on failure nothing is kept. failWithErrno (a test hook) fails the saving.
    [[nodiscard]] int beginInPlace(const QByteArray& targetPath, int fd, const struct stat& info,
                                   Change change, qint64 offset, qint64 length,
                                   int failWithErrno = 0);
    // Before a replace publishes its new file: keeps the file it replaces (old) by a hard
    // link. Returns 0 or the errno (EXDEV, EPERM… where the file system has no hard links).
    [[nodiscard]] int beginReplace(const QByteArray& targetPath, const struct stat& old);
    // Before a copy creates targetPath: undo removes what it made.
    [[nodiscard]] int beginCreate(const QByteArray& targetPath);

    // The copy ended (in any way); after is the file as it is now. Returns 0 or the errno.
    int seal(const struct stat& after);
    // The copy did not change the file after all (a replace that could not publish): its
    // undo data goes.
    void abandon();

    [[nodiscard]] bool isActive() const { return !m_targetPath.isEmpty(); }
    [[nodiscard]] bool isSealed() const { return m_sealed; }

    // --- The undo itself, for the window and the CLI.

    // Puts destinationPath back as it was before the last copy into it that kept undo data,
    // and removes that data. Refuses (DestinationChanged) when the file changed since that
    // copy ended, and (NothingToUndo) when there is nothing to undo. A restore that fails
    // half-way keeps the data, so that it can be tried again. failWithErrno (a test hook)
    // fails the first write back.
    [[nodiscard]] static UndoResult undoLastCopy(const QString& destinationPath,
                                                 int failWithErrno = 0);

    // The names of the undo files of targetPath (a long NAME is shortened, as for part files).
    [[nodiscard]] static QByteArray recordPath(const QByteArray& targetPath);
    [[nodiscard]] static QByteArray dataPath(const QByteArray& targetPath);

private:
    struct Record;
    int writeRecord() const;

    QByteArray m_targetPath;
    Change m_change = Change::Overwrite;
    qint64 m_offset = 0;
    qint64 m_saved = 0;
    qint64 m_oldSize = 0;
    dev_t m_device = 0;
    ino_t m_inode = 0;
    bool m_sealed = false;
    qint64 m_size = 0;
    qint64 m_mtimeSeconds = 0;
    qint64 m_mtimeNanoseconds = 0;
};

} // namespace rangecopy
