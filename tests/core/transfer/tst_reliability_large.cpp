// The reliability matrix of issue 5, the large sizes: copies of exactly 2^31 - 1 and 2^31 + 1
// bytes through the engine (one byte either side of where a 32-bit length breaks), and a
// 5 GiB sparse file end to end through rangecopy-cli (past where a 32-bit offset wraps).
// They write the copies out in full, so they are labelled slow. 0- and 1-byte copies are in
// tst_transferengine and tst_cli; tst_largecopy crosses the per-call cap.

#include "core/transfer/transferengine.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <sys/stat.h>
#include <sys/statvfs.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTwoGiB = qint64(1) << 31;
constexpr qint64 kFiveGiB = qint64(5) << 30;

qint64 freeSpace(const QString& folder)
{
    struct statvfs space {};
    if (::statvfs(QFile::encodeName(folder).constData(), &space) != 0)
        return 0;
    return qint64(space.f_bavail) * qint64(space.f_frsize);
}

} // namespace

class TestReliabilityLarge : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void copiesAroundTwoGiB_data();
    void copiesAroundTwoGiB();
    void copiesFiveGiBSparseFileThroughTheCli();
};

void TestReliabilityLarge::copiesAroundTwoGiB_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("count");
    QTest::newRow("2^31 - 1 bytes from offset 1, sendfile")
        << CopyMethod::Sendfile << qint64(1) << kTwoGiB - 1;
    QTest::newRow("2^31 + 1 bytes from offset 0, copy_file_range")
        << CopyMethod::CopyFileRange << qint64(0) << kTwoGiB + 1;
}

void TestReliabilityLarge::copiesAroundTwoGiB()
{
    QFETCH(CopyMethod, method);
    QFETCH(qint64, offset);
    QFETCH(qint64, count);
    if (freeSpace(m_dir->path()) < count + (qint64(512) << 20))
        QSKIP("not enough free space in the temporary folder for the copy");

    // The source is longer than either range, so the count alone decides where a copy ends.
    const QString source = m_dir->filePath(u"source.bin"_s);
    const QString destination = m_dir->filePath(u"copy.bin"_s);
    const qint64 sourceSize = kTwoGiB + 64;
    const QList<Marker> markers{
        {0, QByteArrayLiteral("FIRST")},
        {kTwoGiB - 4, QByteArrayLiteral("ACROSS-2G")},
        {sourceSize - 5, QByteArrayLiteral("LAST!")},
    };
    QVERIFY(writeSparseFile(source, sourceSize, markers));
    TransferRequest request = makeRequest(source, destination);
    request.method = method;
    request.sparse = SparseMode::Never; // every byte through the method, holes too
    request.offset = offset;
    request.count = count;
    qint64 lastDone = 0;
    const TransferResult result =
        runTransfer(request, [&](qint64 bytesDone, qint64) { lastDone = bytesDone; });

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, count);
    QCOMPARE(result.endOfFileReached, false);
    QCOMPARE(lastDone, count);
    QCOMPARE(fileSize(destination), count);
    // The destination is the source shifted by the offset: check every marker that fits.
    for (const Marker& marker : markers) {
        const qint64 at = marker.offset - offset;
        const qint64 from = qMax<qint64>(0, -at);
        const qint64 length = qMin<qint64>(marker.bytes.size(), count - at) - from;
        if (length <= 0)
            continue;
        QCOMPARE(readAt(destination, at + from, length), marker.bytes.mid(from, length));
    }
    QCOMPARE(readAt(destination, count - 1, 2).size(), 1); // nothing past the count
}

void TestReliabilityLarge::copiesFiveGiBSparseFileThroughTheCli()
{
    if (freeSpace(m_dir->path()) < kFiveGiB + (qint64(512) << 20))
        QSKIP("less than 5.5 GiB free in the temporary folder for the copy");
    const QString source = m_dir->filePath(u"sparse.bin"_s);
    const QList<Marker> markers{
        {0, QByteArrayLiteral("START")},
        {(qint64(4) << 30) - 4, QByteArrayLiteral("ACROSS-4-GIB")}, // a 32-bit offset wraps
        {kFiveGiB - 3, QByteArrayLiteral("END")},
    };
    QVERIFY(writeSparseFile(source, kFiveGiB, markers));

    const CliRun run = runCli({u"sparse.bin"_s, u"copy.bin"_s, u"--json"_s}, m_dir->path());

    COMPARE_EXIT(run, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"bytes_sent"_s).toInteger(-1), kFiveGiB);
    QCOMPARE(json.value(u"eof"_s), QJsonValue(false));
    const QString destination = m_dir->filePath(u"copy.bin"_s);
    QCOMPARE(fileSize(destination), kFiveGiB);
    // The holes stayed holes: blocks only around the markers.
    QVERIFY(json.value(u"bytes_in_holes"_s).toInteger(-1) > kFiveGiB - (qint64(1) << 20));
    struct stat copied {};
    QCOMPARE(::stat(QFile::encodeName(destination).constData(), &copied), 0);
    QVERIFY2(qint64(copied.st_blocks) * 512 < (qint64(1) << 20),
             qPrintable(QString::number(qint64(copied.st_blocks) * 512)));
    for (const Marker& marker : markers)
        QCOMPARE(readAt(destination, marker.offset, marker.bytes.size()), marker.bytes);
    QCOMPARE(readAt(destination, qint64(3) << 30, 4), QByteArray(4, '\0'));
}

QTEST_GUILESS_MAIN(TestReliabilityLarge)
#include "tst_reliability_large.moc"
