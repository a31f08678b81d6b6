#pragma once

#include "core/transfer/transfercontrol.h"
#include "core/transfer/transferrequest.h"
#include "core/transfer/transferresult.h"

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
//   destination and publish it with rename only on success: after a failure or a cancel the
//   destination is as it was (or absent) and no temporary file is left behind. Temporary
//   files that killed runs left for the same destination are removed (PartFile::removeStale).
// - Overwrite and Append write in place; after a failure bytesSent counts what was written.
//   They open the file that was checked, never a symlink or file put in its place since
//   (DestinationChanged), and never create a file through a dangling symlink.
// - The source and destination being one file is refused before anything is written.
// - control (may be null) is looked at between chunks, progress (may be empty) called after
//   each chunk.
// Processes that copy into size-limited files should ignore SIGXFSZ so that the limit shows
// as a FileTooLarge error rather than killing the process.
[[nodiscard]] TransferResult runTransfer(const TransferRequest& request,
                                         const ProgressCallback& progress = {},
                                         TransferControl* control = nullptr);

} // namespace rangecopy
