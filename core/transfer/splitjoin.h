#pragma once

#include "core/transfer/transferengine.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rangecopy {

// Split a file into pieces NAME.001, NAME.002, ... (the 7-Zip and HJSplit convention: at least
// three digits, more when there are more pieces) and join them again. Each piece is one copy
// through the engine, so every promise of a copy holds for it: a piece is published
// atomically, a source that changes is reported, cancel and progress work.

struct SplitRequest {
    QString sourcePath;
    QString folder;                 // where the pieces go; empty: beside the source
    qint64 pieceSize = 0;           // bytes per piece (the last may be shorter), or
    int pieceCount = 0;             // how many pieces of equal size (the last may be shorter)
    QList<DigestAlgorithm> digests; // one checksum file for all pieces per digest
    bool verify = false;
    bool syncToDisk = false;
};

struct SplitPiece {
    QString path;
    qint64 offset = 0; // in the source
    qint64 length = 0;
    QList<Digest> digests;
};

struct SplitResult {
    QList<SplitPiece> pieces; // those written (all of them on success)
    QStringList checksumFiles;
    qint64 bytesSent = 0;
    TransferError error = TransferError::None;
    int systemError = 0;
    QString message;

    [[nodiscard]] bool ok() const { return error == TransferError::None; }
};

// "disk.img.001": the name of piece `number` (from 1) of `count`.
[[nodiscard]] QString pieceName(const QString& baseName, int number, int count);

// The pieces of a source of sourceSize bytes, without looking at any file: an empty source
// gives one empty piece, so that joining gives the empty file back.
[[nodiscard]] QList<SplitPiece> planSplit(const SplitRequest& request, qint64 sourceSize);

// Splits the source. Refused before anything is written when a piece's name is taken; a
// failure stops at that piece (the pieces written before it stay, and the result lists them).
// progress counts bytes over the whole source.
[[nodiscard]] SplitResult splitFile(const SplitRequest& request,
                                    const ProgressCallback& progress = {},
                                    TransferControl* control = nullptr);

struct JoinRequest {
    QString destinationPath;
    QStringList piecePaths; // in order; one "NAME.001" alone: the rest are found (findPieces)
    bool syncToDisk = false;
};

struct PieceSearch {
    QStringList pieces;
    QString error; // a piece is missing, or the name is not a first piece
};

// The pieces of a split, from its first one ("disk.img.001"): every NAME.NNN with the same
// number of digits beside it, refused when one in the middle is missing.
[[nodiscard]] PieceSearch findPieces(const QString& firstPiece);

// What a join would take, looked at without writing (the window's Join dialog, on a worker):
// the pieces of firstPiece's run with their sizes, and whether the destination exists.
struct JoinPreview {
    QStringList pieces;
    QList<qint64> sizes;
    qint64 totalSize = 0;
    bool destinationExists = false;
    QString error;
};
[[nodiscard]] JoinPreview previewJoin(const QString& firstPiece, const QString& destination);

// Appends the pieces, in order, into a part file beside the destination and renames it into
// the destination's place only when all are in: a failure or cancel leaves the destination as
// it was. TransferResult::bytesSent counts the bytes of all pieces.
[[nodiscard]] TransferResult joinFiles(const JoinRequest& request,
                                       const ProgressCallback& progress = {},
                                       TransferControl* control = nullptr);

} // namespace rangecopy
