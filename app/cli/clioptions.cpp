#include "app/cli/clioptions.h"

#include "app/common/rangeoptions.h"
#include "core/text/bytesize.h"
#include "core/text/quoted.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace rangecopy {

namespace {

const QString kPreviewEquals = QStringLiteral("--preview=");
const QString kHashFileEquals = QStringLiteral("--hash-file=");
const QString kProgressEquals = QStringLiteral("--progress=");

// The CLI's own options; the range and mode come from RangeOptions, shared with the window.
struct Options {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::CliOptions)

public:
    RangeOptions range;
    QCommandLineOption destOffset{
        QStringLiteral("dest-offset"),
        Options::tr("With --mode overwrite: write at byte N of DESTINATION "
                    "(default 0)."),
        QStringLiteral("N")};
    QCommandLineOption method{
        QStringLiteral("method"),
        Options::tr("How to copy: auto (default: shares blocks where the file system can, "
                    "else sendfile, or read-write where it is faster), sendfile, "
                    "copy_file_range or read-write."),
        QStringLiteral("METHOD")};
    QCommandLineOption sparse{
        QStringLiteral("sparse"),
        Options::tr("Holes of a sparse SOURCE: auto (default) keeps them as holes in "
                    "DESTINATION, always also makes holes of blocks of zeros, never writes "
                    "every byte (as cp --sparse)."),
        QStringLiteral("WHEN")};
    QCommandLineOption chunkSize{
        QStringLiteral("chunk-size"),
        Options::tr("Bytes per system call and progress step (default 8 MiB)."),
        QStringLiteral("N")};
    QCommandLineOption limitRate{
        QStringLiteral("limit-rate"),
        Options::tr("Copy at most RATE bytes per second on average (e.g. 20M or 500KiB/s), "
                    "so that a slow USB stick or network share leaves room for other work."),
        QStringLiteral("RATE")};
    QCommandLineOption verify{
        QStringLiteral("verify"),
        Options::tr("Read both ranges back after the copy and compare them; with --sync, "
                    "DESTINATION is read back from the disk, not the page cache. A difference "
                    "is named by its first offset and how many bytes differ.")};
    QCommandLineOption hash{
        QStringLiteral("hash"),
        Options::tr("Compute a digest of the copied range while copying: md5, sha1, sha256, "
                    "sha512, blake2b (BLAKE2b-512, as b2sum), xxh3 or xxh128. May be given "
                    "several times; printed as sha256sum prints them."),
        QStringLiteral("ALGO")};
    QCommandLineOption hashFile{
        QStringLiteral("hash-file"),
        Options::tr("Write a checksum file for each --hash beside DESTINATION "
                    "(DESTINATION.sha256, .b2, .xxh3, ...), which sha256sum -c, b2sum -c, "
                    "md5sum -c and xxhsum -c check; --hash-file=PATH for one digest. Replace "
                    "and new mode.")};
    QCommandLineOption expect{
        QStringLiteral("expect"),
        Options::tr("The range must have this digest (e.g. sha256:9f86d0...): in replace and "
                    "new mode DESTINATION is put in place only if it matches; in overwrite "
                    "and append mode it is checked before anything is written. Exit 2 when "
                    "it does not match."),
        QStringLiteral("ALGO:HEX")};
    QCommandLineOption sync{QStringLiteral("sync"),
                            Options::tr("Flush DESTINATION to disk before reporting success.")};
    QCommandLineOption preview{{QStringLiteral("p"), QStringLiteral("preview")},
                               Options::tr("Print the first bytes of the copy, read back from "
                                           "DESTINATION (--preview=N for N bytes, default 100).")};
    QCommandLineOption json{QStringLiteral("json"),
                            Options::tr("Print one JSON object with the result instead of text.")};
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")},
                             Options::tr("Print nothing on success.")};
    QCommandLineOption progress{
        QStringLiteral("progress"),
        Options::tr("Show a live progress line on standard error; --progress=json writes JSON "
                    "lines there instead (start, progress with bytes, speed and time left, "
                    "end of each copy), for other programs.")};
    QCommandLineOption batch{
        QStringLiteral("batch"),
        Options::tr("Run the copies listed in FILE (- for standard input), one JSON object per "
                    "line with the keys of --json's output: {\"source\": ..., "
                    "\"destination\": ..., \"offset\": ..., \"count\": ..., \"mode\": "
                    "...}. Prints one JSON result per line, with \"line\": N. Exit 0 when "
                    "all succeeded, 2 when any failed, 1 for a malformed line (nothing is "
                    "copied then)."),
        QStringLiteral("FILE")};
    QCommandLineOption split{
        QStringLiteral("split"),
        Options::tr("Split SOURCE into pieces of SIZE bytes named SOURCE.001, SOURCE.002, ... "
                    "(in FOLDER, the second argument, or beside SOURCE), each put in place "
                    "atomically; with --hash, one checksum file for all pieces."),
        QStringLiteral("SIZE")};
    QCommandLineOption splitCount{
        QStringLiteral("split-count"),
        Options::tr("Split SOURCE into N pieces of equal size (the last may be shorter)."),
        QStringLiteral("N")};
    QCommandLineOption join{
        QStringLiteral("join"),
        Options::tr("Join the pieces given as arguments, in their order, into DESTINATION, "
                    "which is put in place only once all are in. A first piece NAME.001 alone "
                    "brings the rest of its run; a missing one is refused."),
        QStringLiteral("DESTINATION")};
    QCommandLineOption scan{
        QStringLiteral("scan"),
        Options::tr("List what SOURCE holds: partition tables and partitions, file systems, "
                    "archives and compressed streams, images, documents and programs, each with "
                    "its offset and length (and how the length is known), in one pass. With "
                    "--json, one object: {\"items\": [...], \"scanned_bytes\": N}.")};
    QCommandLineOption stopOnError{QStringLiteral("stop-on-error"),
                                   Options::tr("With --batch: stop at the first copy that fails.")};
    QCommandLineOption backup{
        QStringLiteral("backup"),
        Options::tr("Keep what the copy changes in DESTINATION beside it (.NAME.rangecopy-undo*), "
                    "so that --undo can put it back: the bytes an overwrite replaces, the "
                    "length before an append, a replaced file. Until the next copy into it.")};
    QCommandLineOption keepPartial{
        QStringLiteral("keep-partial"),
        Options::tr("Replace and new mode: if the copy fails or is cancelled (also if it is "
                    "killed), keep what was copied beside DESTINATION (.NAME.rangecopy-partial, "
                    "removed after 7 days) for --resume.")};
    QCommandLineOption resume{
        QStringLiteral("resume"),
        Options::tr("Go on with a copy that --keep-partial kept: the same SOURCE, range and "
                    "DESTINATION, SOURCE unchanged; the part is checked against SOURCE and only "
                    "the rest is copied. Without a kept part the copy starts from the "
                    "beginning.")};
    QCommandLineOption allowDevice{
        QStringLiteral("allow-device"),
        Options::tr("Let DESTINATION be a block device (a disk, a partition, an SD card): "
                    "overwrite mode only, never while it is mounted, flushed before "
                    "success. What the range covers on it is lost.")};
    QCommandLineOption compare{
        QStringLiteral("compare"),
        Options::tr("Compare the range of SOURCE with OTHER (from --other-offset) and copy "
                    "nothing: the first differing byte and how many differ. Exit 0 when the "
                    "same, 3 when they differ."),
        QStringLiteral("OTHER")};
    QCommandLineOption otherOffset{
        QStringLiteral("other-offset"),
        Options::tr("With --compare: start at byte N of OTHER (default 0)."), QStringLiteral("N")};
    QCommandLineOption undo{
        QStringLiteral("undo"),
        Options::tr("Put DESTINATION back as it was before the last copy into it made with "
                    "--backup (or by the window), and copy nothing. Refused when the file was "
                    "changed since."),
        QStringLiteral("DESTINATION")};
};

// QCommandLineParser has no options with an optional value: take "--preview=N" and
// "--hash-file=PATH" apart first.
QStringList splitOptionalValues(const QStringList& arguments, std::optional<QString>& previewValue,
                                std::optional<QString>& hashFileValue,
                                std::optional<QString>& progressValue)
{
    QStringList result;
    bool positionalOnly = false;
    for (const QString& argument : arguments) {
        if (!positionalOnly && argument == QLatin1String("--"))
            positionalOnly = true;
        if (!positionalOnly && argument.startsWith(kPreviewEquals)) {
            previewValue = argument.mid(kPreviewEquals.size());
            result << QStringLiteral("--preview");
        } else if (!positionalOnly && argument.startsWith(kProgressEquals)) {
            progressValue = argument.mid(kProgressEquals.size());
            result << QStringLiteral("--progress");
        } else if (!positionalOnly && argument.startsWith(kHashFileEquals)) {
            hashFileValue = argument.mid(kHashFileEquals.size());
            result << QStringLiteral("--hash-file");
        } else {
            result << argument;
        }
    }
    return result;
}

CliOptions failure(const QString& message)
{
    CliOptions options;
    options.action = CliOptions::Action::Fail;
    options.error = message;
    return options;
}

// --compare OTHER SOURCE [--offset N] [--count N] [--other-offset N]: nothing is copied.
CliOptions parseCompare(QCommandLineParser& parser, Options& o, const QStringList& paths)
{
    if (paths.size() != 1)
        return failure(paths.isEmpty()
                           ? Options::tr("--compare needs SOURCE, whose range is compared")
                           : Options::tr("--compare takes SOURCE only, not a DESTINATION: it "
                                         "copies nothing"));
    CliOptions options;
    CompareRequest& compare = options.compare;
    compare.sourcePath = paths.first();
    compare.otherPath = parser.value(o.compare);
    if (compare.sourcePath.isEmpty())
        return failure(Options::tr("the SOURCE path is empty"));
    if (compare.otherPath.isEmpty())
        return failure(Options::tr("the --compare path is empty"));
    if (QString error = o.range.read(parser); !error.isEmpty())
        return failure(error);
    compare.offset = o.range.offset.value_or(0);
    compare.count = o.range.count;
    if (parser.isSet(o.otherOffset)) {
        if (QString error = RangeOptions::readByteSize(parser, o.otherOffset, compare.otherOffset);
            !error.isEmpty())
            return failure(error);
    }
    options.json = parser.isSet(o.json);
    options.quiet = parser.isSet(o.quiet);
    options.action = CliOptions::Action::Compare;
    return options;
}

// --batch FILE: each job's options come from its line, so the command line holds only what
// is about the whole run.
CliOptions parseBatch(const QCommandLineParser& parser, const Options& o, const QStringList& paths,
                      CliOptions options)
{
    if (!paths.isEmpty())
        return failure(Options::tr("--batch takes no SOURCE or DESTINATION: each line of %1 "
                                   "names its own")
                           .arg(quoted(parser.value(o.batch))));
    const QStringList allowed{o.batch.names() + o.stopOnError.names() + o.progress.names() +
                              o.json.names() + o.quiet.names()};
    for (const QString& name : parser.optionNames()) {
        if (!allowed.contains(name))
            return failure(Options::tr("--batch takes the options of each copy from its line, "
                                       "not from the command line: put %1 into the lines "
                                       "(see --help)")
                               .arg(name.size() == 1 ? u'-' + name : QStringLiteral("--") + name));
    }
    options.batchPath = parser.value(o.batch);
    if (options.batchPath.isEmpty())
        return failure(Options::tr("the --batch path is empty: name a file, or - for standard "
                                   "input"));
    options.stopOnError = parser.isSet(o.stopOnError);
    options.json = true; // a result per line, always
    options.quiet = parser.isSet(o.quiet);
    options.action = CliOptions::Action::Batch;
    return options;
}

// The options a split or join takes besides its own: the digests (split), the checks and the
// output. Anything else is refused rather than ignored.
QString checkOnlyOptions(const QCommandLineParser& parser, const QStringList& allowed,
                         const QString& action)
{
    for (const QString& name : parser.optionNames()) {
        if (!allowed.contains(name))
            return Options::tr("%1 does not take %2")
                .arg(action, name.size() == 1 ? u'-' + name : QStringLiteral("--") + name);
    }
    return {};
}

// --split SIZE SOURCE [FOLDER], --split-count N SOURCE [FOLDER].
CliOptions parseSplit(const QCommandLineParser& parser, const Options& o, const QStringList& paths,
                      CliOptions options)
{
    const QStringList allowed{o.split.names() + o.splitCount.names() + o.hash.names() +
                              o.verify.names() + o.sync.names() + o.progress.names() +
                              o.json.names() + o.quiet.names()};
    if (QString error = checkOnlyOptions(parser, allowed, QStringLiteral("--split"));
        !error.isEmpty())
        return failure(error);
    if (parser.isSet(o.split) && parser.isSet(o.splitCount))
        return failure(Options::tr("give --split SIZE or --split-count N, not both"));
    if (paths.isEmpty() || paths.size() > 2)
        return failure(paths.isEmpty()
                           ? Options::tr("--split needs SOURCE (and may take a FOLDER)")
                           : Options::tr("too many arguments: --split takes SOURCE and a FOLDER, "
                                         "got %1 too")
                                 .arg(quoted(paths.at(2))));
    SplitRequest& split = options.split;
    split.sourcePath = paths.at(0);
    split.folder = paths.value(1);
    if (split.sourcePath.isEmpty())
        return failure(Options::tr("the SOURCE path is empty"));
    if (parser.isSet(o.split)) {
        const ParsedByteSize size = parseByteSize(parser.value(o.split));
        if (!size.ok())
            return failure(QStringLiteral("--split: %1").arg(size.error));
        if (size.value == 0)
            return failure(Options::tr("--split: a piece must hold at least 1 byte"));
        split.pieceSize = size.value;
    } else {
        bool ok = false;
        const int count = parser.value(o.splitCount).toInt(&ok);
        if (!ok || count < 1 || count > 999999)
            return failure(Options::tr("--split-count: %1 is not a number of pieces from 1 to "
                                       "999999")
                               .arg(quoted(parser.value(o.splitCount))));
        split.pieceCount = count;
    }
    for (const QString& name : parser.values(o.hash)) {
        const auto algorithm = digestFromName(name);
        if (!algorithm)
            return failure(Options::tr("--hash: unknown digest %1: use %2")
                               .arg(quoted(name), digestNames().join(u", ")));
        if (!split.digests.contains(*algorithm))
            split.digests << *algorithm;
    }
    split.verify = parser.isSet(o.verify);
    split.syncToDisk = parser.isSet(o.sync);
    options.json = parser.isSet(o.json);
    options.quiet = parser.isSet(o.quiet);
    options.action = CliOptions::Action::Split;
    return options;
}

// --join DESTINATION PIECE...
CliOptions parseJoin(const QCommandLineParser& parser, const Options& o, const QStringList& paths,
                     CliOptions options)
{
    const QStringList allowed{o.join.names() + o.sync.names() + o.progress.names() +
                              o.json.names() + o.quiet.names()};
    if (QString error = checkOnlyOptions(parser, allowed, QStringLiteral("--join"));
        !error.isEmpty())
        return failure(error);
    if (paths.isEmpty())
        return failure(Options::tr("--join needs the pieces: the first one (NAME.001) or each "
                                   "of them in order"));
    options.join.destinationPath = parser.value(o.join);
    options.join.piecePaths = paths;
    options.join.syncToDisk = parser.isSet(o.sync);
    if (options.join.destinationPath.isEmpty())
        return failure(Options::tr("the --join path is empty"));
    if (paths.contains(QString()))
        return failure(Options::tr("a piece's path is empty"));
    options.json = parser.isSet(o.json);
    options.quiet = parser.isSet(o.quiet);
    options.action = CliOptions::Action::Join;
    return options;
}

// --scan SOURCE [--json]
CliOptions parseScan(const QCommandLineParser& parser, const Options& o, const QStringList& paths,
                     CliOptions options)
{
    const QStringList allowed{o.scan.names() + o.json.names() + o.quiet.names() +
                              o.progress.names()};
    if (QString error = checkOnlyOptions(parser, allowed, QStringLiteral("--scan"));
        !error.isEmpty())
        return failure(error);
    if (paths.size() != 1 || paths.first().isEmpty())
        return failure(Options::tr("--scan takes one SOURCE: the file or disk to look into"));
    options.scanPath = paths.first();
    options.json = parser.isSet(o.json);
    options.quiet = parser.isSet(o.quiet);
    options.action = CliOptions::Action::Scan;
    return options;
}

// Reads the arguments with a parser that has been given no options yet.
CliOptions parseWith(QCommandLineParser& parser, Options& o, const QStringList& arguments)
{
    parser.setApplicationDescription(Options::tr(
        "Copy a byte range of SOURCE into DESTINATION with sendfile(2).\n\n"
        "Numbers take bytes (4096), hexadecimal (0x1000) and units: K/KiB = 1024, KB = 1000,\n"
        "M/MiB, MB, G/GiB, GB, T/TiB, TB, e.g. \"4 KiB\" or 1.5MB.\n\n"
        "With --undo DESTINATION, the last copy into DESTINATION is undone instead.\n\n"
        "Exit status: 0 success (also when SOURCE ended before the count), 1 bad usage or\n"
        "input (nothing written; also an undo refused), 2 the transfer or the undo failed,\n"
        "130 interrupted."));
    o.range.addTo(parser);
    parser.addOptions({o.destOffset,  o.method,      o.sparse,     o.chunkSize,   o.limitRate,
                       o.hash,        o.hashFile,    o.expect,     o.verify,      o.sync,
                       o.backup,      o.allowDevice, o.compare,    o.otherOffset, o.undo,
                       o.preview,     o.json,        o.quiet,      o.progress,    o.batch,
                       o.stopOnError, o.split,       o.splitCount, o.join,        o.keepPartial,
                       o.resume,      o.scan});
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"), Options::tr("The file to copy from."));
    parser.addPositionalArgument(QStringLiteral("DESTINATION"),
                                 Options::tr("The file to copy into."));

    std::optional<QString> previewValue;
    std::optional<QString> hashFileValue;
    std::optional<QString> progressValue;
    QStringList argv = splitOptionalValues(arguments, previewValue, hashFileValue, progressValue);
    argv.prepend(QStringLiteral("rangecopy-cli"));
    if (!parser.parse(argv))
        return failure(parser.errorText());

    CliOptions options;
    if (parser.isSet(help)) {
        options.action = CliOptions::Action::ShowHelp;
        // Qt names the executable as it was invoked ("build/app/rangecopy-cli"); say its name.
        options.helpText =
            parser.helpText().replace(QRegularExpression(QStringLiteral("^([^:\\n]+): \\S+")),
                                      QStringLiteral("\\1: rangecopy-cli"));
        return options;
    }
    if (parser.isSet(version)) {
        options.action = CliOptions::Action::ShowVersion;
        return options;
    }

    if (parser.isSet(o.progress)) {
        options.progress = CliOptions::Progress::Line;
        if (progressValue) {
            if (*progressValue != QLatin1String("json"))
                return failure(Options::tr("--progress=%1: the only form is --progress=json")
                                   .arg(*progressValue));
            options.progress = CliOptions::Progress::Json;
        }
    }
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(o.batch))
        return parseBatch(parser, o, paths, options);
    if (parser.isSet(o.split) || parser.isSet(o.splitCount))
        return parseSplit(parser, o, paths, options);
    if (parser.isSet(o.join))
        return parseJoin(parser, o, paths, options);
    if (parser.isSet(o.scan))
        return parseScan(parser, o, paths, options);
    if (parser.isSet(o.stopOnError))
        return failure(Options::tr("--stop-on-error goes with --batch only"));
    if (parser.isSet(o.undo)) {
        if (!paths.isEmpty())
            return failure(Options::tr("--undo takes no SOURCE or DESTINATION: it undoes the last "
                                       "copy into the file it names"));
        options.request.destinationPath = parser.value(o.undo);
        if (options.request.destinationPath.isEmpty())
            return failure(Options::tr("the --undo path is empty"));
        options.json = parser.isSet(o.json);
        options.quiet = parser.isSet(o.quiet);
        options.action = CliOptions::Action::Undo;
        return options;
    }
    if (parser.isSet(o.compare))
        return parseCompare(parser, o, paths);
    if (parser.isSet(o.otherOffset))
        return failure(Options::tr("--other-offset goes with --compare only"));
    if (paths.size() < 2)
        return failure(paths.isEmpty() ? Options::tr("missing SOURCE and DESTINATION (see --help)")
                                       : Options::tr("missing DESTINATION (see --help)"));
    if (paths.size() > 2)
        return failure(
            Options::tr("too many arguments: expected SOURCE and DESTINATION, got %1 too")
                .arg(quoted(paths.at(2))));
    TransferRequest& request = options.request;
    request.sourcePath = paths.at(0);
    request.destinationPath = paths.at(1);
    if (request.sourcePath.isEmpty())
        return failure(Options::tr("the SOURCE path is empty"));
    if (request.destinationPath.isEmpty())
        return failure(Options::tr("the DESTINATION path is empty"));

    if (QString error = o.range.read(parser); !error.isEmpty())
        return failure(error);
    request.offset = o.range.offset.value_or(0);
    request.count = o.range.count;
    request.mode = o.range.mode.value_or(DestinationMode::Replace);
    if (parser.isSet(o.destOffset)) {
        if (request.mode != DestinationMode::Overwrite)
            return failure(Options::tr("--dest-offset goes with --mode overwrite only"));
        if (QString error =
                RangeOptions::readByteSize(parser, o.destOffset, request.destinationOffset);
            !error.isEmpty())
            return failure(error);
    }
    if (parser.isSet(o.method)) {
        const auto method = methodFromName(parser.value(o.method));
        if (!method)
            return failure(Options::tr("--method: unknown method %1: use %2")
                               .arg(quoted(parser.value(o.method)), methodNames().join(u", ")));
        request.method = *method;
    }
    if (parser.isSet(o.sparse)) {
        const auto sparse = sparseModeFromName(parser.value(o.sparse));
        if (!sparse)
            return failure(Options::tr("--sparse: unknown value %1: use %2")
                               .arg(quoted(parser.value(o.sparse)), sparseModeNames().join(u", ")));
        request.sparse = *sparse;
    }
    if (parser.isSet(o.chunkSize)) {
        if (QString error = RangeOptions::readByteSize(parser, o.chunkSize, request.chunkSize);
            !error.isEmpty())
            return failure(error);
    }
    if (parser.isSet(o.limitRate)) {
        const auto rate = parseRate(parser.value(o.limitRate));
        if (!rate.ok())
            return failure(QStringLiteral("--limit-rate: %1").arg(rate.error));
        if (rate.value == 0)
            return failure(Options::tr("--limit-rate: a rate of 0 would copy nothing; leave "
                                       "the option out to copy at full speed"));
        request.rateLimit = rate.value;
    }
    for (const QString& name : parser.values(o.hash)) {
        const auto algorithm = digestFromName(name);
        if (!algorithm)
            return failure(Options::tr("--hash: unknown digest %1: use %2")
                               .arg(quoted(name), digestNames().join(u", ")));
        request.digests << *algorithm;
    }
    if (parser.isSet(o.expect)) {
        const ParsedDigest expected = parseDigest(parser.value(o.expect));
        if (!expected.digest)
            return failure(QStringLiteral("--expect: %1").arg(expected.error));
        request.expectedDigest = *expected.digest;
    }
    if (parser.isSet(o.hashFile)) {
        request.writeChecksumFiles = true;
        if (hashFileValue) {
            if (hashFileValue->isEmpty())
                return failure(Options::tr("--hash-file=: the checksum file's path is empty"));
            request.checksumFilePath = *hashFileValue;
        }
    }
    if (const QString reason = checkDigestOptions(request); !reason.isEmpty())
        return failure(reason);
    request.verify = parser.isSet(o.verify);
    request.syncToDisk = parser.isSet(o.sync);
    request.keepUndo = parser.isSet(o.backup);
    request.allowDevice = parser.isSet(o.allowDevice);
    request.keepPartial = parser.isSet(o.keepPartial);
    request.resume = parser.isSet(o.resume);
    if (const QString reason = checkResumeOptions(request); !reason.isEmpty())
        return failure(reason);

    if (parser.isSet(o.preview)) {
        options.previewBytes = kDefaultPreviewBytes;
        if (previewValue) {
            const ParsedByteSize parsed = parseByteSize(*previewValue);
            if (!parsed.ok())
                return failure(QStringLiteral("--preview: %1").arg(parsed.error));
            options.previewBytes = parsed.value;
        }
    }
    options.json = parser.isSet(o.json);
    options.quiet = parser.isSet(o.quiet);

    if (const QString reason = checkRequestNumbers(request); !reason.isEmpty())
        return failure(reason);
    options.action = CliOptions::Action::Copy;
    return options;
}

} // namespace

CliOptions parseCliArguments(const QStringList& arguments)
{
    Options o;
    QCommandLineParser parser;
    CliOptions options = parseWith(parser, o, arguments);
    // A script that asked for JSON reads its usage error as JSON too, whatever else was wrong.
    if (options.action == CliOptions::Action::Fail)
        options.json = parser.isSet(o.json);
    return options;
}

} // namespace rangecopy
