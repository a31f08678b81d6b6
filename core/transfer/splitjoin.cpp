#include "core/transfer/splitjoin.h"

#include "core/digest/checksumfile.h"
#include "core/io/fileerror.h"
#include "core/io/fileidentity.h"
#include "core/text/pathbytes.h"
#include "core/text/quoted.h"
#include "core/transfer/partfile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <dirent.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace rangecopy {

namespace {

struct SplitText {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::SplitJoin)
};

constexpr int kLeastDigits = 3;

bool exists(const QString& path)
{
    struct stat info {};
    return ::lstat(pathToBytes(path).constData(), &info) == 0;
}

QString folderOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash + 1);
}

QString fileNameOf(const QString& path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

// A progress callback that counts the bytes of earlier parts too.
ProgressCallback offsetProgress(const ProgressCallback& progress, const qint64& before,
                                qint64 total)
{
    if (!progress)
        return {};
    return [&progress, &before, total](qint64 done, qint64) {
        progress(before + done, total);
    };
}

} // namespace

QString pieceName(const QString& baseName, int number, int count)
{
    const int digits = std::max(kLeastDigits, int(QString::number(count).size()));
    return baseName + u'.' + QStringLiteral("%1").arg(number, digits, 10, QChar(u'0'));
}

QList<SplitPiece> planSplit(const SplitRequest& request, qint64 sourceSize)
{
    qint64 pieceSize = request.pieceSize;
    if (request.pieceCount > 0)
        pieceSize = std::max<qint64>(1, (sourceSize + request.pieceCount - 1) / request.pieceCount);
    if (pieceSize <= 0)
        return {};
    const int count = sourceSize == 0 ? 1 : int((sourceSize + pieceSize - 1) / pieceSize);
    QString folder = request.folder.isEmpty() ? folderOf(request.sourcePath) : request.folder;
    if (!folder.isEmpty() && !folder.endsWith(u'/'))
        folder += u'/';
    const QString base = folder + fileNameOf(request.sourcePath);
    QList<SplitPiece> pieces;
    for (int number = 1; number <= count; ++number) {
        const qint64 offset = (number - 1) * pieceSize;
        pieces.append(
            {pieceName(base, number, count), offset, std::min(pieceSize, sourceSize - offset), {}});
    }
    return pieces;
}

SplitResult splitFile(const SplitRequest& request, const ProgressCallback& progress,
                      TransferControl* control)
{
    SplitResult result;
    const auto fail = [&result](TransferError error, const QString& message, int systemError = 0) {
        result.error = error;
        result.message = message;
        result.systemError = systemError;
        return result;
    };
    if (request.pieceSize <= 0 && request.pieceCount <= 0)
        return fail(TransferError::InvalidArgument,
                    SplitText::tr("the piece size must be at least 1 byte"));
    if (request.pieceCount > 0 && request.pieceSize > 0)
        return fail(TransferError::InvalidArgument,
                    SplitText::tr("give the size of a piece or the number of pieces, not both"));
    // The engine's own look at the source, in its words.
    TransferRequest probe;
    probe.sourcePath = request.sourcePath;
    probe.destinationPath = pieceName(request.sourcePath, 1, 1);
    const TransferCheck check = checkTransfer(probe);
    if (!check.source.ok())
        return fail(check.source.error, check.source.message, check.source.systemError);
    if (check.sourceSizeUnknown || check.sourceSize < 0)
        return fail(TransferError::NotRegularFile,
                    SplitText::tr("cannot split %1: its size is not known in advance; copy it "
                                  "into a file first")
                        .arg(quoted(request.sourcePath)));
    const qint64 size = check.sourceSize;
    const QList<SplitPiece> plan = planSplit(request, size);
    // No piece of an earlier split is overwritten, or left after the new ones where a join
    // would take it for one of them.
    const QString base = plan.first().path.left(plan.first().path.lastIndexOf(u'.'));
    QStringList taken;
    for (const SplitPiece& piece : plan)
        taken << piece.path;
    taken << pieceName(base, int(plan.size()) + 1, int(plan.size()));
    for (const QString& path : taken) {
        if (exists(path))
            return fail(TransferError::DestinationExists,
                        SplitText::tr("%1 exists already: remove the pieces of the earlier split "
                                      "first, or split into another folder")
                            .arg(quoted(path)));
    }

    qint64 before = 0;
    for (const SplitPiece& planned : plan) {
        TransferRequest piece;
        piece.sourcePath = request.sourcePath;
        piece.destinationPath = planned.path;
        piece.offset = planned.offset;
        piece.count = planned.length;
        piece.mode = DestinationMode::CreateNew;
        piece.verify = request.verify;
        piece.syncToDisk = request.syncToDisk;
        piece.digests = request.digests;
        const TransferResult copied =
            runTransfer(piece, offsetProgress(progress, before, size), control);
        if (!copied.ok())
            return fail(copied.error, copied.message, copied.systemError);
        if (copied.bytesSent != planned.length)
            return fail(
                TransferError::SourceChanged,
                SplitText::tr("%1 got shorter while it was split").arg(quoted(request.sourcePath)));
        SplitPiece written = planned;
        written.digests = copied.digests;
        result.pieces.append(written);
        before += copied.bytesSent;
        result.bytesSent = before;
    }
    // One checksum file per digest for all pieces, beside them: NAME.sha256.
    for (qsizetype i = 0; i < request.digests.size(); ++i) {
        const QString path = defaultChecksumFilePath(base, request.digests.at(i));
        QByteArray content;
        for (const SplitPiece& piece : result.pieces)
            content += checksumLine(piece.digests.at(i),
                                    pathToBytes(checksumFileEntryName(path, piece.path)));
        if (const int error = writeFileAtomically(path, content, request.syncToDisk); error != 0)
            return fail(TransferError::IoError,
                        fileErrorMessage(SplitText::tr("cannot write the checksum file %1: %2"),
                                         path, error),
                        error);
        result.checksumFiles << path;
    }
    return result;
}

PieceSearch findPieces(const QString& firstPiece)
{
    PieceSearch search;
    const qsizetype dot = firstPiece.lastIndexOf(u'.');
    const QString digits = dot < 0 ? QString() : firstPiece.mid(dot + 1);
    bool isNumber = false;
    const int first = digits.toInt(&isNumber);
    if (digits.size() < kLeastDigits || !isNumber || first != 1 ||
        firstPiece.mid(dot + 1).contains(u'/')) {
        search.error = SplitText::tr("%1 is not the first piece of a split (NAME.001): name "
                                     "every piece, in order")
                           .arg(quoted(firstPiece));
        return search;
    }
    const QString base = firstPiece.left(dot + 1); // "folder/NAME."
    const QString baseName = fileNameOf(base);
    const QString folder = folderOf(base);
    // Every NAME.NNN beside it, with as many digits as the first.
    QList<int> numbers;
    const std::unique_ptr<DIR, int (*)(DIR*)> dir(
        ::opendir(folder.isEmpty() ? "." : pathToBytes(folder).constData()), &::closedir);
    if (!dir) {
        search.error =
            fileErrorMessage(SplitText::tr("cannot list the folder of %1: %2"), firstPiece, errno);
        return search;
    }
    while (const dirent* entry = ::readdir(dir.get())) {
        const QString name = pathFromBytes(entry->d_name);
        if (!name.startsWith(baseName) || name.size() != baseName.size() + digits.size())
            continue;
        const QString number = name.mid(baseName.size());
        bool ok = false;
        const int value = number.toInt(&ok);
        if (ok && value > 0 &&
            std::all_of(number.begin(), number.end(), [](QChar c) { return c.isDigit(); }))
            numbers << value;
    }
    std::sort(numbers.begin(), numbers.end());
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (numbers.at(i) != i + 1) {
            search.error =
                SplitText::tr("%1 is missing (the pieces go up to %2): join needs every piece")
                    .arg(quoted(base +
                                QStringLiteral("%1").arg(i + 1, digits.size(), 10, QChar(u'0'))))
                    .arg(numbers.last());
            return search;
        }
        search.pieces << base + QStringLiteral("%1").arg(numbers.at(i), digits.size(), 10,
                                                         QChar(u'0'));
    }
    if (search.pieces.isEmpty())
        search.error = fileErrorMessage(SplitText::tr("cannot open %1: %2"), firstPiece, ENOENT);
    return search;
}

JoinPreview previewJoin(const QString& firstPiece, const QString& destination)
{
    JoinPreview preview;
    const PieceSearch search = findPieces(firstPiece);
    if (!search.error.isEmpty()) {
        preview.error = search.error;
        return preview;
    }
    for (const QString& piece : search.pieces) {
        struct stat info {};
        if (::stat(pathToBytes(piece).constData(), &info) != 0) {
            preview.error = fileErrorMessage(SplitText::tr("cannot look at %1: %2"), piece, errno);
            return preview;
        }
        if (!S_ISREG(info.st_mode)) {
            preview.error = SplitText::tr("%1 is not a regular file").arg(quoted(piece));
            return preview;
        }
        preview.pieces << piece;
        preview.sizes << qint64(info.st_size);
        preview.totalSize += info.st_size;
    }
    preview.destinationExists = !destination.isEmpty() && exists(destination);
    return preview;
}

TransferResult joinFiles(const JoinRequest& request, const ProgressCallback& progress,
                         TransferControl* control)
{
    const auto started = std::chrono::steady_clock::now();
    TransferResult result;
    const auto fail = [&](TransferError error, const QString& message, int systemError = 0) {
        result.error = error;
        result.message = message;
        result.systemError = systemError;
        result.bytesSent = 0; // the destination is as it was
        result.elapsedSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return result;
    };
    QStringList pieces = request.piecePaths;
    if (pieces.size() == 1 && QFileInfo(pieces.first()).suffix().size() >= kLeastDigits &&
        QFileInfo(pieces.first()).suffix().toInt() == 1) {
        const PieceSearch search = findPieces(pieces.first());
        if (!search.error.isEmpty())
            return fail(TransferError::SourceNotFound, search.error);
        pieces = search.pieces;
    }
    if (pieces.isEmpty())
        return fail(TransferError::InvalidArgument, SplitText::tr("no pieces to join"));

    // The destination must not be one of the pieces: it is replaced at the end.
    const QByteArray destination = pathToBytes(request.destinationPath);
    struct stat destinationInfo {};
    const bool destinationExists = ::stat(destination.constData(), &destinationInfo) == 0;
    qint64 total = 0;
    for (const QString& piece : pieces) {
        struct stat info {};
        if (::stat(pathToBytes(piece).constData(), &info) != 0)
            continue; // the piece's copy says what is wrong, in the engine's words
        if (destinationExists && isSameFile(info, destinationInfo))
            return fail(TransferError::IdenticalFiles,
                        SplitText::tr("%1 is one of the pieces to join: choose another "
                                      "destination")
                            .arg(quoted(request.destinationPath)));
        total += info.st_size;
    }

    PartFile::removeStale(destination);
    PartFile part;
    if (const int error = PartFile::create(destination, 0666, part); error != 0)
        return fail(error == ENOENT ? TransferError::DestinationFolderMissing
                                    : TransferError::PermissionDenied,
                    fileErrorMessage(SplitText::tr("cannot create a file beside %1: %2"),
                                     request.destinationPath, error),
                    error);
    const QString partPath = pathFromBytes(part.path());
    qint64 before = 0;
    for (const QString& piece : pieces) {
        TransferRequest append;
        append.sourcePath = piece;
        append.destinationPath = partPath;
        append.mode = DestinationMode::Overwrite;
        append.destinationOffset = before;
        const TransferResult copied =
            runTransfer(append, offsetProgress(progress, before, total), control);
        if (!copied.ok()) {
            // The part file is a detail: the person named the destination.
            QString message = copied.message;
            message.replace(quoted(partPath), quoted(request.destinationPath));
            if (copied.error == TransferError::Cancelled)
                message = SplitText::tr("the join was cancelled; %1 was left as it was")
                              .arg(quoted(request.destinationPath));
            return fail(copied.error, message, copied.systemError);
        }
        before += copied.bytesSent;
        result.methodUsed = copied.methodUsed;
        result.bytesInHoles += copied.bytesInHoles;
    }
    if (request.syncToDisk && ::fsync(part.fd()) != 0)
        return fail(TransferError::IoError,
                    fileErrorMessage(SplitText::tr("cannot flush %1 to disk: %2"),
                                     request.destinationPath, errno),
                    errno);
    if (const int error = part.publish(true); error != 0)
        return fail(TransferError::IoError,
                    fileErrorMessage(SplitText::tr("cannot put %1 in place: %2"),
                                     request.destinationPath, error),
                    error);
    result.bytesSent = before;
    result.elapsedSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace rangecopy
