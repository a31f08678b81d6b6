#include "app/cli/clioptions.h"

#include "core/text/bytesize.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace rangecopy {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rangecopy::CliOptions", text);
}

const QString kPreviewEquals = QStringLiteral("--preview=");

struct Options {
    QCommandLineOption offset{{QStringLiteral("o"), QStringLiteral("offset")},
                              tr("Start copying at byte N of SOURCE (default 0)."),
                              QStringLiteral("N")};
    QCommandLineOption count{{QStringLiteral("n"), QStringLiteral("count")},
                             tr("Copy N bytes (default: to the end of SOURCE)."),
                             QStringLiteral("N")};
    QCommandLineOption mode{{QStringLiteral("m"), QStringLiteral("mode")},
                            tr("What to do to DESTINATION: replace (default), overwrite, append "
                               "or new."),
                            QStringLiteral("MODE")};
    QCommandLineOption destOffset{QStringLiteral("dest-offset"),
                                  tr("With --mode overwrite: write at byte N of DESTINATION "
                                     "(default 0)."),
                                  QStringLiteral("N")};
    QCommandLineOption method{QStringLiteral("method"),
                              tr("How to copy: auto (default: sendfile, or read-write where "
                                 "it is faster), sendfile, copy_file_range or read-write."),
                              QStringLiteral("METHOD")};
    QCommandLineOption chunkSize{QStringLiteral("chunk-size"),
                                 tr("Bytes per system call and progress step (default 8 MiB)."),
                                 QStringLiteral("N")};
    QCommandLineOption verify{QStringLiteral("verify"),
                              tr("Read both ranges back after the copy and compare them.")};
    QCommandLineOption sync{QStringLiteral("sync"),
                            tr("Flush DESTINATION to disk before reporting success.")};
    QCommandLineOption preview{{QStringLiteral("p"), QStringLiteral("preview")},
                               tr("Print the first bytes of the copy, read back from "
                                  "DESTINATION (--preview=N for N bytes, default 100).")};
    QCommandLineOption json{QStringLiteral("json"),
                            tr("Print one JSON object with the result instead of text.")};
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")},
                             tr("Print nothing on success.")};
    QCommandLineOption progress{QStringLiteral("progress"),
                                tr("Show a live progress line on standard error.")};
};

// QCommandLineParser has no options with an optional value: take "--preview=N" apart first.
QStringList splitPreviewValue(const QStringList& arguments, std::optional<QString>& previewValue)
{
    QStringList result;
    bool positionalOnly = false;
    for (const QString& argument : arguments) {
        if (!positionalOnly && argument == QLatin1String("--"))
            positionalOnly = true;
        if (!positionalOnly && argument.startsWith(kPreviewEquals)) {
            previewValue = argument.mid(kPreviewEquals.size());
            result << QStringLiteral("--preview");
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

// Reads a byte amount option; returns false (and sets error) when it is malformed.
bool readSize(const QCommandLineParser& parser, const QCommandLineOption& option, qint64& value,
              QString& error)
{
    const ParsedByteSize parsed = parseByteSize(parser.value(option));
    if (!parsed.ok()) {
        error = QStringLiteral("--%1: %2").arg(option.names().constLast(), parsed.error);
        return false;
    }
    value = parsed.value;
    return true;
}

// Reads the arguments with a parser that has been given no options yet.
CliOptions parseWith(QCommandLineParser& parser, const Options& o, const QStringList& arguments)
{
    parser.setApplicationDescription(
        tr("Copy a byte range of SOURCE into DESTINATION with sendfile(2).\n\n"
           "Numbers take bytes (4096), hexadecimal (0x1000) and units: K/KiB = 1024, KB = 1000,\n"
           "M/MiB, MB, G/GiB, GB, T/TiB, TB, e.g. \"4 KiB\" or 1.5MB.\n\n"
           "Exit status: 0 success (also when SOURCE ended before the count), 1 bad usage or\n"
           "input (nothing written), 2 the transfer failed, 130 interrupted."));
    parser.addOptions({o.offset, o.count, o.mode, o.destOffset, o.method, o.chunkSize, o.verify,
                       o.sync, o.preview, o.json, o.quiet, o.progress});
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("The file to copy from."));
    parser.addPositionalArgument(QStringLiteral("DESTINATION"), tr("The file to copy into."));

    std::optional<QString> previewValue;
    QStringList argv = splitPreviewValue(arguments, previewValue);
    argv.prepend(QStringLiteral("rangecopy-cli"));
    if (!parser.parse(argv))
        return failure(parser.errorText());

    CliOptions options;
    if (parser.isSet(help)) {
        options.action = CliOptions::Action::ShowHelp;
        // Qt names the executable as it was invoked ("build/app/rangecopy-cli"); say its name.
        options.helpText =
            parser.helpText().replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                                      QStringLiteral("Usage: rangecopy-cli"));
        return options;
    }
    if (parser.isSet(version)) {
        options.action = CliOptions::Action::ShowVersion;
        return options;
    }

    const QStringList paths = parser.positionalArguments();
    if (paths.size() < 2)
        return failure(paths.isEmpty() ? tr("missing SOURCE and DESTINATION (see --help)")
                                       : tr("missing DESTINATION (see --help)"));
    if (paths.size() > 2)
        return failure(tr("too many arguments: expected SOURCE and DESTINATION, got '%1' too")
                           .arg(paths.at(2)));
    TransferRequest& request = options.request;
    request.sourcePath = paths.at(0);
    request.destinationPath = paths.at(1);
    if (request.sourcePath.isEmpty())
        return failure(tr("the SOURCE path is empty"));
    if (request.destinationPath.isEmpty())
        return failure(tr("the DESTINATION path is empty"));

    QString error;
    if (parser.isSet(o.offset) && !readSize(parser, o.offset, request.offset, error))
        return failure(error);
    if (parser.isSet(o.count)) {
        qint64 count = 0;
        if (!readSize(parser, o.count, count, error))
            return failure(error);
        request.count = count;
    }
    if (parser.isSet(o.mode)) {
        const auto mode = modeFromName(parser.value(o.mode));
        if (!mode)
            return failure(tr("--mode: unknown mode '%1': use %2")
                               .arg(parser.value(o.mode), modeNames().join(u", ")));
        request.mode = *mode;
    }
    if (parser.isSet(o.destOffset)) {
        if (request.mode != DestinationMode::Overwrite)
            return failure(tr("--dest-offset goes with --mode overwrite only"));
        if (!readSize(parser, o.destOffset, request.destinationOffset, error))
            return failure(error);
    }
    if (parser.isSet(o.method)) {
        const auto method = methodFromName(parser.value(o.method));
        if (!method)
            return failure(tr("--method: unknown method '%1': use %2")
                               .arg(parser.value(o.method), methodNames().join(u", ")));
        request.method = *method;
    }
    if (parser.isSet(o.chunkSize) && !readSize(parser, o.chunkSize, request.chunkSize, error))
        return failure(error);
    request.verify = parser.isSet(o.verify);
    request.syncToDisk = parser.isSet(o.sync);

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
    options.progress = parser.isSet(o.progress);

    if (const QString reason = checkRequestNumbers(request); !reason.isEmpty())
        return failure(reason);
    options.action = CliOptions::Action::Copy;
    return options;
}

} // namespace

CliOptions parseCliArguments(const QStringList& arguments)
{
    const Options o;
    QCommandLineParser parser;
    CliOptions options = parseWith(parser, o, arguments);
    // A script that asked for JSON reads its usage error as JSON too, whatever else was wrong.
    if (options.action == CliOptions::Action::Fail)
        options.json = parser.isSet(o.json);
    return options;
}

} // namespace rangecopy
