// Holes stay holes (issue 12, part 1): a sparse source's holes are not written but become
// holes of the destination in every mode; over existing bytes (overwrite) they become zeros
// by a punched hole; --sparse never writes every byte; always also turns blocks of zeros into
// holes. Each case checks the bytes on disk, the numbers reported and the blocks allocated.

#include "core/transfer/transferengine.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QTest>

#include <sys/stat.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kKiB = 1024;
// The source: 4 MiB, with data at [1 MiB, 1 MiB + 64 KiB) and [3 MiB, 3 MiB + 96 KiB), holes
// around them.
constexpr qint64 kSourceSize = 4 * kMiB;
const QList<Marker> kSourceData{{kMiB, patternBytes(64 * kKiB, 1)},
                                {3 * kMiB, patternBytes(96 * kKiB, 2)}};
// Blocks a file system may allocate beyond the data (metadata, a partly written block).
constexpr qint64 kAllocationSlack = 64 * kKiB;

qint64 allocatedBytes(const QString& path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return qint64(status.st_blocks) * 512;
}

// The source's bytes in [offset, offset + count), holes as zeros.
QByteArray sourceBytes(qint64 offset, qint64 count)
{
    QByteArray bytes(count, '\0');
    for (const Marker& data : kSourceData) {
        const qint64 from = std::max(offset, data.offset);
        const qint64 to = std::min(offset + count, data.offset + data.bytes.size());
        if (from < to)
            bytes.replace(from - offset, to - from, data.bytes.mid(from - data.offset, to - from));
    }
    return bytes;
}

// How many bytes of [offset, offset + count) are data in the source.
qint64 dataBytesIn(qint64 offset, qint64 count)
{
    qint64 data = 0;
    for (const Marker& marker : kSourceData)
        data += std::max<qint64>(0, std::min(offset + count, marker.offset + marker.bytes.size()) -
                                        std::max(offset, marker.offset));
    return data;
}

} // namespace

class TestSparseCopy : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keepsHolesInEveryMode_data();
    void keepsHolesInEveryMode();
    void neverWritesEveryByte();
    void alwaysMakesHolesOfZeroBlocks();
    void aSourceThatIsAllHole();

private:
    QString m_source;
};

void TestSparseCopy::init()
{
    FolderTest::init();
    m_source = path(u"image.bin"_s);
    QVERIFY(writeSparseFile(m_source, kSourceSize, kSourceData));
    if (allocatedBytes(m_source) > 2 * kMiB)
        QSKIP("the temporary folder's file system does not keep holes");
}

void TestSparseCopy::keepsHolesInEveryMode_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("count");   // -1: to the end
    QTest::addColumn<QByteArray>("old"); // the destination before, empty: none
    QTest::addColumn<qint64>("destinationOffset");

    const QByteArray ones(2 * kMiB, '\xff');
    for (const CopyMethod method :
         {CopyMethod::Auto, CopyMethod::CopyFileRange, CopyMethod::ReadWrite}) {
        const QByteArray name = methodName(method).toUtf8();
        QTest::newRow("replace, whole, " + name) << DestinationMode::Replace << method << qint64(0)
                                                 << qint64(-1) << QByteArray("old") << qint64(0);
        QTest::newRow("new, whole, " + name) << DestinationMode::CreateNew << method << qint64(0)
                                             << qint64(-1) << QByteArray() << qint64(0);
        QTest::newRow("append, whole, " + name)
            << DestinationMode::Append << method << qint64(0) << qint64(-1)
            << QByteArray("ten bytes!") << qint64(0);
        QTest::newRow("overwrite over data, " + name)
            << DestinationMode::Overwrite << method << qint64(0) << qint64(2 * kMiB) << ones
            << qint64(100);
        QTest::newRow("overwrite past the end, " + name)
            << DestinationMode::Overwrite << method << qint64(512 * kKiB) << qint64(3 * kMiB)
            << ones.left(kMiB) << qint64(512 * kKiB);
        QTest::newRow("from a hole into data, " + name)
            << DestinationMode::Replace << method << qint64(512 * kKiB)
            << qint64(512 * kKiB + 32 * kKiB) << QByteArray() << qint64(0);
        QTest::newRow("from data into a hole, " + name)
            << DestinationMode::Replace << method << qint64(kMiB + 32 * kKiB) << qint64(kMiB)
            << QByteArray() << qint64(0);
    }
}

void TestSparseCopy::keepsHolesInEveryMode()
{
    QFETCH(DestinationMode, mode);
    QFETCH(CopyMethod, method);
    QFETCH(qint64, offset);
    QFETCH(qint64, count);
    QFETCH(QByteArray, old);
    QFETCH(qint64, destinationOffset);
    const QString destination = path(u"copy.bin"_s);
    if (!old.isEmpty())
        QVERIFY(writeFile(destination, old));
    TransferRequest request = makeRequest(m_source, destination, mode);
    request.method = method;
    request.offset = offset;
    request.count = countOf(count);
    request.destinationOffset = destinationOffset;

    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    const qint64 length = count < 0 ? kSourceSize - offset : count;
    QCOMPARE(result.bytesSent, length);
    const qint64 data = dataBytesIn(offset, length);
    QCOMPARE(result.bytesInHoles, length - data);
    const QByteArray copied = sourceBytes(offset, length);
    const QByteArray expected = expectedContent(old, mode, destinationOffset, copied);
    QCOMPARE(fileSize(destination), qint64(expected.size()));
    QVERIFY(readFile(destination) == expected);
    // Blocks only for the data: the copied data, and what the old file kept outside the span.
    const qint64 oldKept =
        mode == DestinationMode::Replace || mode == DestinationMode::CreateNew
            ? 0
            : qint64(old.size()) -
                  std::max<qint64>(0, std::min<qint64>(old.size(), destinationOffset + length) -
                                          destinationOffset);
    const qint64 allocated = allocatedBytes(destination);
    QVERIFY2(allocated <= data + std::max<qint64>(oldKept, 0) + kAllocationSlack,
             qPrintable(u"%1 bytes allocated for %2 of data"_s.arg(allocated).arg(data)));
}

void TestSparseCopy::neverWritesEveryByte()
{
    const QString destination = path(u"copy.bin"_s);
    TransferRequest request = makeRequest(m_source, destination);
    request.sparse = SparseMode::Never;
    const TransferResult result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesInHoles, qint64(0));
    QVERIFY(readFile(destination) == sourceBytes(0, kSourceSize));
    QVERIFY(allocatedBytes(destination) >= kSourceSize);
}

void TestSparseCopy::alwaysMakesHolesOfZeroBlocks()
{
    // A source without holes but with 1 MiB of zero bytes in the middle (a file that was
    // written out in full).
    const QString full = path(u"full.bin"_s);
    const QByteArray bytes = patternBytes(kMiB, 3) + QByteArray(kMiB, '\0') + patternBytes(kMiB, 4);
    QVERIFY(writeFile(full, bytes));
    const QString destination = path(u"copy.bin"_s);
    TransferRequest request = makeRequest(full, destination);
    request.sparse = SparseMode::Always;
    request.offset = 100; // blocks of the destination, not of the source, become holes
    const TransferResult result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(readFile(destination) == bytes.mid(100));
    QCOMPARE(result.methodUsed, CopyMethod::ReadWrite);
    // Of the zeros, the whole blocks of the destination: all but the partial ones at each end.
    QVERIFY2(result.bytesInHoles >= kMiB - 2 * 4096,
             qPrintable(QString::number(result.bytesInHoles)));
    QVERIFY(allocatedBytes(destination) <= 2 * kMiB + kAllocationSlack);

    // Zeros at the very end stay a hole too, and the file still has its full size.
    QVERIFY(writeFile(full, patternBytes(kMiB, 5) + QByteArray(kMiB, '\0')));
    request.offset = 0;
    const TransferResult tail = runTransfer(request);
    QVERIFY2(tail.ok(), qPrintable(tail.message));
    QCOMPARE(fileSize(destination), 2 * kMiB);
    QCOMPARE(tail.bytesInHoles, kMiB);
    QVERIFY(readFile(destination) == patternBytes(kMiB, 5) + QByteArray(kMiB, '\0'));
}

void TestSparseCopy::aSourceThatIsAllHole()
{
    const QString empty = path(u"empty-image.bin"_s);
    QVERIFY(writeSparseFile(empty, 8 * kMiB, {}));
    const QString destination = path(u"copy.bin"_s);
    for (const DestinationMode mode : {DestinationMode::Replace, DestinationMode::Append}) {
        QFile::remove(destination);
        const TransferResult result = runTransfer(makeRequest(empty, destination, mode));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.bytesSent, 8 * kMiB);
        QCOMPARE(result.bytesInHoles, 8 * kMiB);
        QCOMPARE(fileSize(destination), 8 * kMiB);
        QVERIFY(allocatedBytes(destination) <= kAllocationSlack);
        QVERIFY(readAt(destination, 8 * kMiB - 16, 16) == QByteArray(16, '\0'));
    }
}

QTEST_GUILESS_MAIN(TestSparseCopy)
#include "tst_sparsecopy.moc"
