// rangecopy-cli: copy a byte range of one file into another from the command line.

#include "clioptions.h"
#include "clireport.h"
#include "rangereader.h"
#include "transferengine.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>

namespace {

rangecopy::TransferControl* g_control = nullptr;

void cancelOnSignal(int)
{
    g_control->cancel();
}

void installSignalHandlers(rangecopy::TransferControl& control)
{
    g_control = &control;
    struct sigaction action {};
    action.sa_handler = cancelOnSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a long system call returns early so we stop sooner
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    // A file size limit should show as "file too large", not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
}

void write(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace rangecopy;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rangecopy-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RANGECOPY_VERSION));

    // Paths travel as QString; a name that is not valid in the locale's encoding would come
    // back as another name, so it is refused rather than written somewhere else.
    for (int i = 1; i < argc; ++i) {
        if (QFile::encodeName(QFile::decodeName(argv[i])) != QByteArray(argv[i])) {
            write(stderr, QStringLiteral("rangecopy-cli: the argument '%1' is not valid %2 text; "
                                         "rename the file or use a link with a valid name\n")
                              .arg(QFile::decodeName(argv[i]), QStringLiteral("UTF-8"))
                              .toUtf8());
            return kExitBadInput;
        }
    }
    const CliOptions options = parseCliArguments(QCoreApplication::arguments().mid(1));
    switch (options.action) {
    case CliOptions::Action::ShowHelp:
        write(stdout, options.helpText.toUtf8());
        return 0;
    case CliOptions::Action::ShowVersion:
        write(stdout, QByteArrayLiteral("rangecopy-cli " RANGECOPY_VERSION "\n"));
        return 0;
    case CliOptions::Action::Fail:
        if (options.json)
            write(stdout, CliReport::jsonUsageError(options.error));
        write(stderr, QStringLiteral("rangecopy-cli: %1\n").arg(options.error).toUtf8());
        return kExitBadInput;
    case CliOptions::Action::Copy:
        break;
    }

    TransferControl control;
    installSignalHandlers(control);
    ProgressLine progressLine;
    qint64 lastDone = 0;
    qint64 lastExpected = 0;
    ProgressCallback progress;
    if (options.progress) {
        progress = [&](qint64 done, qint64 expected) {
            lastDone = done;
            lastExpected = expected;
            write(stderr, progressLine.update(done, expected));
        };
    }
    const TransferResult result = runTransfer(options.request, progress, &control);
    if (options.progress)
        write(stderr, progressLine.finish(lastDone, lastExpected));

    std::optional<QByteArray> preview;
    if (result.ok() && options.previewBytes) {
        // Read back from the destination, as the seed does with lseek + read.
        const RangeReadResult readBack =
            readRange(options.request.destinationPath, result.destinationStart,
                      std::min(*options.previewBytes, result.bytesSent));
        if (!readBack.ok()) {
            write(stderr, QStringLiteral("rangecopy-cli: %1\n").arg(readBack.error).toUtf8());
            return kExitTransferFailed;
        }
        preview = readBack.bytes;
    }
    const CliReport report(options, result, preview);
    write(stdout, report.standardOutput());
    write(stderr, report.standardError());
    return report.exitCode();
}
