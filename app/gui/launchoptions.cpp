#include "app/gui/launchoptions.h"

#include "core/text/bytesize.h"
#include "ui/window/mainwindow.h"
#include "ui/window/transferform.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace rangecopy {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rangecopy::LaunchOptions", text);
}

LaunchOptions failure(const QString& message)
{
    LaunchOptions options;
    options.action = LaunchOptions::Action::Fail;
    options.error = message;
    return options;
}
} // namespace

LaunchOptions parseLaunchArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("RangeCopy: copy a byte range of one file into another.\n"
           "The arguments fill in the window; the copy starts when you press Start."));
    const QCommandLineOption offset({QStringLiteral("o"), QStringLiteral("offset")},
                                    tr("Start at byte N of SOURCE."), QStringLiteral("N"));
    const QCommandLineOption count({QStringLiteral("n"), QStringLiteral("count")},
                                   tr("Copy N bytes (default: to the end of SOURCE)."),
                                   QStringLiteral("N"));
    const QCommandLineOption mode({QStringLiteral("m"), QStringLiteral("mode")},
                                  tr("replace, overwrite, append or new."), QStringLiteral("MODE"));
    parser.addOptions({offset, count, mode});
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("The file to copy from."),
                                 QStringLiteral("[SOURCE"));
    parser.addPositionalArgument(QStringLiteral("DESTINATION"), tr("The file to copy into."),
                                 QStringLiteral("[DESTINATION]]"));

    if (!parser.parse(QStringList{QStringLiteral("rangecopy")} + arguments))
        return failure(parser.errorText());
    LaunchOptions options;
    if (parser.isSet(help)) {
        options.action = LaunchOptions::Action::ShowHelp;
        // Qt names the running executable, or a placeholder before QApplication exists.
        options.helpText = parser.helpText().replace(
            QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: rangecopy"));
        return options;
    }
    if (parser.isSet(version)) {
        options.action = LaunchOptions::Action::ShowVersion;
        return options;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.size() > 2)
        return failure(tr("too many arguments: expected at most SOURCE and DESTINATION"));
    // Absolute paths, so that the window's folder does not matter later.
    if (!paths.isEmpty())
        options.sourcePath = QFileInfo(paths.at(0)).absoluteFilePath();
    if (paths.size() > 1)
        options.destinationPath = QFileInfo(paths.at(1)).absoluteFilePath();
    for (auto [option, target] :
         {std::pair{&offset, &options.offset}, std::pair{&count, &options.count}}) {
        if (!parser.isSet(*option))
            continue;
        const ParsedByteSize parsed = parseByteSize(parser.value(*option));
        if (!parsed.ok())
            return failure(
                QStringLiteral("--%1: %2").arg(option->names().constLast(), parsed.error));
        *target = parsed.value;
    }
    if (parser.isSet(mode)) {
        options.mode = modeFromName(parser.value(mode));
        if (!options.mode)
            return failure(tr("--mode: unknown mode '%1': use %2")
                               .arg(parser.value(mode), modeNames().join(u", ")));
    }
    return options;
}

void applyLaunchOptions(MainWindow& window, const LaunchOptions& options)
{
    TransferRequest request = window.form()->request();
    if (options.sourcePath)
        request.sourcePath = *options.sourcePath;
    if (options.destinationPath)
        request.destinationPath = *options.destinationPath;
    if (options.offset)
        request.offset = *options.offset;
    if (options.count)
        request.count = options.count;
    if (options.mode)
        request.mode = *options.mode;
    window.form()->setRequest(request);
}

} // namespace rangecopy
