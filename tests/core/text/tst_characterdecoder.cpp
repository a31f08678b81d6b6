// The one character decoder: valid characters in each encoding, and each kind of invalid
// sequence with the number of bytes shown escaped for it.

#include "core/text/characterdecoder.h"

#include <QTest>

using namespace rangecopy;

Q_DECLARE_METATYPE(rangecopy::TextCodec)

class TestCharacterDecoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void unitsAndByteOrder();
    void qtEncodingsMapToCodecs();
};

void TestCharacterDecoder::unitsAndByteOrder()
{
    QCOMPARE(codeUnitSize(TextCodec::Utf8), 1);
    QCOMPARE(codeUnitSize(TextCodec::Latin1), 1);
    QCOMPARE(codeUnitSize(TextCodec::Utf16BE), 2);
    QCOMPARE(codeUnitSize(TextCodec::Utf32LE), 4);
    QVERIFY(isBigEndian(TextCodec::Utf16BE));
    QVERIFY(!isBigEndian(TextCodec::Utf32LE));
}

void TestCharacterDecoder::qtEncodingsMapToCodecs()
{
    QCOMPARE(textCodecFor(QStringConverter::Utf8), TextCodec::Utf8);
    QCOMPARE(textCodecFor(QStringConverter::System), TextCodec::Utf8);
    QCOMPARE(textCodecFor(QStringConverter::Latin1), TextCodec::Latin1);
    QCOMPARE(textCodecFor(QStringConverter::Utf16BE), TextCodec::Utf16BE);
    const bool bigEndianMachine = QSysInfo::ByteOrder == QSysInfo::BigEndian;
    QCOMPARE(textCodecFor(QStringConverter::Utf16),
             bigEndianMachine ? TextCodec::Utf16BE : TextCodec::Utf16LE);
    QCOMPARE(textCodecFor(QStringConverter::Utf32),
             bigEndianMachine ? TextCodec::Utf32BE : TextCodec::Utf32LE);
}

void TestCharacterDecoder::decodes_data()
{
    QTest::addColumn<TextCodec>("codec");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<uint>("codePoint"); // when valid
    QTest::addColumn<int>("length");

    QTest::newRow("utf8 ascii") << TextCodec::Utf8 << QByteArray("A") << true << 0x41u << 1;
    QTest::newRow("utf8 two bytes")
        << TextCodec::Utf8 << QByteArray("\xc3\xa9x") << true << 0xe9u << 2;
    QTest::newRow("utf8 three bytes")
        << TextCodec::Utf8 << QByteArray("\xe2\x82\xac") << true << 0x20acu << 3;
    QTest::newRow("utf8 four bytes")
        << TextCodec::Utf8 << QByteArray("\xf0\x9f\x98\x80") << true << 0x1f600u << 4;
    QTest::newRow("utf8 overlong") << TextCodec::Utf8 << QByteArray("\xc0\x80") << false << 0u << 1;
    QTest::newRow("utf8 surrogate")
        << TextCodec::Utf8 << QByteArray("\xed\xa0\x80") << false << 0u << 1;
    QTest::newRow("utf8 past U+10FFFF")
        << TextCodec::Utf8 << QByteArray("\xf4\x90\x80\x80") << false << 0u << 1;
    QTest::newRow("utf8 cut at the end")
        << TextCodec::Utf8 << QByteArray("\xe2\x82") << false << 0u << 1;
    QTest::newRow("utf8 lone continuation")
        << TextCodec::Utf8 << QByteArray("\x80") << false << 0u << 1;
    QTest::newRow("latin1") << TextCodec::Latin1 << QByteArray("\xe9") << true << 0xe9u << 1;
    QTest::newRow("utf16le") << TextCodec::Utf16LE << QByteArray("\xac\x20", 2) << true << 0x20acu
                             << 2;
    QTest::newRow("utf16be") << TextCodec::Utf16BE << QByteArray("\x20\xac", 2) << true << 0x20acu
                             << 2;
    QTest::newRow("utf16le pair") << TextCodec::Utf16LE << QByteArray("\x3d\xd8\x00\xde", 4) << true
                                  << 0x1f600u << 4;
    QTest::newRow("utf16le unpaired high")
        << TextCodec::Utf16LE << QByteArray("\x3d\xd8\x41\x00", 4) << false << 0u << 2;
    QTest::newRow("utf16le lone low")
        << TextCodec::Utf16LE << QByteArray("\x00\xde", 2) << false << 0u << 2;
    QTest::newRow("utf16 half a unit")
        << TextCodec::Utf16LE << QByteArray("\x41", 1) << false << 0u << 1;
    QTest::newRow("utf32le") << TextCodec::Utf32LE << QByteArray("\x00\xf6\x01\x00", 4) << true
                             << 0x1f600u << 4;
    QTest::newRow("utf32be") << TextCodec::Utf32BE << QByteArray("\x00\x01\xf6\x00", 4) << true
                             << 0x1f600u << 4;
    QTest::newRow("utf32 past U+10FFFF")
        << TextCodec::Utf32LE << QByteArray("\x00\x00\x11\x00", 4) << false << 0u << 4;
    QTest::newRow("utf32 cut at the end")
        << TextCodec::Utf32LE << QByteArray("\x41\x00", 2) << false << 0u << 1;
    QTest::newRow("nothing") << TextCodec::Utf8 << QByteArray() << false << 0u << 1;
}

void TestCharacterDecoder::decodes()
{
    QFETCH(TextCodec, codec);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(uint, codePoint);
    QFETCH(int, length);
    const DecodedCharacter decoded = decodeCharacter(bytes, codec);
    QCOMPARE(decoded.valid, valid);
    QCOMPARE(decoded.length, length);
    if (valid)
        QCOMPARE(uint(decoded.codePoint), codePoint);
}

QTEST_APPLESS_MAIN(TestCharacterDecoder)
#include "tst_characterdecoder.moc"
