#include "core/text/bytesize.h"

#include <QTest>

#include <limits>

using namespace rangecopy;

class TestByteSize : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidInput_data();
    void acceptsValidInput();
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void checksRangeOverflow();
    void formatsHumanSizes_data();
    void formatsHumanSizes();
    void formatsExactSizes_data();
    void formatsExactSizes();
    void formatsOffsetsInTheChosenBase_data();
    void formatsOffsetsInTheChosenBase();
};

void TestByteSize::acceptsValidInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    const qint64 kMax = std::numeric_limits<qint64>::max();
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("decimal") << "4096" << qint64(4096);
    QTest::newRow("spaces around") << "  100  " << qint64(100);
    QTest::newRow("leading zeros") << "000123" << qint64(123);
    QTest::newRow("hex") << "0x1000" << qint64(4096);
    QTest::newRow("hex upper") << "0X1F" << qint64(31);
    QTest::newRow("hex max") << "0x7fffffffffffffff" << kMax;
    QTest::newRow("decimal max") << "9223372036854775807" << kMax;
    QTest::newRow("B") << "12 B" << qint64(12);
    QTest::newRow("K") << "4K" << qint64(4096);
    QTest::newRow("KiB with space") << "4 KiB" << qint64(4096);
    QTest::newRow("KB") << "4KB" << qint64(4000);
    QTest::newRow("lower case kib") << "2kib" << qint64(2048);
    QTest::newRow("M") << "1M" << qint64(1048576);
    QTest::newRow("MiB") << "3 MiB" << qint64(3 * 1048576);
    QTest::newRow("MB") << "2 MB" << qint64(2000000);
    QTest::newRow("G") << "1G" << qint64(1073741824);
    QTest::newRow("GiB") << "2GiB" << qint64(2147483648);
    QTest::newRow("GB") << "5 GB" << qint64(5000000000);
    QTest::newRow("T") << "1T" << qint64(1099511627776);
    QTest::newRow("TiB") << "1 TiB" << qint64(1099511627776);
    QTest::newRow("TB") << "1TB" << qint64(1000000000000);
    QTest::newRow("1.5 MB") << "1.5 MB" << qint64(1500000);
    QTest::newRow("0.5 K") << "0.5 K" << qint64(512);
    QTest::newRow(".5K") << ".5K" << qint64(512);
    QTest::newRow("1.25 KiB") << "1.25 KiB" << qint64(1280);
    QTest::newRow("trailing fraction zeros") << "2.000" << qint64(2);
    QTest::newRow("several spaces") << "10   MB" << qint64(10000000);
    QTest::newRow("8 EiB - 1 as T") << "8388607 T" << qint64(8388607) * 1099511627776;
}

void TestByteSize::acceptsValidInput()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const ParsedByteSize parsed = parseByteSize(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value, expected);
}

void TestByteSize::refusesInvalidInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("empty") << ""
                           << "no value given";
    QTest::newRow("blank") << "   "
                           << "no value given";
    QTest::newRow("negative") << "-1"
                              << "negative";
    QTest::newRow("negative with unit") << "-4 KiB"
                                        << "negative";
    QTest::newRow("plus sign") << "+4"
                               << "sign";
    QTest::newRow("garbage") << "abc"
                             << "not a number";
    QTest::newRow("digits then garbage") << "12abc"
                                         << "unknown unit";
    QTest::newRow("two numbers") << "1 2"
                                 << "unknown unit";
    QTest::newRow("unit alone") << "KiB"
                                << "not a number";
    QTest::newRow("dot alone") << "."
                               << "not a number";
    QTest::newRow("dangling point") << "1."
                                    << "decimal point";
    QTest::newRow("fractional byte") << "1.5"
                                     << "whole number";
    QTest::newRow("fractional byte with B") << "0.5 B"
                                            << "whole number";
    QTest::newRow("fraction of KB not whole") << "1.0001 KB"
                                              << "whole number";
    QTest::newRow("overflow decimal") << "9223372036854775808"
                                      << "too large";
    QTest::newRow("overflow long decimal") << "99999999999999999999999999999999999"
                                           << "too large";
    QTest::newRow("overflow with unit") << "8388608 T"
                                        << "too large";
    QTest::newRow("overflow hex") << "0x8000000000000000"
                                  << "too large";
    QTest::newRow("overflow long hex") << "0xffffffffffffffffffff"
                                       << "too large";
    QTest::newRow("hex without digits") << "0x"
                                        << "digits must follow 0x";
    QTest::newRow("bad hex digit") << "0x12g"
                                   << "hexadecimal digit";
    QTest::newRow("hex with unit") << "0x10 K"
                                   << "hexadecimal digit";
    QTest::newRow("unknown unit") << "5 parsecs"
                                  << "unknown unit";
    QTest::newRow("comma") << "1,5 MB"
                           << "unknown unit";
}

void TestByteSize::refusesInvalidInput()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);
    const ParsedByteSize parsed = parseByteSize(text);
    QVERIFY2(!parsed.ok(), qPrintable(QStringLiteral("accepted as %1").arg(parsed.value)));
    QVERIFY2(parsed.error.contains(reasonContains), qPrintable(parsed.error));
}

void TestByteSize::checksRangeOverflow()
{
    const qint64 kMax = std::numeric_limits<qint64>::max();
    QVERIFY(checkRangeFits(0, kMax).isEmpty());
    QVERIFY(checkRangeFits(kMax, 0).isEmpty());
    QVERIFY(checkRangeFits(100, kMax - 100).isEmpty());
    QVERIFY(checkRangeFits(101, kMax - 100).contains(QStringLiteral("largest file offset")));
    QVERIFY(!checkRangeFits(kMax, 1).isEmpty());
    QVERIFY(!checkRangeFits(-1, 1).isEmpty());
}

void TestByteSize::formatsHumanSizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << qint64(0) << "0 bytes";
    QTest::newRow("1") << qint64(1) << "1 byte";
    QTest::newRow("412") << qint64(412) << "412 bytes";
    QTest::newRow("1023") << qint64(1023) << "1023 bytes";
    QTest::newRow("64 KiB") << qint64(65536) << "64.0 KiB";
    QTest::newRow("1.5 MiB") << qint64(1572864) << "1.5 MiB";
    QTest::newRow("2 GiB") << qint64(2147483648) << "2.0 GiB";
}

void TestByteSize::formatsHumanSizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(formatByteSize(bytes), expected);
}

void TestByteSize::formatsExactSizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << "0";
    QTest::newRow("under a KiB") << qint64(1000) << "1000";
    QTest::newRow("not a whole KiB") << qint64(1025) << "1025";
    QTest::newRow("1 KiB") << qint64(1024) << "1 KiB";
    QTest::newRow("the chunk size") << qint64(8388608) << "8 MiB";
    QTest::newRow("1.5 MiB stays exact") << qint64(1572864) << "1536 KiB";
    QTest::newRow("3 GiB") << qint64(3221225472) << "3 GiB";
    QTest::newRow("2 TiB") << qint64(2) * 1099511627776 << "2 TiB";
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << "9223372036854775807";
}

void TestByteSize::formatsExactSizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(formatExactByteSize(bytes), expected);
    // What it writes is read back as the same amount.
    const ParsedByteSize parsed = parseByteSize(expected);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value, bytes);
}

void TestByteSize::formatsOffsetsInTheChosenBase_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("decimal");
    QTest::newRow("zero") << qint64(0) << "0x0"
                          << "0";
    QTest::newRow("31") << qint64(31) << "0x1f"
                        << "31";
    QTest::newRow("3 GiB - 4 KiB") << qint64(3221221376) << "0xbffff000"
                                   << "3221221376";
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << "0x7fffffffffffffff"
                             << "9223372036854775807";
}

void TestByteSize::formatsOffsetsInTheChosenBase()
{
    QFETCH(qint64, offset);
    QFETCH(QString, hex);
    QFETCH(QString, decimal);
    QCOMPARE(formatOffset(offset, OffsetBase::Hexadecimal), hex);
    QCOMPARE(formatOffset(offset, OffsetBase::Decimal), decimal);
    for (const QString& text : {hex, decimal})
        QCOMPARE(parseByteSize(text).value, offset);
}

QTEST_GUILESS_MAIN(TestByteSize)
#include "tst_bytesize.moc"
