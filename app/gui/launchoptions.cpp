#include "app/gui/launchoptions.h"

#include "app/common/rangeoptions.h"
#include "ui/window/mainwindow.h"
#include "ui/window/transferform.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace rangecopy {

namespace {
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
    parser.setApplicationDescription(LaunchOptions::tr(
        "RangeCopy: copy a byte range of one file into another.\n"
        "The arguments fill in the window; the copy starts when you press Start."));
    RangeOptions range;
    range.addTo(parser);
    const QCommandLineOption findContents(
        QStringList{QStringLiteral("find-contents")},
        LaunchOptions::tr("Open with the Contents list finding what SOURCE holds: partitions, "
                          "file systems, archives, images."));
    parser.addOption(findContents);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 LaunchOptions::tr("The file to copy from."),
                                 QStringLiteral("[SOURCE"));
    parser.addPositionalArgument(QStringLiteral("DESTINATION"),
                                 LaunchOptions::tr("The file to copy into."),
                                 QStringLiteral("[DESTINATION]]"));

    if (!parser.parse(QStringList{QStringLiteral("rangecopy")} + arguments)) {
        LaunchOptions failed = failure(parser.errorText());
        failed.unknownOption = !parser.unknownOptionNames().isEmpty();
        return failed;
    }
    LaunchOptions options;
    if (parser.isSet(help)) {
        options.action = LaunchOptions::Action::ShowHelp;
        // Qt names the running executable, or a placeholder before QApplication exists; the
        // "Usage" before it may be translated.
        options.helpText =
            parser.helpText().replace(QRegularExpression(QStringLiteral("^([^:\\n]+): \\S+")),
                                      QStringLiteral("\\1: rangecopy"));
        return options;
    }
    if (parser.isSet(version)) {
        options.action = LaunchOptions::Action::ShowVersion;
        return options;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.size() > 2)
        return failure(
            LaunchOptions::tr("too many arguments: expected at most SOURCE and DESTINATION"));
    // Absolute paths, so that the window's folder does not matter later.
    if (!paths.isEmpty())
        options.sourcePath = QFileInfo(paths.at(0)).absoluteFilePath();
    if (paths.size() > 1)
        options.destinationPath = QFileInfo(paths.at(1)).absoluteFilePath();
    if (QString error = range.read(parser); !error.isEmpty())
        return failure(error);
    options.offset = range.offset;
    options.count = range.count;
    options.mode = range.mode;
    options.findContents = parser.isSet(findContents);
    if (options.findContents && !options.sourcePath)
        return failure(LaunchOptions::tr("--find-contents needs a SOURCE to look into"));
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
