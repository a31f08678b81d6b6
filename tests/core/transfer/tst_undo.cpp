// Undo Last Copy (UndoJournal): each mode's copy put back exactly, a file changed since refused,
// the undo of a cancelled and of a failed copy, faults while keeping or restoring the old
// bytes, and the undo files left alone by the clean-up of part files.

#include "core/io/fileerror.h"
#include "core/transfer/partfile.h"
#include "core/transfer/transferengine.h"
#include "core/transfer/transfermessages.h"
#include "core/transfer/undojournal.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

class TestUndo : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void undoRestoresExactly_data();
    void undoRestoresExactly();
    void replaceKeepsTheOldFileItself();
    void refusesWhenTheFileChangedSince_data();
    void refusesWhenTheFileChangedSince();
    void nothingToUndoWithoutUndoData();
    void theNextCopyReplacesTheUndoData();
    void aNewFileEndsAnUndoLeftForItsName();
    void overwriteAboveTheLimitKeepsNothing();
    void undoesACancelledOverwrite();
    void undoesAFailedOverwrite();
    void failureToKeepTheOldBytesWritesNothing();
    void failedRestoreKeepsTheDataAndCanBeRetried();
    void partFileCleanUpLeavesUndoFilesAlone();
    void theQuestionSaysWhichBytesChange_data();
    void theQuestionSaysWhichBytesChange();

private:
    [[nodiscard]] QString source() const { return path(u"source.bin"_s); }
    [[nodiscard]] QString destination() const { return path(u"dest.bin"_s); }
    [[nodiscard]] TransferRequest request(DestinationMode mode) const
    {
        TransferRequest request = makeRequest(source(), destination(), mode);
        request.keepUndo = true;
        return request;
    }
    [[nodiscard]] QStringList undoFiles() const
    {
        return folderEntries(m_dir->path()).filter(u".rangecopy-undo"_s);
    }
};

void TestUndo::undoRestoresExactly_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<qint64>("destinationOffset");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("existed");
    // The old file holds 10,000 bytes, the source 30,000.
    QTest::newRow("overwrite inside")
        << DestinationMode::Overwrite << qint64(1000) << qint64(5000) << true;
    QTest::newRow("overwrite past the end")
        << DestinationMode::Overwrite << qint64(8000) << qint64(6000) << true;
    QTest::newRow("overwrite beyond the end (a hole)")
        << DestinationMode::Overwrite << qint64(20000) << qint64(100) << true;
    QTest::newRow("append") << DestinationMode::Append << qint64(0) << qint64(7000) << true;
    QTest::newRow("replace") << DestinationMode::Replace << qint64(0) << qint64(3000) << true;
    QTest::newRow("overwrite creating the file")
        << DestinationMode::Overwrite << qint64(10) << qint64(100) << false;
    QTest::newRow("append creating the file")
        << DestinationMode::Append << qint64(0) << qint64(100) << false;
    QTest::newRow("replace creating the file")
        << DestinationMode::Replace << qint64(0) << qint64(100) << false;
    QTest::newRow("new") << DestinationMode::CreateNew << qint64(0) << qint64(100) << false;
}

void TestUndo::undoRestoresExactly()
{
    QFETCH(DestinationMode, mode);
    QFETCH(qint64, destinationOffset);
    QFETCH(qint64, count);
    QFETCH(bool, existed);
    const QByteArray old = patternBytes(10000, 7);
    const QByteArray copied = patternBytes(30000, 3);
    QVERIFY(writeFile(source(), copied));
    if (existed)
        QVERIFY(writeFile(destination(), old));
    TransferRequest copy = request(mode);
    copy.destinationOffset = destinationOffset;
    copy.offset = 50;
    copy.count = count;

    const TransferResult result = runTransfer(copy);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.undoKept);
    QCOMPARE(readFile(destination()), expectedContent(existed ? old : QByteArray(), mode,
                                                      destinationOffset, copied.mid(50, count)));

    const UndoResult undo = UndoJournal::undoLastCopy(destination());
    QVERIFY2(undo.ok(), qPrintable(undo.message));
    QVERIFY2(undo.message.startsWith(u"the last copy into '"_s), qPrintable(undo.message));
    if (existed)
        QCOMPARE(readFile(destination()), old);
    else
        QVERIFY(!exists(destination()));
    QCOMPARE(undoFiles(), QStringList());
    // Once done, there is nothing more to undo.
    QCOMPARE(UndoJournal::undoLastCopy(destination()).error, TransferError::NothingToUndo);
}

void TestUndo::replaceKeepsTheOldFileItself()
{
    QVERIFY(writeFile(source(), patternBytes(4000)));
    QVERIFY(writeFile(destination(), "old content"));
    QVERIFY(setMode(destination(), 0640));
    struct stat before {};
    QCOMPARE(::stat(QFile::encodeName(destination()).constData(), &before), 0);

    QVERIFY(runTransfer(request(DestinationMode::Replace)).ok());
    QCOMPARE(undoFiles(),
             QStringList({u".dest.bin.rangecopy-undo"_s, u".dest.bin.rangecopy-undo-data"_s}));
    QVERIFY(UndoJournal::undoLastCopy(destination()).ok());

    struct stat after {};
    QCOMPARE(::stat(QFile::encodeName(destination()).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino); // the very file, not a copy of it
    QCOMPARE(readFile(destination()), QByteArray("old content"));
    QCOMPARE(modeText(destination()), u"0640"_s);
}

void TestUndo::refusesWhenTheFileChangedSince_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<QString>("change");
    for (const DestinationMode mode :
         {DestinationMode::Overwrite, DestinationMode::Append, DestinationMode::Replace}) {
        for (const QString& change : {u"grown"_s, u"written in place"_s, u"replaced"_s})
            QTest::addRow("%s, %s", qPrintable(modeName(mode)), qPrintable(change))
                << mode << change;
    }
}

void TestUndo::refusesWhenTheFileChangedSince()
{
    QFETCH(DestinationMode, mode);
    QFETCH(QString, change);
    QVERIFY(writeFile(source(), patternBytes(4000)));
    QVERIFY(writeFile(destination(), patternBytes(8000, 9)));
    QVERIFY(runTransfer(request(mode)).ok());

    const QByteArray path = QFile::encodeName(destination());
    if (change == u"grown"_s) {
        QFile file(destination());
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write("more"), qint64(4));
    } else if (change == u"written in place"_s) {
        // Same size; only the modification time tells (set apart from the copy's own).
        const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        QCOMPARE(::pwrite(fd, "X", 1, 0), ssize_t(1));
        const timespec times[2] = {{0, UTIME_OMIT}, {1000000000, 0}};
        QCOMPARE(::futimens(fd, times), 0);
        ::close(fd);
    } else {
        QVERIFY(writeFile(destination() + u".other"_s, "someone else's"));
        QCOMPARE(::rename((path + ".other").constData(), path.constData()), 0);
    }
    const QByteArray changed = readFile(destination());
    const QStringList kept = undoFiles();

    const UndoResult undo = UndoJournal::undoLastCopy(destination());
    QCOMPARE(undo.error, TransferError::DestinationChanged);
    QVERIFY2(undo.message.startsWith(u"cannot undo the last copy into '%1': "_s.arg(destination())),
             qPrintable(undo.message));
    QVERIFY2(undo.message.endsWith(u"it was left as it is"_s), qPrintable(undo.message));
    QCOMPARE(readFile(destination()), changed);
    QCOMPARE(undoFiles(), kept);
}

void TestUndo::nothingToUndoWithoutUndoData()
{
    QVERIFY(writeFile(source(), patternBytes(4000)));
    QVERIFY(writeFile(destination(), "old"));
    TransferRequest copy = request(DestinationMode::Overwrite);
    copy.keepUndo = false;
    const TransferResult result = runTransfer(copy);
    QVERIFY(result.ok());
    QVERIFY(!result.undoKept);
    QCOMPARE(undoFiles(), QStringList());
    const UndoResult undo = UndoJournal::undoLastCopy(destination());
    QCOMPARE(undo.error, TransferError::NothingToUndo);
    QCOMPARE(undo.message, TransferMessages::nothingToUndo(destination()));
    QCOMPARE(undo.message, u"there is no copy into '%1' to undo"_s.arg(destination()));
}

void TestUndo::theNextCopyReplacesTheUndoData()
{
    QVERIFY(writeFile(source(), "abcdefgh"));
    QVERIFY(writeFile(destination(), "0123456789"));
    QVERIFY(runTransfer(request(DestinationMode::Append)).ok());
    QVERIFY(runTransfer(request(DestinationMode::Overwrite)).ok());
    QCOMPARE(readFile(destination()), QByteArray("abcdefgh89abcdefgh"));
    // Only the last copy is undone: the overwrite, not the append before it.
    QVERIFY(UndoJournal::undoLastCopy(destination()).ok());
    QCOMPARE(readFile(destination()), QByteArray("0123456789abcdefgh"));
    QCOMPARE(UndoJournal::undoLastCopy(destination()).error, TransferError::NothingToUndo);

    // A copy that keeps no undo data also ends an earlier copy's.
    QVERIFY(runTransfer(request(DestinationMode::Append)).ok());
    TransferRequest plain = request(DestinationMode::Append);
    plain.keepUndo = false;
    QVERIFY(runTransfer(plain).ok());
    QCOMPARE(undoFiles(), QStringList());
    QCOMPARE(UndoJournal::undoLastCopy(destination()).error, TransferError::NothingToUndo);
}

void TestUndo::aNewFileEndsAnUndoLeftForItsName()
{
    // Undo files for a name that holds no file now (it was removed since, by another process
    // too): a new file under that name must not be "undone" with them. The copy finds them in
    // its listing of the folder and removes them; another name's stay.
    QVERIFY(writeFile(source(), "abcdefgh"));
    const QStringList left{u".dest.bin.rangecopy-undo"_s, u".dest.bin.rangecopy-undo-data"_s,
                           u".other.bin.rangecopy-undo"_s};
    for (const QString& name : left)
        QVERIFY(writeFile(path(name), "left by an earlier copy"));
    TransferRequest plain = request(DestinationMode::Replace);
    plain.keepUndo = false;
    QVERIFY(runTransfer(plain).ok());
    QCOMPARE(readFile(destination()), QByteArray("abcdefgh"));
    QCOMPARE(undoFiles(), QStringList{u".other.bin.rangecopy-undo"_s});
    QCOMPARE(UndoJournal::undoLastCopy(destination()).error, TransferError::NothingToUndo);
}

void TestUndo::overwriteAboveTheLimitKeepsNothing()
{
    QVERIFY(writeFile(source(), patternBytes(4000)));
    QVERIFY(writeFile(destination(), patternBytes(4000, 5)));
    TransferRequest copy = request(DestinationMode::Overwrite);
    copy.undoLimit = 3999;
    const TransferResult result = runTransfer(copy);
    QVERIFY(result.ok());
    QVERIFY(!result.undoKept);
    QCOMPARE(undoFiles(), QStringList());
    copy.undoLimit = 4000;
    QVERIFY(writeFile(destination(), patternBytes(4000, 5)));
    QVERIFY(runTransfer(copy).undoKept);
    QCOMPARE(TransferMessages::undoPromise(DestinationMode::Overwrite, 0, 3999),
             u"It replaces no bytes of the file; Undo Last Copy (Ctrl+Z) can cut it back to its "
             u"present length."_s);
    QCOMPARE(TransferMessages::undoPromise(DestinationMode::Overwrite, 1, 3999),
             u"The 1 byte it replaces is kept beside it, so that Undo Last Copy (Ctrl+Z) can put "
             u"it back (up to 3.9 KiB are kept)."_s);
    // The window's question says so, with both sizes exact.
    QCOMPARE(TransferMessages::undoPromise(DestinationMode::Overwrite, 4000, 3999),
             u"Undo will not be possible: the copy replaces 3.9 KiB (4000 bytes), more than the "
             u"3.9 KiB (3999 bytes) RangeCopy keeps for Undo (see Edit → Preferences)."_s);
}

void TestUndo::undoesACancelledOverwrite()
{
    const QByteArray old = patternBytes(64 * 1024, 11);
    QVERIFY(writeFile(source(), patternBytes(128 * 1024)));
    QVERIFY(writeFile(destination(), old));
    TransferRequest copy = request(DestinationMode::Overwrite);
    copy.destinationOffset = 1000;
    copy.chunkSize = 4096;
    TransferControl control;
    const TransferResult result = runTransfer(
        copy,
        [&control](qint64 done, qint64) {
            if (done >= 3 * 4096)
                control.cancel();
        },
        &control);
    QCOMPARE(result.error, TransferError::Cancelled);
    QCOMPARE(result.bytesSent, qint64(3 * 4096));
    QVERIFY(result.undoKept);
    QVERIFY(readFile(destination()) != old);

    const UndoResult undo = UndoJournal::undoLastCopy(destination());
    QVERIFY2(undo.ok(), qPrintable(undo.message));
    QCOMPARE(readFile(destination()), old);
}

void TestUndo::undoesAFailedOverwrite()
{
    // A file size limit stops the copy past 20,000 bytes: the file grew and was written to.
    const QByteArray old = patternBytes(12000, 13);
    QVERIFY(writeFile(source(), patternBytes(40000)));
    QVERIFY(writeFile(destination(), old));
    TransferRequest copy = request(DestinationMode::Overwrite);
    copy.destinationOffset = 2000;
    copy.chunkSize = 4096;
    const ChildOutcome outcome = runInChild(copy, [] { return limitFileSize(20000); });
    QVERIFY(outcome.exitCode != kChildSetupFailed);
    QVERIFY(outcome.reported);
    QCOMPARE(outcome.error, TransferError::FileTooLarge);
    QCOMPARE(outcome.bytesSent, qint64(18000));
    QCOMPARE(fileSize(destination()), qint64(20000));

    const UndoResult undo = UndoJournal::undoLastCopy(destination());
    QVERIFY2(undo.ok(), qPrintable(undo.message));
    QCOMPARE(readFile(destination()), old);
    QCOMPARE(undoFiles(), QStringList());
}

void TestUndo::failureToKeepTheOldBytesWritesNothing()
{
    const QByteArray old = patternBytes(8000, 17);
    QVERIFY(writeFile(source(), patternBytes(4000)));
    QVERIFY(writeFile(destination(), old));
    const ScopedEnvironment fault("RANGECOPY_TEST_UNDO_ERRNO", QByteArray::number(ENOSPC));
    const TransferResult result = runTransfer(request(DestinationMode::Overwrite));
    QCOMPARE(result.error, TransferError::DiskFull);
    QCOMPARE(result.bytesSent, qint64(0));
    QCOMPARE(result.message,
             u"cannot keep the bytes of '%1' that the copy would replace, for Undo: %2; nothing "
             u"was written"_s.arg(destination(), systemReason(ENOSPC)));
    QCOMPARE(readFile(destination()), old);
    QCOMPARE(undoFiles(), QStringList());
}

void TestUndo::failedRestoreKeepsTheDataAndCanBeRetried()
{
    const QByteArray old = patternBytes(300000, 19);
    QVERIFY(writeFile(source(), patternBytes(300000)));
    QVERIFY(writeFile(destination(), old));
    QVERIFY(runTransfer(request(DestinationMode::Overwrite)).ok());
    const QStringList kept = undoFiles();

    const UndoResult failed = UndoJournal::undoLastCopy(destination(), EIO);
    QCOMPARE(failed.error, TransferError::IoError);
    QCOMPARE(failed.message, TransferMessages::undoFailed(destination(), systemReason(EIO)));
    QCOMPARE(undoFiles(), kept);

    const UndoResult retried = UndoJournal::undoLastCopy(destination());
    QVERIFY2(retried.ok(), qPrintable(retried.message));
    QCOMPARE(readFile(destination()), old);
}

void TestUndo::partFileCleanUpLeavesUndoFilesAlone()
{
    QVERIFY(writeFile(source(), patternBytes(4000)));
    QVERIFY(writeFile(destination(), patternBytes(4000, 23)));
    QVERIFY(runTransfer(request(DestinationMode::Replace)).ok());
    const QStringList kept = undoFiles();
    QCOMPARE(kept.size(), 2);
    for (const QString& name : kept)
        QVERIFY(!PartFile::isPartFileName(QFile::encodeName(name)));
    QCOMPARE(PartFile::removeStale(QFile::encodeName(destination())), 0);
    QCOMPARE(undoFiles(), kept);
    // A copy into another file of that folder leaves them too.
    TransferRequest other = request(DestinationMode::Replace);
    other.destinationPath = path(u"other.bin"_s);
    other.keepUndo = false;
    QVERIFY(runTransfer(other).ok());
    QCOMPARE(undoFiles(), kept);
    QVERIFY(UndoJournal::undoLastCopy(destination()).ok());
    QCOMPARE(readFile(destination()), patternBytes(4000, 23));
}

void TestUndo::theQuestionSaysWhichBytesChange_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<qint64>("destinationOffset");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<QString>("change");
    QTest::addColumn<qint64>("replaced");
    // The destination 'd.bin' holds 100 bytes.
    QTest::newRow("inside") << DestinationMode::Overwrite << qint64(10) << qint64(20)
                            << u"bytes 10–29 of 'd.bin' (20 bytes) are overwritten"_s << qint64(20);
    QTest::newRow("past the end")
        << DestinationMode::Overwrite << qint64(99) << qint64(2)
        << u"bytes 99–99 of 'd.bin' (1 byte) are overwritten; 1 byte is added after its end"_s
        << qint64(1);
    QTest::newRow("beyond the end")
        << DestinationMode::Overwrite << qint64(200) << qint64(2048)
        << u"2.0 KiB (2048 bytes) are written at byte 200 of 'd.bin', which holds 100 bytes"_s
        << qint64(0);
    QTest::newRow("nothing") << DestinationMode::Overwrite << qint64(0) << qint64(0)
                             << u"nothing in 'd.bin' changes"_s << qint64(0);
    QTest::newRow("append one byte")
        << DestinationMode::Append << qint64(0) << qint64(1)
        << u"1 byte is added after the end of 'd.bin', which holds 100 bytes"_s << qint64(0);
}

void TestUndo::theQuestionSaysWhichBytesChange()
{
    QFETCH(DestinationMode, mode);
    QFETCH(qint64, destinationOffset);
    QFETCH(qint64, length);
    QFETCH(QString, change);
    QFETCH(qint64, replaced);
    TransferRequest request = makeRequest(u"s.bin"_s, u"d.bin"_s, mode);
    request.destinationOffset = destinationOffset;
    QCOMPARE(TransferMessages::inPlaceChange(request, length, 100), change);
    QCOMPARE(TransferMessages::bytesReplacedInPlace(request, length, 100), replaced);
}

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
