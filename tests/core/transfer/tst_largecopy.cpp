#include "core/transfer/transferengine.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

#include <memory>
#include <sys/statvfs.h>
#include <utility>
#include <vector>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

// 2 GiB + 1 MiB: more than one sendfile/copy_file_range call can move (kMaxBytesPerCall).
constexpr qint64 kSourceSize = (qint64(2) << 30) + (qint64(1) << 20);

// Marker bytes in an otherwise empty (sparse) source: at the start, across the per-call cap,
// across 2 GiB (where a 32-bit offset would wrap) and at the very end.
QList<Marker> markers()
{
    return {
        {0, QByteArrayLiteral("START-OF-SOURCE")},
        {kMaxBytesPerCall - 6, QByteArrayLiteral("ACROSS-THE-CAP")},
        {(qint64(2) << 30) - 6, QByteArrayLiteral("ACROSS-2-GIB")},
        {kSourceSize - 13, QByteArrayLiteral("END-OF-SOURCE")},
    };
}

} // namespace

class TestLargeCopy : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void copiesPastThePerCallCap_data();
    void copiesPastThePerCallCap();
    void copiesSmallRangesAtLargeOffsets_data();
    void copiesSmallRangesAtLargeOffsets();

private:
    QString m_source;
    QString m_destination;
};

void TestLargeCopy::init()
{
    FolderTest::init();
    m_source = m_dir->filePath(u"sparse.bin"_s);
    m_destination = m_dir->filePath(u"copy.bin"_s);
    QVERIFY(writeSparseFile(m_source, kSourceSize, markers()));
}

void TestLargeCopy::copiesPastThePerCallCap_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::newRow("sendfile") << CopyMethod::Sendfile;
    QTest::newRow("copy_file_range") << CopyMethod::CopyFileRange;
}

void TestLargeCopy::copiesPastThePerCallCap()
{
    QFETCH(CopyMethod, method);

    // The copy is written out in full (sendfile does not keep holes).
    struct statvfs space {};
    QCOMPARE(::statvfs(QFile::encodeName(m_dir->path()).constData(), &space), 0);
    if (qint64(space.f_bavail) * qint64(space.f_frsize) < kSourceSize + (qint64(512) << 20))
        QSKIP("less than 2.5 GiB free in the temporary folder for the copy");

    TransferRequest request;
    request.sourcePath = m_source;
    request.destinationPath = m_destination;
    request.method = method;
    request.sparse = SparseMode::Never; // every byte through the method, holes too
    request.chunkSize = kMaxBytesPerCall;
    std::vector<std::pair<qint64, qint64>> progress;
    const TransferResult result = runTransfer(request, [&](qint64 bytesDone, qint64 bytesExpected) {
        progress.emplace_back(bytesDone, bytesExpected);
    });

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.methodUsed, method);
    QCOMPARE(result.bytesSent, kSourceSize);
    QCOMPARE(result.endOfFileReached, false);
    QCOMPARE(fileSize(m_destination), kSourceSize);
    for (const Marker& marker : markers()) {
        QCOMPARE(readAt(m_destination, marker.offset, marker.bytes.size()), marker.bytes);
        // The zeros around a marker came through as zeros.
        QCOMPARE(readAt(m_destination, marker.offset + marker.bytes.size(), 1),
                 marker.offset + marker.bytes.size() < kSourceSize ? QByteArray(1, '\0')
                                                                   : QByteArray());
    }

    // More than one call was needed, none above the cap, and the steps add up.
    QVERIFY(progress.size() >= 2);
    qint64 previous = 0;
    for (const auto& [bytesDone, bytesExpected] : progress) {
        QVERIFY(bytesDone > previous);
        QVERIFY(bytesDone - previous <= kMaxBytesPerCall);
        QCOMPARE(bytesExpected, kSourceSize);
        previous = bytesDone;
    }
    QCOMPARE(previous, kSourceSize);
}

void TestLargeCopy::copiesSmallRangesAtLargeOffsets_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("expectedEof");

    for (const CopyMethod method :
         {CopyMethod::Sendfile, CopyMethod::CopyFileRange, CopyMethod::ReadWrite}) {
        const QByteArray name = methodName(method).toUtf8();
        QTest::addRow("%s, across the cap", name.constData())
            << method << kMaxBytesPerCall - 6 << qint64(14) << QByteArrayLiteral("ACROSS-THE-CAP")
            << false;
        QTest::addRow("%s, across 2 GiB", name.constData())
            << method << (qint64(2) << 30) - 6 << qint64(12) << QByteArrayLiteral("ACROSS-2-GIB")
            << false;
        QTest::addRow("%s, past the end", name.constData())
            << method << kSourceSize - 13 << qint64(100) << QByteArrayLiteral("END-OF-SOURCE")
            << true;
        QTest::addRow("%s, offset at the end", name.constData())
            << method << kSourceSize << qint64(100) << QByteArray() << true;
    }
}

void TestLargeCopy::copiesSmallRangesAtLargeOffsets()
{
    QFETCH(CopyMethod, method);
    QFETCH(qint64, offset);
    QFETCH(qint64, count);
    QFETCH(QByteArray, expected);
    QFETCH(bool, expectedEof);

    TransferRequest request;
    request.sourcePath = m_source;
    request.destinationPath = m_destination;
    request.method = method;
    request.sparse = SparseMode::Never; // every byte through the method, holes too
    request.offset = offset;
    request.count = count;
    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(expected.size()));
    QCOMPARE(result.endOfFileReached, expectedEof);
    QCOMPARE(fileSize(m_destination), qint64(expected.size()));
    QCOMPARE(readAt(m_destination, 0, 200), expected);
}

QTEST_GUILESS_MAIN(TestLargeCopy)
#include "tst_largecopy.moc"
