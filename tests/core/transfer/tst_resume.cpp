// Keeping the part of a copy that stopped, and resuming from it: what is kept, what is
// trusted of it, and what is refused.

#include "core/transfer/partfile.h"
#include "core/transfer/transferengine.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kChunk = 4096;

// Cancels the copy once `bytes` are done (from the progress callback, on the copy's thread).
TransferResult copyCancelledAfter(const TransferRequest& request, qint64 bytes)
{
    TransferControl control;
    return runTransfer(
        request,
        [&control, bytes](qint64 done, qint64) {
            if (done >= bytes)
                control.cancel();
        },
        &control);
}

} // namespace

class TestResume : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void cancelKeepsThePartAndResumeFinishes();
    void resumeTrustsOnlyWhatMatchesTheSource();
    void aChangedSourceIsRefused();
    void anotherCopysPartIsRefused();
    void resumeWithoutAPartStartsFromTheBeginning();
    void inPlaceModesHaveNoPart();
    void oldKeptPartsAreRemoved();

private:
    [[nodiscard]] TransferRequest request(bool resume) const
    {
        TransferRequest r;
        r.sourcePath = path(u"src.bin"_s);
        r.destinationPath = path(u"dst.bin"_s);
        r.chunkSize = kChunk;
        r.keepPartial = true;
        r.resume = resume;
        return r;
    }
    [[nodiscard]] QString keptPart() const
    {
        return QFile::decodeName(PartFile::keptPath(QFile::encodeName(path(u"dst.bin"_s))));
    }
    [[nodiscard]] QString keptRecord() const
    {
        return QFile::decodeName(PartFile::keptRecordPath(QFile::encodeName(path(u"dst.bin"_s))));
    }
};

void TestResume::cancelKeepsThePartAndResumeFinishes()
{
    const QByteArray source = patternBytes(16 * kChunk, 1);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    QVERIFY(writeFile(path(u"dst.bin"_s), QByteArray("old content")));
    const TransferResult stopped = copyCancelledAfter(request(false), 3 * kChunk);
    QCOMPARE(stopped.error, TransferError::Cancelled);
    QCOMPARE(stopped.bytesSent, qint64(0)); // the destination got nothing
    QCOMPARE(stopped.bytesKept, 3 * kChunk);
    QVERIFY2(stopped.message.endsWith(u"; the first 12.0 KiB (12288 bytes) copied are kept to "
                                      "resume from"_s),
             qPrintable(stopped.message));
    QCOMPARE(readFile(path(u"dst.bin"_s)), QByteArray("old content"));
    QCOMPARE(readFile(keptPart()), source.left(3 * kChunk));
    QVERIFY(QFileInfo::exists(keptRecord()));

    int progressCalls = 0;
    qint64 firstDone = -1;
    const TransferResult resumed = runTransfer(request(true), [&](qint64 done, qint64) {
        if (progressCalls++ == 0)
            firstDone = done;
    });
    QVERIFY2(resumed.ok(), qPrintable(resumed.message));
    QCOMPARE(resumed.resumedFrom, 3 * kChunk);
    QCOMPARE(resumed.bytesSent, qint64(source.size())); // the range, as always
    QCOMPARE(firstDone, 4 * kChunk);                    // only the rest was copied
    QCOMPARE(progressCalls, 13);
    QCOMPARE(readFile(path(u"dst.bin"_s)), source);
    QVERIFY(!QFileInfo::exists(keptPart()));
    QVERIFY(!QFileInfo::exists(keptRecord()));
}

void TestResume::resumeTrustsOnlyWhatMatchesTheSource()
{
    const QByteArray source = patternBytes(16 * kChunk, 2);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    QCOMPARE(copyCancelledAfter(request(false), 8 * kChunk).bytesKept, 8 * kChunk);
    // As after a power cut: the last blocks written never reached the disk and read as zeros.
    QFile part(keptPart());
    QVERIFY(part.open(QIODevice::ReadWrite));
    QVERIFY(part.seek(5 * kChunk + 100));
    QVERIFY(part.write(QByteArray(3 * kChunk - 100, '\0')) == 3 * kChunk - 100);
    part.close();

    const TransferResult resumed = runTransfer(request(true));
    QVERIFY2(resumed.ok(), qPrintable(resumed.message));
    QCOMPARE(resumed.resumedFrom, 5 * kChunk + 100);
    QCOMPARE(readFile(path(u"dst.bin"_s)), source);
}

void TestResume::aChangedSourceIsRefused()
{
    const QByteArray source = patternBytes(16 * kChunk, 3);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    QCOMPARE(copyCancelledAfter(request(false), 2 * kChunk).bytesKept, 2 * kChunk);
    // Same size, new content: only the modification time tells.
    QByteArray changed = source;
    changed[0] = char(~changed[0]);
    QVERIFY(writeFile(path(u"src.bin"_s), changed));
    const struct timespec later[2] = {{0, UTIME_OMIT}, {2000000000, 0}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path(u"src.bin"_s)).constData(), later, 0), 0);

    const TransferResult resumed = runTransfer(request(true));
    QCOMPARE(resumed.error, TransferError::SourceChanged);
    QVERIFY2(resumed.message.contains(u"changed since the copy to"_s), qPrintable(resumed.message));
    QVERIFY(!QFileInfo::exists(path(u"dst.bin"_s)));
    // The part is kept as it was: starting over is the person's choice.
    QCOMPARE(readFile(keptPart()), source.left(2 * kChunk));
}

void TestResume::anotherCopysPartIsRefused()
{
    QVERIFY(writeFile(path(u"src.bin"_s), patternBytes(16 * kChunk, 4)));
    QCOMPARE(copyCancelledAfter(request(false), 2 * kChunk).bytesKept, 2 * kChunk);
    TransferRequest other = request(true);
    other.offset = 10;
    const TransferResult resumed = runTransfer(other);
    QCOMPARE(resumed.error, TransferError::InvalidArgument);
    QVERIFY2(resumed.message.contains(u"belongs to another copy"_s), qPrintable(resumed.message));
    QCOMPARE(QFileInfo(keptPart()).size(), 2 * kChunk);
}

void TestResume::resumeWithoutAPartStartsFromTheBeginning()
{
    const QByteArray source = patternBytes(3 * kChunk, 5);
    QVERIFY(writeFile(path(u"src.bin"_s), source));
    const TransferResult result = runTransfer(request(true));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.resumedFrom, qint64(0));
    QCOMPARE(readFile(path(u"dst.bin"_s)), source);
    QVERIFY(!QFileInfo::exists(keptPart()));

    // A failure before anything was copied leaves no empty part behind.
    TransferRequest missing = request(false);
    missing.sourcePath = path(u"nothere.bin"_s);
    QCOMPARE(runTransfer(missing).error, TransferError::SourceNotFound);
    QVERIFY(!QFileInfo::exists(keptPart()));
}

void TestResume::inPlaceModesHaveNoPart()
{
    QVERIFY(writeFile(path(u"src.bin"_s), patternBytes(100, 6)));
    QVERIFY(writeFile(path(u"dst.bin"_s), QByteArray(100, 'x')));
    for (const DestinationMode mode : {DestinationMode::Overwrite, DestinationMode::Append}) {
        TransferRequest inPlace = request(false);
        inPlace.mode = mode;
        const TransferResult result = runTransfer(inPlace);
        QCOMPARE(result.error, TransferError::InvalidArgument);
        QVERIFY2(result.message.contains(u"there is no part file to keep or resume from"_s),
                 qPrintable(result.message));
    }
    QCOMPARE(readFile(path(u"dst.bin"_s)), QByteArray(100, 'x'));
}

void TestResume::oldKeptPartsAreRemoved()
{
    QVERIFY(writeFile(path(u"src.bin"_s), patternBytes(16 * kChunk, 7)));
    QCOMPARE(copyCancelledAfter(request(false), 2 * kChunk).bytesKept, 2 * kChunk);
    // Young: another copy to the same name leaves it for a --resume.
    TransferRequest plain = request(false);
    plain.keepPartial = false;
    plain.destinationPath = path(u"dst.bin"_s);
    QCOMPARE(PartFile::removeStale(QFile::encodeName(plain.destinationPath)), 0);
    QVERIFY(QFileInfo::exists(keptPart()));
    // Older than the stated age: nobody will resume it.
    const struct timespec old[2] = {
        {0, UTIME_OMIT}, {::time(nullptr) - 24 * 3600 * (PartFile::kKeptForDays + 1), 0}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(keptPart()).constData(), old, 0), 0);
    // A listing is reused for two seconds: look in a fresh process's way, by the next listing.
    QTRY_VERIFY_WITH_TIMEOUT(PartFile::removeStale(QFile::encodeName(plain.destinationPath)) == 1 ||
                                 !QFileInfo::exists(keptPart()),
                             10000);
    QVERIFY(!QFileInfo::exists(keptPart()));
    QVERIFY(!QFileInfo::exists(keptRecord()));

    // A record whose part is gone (its own removal failed after the part was put in place)
    // goes with the next look, whatever its age.
    QVERIFY(writeFile(keptRecord(), QByteArray("{}")));
    QTRY_VERIFY_WITH_TIMEOUT(PartFile::removeStale(QFile::encodeName(plain.destinationPath)) == 1 ||
                                 !QFileInfo::exists(keptRecord()),
                             10000);
    QVERIFY(!QFileInfo::exists(keptRecord()));
}

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
