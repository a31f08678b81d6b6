// rangecopy-cli: copy a byte range of one file into another from the command line.

#include "app/cli/clioptions.h"
#include "app/cli/clireport.h"
#include "app/cli/clirun.h"
#include "app/common/rawarguments.h"
#include "app/common/translations.h"
#include "core/preview/rangereader.h"
#include "core/text/displaytext.h"
#include "core/transfer/testhooks.h"
#include "core/transfer/transferengine.h"
#include "core/transfer/undojournal.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace {

// The copy a signal cancels, while it runs. Cleared before the control goes away: a signal that
// comes once the copy is over (even while main() returns) then finds nothing to touch.
std::atomic<rangecopy::TransferControl*> g_control{nullptr};
static_assert(std::atomic<rangecopy::TransferControl*>::is_always_lock_free);

void cancelOnSignal(int)
{
    if (rangecopy::TransferControl* control = g_control.load())
        control->cancel();
}

void installSignalHandlers(rangecopy::TransferControl& control)
{
    g_control.store(&control);
    struct sigaction action {};
    action.sa_handler = cancelOnSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a long system call returns early so we stop sooner
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    // A file size limit should show as "file too large", not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
}

// One line on standard error, whatever the message quotes (a file name may hold a newline).
void writeError(const QString& message)
{
    rangecopy::writeTo(
        stderr, "rangecopy-cli: " + rangecopy::escapeForOneLine(message.toUtf8()).toUtf8() + '\n');
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace rangecopy;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rangecopy-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RANGECOPY_VERSION));
    installTranslations(app);

    // From argv, not QCoreApplication::arguments(): names that are not UTF-8 stay as they are.
    const CliOptions options = parseCliArguments(argumentsAsPaths(argc, argv));
    switch (options.action) {
    case CliOptions::Action::ShowHelp:
        writeTo(stdout, options.helpText.toUtf8());
        return 0;
    case CliOptions::Action::ShowVersion:
        writeTo(stdout, QByteArrayLiteral("rangecopy-cli " RANGECOPY_VERSION "\n"));
        return 0;
    case CliOptions::Action::Fail:
        if (options.json)
            writeTo(stdout, CliReport::jsonUsageError(options.error));
        writeError(options.error);
        return kExitBadInput;
    case CliOptions::Action::Undo: {
        const UndoResult undone = UndoJournal::undoLastCopy(options.request.destinationPath,
                                                            TestHooks::fromEnvironment().undoErrno);
        const UndoReport report(options, undone);
        writeTo(stdout, report.standardOutput());
        writeTo(stderr, report.standardError());
        return report.exitCode();
    }
    case CliOptions::Action::Compare: {
        const CompareReport report(options, compareFiles(options.compare));
        writeTo(stdout, report.standardOutput());
        writeTo(stderr, report.standardError());
        return report.exitCode();
    }
    case CliOptions::Action::Batch: {
        TransferControl control;
        installSignalHandlers(control);
        const int exitCode = runBatch(options, control);
        g_control.store(nullptr);
        return exitCode;
    }
    case CliOptions::Action::Split:
    case CliOptions::Action::Join: {
        TransferControl control;
        installSignalHandlers(control);
        const int exitCode = options.action == CliOptions::Action::Split
                                 ? runSplit(options, control)
                                 : runJoin(options, control);
        g_control.store(nullptr);
        return exitCode;
    }
    case CliOptions::Action::Scan: {
        TransferControl control;
        installSignalHandlers(control);
        const int exitCode = runScan(options, control);
        g_control.store(nullptr);
        return exitCode;
    }
    case CliOptions::Action::Copy:
        break;
    }

    TransferControl control;
    installSignalHandlers(control);
    const TransferResult result = runCliCopy(options.request, options.progress, 0, control);
    g_control.store(nullptr);

    std::optional<QByteArray> preview;
    if (result.ok() && options.previewBytes) {
        // Read back from the destination, as the seed does with lseek + read.
        const RangeReadResult readBack =
            readRange(options.request.destinationPath, result.destinationStart,
                      std::min(*options.previewBytes, result.bytesSent));
        if (!readBack.ok()) {
            writeError(readBack.error);
            return kExitTransferFailed;
        }
        preview = readBack.bytes;
    }
    const CliReport report(options, result, preview);
    writeTo(stdout, report.standardOutput());
    writeTo(stderr, report.standardError());
    return report.exitCode();
}
