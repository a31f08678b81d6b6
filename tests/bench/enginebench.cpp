// rangecopy-bench-engine: many small copies through the engine in one process, timed.
//
//   rangecopy-bench-engine SOURCE FOLDER [--copies N] [--size BYTES] [--mode replace|overwrite]
//
// Copy i takes SIZE bytes at offset ((i * 7919) mod blocks) * SIZE of SOURCE, where blocks is
// how many whole SIZE blocks SOURCE holds, and writes them to FOLDER/copy-<i>.bin, each copy a
// runTransfer() of its own (open, copy, publish), as a program carving ranges would call it.
// python_peers.py small does the same with os.sendfile. Prints one JSON object.

#include "core/transfer/transferengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cstdio>
#include <optional>
#include <sys/resource.h>
#include <vector>

using namespace rangecopy;

namespace {

constexpr qint64 kOffsetStride = 7919; // a prime, so the offsets spread over the whole file

qint64 peakResidentKib()
{
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "rangecopy-bench-engine: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Many small copies through the engine."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("source"), QStringLiteral("file to copy from"));
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("folder for the copies"));
    const QCommandLineOption copiesOption(QStringLiteral("copies"),
                                          QStringLiteral("number of copies"), QStringLiteral("N"),
                                          QStringLiteral("10000"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("bytes per copy"),
                                        QStringLiteral("BYTES"), QStringLiteral("4096"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        QStringLiteral("replace (default) or overwrite"),
                                        QStringLiteral("MODE"), QStringLiteral("replace"));
    parser.addOptions({copiesOption, sizeOption, modeOption});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(QStringLiteral("expected SOURCE and FOLDER"));
    const QString source = positional.at(0);
    const QDir folder(positional.at(1));
    const qint64 copies = parser.value(copiesOption).toLongLong();
    const qint64 size = parser.value(sizeOption).toLongLong();
    const std::optional<DestinationMode> mode = modeFromName(parser.value(modeOption));
    const qint64 blocks = size > 0 ? QFileInfo(source).size() / size - 1 : 0;
    if (copies <= 0 || size <= 0 || blocks <= 0 || !folder.exists() || !mode)
        return fail(QStringLiteral("bad arguments, or SOURCE smaller than two copies"));

    // Paths are made before the clock starts: the loop times the engine, not QString.
    std::vector<TransferRequest> requests(static_cast<std::size_t>(copies));
    for (qint64 i = 0; i < copies; ++i) {
        TransferRequest& request = requests[static_cast<std::size_t>(i)];
        request.sourcePath = source;
        request.destinationPath =
            folder.filePath(QStringLiteral("copy-%1.bin").arg(i, 5, 10, QLatin1Char('0')));
        request.offset = (i * kOffsetStride) % blocks * size;
        request.count = size;
        request.mode = *mode;
    }

    qint64 bytes = 0;
    const auto started = std::chrono::steady_clock::now();
    for (const TransferRequest& request : requests) {
        const TransferResult result = runTransfer(request);
        if (!result.ok())
            return fail(result.message);
        bytes += result.bytesSent;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    const QJsonObject report{
        {QStringLiteral("copies"), copies},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("copies_per_second"), double(copies) / seconds},
        {QStringLiteral("max_rss_kib"), peakResidentKib()},
    };
    std::puts(QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return bytes == copies * size ? 0 : fail(QStringLiteral("short copies"));
}
