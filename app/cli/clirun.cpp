#include "app/cli/clirun.h"

#include "app/cli/clireport.h"
#include "core/scan/scanner.h"
#include "core/text/bytesize.h"
#include "core/text/displaytext.h"
#include "core/text/pathbytes.h"
#include "core/text/quoted.h"
#include "core/transfer/jobdescription.h"
#include "core/transfer/testhooks.h"
#include "core/transfer/transferengine.h"
#include "core/transfer/transfermessages.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <fcntl.h>

namespace rangecopy {

namespace {

struct BatchText {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::Batch)
};

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// One line on standard error, whatever the message quotes (a file name may hold a newline).
void writeError(const QString& message)
{
    writeTo(stderr, "rangecopy-cli: " + escapeForOneLine(message.toUtf8()).toUtf8() + '\n');
}

// The batch's text: the file, or standard input for "-". Reading a FIFO here is what the
// person asked for: a command line may wait for its input.
std::optional<QByteArray> readBatch(const QString& path, QString& error)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        // By its bytes: a name that is not UTF-8 opens too.
        const int fd = ::open(pathToBytes(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            error = BatchText::tr("cannot read the batch %1: %2; check the path")
                        .arg(quoted(path), qt_error_string(errno));
            return std::nullopt;
        }
        opened = file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    }
    QByteArray text = opened ? file.readAll() : QByteArray();
    if (!opened || file.error() != QFileDevice::NoError) {
        error = BatchText::tr("cannot read the batch %1: %2").arg(quoted(path), file.errorString());
        return std::nullopt;
    }
    return text;
}

int exitCodeFor(TransferError error)
{
    if (error == TransferError::None)
        return kExitSuccess;
    if (error == TransferError::Cancelled)
        return kExitInterrupted;
    return isInputError(error) ? kExitBadInput : kExitTransferFailed;
}

QJsonObject errorJson(TransferError error, const QString& message)
{
    return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), errorKindName(error)},
                                                  {QStringLiteral("message"), message}}}};
}

// What --json says of a join: its --batch line (so that it runs again as it is) and the
// outcome.
QJsonObject joinResultJson(const QStringList& pieces, const TransferRequest& request,
                           const TransferResult& result)
{
    QJsonObject object = joinToJson(pieces, request.destinationPath, request.syncToDisk);
    const QJsonObject outcome =
        result.ok() ? QJsonObject{{QStringLiteral("bytes_sent"), result.bytesSent},
                                  {QStringLiteral("elapsed_s"), result.elapsedSeconds}}
                    : errorJson(result.error, result.message);
    for (auto it = outcome.begin(); it != outcome.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// Progress over a whole split or join, in the form asked, and the last line at its end.
class RunProgress {
public:
    explicit RunProgress(CliOptions::Progress progress)
        : m_progress(progress)
    {
    }

    [[nodiscard]] ProgressCallback callback()
    {
        return [this](qint64 done, qint64 expected) {
            m_lastDone = done;
            if (m_progress == CliOptions::Progress::Line)
                writeTo(stderr, m_line.update(done, expected));
            else if (m_progress == CliOptions::Progress::Json)
                writeTo(stderr, m_json.update(done, expected));
        };
    }
    void finish()
    {
        if (m_progress == CliOptions::Progress::Line)
            writeTo(stderr, m_line.finish(m_lastDone, m_lastDone));
    }

private:
    CliOptions::Progress m_progress;
    ProgressLine m_line;
    JsonProgress m_json;
    qint64 m_lastDone = 0;
};

} // namespace

void writeTo(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

TransferResult runCliCopy(const TransferRequest& request, CliOptions::Progress progress, int line,
                          TransferControl& control, OpenSourceCache* openSources)
{
    return runCliJob({line, request, {}}, progress, control, openSources);
}

TransferResult runCliJob(const ParsedJobList::Job& job, CliOptions::Progress progress,
                         TransferControl& control, OpenSourceCache* openSources)
{
    const TransferRequest& request = job.request;
    const int line = job.line;
    ProgressLine progressLine;
    JsonProgress jsonProgress(line);
    qint64 lastDone = 0;
    qint64 lastExpected = 0;
    // Test hook (testhooks.h). Nothing resumes a paused copy here: it holds before its next
    // chunk until a signal cancels it.
    const qint64 pauseAfterBytes = TestHooks::fromEnvironment().pauseAfterBytes;
    ProgressCallback callback;
    if (progress != CliOptions::Progress::None || pauseAfterBytes > 0) {
        callback = [&](qint64 done, qint64 expected) {
            if (pauseAfterBytes > 0 && done >= pauseAfterBytes)
                control.pause();
            lastDone = done;
            lastExpected = expected;
            if (progress == CliOptions::Progress::Line)
                writeTo(stderr, progressLine.update(done, expected));
            else if (progress == CliOptions::Progress::Json)
                writeTo(stderr, jsonProgress.update(done, expected));
        };
    }
    if (progress == CliOptions::Progress::Json)
        writeTo(stderr, jsonProgress.start(request));
    const TransferResult result =
        job.isJoin() ? joinFiles({request.destinationPath, job.joinPieces, request.syncToDisk},
                                 callback, &control)
                     : runTransfer(request, callback, &control, openSources);
    if (progress == CliOptions::Progress::Line)
        writeTo(stderr, progressLine.finish(lastDone, lastExpected));
    else if (progress == CliOptions::Progress::Json)
        writeTo(stderr, jsonProgress.finish(result));
    return result;
}

int runBatch(const CliOptions& options, TransferControl& control)
{
    const auto usageError = [&](const QString& message, int line) {
        QJsonObject failure = QJsonDocument::fromJson(CliReport::jsonUsageError(message)).object();
        if (line > 0)
            failure.insert(QStringLiteral("line"), line);
        writeTo(stdout, jsonLine(failure));
        writeError(message);
        return kExitBadInput;
    };
    QString readError;
    const std::optional<QByteArray> text = readBatch(options.batchPath, readError);
    if (!text)
        return usageError(readError, 0);
    const ParsedJobList list = parseJobLines(*text);
    if (!list.ok())
        return usageError(BatchText::tr("%1, line %2: %3; nothing was copied")
                              .arg(options.batchPath == QLatin1String("-")
                                       ? BatchText::tr("standard input")
                                       : quoted(options.batchPath))
                              .arg(list.errorLine)
                              .arg(list.error),
                          list.errorLine);

    int exitCode = kExitSuccess;
    OpenSourceCache openSources; // jobs that read one source after another open it once
    for (const ParsedJobList::Job& job : list.jobs) {
        if (control.isCancelled())
            return kExitInterrupted;
        const TransferResult result = runCliJob(job, options.progress, control, &openSources);
        if (!result.ok() || !options.quiet) {
            CliOptions jobOptions = options;
            jobOptions.request = job.request;
            QJsonObject object = job.isJoin()
                                     ? joinResultJson(job.joinPieces, job.request, result)
                                     : CliReport(jobOptions, result, std::nullopt).jsonObject();
            object.insert(QStringLiteral("line"), job.line);
            writeTo(stdout, jsonLine(object));
        }
        if (result.ok())
            continue;
        writeError(BatchText::tr("line %1: %2")
                       .arg(job.line)
                       .arg(TransferMessages::failure(result, job.request.mode)));
        if (result.error == TransferError::Cancelled)
            return kExitInterrupted;
        exitCode = kExitTransferFailed;
        if (options.stopOnError)
            break;
    }
    return exitCode;
}

int runSplit(const CliOptions& options, TransferControl& control)
{
    RunProgress progress(options.progress);
    const SplitResult result = splitFile(options.split, progress.callback(), &control);
    progress.finish();

    QJsonArray pieces;
    QByteArray text;
    for (const SplitPiece& piece : result.pieces) {
        QJsonObject hashes;
        for (const Digest& digest : piece.digests)
            hashes.insert(digestName(digest.algorithm), digest.hex);
        QJsonObject object{{QStringLiteral("path"), pathWithReplacements(piece.path)},
                           {QStringLiteral("offset"), piece.offset},
                           {QStringLiteral("length"), piece.length}};
        if (!hashes.isEmpty())
            object.insert(QStringLiteral("hashes"), hashes);
        pieces.append(object);
        text += (pathForDisplay(piece.path) + QStringLiteral("  ") +
                 formatSizeInWords(piece.length) + u'\n')
                    .toUtf8();
    }
    if (options.json) {
        QJsonObject object = result.ok()
                                 ? QJsonObject{{QStringLiteral("bytes_sent"), result.bytesSent}}
                                 : errorJson(result.error, result.message);
        object.insert(QStringLiteral("source"), pathWithReplacements(options.split.sourcePath));
        object.insert(QStringLiteral("pieces"), pieces);
        QJsonArray files;
        for (const QString& path : result.checksumFiles)
            files.append(pathWithReplacements(path));
        if (!files.isEmpty())
            object.insert(QStringLiteral("checksum_files"), files);
        writeTo(stdout, jsonLine(object));
    } else if (result.ok() && !options.quiet) {
        const QString headline =
            (result.pieces.size() == 1
                 ? BatchText::tr("%1 split into 1 piece").arg(quoted(options.split.sourcePath))
                 : BatchText::tr("%1 split into %2 pieces")
                       .arg(quoted(options.split.sourcePath))
                       .arg(result.pieces.size()));
        writeTo(stdout, TransferMessages::asSentence(headline).toUtf8() + '\n' + text);
        for (const QString& path : result.checksumFiles)
            writeTo(
                stdout,
                TransferMessages::asSentence(TransferMessages::checksumFileWritten(path)).toUtf8() +
                    '\n');
    }
    if (!result.ok())
        writeError(result.message);
    return exitCodeFor(result.error);
}

int runJoin(const CliOptions& options, TransferControl& control)
{
    RunProgress progress(options.progress);
    const TransferResult result = joinFiles(options.join, progress.callback(), &control);
    progress.finish();
    if (options.json) {
        TransferRequest asRequest;
        asRequest.destinationPath = options.join.destinationPath;
        asRequest.syncToDisk = options.join.syncToDisk;
        writeTo(stdout, jsonLine(joinResultJson(options.join.piecePaths, asRequest, result)));
    } else if (result.ok() && !options.quiet) {
        writeTo(stdout, TransferMessages::headline(result).toUtf8() + '\n');
    }
    if (!result.ok())
        writeError(result.message);
    return exitCodeFor(result.error);
}

int runScan(const CliOptions& options, TransferControl& control)
{
    RunProgress progress(options.progress);
    const ScanResult result = scanFile(options.scanPath, progress.callback(),
                                       [&control] { return control.isCancelled(); });
    progress.finish();
    if (!result.error.isEmpty()) {
        if (options.json)
            writeTo(stdout, jsonLine(errorJson(result.openFailed ? TransferError::SourceNotFound
                                                                 : TransferError::IoError,
                                               result.error)));
        writeError(result.error);
        return result.openFailed ? kExitBadInput : kExitTransferFailed;
    }
    if (options.json) {
        QJsonArray items;
        for (const ScanItem& item : result.items) {
            QJsonObject object{
                {QStringLiteral("type"), item.type},
                {QStringLiteral("offset"), item.offset},
                {QStringLiteral("length"), item.length ? QJsonValue(*item.length) : QJsonValue()},
                {QStringLiteral("length_from"), lengthSourceName(item.lengthFrom)},
                {QStringLiteral("description"), item.description}};
            if (item.parent >= 0)
                object.insert(QStringLiteral("parent"), item.parent);
            items.append(object);
        }
        writeTo(stdout, jsonLine({{QStringLiteral("items"), items},
                                  {QStringLiteral("scanned_bytes"), result.scannedBytes}}));
    } else if (!options.quiet) {
        // Offsets and lengths in bytes, to be given to --offset and --count as they are; what
        // lies inside another item is indented under it.
        QByteArray text =
            BatchText::tr("OFFSET         LENGTH         TYPE         WHAT\n").toUtf8();
        QList<int> depth;
        for (const ScanItem& item : result.items) {
            depth.append(item.parent >= 0 ? depth.at(item.parent) + 1 : 0);
            const QString type = QString(2 * depth.constLast(), u' ') + item.type;
            text += QStringLiteral("%1 %2 %3 %4\n")
                        .arg(item.offset, -14)
                        .arg(item.length ? QString::number(*item.length) : BatchText::tr("unknown"),
                             -14)
                        .arg(type, -12)
                        .arg(item.description)
                        .toUtf8();
        }
        if (result.items.isEmpty())
            text = scanFoundNothing(options.scanPath).toUtf8() + '\n';
        writeTo(stdout, text);
    }
    if (result.cancelled) {
        writeError(scanInterrupted(options.scanPath, result.scannedBytes));
        return kExitInterrupted;
    }
    return kExitSuccess;
}

} // namespace rangecopy
