#pragma once

#include "core/io/filedescriptor.h"
#include "core/transfer/transfercontrol.h"
#include "core/transfer/transferrequest.h"
#include "core/transfer/transferresult.h"

#include <QByteArray>

#include <functional>

namespace rangecopy {

// Called after every chunk with the bytes done so far and the bytes expected in all
// (the count, or what the source held past the offset when the copy started).
using ProgressCallback = std::function<void(qint64 bytesDone, qint64 bytesExpected)>;

// Runs a copy to its end on the calling thread; no event loop is needed.
//
// Contract:
// - Copies request.count bytes (or to the end of the source) from request.offset. An offset
//   at or past the end copies nothing and is not an error. The range is fixed when the copy
//   starts: a count past the end of the source is cut there, with endOfFileReached set.
// - A source that shrinks, grows or is written to during the copy fails it with
//   SourceChanged (seen as an early end, or as a new size or modification time at the end).
// - Replace and CreateNew write to a temporary "*.rangecopy-*.part" file beside the
//   destination and publish it with rename only on success (where no file exists yet, to a
//   file without a name, linked in on success: PartFile::createUnnamed): after a failure or a
//   cancel the destination is as it was (or absent) and no temporary file is left behind.
//   Temporary files that killed runs left for the same destination are removed
//   (PartFile::removeStale).
// - Overwrite and Append write in place; after a failure bytesSent counts what was written.
//   They open the file that was checked, never a symlink or file put in its place since
//   (DestinationChanged), and never create a file through a dangling symlink.
// - The source and destination being one file is refused before anything is written.
// - control (may be null) is looked at between chunks, progress (may be empty) called after
//   each chunk.
// Processes that copy into size-limited files should ignore SIGXFSZ so that the limit shows
// as a FileTooLarge error rather than killing the process.
// A source kept open from one copy to the next, for copies that read one file after another
// (a batch carving many ranges out of one image): the next copy from the same path reads the
// file already open instead of looking it up and opening it again. Each copy still takes the
// file's size and time afresh and checks them at its end. A file put in the path's place
// between two copies is not seen: the copies read the file opened first. Only regular files
// are kept. For one thread at a time.
class OpenSourceCache {
public:
    struct Entry {
        QByteArray path;
        FileDescriptor file;
        unsigned long fileSystemType = 0;
    };

    // The open file for path, taken out of the cache (file not open when there is none).
    [[nodiscard]] Entry take(const QByteArray& path);
    // Keeps entry for the next copy, closing what was kept before.
    void keep(Entry entry);

private:
    Entry m_entry;
};

[[nodiscard]] TransferResult runTransfer(const TransferRequest& request,
                                         const ProgressCallback& progress = {},
                                         TransferControl* control = nullptr,
                                         OpenSourceCache* openSources = nullptr);

// What runTransfer() would find wrong with a request, found by the same steps without writing
// or creating anything: the window checks its form with it as the user types.
struct TransferCheck {
    struct Problem {
        TransferError error = TransferError::None;
        int systemError = 0;
        QString message; // the engine's own message for this error, as runTransfer() says it

        [[nodiscard]] bool ok() const { return error == TransferError::None; }
    };

    Problem request;        // the numbers, or a path left empty
    Problem source;         // opening the source
    Problem destination;    // looking at the destination and its folder
    qint64 sourceSize = -1; // when the source could be opened and its size means something
    qint64 bytesToCopy = 0; // with the source's size: what the range holds (-1: not known)
    // A file of /proc or /sys (sizeIsUnreliable()): the copy reads it to its end.
    bool sourceSizeUnknown = false;
    bool destinationExists = false;
    qint64 destinationSize = 0; // of an existing regular destination, or of a block device
    // A block device as the destination, in words ("loop0, backed by …, 64.0 MiB"); else empty.
    QString destinationDevice;
    // The bytes of a part kept for this copy (--keep-partial) from the same, unchanged source,
    // that a resume would start from (at most; the resume checks them); 0 when none.
    qint64 keptBytes = 0;

    [[nodiscard]] bool ok() const { return request.ok() && source.ok() && destination.ok(); }
    // The failure runTransfer() would report: the first of request, source and destination.
    [[nodiscard]] const Problem& firstProblem() const
    {
        return !request.ok() ? request : !source.ok() ? source : destination;
    }
};

// Looks at a request's files as runTransfer() would before it writes: the same errors, in the
// same words. A file can change between this check and the copy; the copy looks again.
[[nodiscard]] TransferCheck checkTransfer(const TransferRequest& request);

} // namespace rangecopy
