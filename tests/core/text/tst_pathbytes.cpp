// Paths as bytes (issue 12, part 5): every name a Linux file can have survives the trip into a
// QString and back unchanged; valid UTF-8 reads as the text it is; the rest shows as \xNN.

#include "core/text/pathbytes.h"
#include "core/text/quoted.h"

#include <QTest>

using namespace rangecopy;
using namespace Qt::StringLiterals;

class TestPathBytes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyByteComesBack();
    void validUtf8IsText_data();
    void validUtf8IsText();
    void invalidSequencesAreEscapedByteByByte_data();
    void invalidSequencesAreEscapedByteByByte();
};

void TestPathBytes::everyByteComesBack()
{
    // Every byte but NUL and '/', alone, after ASCII, and after a lead byte it does not complete.
    for (int value = 1; value < 256; ++value) {
        const char byte = char(value);
        for (const QByteArray& name :
             {QByteArray(1, byte), "caf" + QByteArray(1, byte) + ".bin",
              "\xc3" + QByteArray(1, byte), "\xe2\x82" + QByteArray(1, byte)}) {
            const QString path = pathFromBytes(name);
            QCOMPARE(pathToBytes(path), name);
        }
    }
}

void TestPathBytes::validUtf8IsText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("ASCII") << QByteArray("disk.img") << u"disk.img"_s;
    QTest::newRow("two-byte") << QByteArray("caf\xc3\xa9.bin") << u"café.bin"_s;
    QTest::newRow("three-byte") << QByteArray("\xe2\x82\xac") << u"€"_s;
    QTest::newRow("four-byte") << QByteArray("\xf0\x9f\x92\xbe.img") << u"💾.img"_s;
}

void TestPathBytes::validUtf8IsText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(pathFromBytes(bytes), text);
    QCOMPARE(pathToBytes(text), bytes);
    QVERIFY(!pathHasRawBytes(text));
    QCOMPARE(pathForDisplay(text), text);
}

void TestPathBytes::invalidSequencesAreEscapedByteByByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("replaced");
    QTest::newRow("Latin-1") << QByteArray("caf\xe9.bin") << u"caf\\xe9.bin"_s
                             << u"caf\uFFFD.bin"_s;
    QTest::newRow("a lone continuation byte")
        << QByteArray("a\x80z") << u"a\\x80z"_s << u"a\uFFFDz"_s;
    QTest::newRow("overlong NUL") << QByteArray("\xc0\x80") << u"\\xc0\\x80"_s << u"\uFFFD\uFFFD"_s;
    QTest::newRow("an encoded surrogate")
        << QByteArray("\xed\xa0\x80") << u"\\xed\\xa0\\x80"_s << u"\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("cut short before valid text")
        << QByteArray("\xe2\x82\xc3\xa9") << u"\\xe2\\x82é"_s << u"\uFFFD\uFFFDé"_s;
    QTest::newRow("past U+10FFFF") << QByteArray("\xf5\x80\x80\x80") << u"\\xf5\\x80\\x80\\x80"_s
                                   << u"\uFFFD\uFFFD\uFFFD\uFFFD"_s;
}

void TestPathBytes::invalidSequencesAreEscapedByteByByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QFETCH(QString, replaced);
    const QString path = pathFromBytes(bytes);
    QVERIFY(pathHasRawBytes(path));
    QCOMPARE(pathToBytes(path), bytes);
    QCOMPARE(pathForDisplay(path), shown);
    QCOMPARE(quoted(path), u'\'' + shown + u'\'');
    QCOMPARE(pathWithReplacements(path), replaced);
}

QTEST_GUILESS_MAIN(TestPathBytes)
#include "tst_pathbytes.moc"
