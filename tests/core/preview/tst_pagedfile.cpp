#include "core/io/timedwork.h"
#include "core/io/workerpool.h"
#include "core/preview/pagedfile.h"
#include "core/preview/previewdocument.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

#include <sys/stat.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace std::chrono_literals;

namespace {

// Byte i is (i * 13 + 5) % 256, so a shifted read shows.
QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 13 + 5) % 256);
    return bytes;
}

} // namespace

class TestPagedFile : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsAcrossPageBorders_data();
    void readsAcrossPageBorders();
    void readsTheLastPartialPage();
    void servesRepeatedReadsFromTheCache();
    void holdsTheCacheBound();
    void dropsTheLeastRecentlyUsedPage();
    void survivesAFileThatShrinks();
    void opensLargeSparseFilesWithoutReadingThem();
    void refusesWhatItCannotShow();
    void aWorkerReadsTheFirstScreenAndHandsItOver();
    void readsWithATimeLimitOnAWorker();
    void aFileThatStopsAnsweringIsGivenUpOnce();
    void theDocumentSaysItsFileStoppedAnswering();

private:
    QString m_path;
};

void TestPagedFile::init()
{
    FolderTest::init();
    m_path = m_dir->filePath(QStringLiteral("data.bin"));
}

void TestPagedFile::readsAcrossPageBorders_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");
    QTest::newRow("start of file") << qint64(0) << qint64(10);
    QTest::newRow("ends at a border") << qint64(90) << qint64(10);
    QTest::newRow("starts at a border") << qint64(100) << qint64(10);
    QTest::newRow("crosses one border") << qint64(95) << qint64(10);
    QTest::newRow("spans several pages") << qint64(150) << qint64(420);
    QTest::newRow("whole page") << qint64(200) << qint64(100);
    QTest::newRow("ends mid-page") << qint64(300) << qint64(55);
    QTest::newRow("single byte") << qint64(999) << qint64(1);
}

void TestPagedFile::readsAcrossPageBorders()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, length);
    const QByteArray bytes = pattern(1050);
    QVERIFY(writeFile(m_path, bytes));
    PagedFile file(100, 4);
    QCOMPARE(file.open(m_path), QString());
    QCOMPARE(file.size(), qint64(1050));
    QCOMPARE(file.read(offset, length), bytes.mid(offset, length));
}

void TestPagedFile::readsTheLastPartialPage()
{
    const QByteArray bytes = pattern(1050);
    QVERIFY(writeFile(m_path, bytes));
    PagedFile file(100, 4);
    QCOMPARE(file.open(m_path), QString());
    QCOMPARE(file.read(1000, 50), bytes.mid(1000));
    QCOMPARE(file.read(1040, 100), bytes.mid(1040)); // asks past the end: gets what is there
    QCOMPARE(file.read(1050, 10), QByteArray());     // at the end
    QCOMPARE(file.read(5000, 10), QByteArray());     // past the end
    QCOMPARE(file.read(-1, 10), QByteArray());
    QCOMPARE(file.read(10, 0), QByteArray());
}

void TestPagedFile::servesRepeatedReadsFromTheCache()
{
    QVERIFY(writeFile(m_path, pattern(1000)));
    PagedFile file(100, 4);
    QCOMPARE(file.open(m_path), QString());
    QCOMPARE(file.read(110, 20), pattern(1000).mid(110, 20));
    QCOMPARE(file.pageReads(), qint64(1));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(file.read(100 + i, 50), pattern(1000).mid(100 + i, 50));
    QCOMPARE(file.pageReads(), qint64(1));
}

void TestPagedFile::holdsTheCacheBound()
{
    QVERIFY(writeFile(m_path, pattern(100000)));
    PagedFile file(1000, 8);
    QCOMPARE(file.open(m_path), QString());
    QCOMPARE(file.read(0, 100000), pattern(100000)); // 100 pages through an 8-page cache
    QCOMPARE(file.cachedPageCount(), 8);
    QCOMPARE(file.pageReads(), qint64(100));
    for (qint64 offset = 0; offset < 100000; offset += 777)
        QCOMPARE(file.read(offset, 10), pattern(100000).mid(offset, 10));
    QVERIFY(file.cachedPageCount() <= 8);
}

void TestPagedFile::dropsTheLeastRecentlyUsedPage()
{
    QVERIFY(writeFile(m_path, pattern(1000)));
    PagedFile file(100, 3);
    QCOMPARE(file.open(m_path), QString());
    (void)file.read(0, 1);   // page 0
    (void)file.read(100, 1); // page 1
    (void)file.read(200, 1); // page 2
    (void)file.read(0, 1);   // page 0 used again: page 1 is now the oldest
    QCOMPARE(file.pageReads(), qint64(3));
    (void)file.read(300, 1); // page 3 replaces page 1
    QCOMPARE(file.pageReads(), qint64(4));
    (void)file.read(0, 1);
    (void)file.read(200, 1);
    QCOMPARE(file.pageReads(), qint64(4)); // 0 and 2 stayed
    (void)file.read(100, 1);
    QCOMPARE(file.pageReads(), qint64(5)); // 1 had gone
}

void TestPagedFile::survivesAFileThatShrinks()
{
    QVERIFY(writeFile(m_path, pattern(1000)));
    PagedFile file(100, 4);
    QCOMPARE(file.open(m_path), QString());
    QVERIFY(QFile::resize(m_path, 250));
    // The old size still stands, but the bytes that are gone are not made up.
    QCOMPARE(file.size(), qint64(1000));
    QCOMPARE(file.read(200, 200), pattern(1000).mid(200, 50));
    QCOMPARE(file.read(600, 10), QByteArray());
    file.refresh();
    QCOMPARE(file.size(), qint64(250));
    QCOMPARE(file.cachedPageCount(), 0);
    QCOMPARE(file.read(0, 1000), pattern(250));
}

void TestPagedFile::opensLargeSparseFilesWithoutReadingThem()
{
    const qint64 tenGiB = 10LL * 1024 * 1024 * 1024;
    QVERIFY(writeSparseFile(m_path, tenGiB, {{tenGiB - 4, "tail"}}));
    PagedFile file;
    QCOMPARE(file.open(m_path), QString());
    QCOMPARE(file.size(), tenGiB);
    QCOMPARE(file.pageReads(), qint64(0));
    QCOMPARE(file.read(tenGiB - 4, 100), QByteArray("tail"));
    QCOMPARE(file.read(0x100000000LL, 4), QByteArray(4, '\0'));
    QCOMPARE(file.pageReads(), qint64(2));
}

void TestPagedFile::refusesWhatItCannotShow()
{
    PagedFile file;
    const QString missing = m_dir->filePath(QStringLiteral("missing.bin"));
    const QString error = file.open(missing);
    QVERIFY2(error.contains(missing) && error.contains(QStringLiteral("No such file")),
             qPrintable(error));
    QVERIFY(!file.isOpen());
    QCOMPARE(file.read(0, 10), QByteArray());
    QVERIFY(file.open(m_dir->path()).contains(QStringLiteral("not a regular file")));
}

void TestPagedFile::aWorkerReadsTheFirstScreenAndHandsItOver()
{
    // PreviewDocument::openInBackground(): a worker opens and reads the pages of the first
    // screen into a PagedFile of its own; the document's takes them without reading again.
    QVERIFY(writeFile(m_path, pattern(1000)));
    PagedFile opened(100, 8);
    QCOMPARE(opened.openAndRead(m_path, 250, 200), QString());
    QCOMPARE(opened.pageReads(), qint64(3)); // pages 2, 3 and 4
    PagedFile shown(100, 8);
    shown.adopt(std::move(opened));
    QVERIFY(!opened.isOpen());
    QVERIFY(shown.isOpen());
    QCOMPARE(shown.path(), m_path);
    QCOMPARE(shown.size(), qint64(1000));
    QCOMPARE(shown.read(250, 200), pattern(1000).mid(250, 200));
    QCOMPARE(shown.pageReads(), qint64(3)); // from the pages handed over
    QCOMPARE(shown.read(0, 10), pattern(1000).left(10));
    QCOMPARE(shown.pageReads(), qint64(4));

    // A FIFO is refused before anything waits for a writer.
    const QString fifo = m_dir->filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    PagedFile refused;
    QVERIFY(refused.openAndRead(fifo, 0, 100).contains(QStringLiteral("not a regular file")));
    QVERIFY(!refused.isOpen());
}

void TestPagedFile::readsWithATimeLimitOnAWorker()
{
    const QByteArray bytes = pattern(1000);
    QVERIFY(writeFile(m_path, bytes));
    PagedFile file(100, 4);
    file.setReadTimeLimit(5s);
    QCOMPARE(file.open(m_path), QString());
    QCOMPARE(file.read(250, 300), bytes.mid(250, 300));
    QCOMPARE(file.pageReads(), qint64(4));
    file.refresh();
    QCOMPARE(file.size(), qint64(1000));
    QVERIFY(!file.isStalled());
}

void TestPagedFile::aFileThatStopsAnsweringIsGivenUpOnce()
{
    QVERIFY(writeFile(m_path, pattern(1000)));
    PagedFile file(100, 4);
    file.setReadTimeLimit(100ms);
    QCOMPARE(file.open(m_path), QString());
    QString saidOnStall;
    int stalls = 0;
    file.setOnStall([&](const QString& error) {
        saidOnStall = error;
        ++stalls;
    });
    // Every worker now takes 30 s before it reads, as a mount that went away would.
    TimedWork::setTestDelay(30s);
    QElapsedTimer waited;
    waited.start();
    QVERIFY(file.read(0, 10).isEmpty());
    QVERIFY(file.isStalled());
    QVERIFY(file.lastError().contains(QStringLiteral("did not answer")));
    QVERIFY(file.lastError().contains(m_path));
    QCOMPARE(saidOnStall, file.lastError());
    // Given up: the next reads fail at once, with no worker asked.
    const int busy = TimedWork::pool().busyCount();
    QVERIFY(file.read(500, 10).isEmpty());
    file.refresh();
    QCOMPARE(TimedWork::pool().busyCount(), busy);
    QCOMPARE(stalls, 1);
    QVERIFY(waited.elapsed() < 20000); // nowhere near the worker's 30 s
    TimedWork::setTestDelay(0ms);
    // Opened again, it is read again.
    QCOMPARE(file.open(m_path), QString());
    QVERIFY(!file.isStalled());
    QCOMPARE(file.read(0, 3), pattern(3));
}

void TestPagedFile::theDocumentSaysItsFileStoppedAnswering()
{
    QVERIFY(writeFile(m_path, pattern(100000)));
    PreviewDocument document;
    QCOMPARE(document.open(m_path), QString());
    document.pagedFile().setReadTimeLimit(100ms);
    QSignalSpy stopped(&document, &PreviewDocument::readStopped);
    TimedWork::setTestDelay(30s);
    QVERIFY(document.read(90000, 10).isEmpty()); // a page not read yet
    TimedWork::setTestDelay(0ms);
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.count(), 1);
    QVERIFY(stopped.at(0).at(0).toString().contains(QStringLiteral("did not answer")));
}

QTEST_GUILESS_MAIN(TestPagedFile)
#include "tst_pagedfile.moc"
