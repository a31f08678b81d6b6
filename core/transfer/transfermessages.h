#pragma once

#include "core/text/bytesize.h"
#include "core/transfer/transferrequest.h"
#include "core/transfer/transferresult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <sys/types.h>

namespace rangecopy {

// Every sentence RangeCopy says to a person about a transfer, in one place, so that the window
// and the command line say the same thing in the same words (as KIO builds every error text
// in one function). The engine's messages name the file and the reason; what this adds to them
// (how much was written, what to do, rates and times) is worded here and nowhere else.
//
// Clauses ("cannot read 'a.bin': Input/output error") start in lower case and have no final
// period: the CLI prints them after "rangecopy-cli: ". Sentences start with a capital and end
// with a period: the window shows them.
class TransferMessages {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::TransferMessages)

public:
    // "1 byte", "100 bytes".
    [[nodiscard]] static QString byteCount(qint64 bytes);
    // "1 byte was written", "100 bytes were written", as clauses go on from a count.
    [[nodiscard]] static QString bytesWereWritten(qint64 bytes);
    // "1 byte differs", "5 bytes differ"
    [[nodiscard]] static QString bytesDiffer(qint64 bytes);
    // "412 bytes", or "64.0 KiB (65536 bytes)" from 1 KiB on.
    [[nodiscard]] static QString sizeInWords(qint64 bytes);
    // A block device in words: "block device loop0, backed by /var/tmp/disk.img, 64.0 MiB"
    // (its kernel name, model and size; size -1: the one /sys gives, -2: none).
    [[nodiscard]] static QString deviceDescription(dev_t device, qint64 size);
    // For a source whose size is known only by reading it (/proc, /sys).
    [[nodiscard]] static QString sizeUnknown();

    // The result in a few words: "100 bytes sent", "3221225472 bytes sent (3.0 GiB)",
    // "4744 bytes sent (4.6 KiB, end of file reached)", "Cancelled", "The copy failed". The
    // short size only from 1 KiB on, so that the seed's "100 bytes sent" stays exactly that.
    [[nodiscard]] static QString headline(const TransferResult& result);
    // What went wrong, as a clause: the engine's message and, when an in-place copy stopped
    // after it began, how much of it the destination now holds. Empty on success.
    [[nodiscard]] static QString failure(const TransferResult& result, DestinationMode mode);
    // "checksum file 'X' written (sha256sum -c checks it)"
    [[nodiscard]] static QString checksumFileWritten(const QString& path);
    // A verification that differed: where (in both files) and how many bytes.
    [[nodiscard]] static QString verificationDifference(const TransferRequest& request,
                                                        const TransferResult& result);
    // failure() as a sentence.
    [[nodiscard]] static QString failureSentence(const TransferResult& result,
                                                 DestinationMode mode);
    // One sentence telling the person what to do about an error kind; empty for None.
    [[nodiscard]] static QString hint(TransferError error);
    // Time, speed, method, verification and flushing of a successful copy, joined by " · ".
    [[nodiscard]] static QString successDetails(const TransferResult& result,
                                                const TransferRequest& request);

    // "512.0 MiB/s", or "—" when nothing moved or no time passed.
    [[nodiscard]] static QString rate(qint64 bytes, double seconds);
    // "3.2 ms", "1.25 s".
    [[nodiscard]] static QString elapsed(double seconds);
    // "3 s left", "2 min left", "1.5 h left".
    [[nodiscard]] static QString timeLeft(double seconds);
    // Done out of expected as a fraction from 0 to 1 (1 when nothing is expected).
    [[nodiscard]] static double progressFraction(qint64 bytesDone, qint64 bytesExpected);
    // "1.2 GiB of 2.0 GiB · 512.0 MiB/s · 3 s left"; the speed and time left only once the
    // copy has run for a moment, so that a first reading does not jump about.
    [[nodiscard]] static QString progress(qint64 bytesDone, qint64 bytesExpected, double seconds);
    // "1.2 GiB of 2.0 GiB · paused": no speed and no time left while nothing moves.
    [[nodiscard]] static QString pausedProgress(qint64 bytesDone, qint64 bytesExpected);
    // Which bytes of the destination an in-place copy that stopped has written, as a
    // sentence: "Bytes 100–4195 of 'out.bin' now hold copied data, 4.0 KiB (4096 bytes); the
    // other 5.9 KiB (6000 bytes) of the range were not written." bytesExpected is the range's
    // length when known (0: unknown). Empty when nothing was written or the mode publishes nothing.
    [[nodiscard]] static QString writtenSpan(const TransferResult& result,
                                             const TransferRequest& request, qint64 bytesExpected);

    // A file the window looked at on a worker did not answer within `seconds`: the window
    // stopped waiting. Says what to do.
    [[nodiscard]] static QString noAnswer(const QString& path, int seconds);
    // What a destination mode does to the destination, for the window's mode list.
    [[nodiscard]] static QString modeDescription(DestinationMode mode);

    // The range a request takes from a source, in plain words: "Bytes 0–99 of 409: 100
    // bytes.", "Bytes 0x100–0x4ff of 5000: 1.0 KiB (1024 bytes).", or what is wrong with it.
    // sourceSize is empty while unknown; count is empty for "to the end of the file". Offsets
    // are written in base.
    [[nodiscard]] static QString rangeDescription(qint64 offset, std::optional<qint64> count,
                                                  std::optional<qint64> sourceSize,
                                                  OffsetBase base = OffsetBase::Decimal);

    // --- Undo Last Copy (UndoJournal), as clauses.
    // What an in-place copy into an existing file of destinationSize bytes changes, for the
    // question before it: "bytes 100–199 of 'd.bin' (100 bytes) are overwritten; 20 bytes
    // are added after its end".
    [[nodiscard]] static QString inPlaceChange(const TransferRequest& request, qint64 bytesToCopy,
                                               qint64 destinationSize);
    // The same for a source whose size is known only by reading it (no count given): what
    // may change, at most.
    [[nodiscard]] static QString inPlaceChangeOfUnknownLength(const TransferRequest& request,
                                                              qint64 destinationSize);
    // How many existing bytes an in-place copy replaces (what undo has to keep).
    [[nodiscard]] static qint64 bytesReplacedInPlace(const TransferRequest& request,
                                                     qint64 bytesToCopy, qint64 destinationSize);
    // Whether undo will be possible: "the old bytes are kept for Undo (Ctrl+Z) …", or why not.
    [[nodiscard]] static QString undoPromise(DestinationMode mode, qint64 bytesToKeep,
                                             qint64 limit);
    [[nodiscard]] static QString nothingToUndo(const QString& destinationPath);
    [[nodiscard]] static QString undoDataDamaged(const QString& destinationPath,
                                                 const QString& undoFile);
    [[nodiscard]] static QString undoChangedSince(const QString& destinationPath,
                                                  const QString& what);
    [[nodiscard]] static QString undoFailed(const QString& destinationPath, const QString& reason);
    [[nodiscard]] static QString undoneOverwrite(const QString& destinationPath, qint64 offset,
                                                 qint64 bytes, qint64 oldSize);
    [[nodiscard]] static QString undoneAppend(const QString& destinationPath, qint64 oldSize);
    [[nodiscard]] static QString undoneReplace(const QString& destinationPath);
    [[nodiscard]] static QString undoneCreate(const QString& destinationPath);
    // One sentence telling the person what to do when an undo was refused or failed.
    [[nodiscard]] static QString undoHint(TransferError error);

    // A clause as a sentence: a capital first letter and a final period.
    [[nodiscard]] static QString asSentence(const QString& clause);
};

} // namespace rangecopy
