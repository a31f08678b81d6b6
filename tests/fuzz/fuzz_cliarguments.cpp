// libFuzzer target: rangecopy-cli's argument handling (argv as paths, then parseCliArguments)
// and what the CLI prints about the outcome. The input is split on NUL bytes into arguments;
// the whole input is also read as a pasted checksum and as a --batch file (JSON Lines).
// Besides crashes and undefined behaviour, it checks that a request the parser accepts is one the
// engine accepts, that a refusal says why, and that the error line stays one line whatever the
// arguments hold.

#include "app/cli/clioptions.h"
#include "app/cli/clireport.h"
#include "core/text/displaytext.h"
#include "core/text/pathbytes.h"
#include "core/transfer/jobdescription.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer keeps the input that got here
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace rangecopy;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    // As the program takes them from argv: every argument as a path (pathFromBytes), whose
    // bytes must come back exactly, whatever they are.
    QStringList arguments;
    for (const QByteArray& argument : bytes.split('\0')) {
        arguments << pathFromBytes(argument);
        check(pathToBytes(arguments.constLast()) == argument);
        check(!pathHasRawBytes(pathWithReplacements(arguments.constLast())));
    }

    // The whole input as a pasted checksum too (--expect, the window's Expected checksum).
    const ParsedDigest pasted = parseDigest(QString::fromUtf8(bytes));
    check(pasted.digest.has_value() != !pasted.error.isEmpty());
    if (pasted.digest)
        check(pasted.digest->hex.size() == digestHexLength(pasted.digest->algorithm) &&
              pasted.digest->hex == pasted.digest->hex.toLower());

    // The whole input as a --batch file or a saved queue: a bad line is named, and every job
    // read is one the engine accepts and that reads back the same from its own JSON.
    const ParsedJobList batch = parseJobLines(bytes);
    check(batch.ok() == (batch.errorLine == 0));
    check(batch.ok() || batch.jobs.isEmpty());
    for (const ParsedJobList::Job& job : batch.jobs) {
        check(checkRequestNumbers(job.request).isEmpty());
        check(checkDigestOptions(job.request).isEmpty());
        const ParsedJob again =
            jobFromJson(job.isJoin() ? joinToJson(job.joinPieces, job.request.destinationPath,
                                                  job.request.syncToDisk)
                                     : jobToJson(job.request));
        check(again.request.has_value() && *again.request == job.request &&
              again.joinPieces == job.joinPieces);
    }

    const CliOptions options = parseCliArguments(arguments);
    switch (options.action) {
    case CliOptions::Action::Fail: {
        check(!options.error.isEmpty());
        const QByteArray json = CliReport::jsonUsageError(options.error);
        check(json.endsWith('\n') && json.count('\n') == 1);
        check(!escapeForOneLine(options.error.toUtf8()).contains(u'\n'));
        return 0;
    }
    case CliOptions::Action::ShowHelp:
        check(!options.helpText.isEmpty());
        return 0;
    case CliOptions::Action::ShowVersion:
        return 0;
    case CliOptions::Action::Undo: {
        check(!options.request.destinationPath.isEmpty());
        const UndoResult refused{TransferError::DestinationChanged, 0,
                                 options.request.destinationPath};
        const UndoReport report(options, refused);
        const QByteArray err = report.standardError();
        check(err.endsWith('\n') && err.count('\n') == 1);
        check(report.exitCode() == kExitBadInput);
        return 0;
    }
    case CliOptions::Action::Compare: {
        check(!options.compare.sourcePath.isEmpty() && !options.compare.otherPath.isEmpty());
        CompareResult failed;
        failed.error = options.compare.sourcePath + u' ' + options.compare.otherPath;
        const CompareReport report(options, failed);
        const QByteArray err = report.standardError();
        check(err.endsWith('\n') && err.count('\n') == 1);
        return 0;
    }
    case CliOptions::Action::Batch:
        check(!options.batchPath.isEmpty() && options.json);
        return 0;
    case CliOptions::Action::Scan:
        check(!options.scanPath.isEmpty());
        return 0;
    case CliOptions::Action::Split:
        check(!options.split.sourcePath.isEmpty());
        check((options.split.pieceSize > 0) != (options.split.pieceCount > 0));
        // The plan of any size covers the source exactly, piece after piece.
        for (const qint64 sourceSize : {qint64(0), qint64(1), qint64(4097), qint64(1) << 40}) {
            const qint64 pieceCount = options.split.pieceSize > 0
                                          ? sourceSize / options.split.pieceSize
                                          : qint64(options.split.pieceCount);
            if (pieceCount > 10000)
                continue; // too many pieces to list in every run
            const QList<SplitPiece> pieces = planSplit(options.split, sourceSize);
            qint64 next = 0;
            for (const SplitPiece& piece : pieces) {
                check(piece.offset == next && piece.length >= 0);
                next += piece.length;
            }
            check(next == sourceSize && !pieces.isEmpty());
        }
        return 0;
    case CliOptions::Action::Join:
        check(!options.join.destinationPath.isEmpty() && !options.join.piecePaths.isEmpty());
        return 0;
    case CliOptions::Action::Copy:
        break;
    }
    const TransferRequest& request = options.request;
    check(!request.sourcePath.isEmpty() && !request.destinationPath.isEmpty());
    check(checkRequestNumbers(request).isEmpty());
    check(!options.previewBytes || *options.previewBytes >= 0);
    check(checkDigestOptions(request).isEmpty());
    check(!request.expectsDigest() ||
          request.expectedDigest.hex.size() == digestHexLength(request.expectedDigest.algorithm));

    // What the CLI would print after a failure naming these paths: one line on stderr, and
    // one line of JSON when asked for.
    TransferResult failed;
    failed.error = TransferError::IoError;
    failed.message = request.sourcePath + u' ' + request.destinationPath;
    const CliReport report(options, failed, std::nullopt);
    const QByteArray err = report.standardError();
    check(err.endsWith('\n') && err.count('\n') == 1);
    check(report.exitCode() == kExitTransferFailed);
    if (options.json)
        check(report.standardOutput().count('\n') == 1);
    return 0;
}
