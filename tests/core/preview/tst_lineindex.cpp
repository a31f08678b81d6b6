// The background newline count: exact line numbers at every offset of small files, block
// borders, other encodings, cancellation, and far offsets of a large sparse file.

#include "core/io/timedwork.h"
#include "core/preview/lineindex.h"
#include "core/preview/pagedfile.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kSmallBlock = 16;

// 1 + the newline bytes before offset: what the index must answer, counted the slow way.
qint64 expectedLine(const QByteArray& bytes, qint64 offset)
{
    return 1 + bytes.left(offset).count('\n');
}

} // namespace

class TestLineIndex : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void numbersEveryOffset_data();
    void numbersEveryOffset();
    void answersBeforeTheCountEnds();
    void countsUtf16Units();
    void cancelsMidway();
    void pausedCountWaitsForResume();
    void restartsAndClears();
    void reportsAFileItCannotRead();
    void endsEarlyOnAFileThatShrank();
    void numbersFarOffsetsOfALargeSparseFile();
    void growsItsBlocksForHugeFiles();
    void neverWaitsForACountStuckInARead();

private:
    // The file each test writes its text to.
    [[nodiscard]] QString textPath() const { return path(QStringLiteral("text.txt")); }
};

void TestLineIndex::numbersEveryOffset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no newline") << QByteArray(100, 'x');
    QTest::newRow("a few lines") << QByteArray("one\ntwo\nthree\n\nfive\nsix");
    QTest::newRow("newline last in a block") << QByteArray(15, 'a') + "\n" + QByteArray(20, 'b');
    QTest::newRow("newline first in a block") << QByteArray(16, 'a') + "\n" + QByteArray(20, 'b');
    QTest::newRow("newlines at every border")
        << (QByteArray(15, 'a') + '\n' + QByteArray(15, 'b') + '\n' + QByteArray(15, 'c') + '\n');
    QTest::newRow("only newlines") << QByteArray(50, '\n');
    QTest::newRow("ends mid-block") << QByteArray("a\nb\nc\nd\ne\nf\ng\nh\ni\nj");
    QTest::newRow("CRLF") << QByteArray("dos\r\nline\r\nends\r\n");
    QTest::newRow("exact blocks") << QByteArray("0123456789abcde\n0123456789abcde\n");
}

void TestLineIndex::numbersEveryOffset()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(writeFile(textPath(), bytes));
    PagedFile file(7, 3); // pages that do not line up with the blocks
    QCOMPARE(file.open(textPath()), QString());
    LineIndex index(kSmallBlock);
    QSignalSpy finished(&index, &LineIndex::finished);
    index.start(textPath(), file.size());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QVERIFY(index.isComplete());
    QVERIFY(!index.isRunning());
    QCOMPARE(index.errorString(), QString());
    QCOMPARE(index.indexedBytes(), qint64(bytes.size()));
    QCOMPARE(index.newlineCount(), std::optional<qint64>(bytes.count('\n')));
    for (qint64 offset = 0; offset <= bytes.size(); ++offset)
        QCOMPARE(index.lineNumberAt(offset, file),
                 std::optional<qint64>(expectedLine(bytes, offset)));
    QCOMPARE(index.lineNumberAt(-1, file), std::nullopt);
}

void TestLineIndex::answersBeforeTheCountEnds()
{
    LineIndex index(kSmallBlock);
    PagedFile file;
    QCOMPARE(index.lineNumberAt(0, file), std::nullopt); // nothing started
    QCOMPARE(index.newlineCount(), std::nullopt);
    QVERIFY(!index.isRunning());
}

void TestLineIndex::countsUtf16Units()
{
    // "a\nb" then U+0A41 (bytes 41 0A: a newline byte that is not a newline) and "\nc".
    const QByteArray bytes = QByteArray("a\0\n\0b\0\x41\x0a\n\0c\0", 12);
    QVERIFY(writeFile(textPath(), bytes));
    QCOMPARE(LineIndex::countNewlines(bytes, QStringConverter::Utf16LE), qint64(2));
    QCOMPARE(LineIndex::countNewlines(bytes, QStringConverter::Utf8), qint64(3));
    QCOMPARE(LineIndex::countNewlines(QByteArray("\0\n\0a", 4), QStringConverter::Utf16BE),
             qint64(1));
    QCOMPARE(LineIndex::countNewlines(QByteArray("\n\0\0\0\0\0\0\n", 8), QStringConverter::Utf32LE),
             qint64(1));
    QCOMPARE(LineIndex::countNewlines(QByteArray("\n\0\0\0\0\0\0\n", 8), QStringConverter::Utf32BE),
             qint64(1));

    PagedFile file;
    QCOMPARE(file.open(textPath()), QString());
    LineIndex index(6); // rounded up to 8, a whole number of units
    QCOMPARE(index.blockSize(), qint64(8));
    index.start(textPath(), file.size(), QStringConverter::Utf16LE);
    QTRY_VERIFY_WITH_TIMEOUT(index.isComplete(), kWaitMs);
    QCOMPARE(index.newlineCount(), std::optional<qint64>(2));
    QCOMPARE(index.lineNumberAt(2, file), std::optional<qint64>(1));  // the newline itself
    QCOMPARE(index.lineNumberAt(4, file), std::optional<qint64>(2));  // "b"
    QCOMPARE(index.lineNumberAt(8, file), std::optional<qint64>(2));  // after U+0A41
    QCOMPARE(index.lineNumberAt(10, file), std::optional<qint64>(3)); // "c"
    QCOMPARE(index.lineNumberAt(12, file), std::optional<qint64>(3)); // the end
}

void TestLineIndex::cancelsMidway()
{
    // Each block waits a while, so the count is surely not done when it is cancelled.
    qputenv("RANGECOPY_TEST_LINE_INDEX_DELAY_MS", "20");
    const auto unset = qScopeGuard([] { qunsetenv("RANGECOPY_TEST_LINE_INDEX_DELAY_MS"); });
    QByteArray bytes;
    for (int i = 0; i < 100; ++i)
        bytes += QByteArray(kSmallBlock - 1, 'x') + '\n';
    QVERIFY(writeFile(textPath(), bytes));
    PagedFile file;
    QCOMPARE(file.open(textPath()), QString());

    LineIndex index(kSmallBlock);
    QSignalSpy finished(&index, &LineIndex::finished);
    index.start(textPath(), file.size());
    QVERIFY(index.isRunning());
    index.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QVERIFY(!index.isRunning());
    QVERIFY(!index.isComplete());
    QCOMPARE(index.errorString(), QString());
    QCOMPARE(index.newlineCount(), std::nullopt);
    const qint64 indexed = index.indexedBytes();
    QVERIFY2(indexed < bytes.size(), QByteArray::number(indexed).constData());
    // What was counted still answers; beyond it there is no answer.
    QCOMPARE(index.lineNumberAt(indexed, file), std::optional<qint64>(1 + indexed / kSmallBlock));
    QCOMPARE(index.lineNumberAt(indexed + 2 * kSmallBlock, file), std::nullopt);
}

void TestLineIndex::pausedCountWaitsForResume()
{
    QByteArray bytes;
    for (int i = 0; i < 100; ++i)
        bytes += QByteArray(kSmallBlock - 1, 'x') + '\n';
    QVERIFY(writeFile(textPath(), bytes));
    LineIndex index(kSmallBlock);
    QSignalSpy finished(&index, &LineIndex::finished);

    // Started paused, the count reads nothing: cancelled, it has counted no block.
    index.setPaused(true);
    QVERIFY(index.isPaused());
    index.start(textPath(), bytes.size());
    QVERIFY(index.isRunning());
    index.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(index.indexedBytes(), qint64(0));
    QVERIFY(!index.isComplete());

    // The pause outlives a restart; lifted, the count runs to the end.
    index.start(textPath(), bytes.size());
    QVERIFY(index.isPaused());
    index.setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(index.isComplete(), kWaitMs);
    QCOMPARE(index.newlineCount(), std::optional<qint64>(100));

    // Paused midway and resumed, it goes on from where it was and ends with the same count.
    qputenv("RANGECOPY_TEST_LINE_INDEX_DELAY_MS", "5");
    const auto unset = qScopeGuard([] { qunsetenv("RANGECOPY_TEST_LINE_INDEX_DELAY_MS"); });
    finished.clear();
    index.start(textPath(), bytes.size());
    QTRY_VERIFY_WITH_TIMEOUT(index.indexedBytes() > 0, kWaitMs);
    index.setPaused(true);
    QVERIFY(index.isRunning());
    index.setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(index.isComplete(), kWaitMs);
    QCOMPARE(index.newlineCount(), std::optional<qint64>(100));
    QCOMPARE(finished.count(), 1);
}

void TestLineIndex::restartsAndClears()
{
    QVERIFY(writeFile(textPath(), "1\n2\n3\n"));
    const QString other = m_dir->filePath(QStringLiteral("other.txt"));
    QVERIFY(writeFile(other, "only one line"));
    LineIndex index(kSmallBlock);
    QSignalSpy finished(&index, &LineIndex::finished);
    index.start(textPath(), 6);
    index.start(other, 13); // replaces the first count, whose report must not arrive
    QTRY_VERIFY_WITH_TIMEOUT(index.isComplete(), kWaitMs);
    QCOMPARE(index.path(), other);
    QCOMPARE(index.newlineCount(), std::optional<qint64>(0));
    QCoreApplication::processEvents(); // anything stale still queued would arrive now
    QCOMPARE(finished.count(), 1);

    index.clear();
    QVERIFY(!index.isComplete());
    QCOMPARE(index.size(), qint64(0));
    QCOMPARE(index.indexedBytes(), qint64(0));
    PagedFile file;
    QCOMPARE(index.lineNumberAt(0, file), std::nullopt);
}

void TestLineIndex::reportsAFileItCannotRead()
{
    LineIndex index;
    QSignalSpy finished(&index, &LineIndex::finished);
    index.start(m_dir->filePath(QStringLiteral("missing.txt")), 100);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QVERIFY(!index.isComplete());
    QVERIFY(index.errorString().contains(QStringLiteral("missing.txt")));
}

void TestLineIndex::endsEarlyOnAFileThatShrank()
{
    // The size a view read before the file was cut: the count ends where the file does.
    QVERIFY(writeFile(textPath(), QByteArray(40, 'a') + '\n' + QByteArray(9, 'b')));
    PagedFile file;
    QCOMPARE(file.open(textPath()), QString());
    LineIndex index(kSmallBlock);
    index.start(textPath(), 1000);
    QTRY_VERIFY_WITH_TIMEOUT(!index.isRunning(), kWaitMs);
    QVERIFY(index.isComplete());
    QCOMPARE(index.size(), qint64(50));
    QCOMPARE(index.newlineCount(), std::optional<qint64>(1));
    QCOMPARE(index.lineNumberAt(45, file), std::optional<qint64>(2));
    QCOMPARE(index.lineNumberAt(900, file), std::optional<qint64>(2));
}

void TestLineIndex::numbersFarOffsetsOfALargeSparseFile()
{
    // Zeros have no newlines; the marks sit in blocks of their own, far apart.
    constexpr qint64 kGiB = qint64(1) << 30;
    constexpr qint64 kSize = 5 * kGiB + 123;
    const QList<Marker> marks{
        {kGiB, "\n"},
        {3 * kGiB - 1, "\n\n"}, // across a block border
        {kSize - 4, "x\ny\n"},
    };
    QVERIFY(writeSparseFile(textPath(), kSize, marks));
    PagedFile file;
    QCOMPARE(file.open(textPath()), QString());
    LineIndex index;
    QSignalSpy progressed(&index, &LineIndex::progressed);
    index.start(textPath(), file.size());
    QTRY_VERIFY_WITH_TIMEOUT(index.isComplete(), kWaitMs);
    QVERIFY(!progressed.isEmpty());
    QCOMPARE(progressed.last().at(0).toLongLong(), kSize);
    QCOMPARE(progressed.last().at(1).toLongLong(), kSize);
    QCOMPARE(index.newlineCount(), std::optional<qint64>(5));

    const auto lineAt = [&](qint64 offset) {
        return index.lineNumberAt(offset, file);
    };
    QCOMPARE(lineAt(0), std::optional<qint64>(1));
    QCOMPARE(lineAt(kGiB), std::optional<qint64>(1));
    QCOMPARE(lineAt(kGiB + 1), std::optional<qint64>(2));
    QCOMPARE(lineAt(2 * kGiB), std::optional<qint64>(2));
    QCOMPARE(lineAt(3 * kGiB - 1), std::optional<qint64>(2));
    QCOMPARE(lineAt(3 * kGiB), std::optional<qint64>(3));
    QCOMPARE(lineAt(3 * kGiB + 1), std::optional<qint64>(4));
    QCOMPARE(lineAt(kSize - 3), std::optional<qint64>(4));
    QCOMPARE(lineAt(kSize - 2), std::optional<qint64>(5));
    QCOMPARE(lineAt(kSize), std::optional<qint64>(6));
    // Each answer counted within one block at most: the cache held only a few pages.
    QVERIFY(file.pageReads() <= 6 * index.blockSize() / file.pageSize());
}

void TestLineIndex::growsItsBlocksForHugeFiles()
{
    // 128 GiB, sparse: the index keeps at most kMaxBlocks entries, so its blocks double.
    constexpr qint64 kSize = qint64(1) << 37;
    QVERIFY(writeSparseFile(textPath(), kSize, {{kSize - 2, "\nz"}}));
    LineIndex index;
    index.start(textPath(), kSize);
    QCOMPARE(index.blockSize(), 2 * LineIndex::kDefaultBlockSize);
    QTRY_VERIFY_WITH_TIMEOUT(index.isComplete(), kWaitMs);
    PagedFile file;
    QCOMPARE(file.open(textPath()), QString());
    QCOMPARE(index.lineNumberAt(kSize - 1, file), std::optional<qint64>(2));
}

void TestLineIndex::neverWaitsForACountStuckInARead()
{
    // A count stuck in the kernel (a mount that stopped answering) is let go: clearing or
    // destroying the index returns at once, and the stuck count's answer goes nowhere.
    const QString file = path(QStringLiteral("lines.txt"));
    QVERIFY(writeFile(file, "one\ntwo\nthree\n"));
    const int before = LineIndex::runningThreads();
    TimedWork::setTestDelay(3000ms); // the count's first look at the file takes 3 s
    auto restore = qScopeGuard([] { TimedWork::setTestDelay(0ms); });
    QElapsedTimer clock;
    clock.start();
    LineIndex cleared;
    QSignalSpy finished(&cleared, &LineIndex::finished);
    cleared.start(file, 14);
    cleared.clear();
    {
        LineIndex destroyed;
        destroyed.start(file, 14);
    }
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(LineIndex::runningThreads(), before + 2);
    QVERIFY(!cleared.isRunning());
    // The stuck counts end on their own; nothing they report reaches anyone.
    QTRY_COMPARE_WITH_TIMEOUT(LineIndex::runningThreads(), before, kWaitMs);
    QVERIFY(clock.elapsed() >= 3000); // they were stuck indeed
    TimedWork::setTestDelay(0ms);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(finished.count(), 0);
    QVERIFY(!cleared.newlineCount());
    // And the index counts again as usual.
    cleared.start(file, 14);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(cleared.newlineCount(), std::optional<qint64>(3));
}

QTEST_GUILESS_MAIN(TestLineIndex)
#include "tst_lineindex.moc"
