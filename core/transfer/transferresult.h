#pragma once

#include "core/transfer/transferrequest.h"

#include <QList>
#include <QStringList>

#include <QString>

namespace rangecopy {

// Why a transfer failed; a closed vocabulary in the manner of KIO's error codes.
enum class TransferError {
    None,
    SourceNotFound,
    NotRegularFile,
    PermissionDenied,
    DestinationFolderMissing,
    DestinationIsFolder,
    DestinationExists,
    IdenticalFiles,
    DiskFull,
    FileTooLarge,
    IoError,
    InvalidRange,
    InvalidArgument,
    VerificationFailed,
    SourceChanged,      // the source shrank, grew or was written to while it was copied
    DestinationChanged, // the destination was swapped (e.g. for a symlink) after it was checked
    Cancelled,
    NothingToUndo,    // undo: no undo data was kept for the file (UndoJournal)
    DeviceNotAllowed, // a block device as the destination, without TransferRequest::allowDevice
    DeviceInUse,      // a block device as the destination while it or a partition is mounted
    ChecksumMismatch, // the copied range's digest is not the expected one (--expect)
};

enum class Verification {
    NotAsked,
    MatchedCache, // read back through the page cache: the kernel's copy matches
    MatchedDisk,  // flushed, its cached pages dropped, read back from the storage
    Differed,
};

struct TransferResult {
    // Bytes that reached the destination. For Replace and CreateNew a failure leaves the
    // destination as it was, so this is 0 then; for Overwrite and Append it counts what
    // was written before the failure.
    qint64 bytesSent = 0;
    // The source ended before the requested count (never set for "to end of file").
    bool endOfFileReached = false;
    // Of bytesSent, how many were holes of the source (or, with SparseMode::Always, blocks of
    // zeros) that became holes in the destination, or zeros written by punching a hole.
    qint64 bytesInHoles = 0;
    // Of bytesSent, how many the destination shares with the source (blocks cloned by the file
    // system, as cp --reflink does) instead of holding a copy of them.
    qint64 bytesShared = 0;
    // Where in the destination the copied bytes start (Append: the old end of the file).
    qint64 destinationStart = 0;
    // The method that moved the bytes not shared (never Auto once the copy has started).
    CopyMethod methodUsed = CopyMethod::Sendfile;
    double elapsedSeconds = 0.0;
    Verification verification = Verification::NotAsked;
    // A verification that differed: the first differing byte, counted from the start of the
    // range (the source's offset and destinationStart), and how many bytes differ in all.
    qint64 firstDifference = -1;
    qint64 differingBytes = 0;
    // The digests of the copied range (TransferRequest::digests and the expected one), in
    // the order asked; empty when none were asked or the copy failed before they were done.
    QList<Digest> digests;
    // The checksum files written (TransferRequest::writeChecksumFiles).
    QStringList checksumFiles;
    // The undo data of this copy was kept (TransferRequest::keepUndo, within its limit), also
    // after a failure or a cancel: UndoJournal::undoLastCopy() can put the file back.
    bool undoKept = false;
    // TransferRequest::resume: the bytes of the kept part that matched the source and were not
    // copied again; -1 when not resuming.
    qint64 resumedFrom = -1;
    // TransferRequest::keepPartial or resume, after a failure or cancel: the bytes kept in the
    // part file to resume from (0: nothing was kept).
    qint64 bytesKept = 0;

    TransferError error = TransferError::None;
    int systemError = 0; // errno, when the system gave the reason
    QString message;     // names the file and the reason; empty on success

    [[nodiscard]] bool ok() const { return error == TransferError::None; }
};

// Stable snake_case names for scripts: "source_not_found", "disk_full", ...
[[nodiscard]] QString errorKindName(TransferError error);
[[nodiscard]] QString verificationName(Verification verification);

// Whether the error was found before anything could be written (bad input, not a fault).
[[nodiscard]] bool isInputError(TransferError error);

} // namespace rangecopy
