#pragma once

#include "app/cli/clioptions.h"
#include "core/transfer/jobdescription.h"
#include "core/transfer/transfercontrol.h"
#include "core/transfer/transferengine.h"
#include "core/transfer/transferresult.h"

#include <QByteArray>

#include <cstdio>

namespace rangecopy {

// Writes the bytes to the stream at once (a progress line must show before the copy goes on).
void writeTo(std::FILE* stream, const QByteArray& bytes);

// Runs one copy as rangecopy-cli does: progress on standard error in the form asked
// (--progress, --progress=json; `line` is the --batch line, 0 for none), cancelled through
// `control` (the signal handlers'), and the test hook that pauses it.
[[nodiscard]] TransferResult runCliCopy(const TransferRequest& request,
                                        CliOptions::Progress progress, int line,
                                        TransferControl& control,
                                        OpenSourceCache* openSources = nullptr);
// The same for a --batch line: a copy, or a join (joinFiles()).
[[nodiscard]] TransferResult runCliJob(const ParsedJobList::Job& job, CliOptions::Progress progress,
                                       TransferControl& control, OpenSourceCache* openSources);

// Runs a --batch: reads its lines (a malformed one stops it before anything is copied), runs
// the jobs one after another, and prints one JSON result per job with "line": N. Returns the
// exit status: 0 all succeeded, 2 any failed, 1 a malformed or unreadable batch, 130
// interrupted (the job that was running says so; later ones are not started).
[[nodiscard]] int runBatch(const CliOptions& options, TransferControl& control);

// --split and --join: run, print (a sentence and the pieces, or one JSON object) and return
// the exit status as a copy's (0, 1 bad input, 2 failed, 130 interrupted).
[[nodiscard]] int runSplit(const CliOptions& options, TransferControl& control);
[[nodiscard]] int runJoin(const CliOptions& options, TransferControl& control);
// --scan: what the file holds, as a table or one JSON object. 0, 1 (cannot open it), 2 (a read
// failed), 130 (interrupted: what was found so far is printed).
[[nodiscard]] int runScan(const CliOptions& options, TransferControl& control);

} // namespace rangecopy
