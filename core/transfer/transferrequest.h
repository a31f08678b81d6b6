#pragma once

#include "core/digest/digestalgorithm.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace rangecopy {

// What a copy does to the destination file.
enum class DestinationMode {
    Replace,   // the destination ends up holding exactly the copied bytes, published atomically
    Overwrite, // write at destinationOffset inside the existing file; other bytes stay
    Append,    // write after the destination's current end
    CreateNew, // refuse when the destination exists; published atomically
};

// How the bytes are moved.
enum class CopyMethod {
    Sendfile,
    CopyFileRange,
    ReadWrite,
    // Sendfile, or ReadWrite where that is faster: see resolveMethod().
    Auto,
};

// What becomes of the source's holes (ranges of a sparse file that hold no blocks), with cp's
// --sparse meanings.
enum class SparseMode {
    Auto,   // holes in the source stay holes in the destination (SEEK_DATA/SEEK_HOLE)
    Always, // also whole blocks of zero bytes become holes (read/write, as dd conv=sparse)
    Never,  // every byte is written, holes as zeros
};

// The kernel refuses to move more than this in one sendfile/copy_file_range call.
inline constexpr qint64 kMaxBytesPerCall = 0x7ffff000;
inline constexpr qint64 kDefaultChunkSize = 8 * 1024 * 1024;
// The most bytes an overwrite keeps for Undo by default (the window's setting).
inline constexpr qint64 kDefaultUndoLimit = qint64(1) << 30;
inline constexpr qint64 kNoUndoLimit = std::numeric_limits<qint64>::max();

struct TransferRequest {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::TransferRequest)

public:
    QString sourcePath;
    QString destinationPath;
    qint64 offset = 0;
    std::optional<qint64> count; // empty: to the end of the source
    DestinationMode mode = DestinationMode::Replace;
    qint64 destinationOffset = 0; // Overwrite mode only
    bool verify = false;
    bool syncToDisk = false;
    CopyMethod method = CopyMethod::Auto;
    SparseMode sparse = SparseMode::Auto;
    qint64 chunkSize = kDefaultChunkSize; // bytes per progress step, 1 .. kMaxBytesPerCall
    // The most bytes per second the copy moves on average (RatePacer); 0: as fast as it can.
    qint64 rateLimit = 0;

    friend bool operator==(const TransferRequest&, const TransferRequest&) = default;
    // Keep what the copy destroys, for UndoJournal::undoLastCopy(): an overwrite's replaced
    // bytes (unless more than undoLimit), an append's old length, a replaced file.
    bool keepUndo = false;
    qint64 undoLimit = kNoUndoLimit;
    // A block device may be the destination (overwrite mode only): the person agreed to it,
    // by --allow-device or by the window's question.
    bool allowDevice = false;

    // Digests of the copied range, computed while it is copied (TransferResult::digests).
    QList<DigestAlgorithm> digests;
    // The digest the range must have (none while its hex is empty): a replace or new copy is
    // put in place only when it matches, and an overwrite or append checks it before writing
    // anything. Its algorithm is computed whether or not `digests` names it.
    Digest expectedDigest{DigestAlgorithm::Sha256, {}};
    [[nodiscard]] bool expectsDigest() const { return !expectedDigest.hex.isEmpty(); }
    // Write a checksum file for each digest after the copy (replace and new mode, where the
    // destination is the copied range): at checksumFilePath when given (one digest only),
    // else beside the destination (defaultChecksumFilePath()).
    bool writeChecksumFiles = false;
    QString checksumFilePath;

    // Replace and new mode: write into a part file that a failed or cancelled copy leaves
    // behind (PartFile::openKept()) with a record of the request and the source.
    bool keepPartial = false;
    // Go on from such a kept part: the same request, the source unchanged, and as much of the
    // part as still matches the source (checked, not trusted). Keeps the part again if it
    // stops. Without a kept part the copy starts from the beginning.
    bool resume = false;
};

// Why the digest options cannot go together (a checksum file in overwrite mode, one file for
// several digests, ...), or empty.
[[nodiscard]] QString checkDigestOptions(const TransferRequest& request);

// Why keeping a part or resuming cannot go with the request (an in-place mode), or empty.
[[nodiscard]] QString checkResumeOptions(const TransferRequest& request);

// The digests a request computes: `digests`, and the expected digest's algorithm, each once.
[[nodiscard]] QList<DigestAlgorithm> digestsToCompute(const TransferRequest& request);

// Names as the CLI, JSON output and settings spell them: "replace", "copy_file_range", ...
[[nodiscard]] QString modeName(DestinationMode mode);
[[nodiscard]] std::optional<DestinationMode> modeFromName(QStringView name);
[[nodiscard]] QStringList modeNames();
[[nodiscard]] QString methodName(CopyMethod method);
[[nodiscard]] std::optional<CopyMethod> methodFromName(QStringView name);
[[nodiscard]] QStringList methodNames();
[[nodiscard]] QString sparseModeName(SparseMode mode);
[[nodiscard]] std::optional<SparseMode> sparseModeFromName(QStringView name);
[[nodiscard]] QStringList sparseModeNames();

// The method that serves a request of `method` copying from sourceOffset to destinationOffset:
// the method itself, and for Auto:
// - copy_file_range when both files are on a network file system that copies on the server
//   (copiesOnTheServer()): the bytes then never cross the network;
// - else sendfile, unless the two offsets lie at different places within a memory page.
//   sendfile then assembles every destination page from two source pages, and ran at two
//   thirds of the speed of read/write through a page-aligned buffer (BENCHMARKS.md, range copy
//   from offset 100 MiB + 1).
[[nodiscard]] CopyMethod resolveMethod(CopyMethod method, qint64 sourceOffset,
                                       qint64 destinationOffset, bool copiedOnTheServer = false);

// How many bytes a request copies from a source of sourceSize bytes: the count, cut at the
// source's end, or all from the offset to the end; 0 for an offset at or past the end.
[[nodiscard]] qint64 bytesToCopy(qint64 sourceSize, qint64 offset, std::optional<qint64> count);
[[nodiscard]] inline qint64 bytesToCopy(qint64 sourceSize, const TransferRequest& request)
{
    return bytesToCopy(sourceSize, request.offset, request.count);
}

// The reason the numbers of a request cannot describe a copy, or an empty string.
[[nodiscard]] QString checkRequestNumbers(const TransferRequest& request);

// The request that copies what an in-place copy (Overwrite, Append) left unwritten when it
// stopped after bytesWritten bytes: the rest of the range, into the bytes right after the
// ones written (Append goes on appending). Empty for Replace and CreateNew, which leave
// nothing behind to continue from, and when nothing was written.
[[nodiscard]] std::optional<TransferRequest> continuationAfter(const TransferRequest& request,
                                                               qint64 bytesWritten);

} // namespace rangecopy
