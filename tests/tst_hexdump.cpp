#include "hexdump.h"

#include <QTest>

using namespace rangecopy;

class TestHexDump : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatsFullRow();
    void formatsPartialRowAndAbsoluteOffsets();
    void widensOffsetsPastFourGiB();
    void emptyInputGivesEmptyDump();
};

void TestHexDump::formatsFullRow()
{
    QCOMPARE(formatHexDump(QByteArrayLiteral("Python is a wide"), 0),
             QStringLiteral("00000000  50 79 74 68 6f 6e 20 69  73 20 61 20 77 69 64 65  "
                            "|Python is a wide|\n"));
}

void TestHexDump::formatsPartialRowAndAbsoluteOffsets()
{
    const QByteArray bytes("\x00\x01\xff\x41", 4);
    const QString dump = formatHexDump(bytes, 0x64);
    QCOMPARE(dump, QStringLiteral("00000064  00 01 ff 41") + QString(12 * 3 + 1, u' ') +
                       QStringLiteral("  |...A|\n"));
    QCOMPARE(formatHexDump(QByteArray(17, 'x'), 16).count(u'\n'), 2);
    QVERIFY(formatHexDump(QByteArray(17, 'x'), 16).split(u'\n').at(1).startsWith(u"00000020"));
}

void TestHexDump::widensOffsetsPastFourGiB()
{
    const QString dump = formatHexDump(QByteArrayLiteral("A"), 0x100000000LL);
    QVERIFY2(dump.startsWith(u"0000000100000000  41"), qPrintable(dump));
}

void TestHexDump::emptyInputGivesEmptyDump()
{
    QCOMPARE(formatHexDump({}, 0), QString());
}

QTEST_GUILESS_MAIN(TestHexDump)
#include "tst_hexdump.moc"
