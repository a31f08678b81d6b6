#include "core/transfer/transfermessages.h"

#include "core/io/blockdevice.h"
#include "core/io/fileerror.h"
#include "core/text/bytesize.h"
#include "core/text/quoted.h"

#include <QStringList>

#include <algorithm>

namespace rangecopy {

namespace {
// Below this the speed and time left of a running copy say more about its start than its pace.
constexpr double kSteadyAfterSeconds = 0.2;
} // namespace

QString TransferMessages::byteCount(qint64 bytes)
{
    return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes);
}

QString TransferMessages::bytesDiffer(qint64 bytes)
{
    return bytes == 1 ? tr("1 byte differs") : tr("%1 bytes differ").arg(bytes);
}

QString TransferMessages::bytesWereWritten(qint64 bytes)
{
    return bytes == 1 ? tr("1 byte was written") : tr("%1 bytes were written").arg(bytes);
}

QString TransferMessages::sizeInWords(qint64 bytes)
{
    return formatSizeInWords(bytes);
}

QString TransferMessages::deviceDescription(dev_t device, qint64 size)
{
    const BlockDeviceInfo info = describeBlockDevice(device);
    QStringList parts;
    parts << (info.name.isEmpty() ? tr("block device") : tr("block device %1").arg(info.name));
    if (!info.model.isEmpty())
        parts << info.model;
    if (size == -1)
        size = info.size;
    if (size >= 0)
        parts << formatByteSize(size);
    return parts.join(QStringLiteral(", "));
}

QString TransferMessages::sizeUnknown()
{
    return tr("Size unknown until read (a /proc or /sys file); the copy reads it to its end");
}

QString TransferMessages::headline(const TransferResult& result)
{
    if (result.error == TransferError::Cancelled)
        return tr("Cancelled");
    if (!result.ok())
        return tr("The copy failed");
    QString text =
        result.bytesSent == 1 ? tr("1 byte sent") : tr("%1 bytes sent").arg(result.bytesSent);
    // Under 1 KiB the count says it all (and the seed's "100 bytes sent" stays exactly that).
    QStringList notes;
    if (result.bytesSent >= 1024)
        notes << formatByteSize(result.bytesSent);
    if (result.endOfFileReached)
        notes << tr("end of file reached");
    if (!notes.isEmpty())
        text += tr(" (%1)").arg(notes.join(QStringLiteral(", ")));
    return text;
}

QString TransferMessages::failure(const TransferResult& result, DestinationMode mode)
{
    if (result.ok())
        return {};
    // In place, what was written stays: say how much. Bad input and a destination changed
    // under the copy stopped it before it wrote, and a cancel's message says how much already.
    const bool inPlace = mode == DestinationMode::Overwrite || mode == DestinationMode::Append;
    const bool saysItself = result.error == TransferError::Cancelled ||
                            result.error == TransferError::DestinationChanged ||
                            isInputError(result.error);
    if (!inPlace || saysItself)
        return result.message;
    return tr("%1; %2 before the copy stopped")
        .arg(result.message, bytesWereWritten(result.bytesSent));
}

QString TransferMessages::checksumFileWritten(const QString& path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    const QString extension = dot < 0 ? QString() : path.mid(dot + 1);
    for (const DigestAlgorithm algorithm : allDigestAlgorithms()) {
        if (checksumFileExtension(algorithm) == extension)
            return tr("checksum file %1 written (%2 checks it)")
                .arg(quoted(path), checksumCheckCommand(algorithm));
    }
    return tr("checksum file %1 written").arg(quoted(path));
}

QString TransferMessages::verificationDifference(const TransferRequest& request,
                                                 const TransferResult& result)
{
    const qint64 inSource = request.offset + result.firstDifference;
    const qint64 inDestination = result.destinationStart + result.firstDifference;
    const QString howMany = bytesDiffer(result.differingBytes);
    return tr("the bytes read back from %1 differ from the source %2: %3, the first at byte %4 "
              "of the source (0x%5) and byte %6 of the destination (0x%7)")
        .arg(quoted(request.destinationPath), quoted(request.sourcePath), howMany,
             QString::number(inSource), QString::number(inSource, 16),
             QString::number(inDestination), QString::number(inDestination, 16));
}

QString TransferMessages::failureSentence(const TransferResult& result, DestinationMode mode)
{
    return asSentence(failure(result, mode));
}

QString TransferMessages::asSentence(const QString& clause)
{
    if (clause.isEmpty())
        return clause;
    QString sentence = clause;
    sentence[0] = sentence[0].toUpper();
    if (!sentence.endsWith(u'.'))
        sentence += u'.';
    return sentence;
}

QString TransferMessages::hint(TransferError error)
{
    switch (error) {
    case TransferError::None:
        return {};
    case TransferError::SourceNotFound:
        return tr("Check the source path: that file does not exist.");
    case TransferError::NotRegularFile:
        return tr("Pick files or disks; folders, pipes and sockets are not copied from "
                  "or written to.");
    case TransferError::PermissionDenied:
        return tr("Check the file's permissions, or pick a file or folder you may use.");
    case TransferError::DestinationFolderMissing:
        return tr("Create the destination's folder first, or pick another destination.");
    case TransferError::DestinationIsFolder:
        return tr("Give the destination a file name inside that folder.");
    case TransferError::DestinationExists:
        return tr("Pick another destination name, or choose the Replace mode.");
    case TransferError::IdenticalFiles:
        return tr("Pick a destination other than the source file itself.");
    case TransferError::DiskFull:
        return tr("Free some space on the destination's disk, or copy to another disk.");
    case TransferError::FileTooLarge:
        return tr("Copy a smaller range, or pick a destination that allows larger files.");
    case TransferError::IoError:
        return tr("The device reported an error; check the disk and try again.");
    case TransferError::InvalidRange:
        return tr("Correct the offset and count.");
    case TransferError::InvalidArgument:
        return tr("Correct the marked value.");
    case TransferError::VerificationFailed:
        return tr("The copy does not match the source; check the disk and copy again.");
    case TransferError::SourceChanged:
        return tr("Something wrote to the source during the copy; copy again once it is done.");
    case TransferError::ChecksumMismatch:
        return tr("Check that the source and the range are the ones the checksum was published "
                  "for, and the expected checksum itself.");
    case TransferError::DestinationChanged:
        return tr("Something else changed the destination; check who writes there, then start "
                  "the copy again.");
    case TransferError::Cancelled:
        return tr("Start the copy again when you are ready.");
    case TransferError::NothingToUndo:
        return tr("Only the last copy into a file can be undone, and only when its undo data "
                  "was kept.");
    case TransferError::DeviceNotAllowed:
        return tr("Writing into a disk destroys what it holds there: check the device, then "
                  "allow it (--allow-device).");
    case TransferError::DeviceInUse:
        return tr("Unmount it (and turn off swap on it) first, or pick another device.");
    }
    return {};
}

QString TransferMessages::successDetails(const TransferResult& result,
                                         const TransferRequest& request)
{
    QStringList parts{elapsed(result.elapsedSeconds), rate(result.bytesSent, result.elapsedSeconds),
                      tr("method: %1").arg(methodName(result.methodUsed))};
    // No byte went through the method when the file system shared every block of data.
    const bool allShared =
        result.bytesShared > 0 && result.bytesShared == result.bytesSent - result.bytesInHoles;
    if (allShared)
        parts.last() = tr("method: shared blocks (reflink), taking no space");
    else if (request.method == CopyMethod::Auto)
        parts.last() += tr(" (chosen automatically)");
    else if (result.methodUsed != request.method)
        parts.last() += tr(" (%1 could not serve these files)").arg(methodName(request.method));
    if (result.bytesShared > 0 && !allShared)
        parts << tr("%1 of it shared with the source (reflink), taking no space")
                     .arg(formatByteSize(result.bytesShared));
    if (result.bytesInHoles > 0)
        parts << tr("%1 of it holes, kept as holes").arg(formatByteSize(result.bytesInHoles));
    switch (result.verification) {
    case Verification::NotAsked:
        break;
    case Verification::MatchedCache:
        parts << tr("verified against the page cache, not the disk: the copy matches the "
                    "source");
        break;
    case Verification::MatchedDisk:
        parts << tr("verified from the disk: the copy matches the source");
        break;
    case Verification::Differed:
        parts << tr("verification: the copy differs");
        break;
    }
    if (request.syncToDisk)
        parts << tr("flushed to disk");
    if (request.expectsDigest())
        parts << tr("the %1 checksum matches the expected one")
                     .arg(digestDisplayName(request.expectedDigest.algorithm));
    for (const QString& path : result.checksumFiles)
        parts << checksumFileWritten(path);
    return parts.join(QStringLiteral(" · "));
}

QString TransferMessages::rate(qint64 bytes, double seconds)
{
    if (seconds <= 0.0 || bytes == 0)
        return tr("—");
    return tr("%1/s").arg(formatByteSize(qint64(double(bytes) / seconds)));
}

QString TransferMessages::elapsed(double seconds)
{
    return seconds < 1.0 ? tr("%1 ms").arg(seconds * 1000.0, 0, 'f', 1)
                         : tr("%1 s").arg(seconds, 0, 'f', 2);
}

QString TransferMessages::timeLeft(double seconds)
{
    if (seconds < 60)
        return tr("%1 s left").arg(std::max(1, int(seconds + 0.5)));
    if (seconds < 3600)
        return tr("%1 min left").arg(int(seconds / 60 + 0.5));
    return tr("%1 h left").arg(seconds / 3600, 0, 'f', 1);
}

double TransferMessages::progressFraction(qint64 bytesDone, qint64 bytesExpected)
{
    if (bytesExpected <= 0)
        return 1.0;
    return std::clamp(double(bytesDone) / double(bytesExpected), 0.0, 1.0);
}

QString TransferMessages::progress(qint64 bytesDone, qint64 bytesExpected, double seconds)
{
    QString text = tr("%1 of %2").arg(formatByteSize(bytesDone), formatByteSize(bytesExpected));
    if (seconds > kSteadyAfterSeconds && bytesDone > 0) {
        const double perSecond = double(bytesDone) / seconds;
        text += QStringLiteral(" · ") + rate(bytesDone, seconds);
        if (bytesExpected > bytesDone)
            text += QStringLiteral(" · ") + timeLeft(double(bytesExpected - bytesDone) / perSecond);
    }
    return text;
}

QString TransferMessages::pausedProgress(qint64 bytesDone, qint64 bytesExpected)
{
    return tr("%1 of %2 · paused").arg(formatByteSize(bytesDone), formatByteSize(bytesExpected));
}

QString TransferMessages::writtenSpan(const TransferResult& result, const TransferRequest& request,
                                      qint64 bytesExpected)
{
    const bool inPlace =
        request.mode == DestinationMode::Overwrite || request.mode == DestinationMode::Append;
    if (result.ok() || !inPlace || result.bytesSent <= 0)
        return {};
    const qint64 first = result.destinationStart;
    const qint64 last = result.destinationStart + result.bytesSent - 1;
    QString text = tr("Bytes %1–%2 of %3 now hold copied data, %4")
                       .arg(first)
                       .arg(last)
                       .arg(quoted(request.destinationPath), sizeInWords(result.bytesSent));
    if (bytesExpected > result.bytesSent)
        text += tr("; the other %1 of the range were not written")
                    .arg(sizeInWords(bytesExpected - result.bytesSent));
    return text + u'.';
}

QString TransferMessages::noAnswer(const QString& path, int seconds)
{
    return noAnswerMessage(path, seconds); // the preview says it too: worded once, in core/io
}

QString TransferMessages::modeDescription(DestinationMode mode)
{
    switch (mode) {
    case DestinationMode::Replace:
        return tr("The destination will hold exactly the copied bytes. An existing file is "
                  "replaced only once the copy has succeeded.");
    case DestinationMode::Overwrite:
        return tr("The bytes are written into the destination at the given offset; the rest of "
                  "the file stays as it is. A missing file is created.");
    case DestinationMode::Append:
        return tr("The bytes are added after the end of the destination; what it holds stays. "
                  "A missing file is created.");
    case DestinationMode::CreateNew:
        return tr("The copy is made only if the destination does not exist yet.");
    }
    return {};
}

QString TransferMessages::rangeDescription(qint64 offset, std::optional<qint64> count,
                                           std::optional<qint64> sourceSize, OffsetBase base)
{
    if (count && *count == 0)
        return tr("Nothing to copy: the count is 0.");
    const QString from = formatOffset(offset, base);
    if (!sourceSize) {
        return count ? tr("%1 from byte %2.").arg(sizeInWords(*count), from)
                     : tr("From byte %1 to the end of the source.").arg(from);
    }
    const qint64 size = *sourceSize;
    if (offset >= size)
        return tr("The offset %1 is at or past the end of the source, which holds %2: nothing "
                  "will be copied.")
            .arg(from, sizeInWords(size));
    const qint64 length = bytesToCopy(size, offset, count);
    QString text = tr("Bytes %1–%2 of %3: %4")
                       .arg(from, formatOffset(offset + length - 1, base))
                       .arg(size)
                       .arg(sizeInWords(length));
    if (count && *count > length)
        text += tr("; the source ends before the count");
    return text + u'.';
}

qint64 TransferMessages::bytesReplacedInPlace(const TransferRequest& request, qint64 bytesToCopy,
                                              qint64 destinationSize)
{
    if (request.mode != DestinationMode::Overwrite)
        return 0;
    const qint64 end = std::min(request.destinationOffset + bytesToCopy, destinationSize);
    return std::max<qint64>(0, end - request.destinationOffset);
}

QString TransferMessages::inPlaceChangeOfUnknownLength(const TransferRequest& request,
                                                       qint64 destinationSize)
{
    const QString source = quoted(request.sourcePath);
    const QString file = quoted(request.destinationPath);
    if (request.mode == DestinationMode::Append)
        return tr("what reading %1 gives is added after the end of %2, which holds %3")
            .arg(source, file, sizeInWords(destinationSize));
    return tr("what reading %1 gives is written at byte %2 of %3, which holds %4: the bytes from "
              "there may be overwritten up to its end")
        .arg(source, QString::number(request.destinationOffset), file,
             sizeInWords(destinationSize));
}

QString TransferMessages::inPlaceChange(const TransferRequest& request, qint64 bytesToCopy,
                                        qint64 destinationSize)
{
    const QString file = quoted(request.destinationPath);
    if (request.mode == DestinationMode::Append)
        return (bytesToCopy == 1 ? tr("%1 is added after the end of %2, which holds %3")
                                 : tr("%1 are added after the end of %2, which holds %3"))
            .arg(sizeInWords(bytesToCopy), file, sizeInWords(destinationSize));
    const qint64 replaced = bytesReplacedInPlace(request, bytesToCopy, destinationSize);
    const qint64 added = bytesToCopy - replaced;
    QStringList parts;
    if (replaced > 0)
        parts << tr("bytes %1–%2 of %3 (%4) are overwritten")
                     .arg(request.destinationOffset)
                     .arg(request.destinationOffset + replaced - 1)
                     .arg(file, sizeInWords(replaced));
    if (added > 0 && replaced > 0) {
        parts << (added == 1 ? tr("%1 is added after its end") : tr("%1 are added after its end"))
                     .arg(sizeInWords(added));
    } else if (added > 0) {
        parts << (added == 1 ? tr("%1 is written at byte %2 of %3, which holds %4")
                             : tr("%1 are written at byte %2 of %3, which holds %4"))
                     .arg(sizeInWords(added))
                     .arg(request.destinationOffset)
                     .arg(file, sizeInWords(destinationSize));
    }
    if (parts.isEmpty())
        return tr("nothing in %1 changes").arg(file);
    return parts.join(QStringLiteral("; "));
}

QString TransferMessages::undoPromise(DestinationMode mode, qint64 bytesToKeep, qint64 limit)
{
    if (mode == DestinationMode::Append)
        return tr("Undo Last Copy (Ctrl+Z) can cut the file back to its present length.");
    if (mode != DestinationMode::Overwrite)
        return tr("The replaced file is kept for Undo Last Copy (Ctrl+Z) until the next copy "
                  "into it.");
    if (bytesToKeep == 0)
        return tr("It replaces no bytes of the file; Undo Last Copy (Ctrl+Z) can cut it back to "
                  "its present length.");
    if (bytesToKeep <= limit)
        return (bytesToKeep == 1
                    ? tr("The %1 it replaces is kept beside it, so that Undo Last Copy (Ctrl+Z) "
                         "can put it back (up to %2 are kept).")
                    : tr("The %1 it replaces are kept beside it, so that Undo Last Copy (Ctrl+Z) "
                         "can put them back (up to %2 are kept)."))
            .arg(sizeInWords(bytesToKeep), formatByteSize(limit));
    // Both exact: rounded, 2048 bytes over a limit of 2047 would read "2.0 KiB, more than 2.0 KiB".
    return tr("Undo will not be possible: the copy replaces %1, more than the %2 RangeCopy keeps "
              "for Undo (see Edit → Preferences).")
        .arg(sizeInWords(bytesToKeep), sizeInWords(limit));
}

QString TransferMessages::nothingToUndo(const QString& destinationPath)
{
    return tr("there is no copy into %1 to undo").arg(quoted(destinationPath));
}

QString TransferMessages::undoDataDamaged(const QString& destinationPath, const QString& undoFile)
{
    return tr("cannot undo the last copy into %1: its undo data %2 is missing or damaged; %1 was "
              "left as it is")
        .arg(quoted(destinationPath), quoted(undoFile));
}

QString TransferMessages::undoChangedSince(const QString& destinationPath, const QString& what)
{
    return tr("cannot undo the last copy into %1: %2 since that copy, and putting the old bytes "
              "back would lose that change; it was left as it is")
        .arg(quoted(destinationPath), what);
}

QString TransferMessages::undoFailed(const QString& destinationPath, const QString& reason)
{
    return tr("cannot undo the last copy into %1: %2; the undo data is kept, so the undo can be "
              "tried again")
        .arg(quoted(destinationPath), reason);
}

QString TransferMessages::undoneOverwrite(const QString& destinationPath, qint64 offset,
                                          qint64 bytes, qint64 oldSize)
{
    return tr("the last copy into %1 was undone: %2 put back at byte %3, and the file holds %4 "
              "as before")
        .arg(quoted(destinationPath), byteCount(bytes))
        .arg(offset)
        .arg(sizeInWords(oldSize));
}

QString TransferMessages::undoneAppend(const QString& destinationPath, qint64 oldSize)
{
    return tr("the last copy into %1 was undone: the file was cut back to %2 as before")
        .arg(quoted(destinationPath), sizeInWords(oldSize));
}

QString TransferMessages::undoneReplace(const QString& destinationPath)
{
    return tr("the last copy into %1 was undone: the file it replaced is back")
        .arg(quoted(destinationPath));
}

QString TransferMessages::undoneCreate(const QString& destinationPath)
{
    return tr("the last copy into %1 was undone: the file it created was removed")
        .arg(quoted(destinationPath));
}

QString TransferMessages::undoHint(TransferError error)
{
    switch (error) {
    case TransferError::None:
        return {};
    case TransferError::NothingToUndo:
        return hint(error);
    case TransferError::DestinationChanged:
        return tr("Something else wrote to the file after the copy; its undo data is kept until "
                  "the next copy into it.");
    default:
        return tr("Fix the cause, then undo again.");
    }
}

} // namespace rangecopy
