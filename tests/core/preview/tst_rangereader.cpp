#include "core/preview/rangereader.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/stat.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;

namespace {

const QString kSamplePath = QStringLiteral(RANGECOPY_SAMPLE_PATH);

} // namespace

class TestRangeReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsRanges_data();
    void readsRanges();
    void readsEmptyFile();
    void readsLargeBinaryFile();
    void refusesNegativeNumbers_data();
    void refusesNegativeNumbers();
    void missingFileNamesTheFile();
    void missingFolderNamesTheFile();
    void refusesFolder();
    void refusesFifoWithoutBlocking();

private:
    QTemporaryDir m_dir;
    QByteArray m_sample;
};

void TestRangeReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = readFile(kSamplePath);
    QCOMPARE(m_sample.size(), 409);
}

void TestRangeReader::readsRanges_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<qint64>("expectedFrom");
    QTest::addColumn<qint64>("expectedLength");

    QTest::newRow("offset 0, like the seed's preview")
        << qint64(0) << qint64(100) << qint64(0) << qint64(100);
    QTest::newRow("offset 0, whole file") << qint64(0) << qint64(409) << qint64(0) << qint64(409);
    QTest::newRow("offset 0, more than the file")
        << qint64(0) << qint64(1 << 20) << qint64(0) << qint64(409);
    QTest::newRow("inside") << qint64(10) << qint64(20) << qint64(10) << qint64(20);
    QTest::newRow("inside, running past the end")
        << qint64(400) << qint64(100) << qint64(400) << qint64(9);
    QTest::newRow("last byte") << qint64(408) << qint64(1) << qint64(408) << qint64(1);
    QTest::newRow("at the end") << qint64(409) << qint64(100) << qint64(409) << qint64(0);
    QTest::newRow("past the end") << qint64(1000) << qint64(100) << qint64(409) << qint64(0);
    QTest::newRow("far past the end")
        << qint64(0x7fffffffffffffff) << qint64(0x7fffffffffffffff) << qint64(409) << qint64(0);
    QTest::newRow("maxBytes 0") << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("maxBytes 0, inside") << qint64(50) << qint64(0) << qint64(50) << qint64(0);
}

void TestRangeReader::readsRanges()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, maxBytes);
    QFETCH(qint64, expectedFrom);
    QFETCH(qint64, expectedLength);
    const RangeReadResult result = readRange(kSamplePath, offset, maxBytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.error, QString());
    QCOMPARE(result.fileSize, qint64(409));
    QCOMPARE(result.bytes, m_sample.mid(expectedFrom, expectedLength));
    QCOMPARE(result.bytes.size(), expectedLength);
}

void TestRangeReader::readsEmptyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.txt"));
    QVERIFY(writeFile(path, {}));
    for (const qint64 offset : {qint64(0), qint64(1)}) {
        const RangeReadResult result = readRange(path, offset, 100);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.fileSize, qint64(0));
        QCOMPARE(result.bytes, QByteArray());
    }
}

void TestRangeReader::readsLargeBinaryFile()
{
    QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131 + i / 4099) & 0xff);
    const QString path = m_dir.filePath(QStringLiteral("large.bin"));
    QVERIFY(writeFile(path, bytes));
    const qint64 offset = 1024 * 1024 + 3;
    const RangeReadResult result = readRange(path, offset, 2 * 1024 * 1024);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.fileSize, qint64(bytes.size()));
    QVERIFY(result.bytes == bytes.mid(offset, 2 * 1024 * 1024));
}

void TestRangeReader::refusesNegativeNumbers_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("maxBytes");
    QTest::newRow("negative offset") << qint64(-1) << qint64(10);
    QTest::newRow("negative length") << qint64(0) << qint64(-1);
}

void TestRangeReader::refusesNegativeNumbers()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, maxBytes);
    const RangeReadResult result = readRange(kSamplePath, offset, maxBytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u'\'' + kSamplePath + u'\''), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("negative")), qPrintable(result.error));
    QCOMPARE(result.bytes, QByteArray());
}

void TestRangeReader::missingFileNamesTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no such file.txt"));
    const RangeReadResult result = readRange(path, 0, 100);
    QVERIFY(!result.ok());
    QCOMPARE(result.error,
             QStringLiteral("cannot open '%1' for reading: %2").arg(path, systemReason(ENOENT)));
    QCOMPARE(result.bytes, QByteArray());
}

void TestRangeReader::missingFolderNamesTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/file.txt"));
    const RangeReadResult result = readRange(path, 0, 100);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u'\'' + path + u'\''), qPrintable(result.error));
    QVERIFY2(result.error.contains(systemReason(ENOENT)), qPrintable(result.error));
}

void TestRangeReader::refusesFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("a folder"));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("a folder")));
    const RangeReadResult result = readRange(path, 0, 100);
    QVERIFY(!result.ok());
    QCOMPARE(result.error,
             QStringLiteral("cannot preview '%1': it is not a regular file").arg(path));
    QCOMPARE(result.bytes, QByteArray());
}

void TestRangeReader::refusesFifoWithoutBlocking()
{
    // A pipe with no writer would block a plain open() for reading forever.
    const QString path = m_dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const RangeReadResult result = readRange(path, 0, 100);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("not a regular file")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestRangeReader)
#include "tst_rangereader.moc"
