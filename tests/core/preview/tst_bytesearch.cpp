#include "core/preview/bytesearch.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

using namespace rangecopy;
using namespace rangecopy::testsupport;

class TestByteSearch : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void findsForwardAndBackward();
    void findsAMatchAcrossBlockBorders();
    void reportsNothingFound();
    void reportsProgressAndCancels();
    void findsInLargeSparseFiles();
    void namesTheFileOnError();
    void parsesHexPatterns_data();
    void parsesHexPatterns();

private:
    [[nodiscard]] QString write(const QByteArray& bytes);
};

QString TestByteSearch::write(const QByteArray& bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("data.bin"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestByteSearch::findsForwardAndBackward()
{
    const QString path = write("abc needle def needle ghi");
    QCOMPARE(findBytes(path, "needle", 0, SearchDirection::Forward).offset, qint64(4));
    QCOMPARE(findBytes(path, "needle", 4, SearchDirection::Forward).offset, qint64(4));
    QCOMPARE(findBytes(path, "needle", 5, SearchDirection::Forward).offset, qint64(15));
    QCOMPARE(findBytes(path, "needle", 16, SearchDirection::Forward).offset, qint64(-1));
    QCOMPARE(findBytes(path, "needle", 25, SearchDirection::Backward).offset, qint64(15));
    QCOMPARE(findBytes(path, "needle", 15, SearchDirection::Backward).offset, qint64(4));
    QCOMPARE(findBytes(path, "needle", 4, SearchDirection::Backward).offset, qint64(-1));
    QCOMPARE(findBytes(path, "abc", 0, SearchDirection::Forward).offset, qint64(0));
    QCOMPARE(findBytes(path, "ghi", 1000, SearchDirection::Backward).offset, qint64(22));
}

void TestByteSearch::findsAMatchAcrossBlockBorders()
{
    // A match straddling every 1 MiB border, forward and backward.
    QByteArray bytes(4 * 1024 * 1024 + 100, 'x');
    const QByteArray pattern("MATCH");
    const qint64 border = 1024 * 1024;
    bytes.replace(border - 2, pattern.size(), pattern);
    bytes.replace(3 * border - 3, pattern.size(), pattern);
    const QString path = write(bytes);
    QCOMPARE(findBytes(path, pattern, 0, SearchDirection::Forward).offset, border - 2);
    QCOMPARE(findBytes(path, pattern, border, SearchDirection::Forward).offset, 3 * border - 3);
    QCOMPARE(findBytes(path, pattern, bytes.size(), SearchDirection::Backward).offset,
             3 * border - 3);
    QCOMPARE(findBytes(path, pattern, 3 * border - 3, SearchDirection::Backward).offset,
             border - 2);
}

void TestByteSearch::reportsNothingFound()
{
    const QString path = write("short");
    const SearchResult result =
        findBytes(path, "longer than the file", 0, SearchDirection::Forward);
    QVERIFY(!result.found());
    QVERIFY(result.error.isEmpty());
    QVERIFY(!findBytes(path, QByteArray(), 0, SearchDirection::Forward).found());
}

void TestByteSearch::reportsProgressAndCancels()
{
    const QString path = write(QByteArray(5 * 1024 * 1024, 'x'));
    qint64 lastSearched = 0;
    int calls = 0;
    const SearchResult all =
        findBytes(path, "y", 0, SearchDirection::Forward, [&](qint64 searched, qint64 total) {
            ++calls;
            [&] {
                QVERIFY(searched > lastSearched && total == 5 * 1024 * 1024);
            }();
            lastSearched = searched;
            return true;
        });
    QVERIFY(!all.found() && !all.cancelled);
    QVERIFY(calls >= 4);
    QCOMPARE(lastSearched, qint64(5 * 1024 * 1024));

    const SearchResult cancelled =
        findBytes(path, "y", 0, SearchDirection::Forward, [](qint64, qint64) { return false; });
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.found());
}

void TestByteSearch::findsInLargeSparseFiles()
{
    const QString path = m_dir->filePath(QStringLiteral("sparse.bin"));
    const qint64 size = 3LL * 1024 * 1024 * 1024;
    QVERIFY(writeSparseFile(path, size, {{size - 100, "near the end"}}));
    // Backward from the end finds it after one block, without reading 3 GiB.
    QCOMPARE(findBytes(path, "near the end", size, SearchDirection::Backward).offset, size - 100);
}

void TestByteSearch::namesTheFileOnError()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.bin"));
    const SearchResult result = findBytes(missing, "x", 0, SearchDirection::Forward);
    QVERIFY2(result.error.contains(missing), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("No such file")), qPrintable(result.error));
}

void TestByteSearch::parsesHexPatterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::newRow("spaced") << "50 79 74" << QByteArray("Pyt") << true;
    QTest::newRow("packed") << "507974" << QByteArray("Pyt") << true;
    QTest::newRow("0x prefixes") << "0x50 0X79" << QByteArray("Py") << true;
    QTest::newRow("upper case") << "FF 0a" << QByteArray("\xff\x0a") << true;
    QTest::newRow("odd digits") << "507" << QByteArray() << false;
    QTest::newRow("not hex") << "5g" << QByteArray() << false;
    QTest::newRow("empty") << "  " << QByteArray() << false;
}

void TestByteSearch::parsesHexPatterns()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QString error;
    QCOMPARE(parseHexPattern(text, &error), bytes);
    QCOMPARE(error.isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TestByteSearch)
#include "tst_bytesearch.moc"
