// The preview's layouts without a widget: the rows of text TextLayout lays out (numbers,
// wrapping, tabs, escapes, the marked range, long lines) and the hex rows of HexLayout.

#include "core/preview/hexlayout.h"
#include "core/preview/pagedfile.h"
#include "core/preview/textlayout.h"
#include "support/foldertest.h"
#include "support/testsupport.h"
#include "support/textrows.h"

#include <QTest>

#include <memory>

using namespace rangecopy;
using namespace rangecopy::testsupport;

class TestTextLayout : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void linesWithNumbersAndTabs();
    void wrapsAtTheColumns();
    void escapesWhatCannotBeShown();
    void dimsOutsideTheMark();
    void longLinesBreakAtSegments();
    void stepsAreTheSameBothWays();
    void readsUtf16();
    void hexRows();
    void hexColumnsAndOffsets();

private:
    // Writes bytes to a file and opens it in m_file.
    void open(const QByteArray& bytes);

    PagedFile m_file;
};

void TestTextLayout::open(const QByteArray& bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("text.bin"));
    QVERIFY(writeFile(path, bytes));
    QCOMPARE(m_file.open(path), QString());
}

void TestTextLayout::linesWithNumbersAndTabs()
{
    open("alpha\r\nbeta\n\tgamma\n");
    TextLayout layout(m_file, QStringConverter::Utf8, 40);
    const QList<TextRow> rows = layout.rows(0, 10, 1);
    QCOMPARE(textsOf(rows), QStringList({QStringLiteral("alpha"), QStringLiteral("beta"),
                                         QStringLiteral("        gamma")}));
    QCOMPARE(guttersOf(rows),
             QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(rows[0].end, qint64(7)); // CR LF belongs to the row
    QVERIFY(rows[2].endsLine);
    // Unknown line numbers show as pending.
    QCOMPARE(guttersOf(layout.rows(7, 1, std::nullopt)), QStringList(QString(QChar(0x2026))));
}

void TestTextLayout::wrapsAtTheColumns()
{
    open("abcdefghij\n");
    TextLayout layout(m_file, QStringConverter::Utf8, 4);
    const QList<TextRow> rows = layout.rows(0, 10, 1);
    // One line in three rows: only the first has a number.
    QCOMPARE(textsOf(rows).join(u'|'), QStringLiteral("abcd|efgh|ij"));
    QCOMPARE(guttersOf(rows).join(u'|'), QStringLiteral("1||"));
    QCOMPARE(layout.rowStartAt(6), qint64(4));
    QCOMPARE(layout.maximumTop(2), qint64(4));
}

void TestTextLayout::escapesWhatCannotBeShown()
{
    open(QByteArray("a\x01\xff\xe2\x82\xac", 6));
    TextLayout layout(m_file, QStringConverter::Utf8, 40);
    const TextRow row = layout.rows(0, 1, 1).value(0);
    QCOMPARE(row.text, QStringLiteral("a\\x01\\xff€"));
    QCOMPARE(row.cells.size(), 4);
    QCOMPARE(row.cells[1].kind, TextCellKind::Control);
    QCOMPARE(row.cells[2].kind, TextCellKind::Invalid);
    QCOMPARE(row.cells[2].width, 4);
    QCOMPARE(row.cells[3].offset, qint64(3));
    QCOMPARE(row.cells[3].length, 3);
}

void TestTextLayout::dimsOutsideTheMark()
{
    open("0123456789");
    TextLayout layout(m_file, QStringConverter::Utf8, 40, MarkedRange{3, 4});
    QString dimmed;
    for (const TextCell& cell : layout.rows(0, 1, 1).value(0).cells)
        dimmed += cell.dimmed ? u'd' : u'.';
    QCOMPARE(dimmed, QStringLiteral("ddd....ddd"));
    TextLayout unmarked(m_file, QStringConverter::Utf8, 40);
    for (const TextCell& cell : unmarked.rows(0, 1, 1).value(0).cells)
        QVERIFY(!cell.dimmed);
}

void TestTextLayout::longLinesBreakAtSegments()
{
    // One line of 3 segments: rows break at the wrap and at each segment from the second.
    constexpr qint64 kSegment = TextLayout::kLongLineSegment;
    open(QByteArray(3 * kSegment, 'x'));
    TextLayout layout(m_file, QStringConverter::Utf8, 1000);
    QCOMPARE(layout.rowStartAt(2 * kSegment + 10), 2 * kSegment);
    QCOMPARE(layout.rowStartAt(kSegment + 10), qint64(kSegment)); // 4096 is a wrap too
    // Laid out from a segment's start, the rows are the ones reached from the file's start.
    const QList<TextRow> fromStart = layout.rows(0, 20, 1);
    const QList<TextRow> fromMiddle = layout.rows(2 * kSegment, 5, std::nullopt);
    QVERIFY(!fromMiddle.isEmpty());
    const auto same = std::find_if(fromStart.begin(), fromStart.end(), [&](const TextRow& row) {
        return row.offset == fromMiddle.first().offset;
    });
    QVERIFY(same != fromStart.end());
    QCOMPARE(same->end, fromMiddle.first().end);
}

void TestTextLayout::stepsAreTheSameBothWays()
{
    QByteArray bytes;
    for (int line = 0; line < 300; ++line)
        bytes += QByteArray(line % 37, char('a' + line % 26)) + '\n';
    open(bytes);
    TextLayout layout(m_file, QStringConverter::Utf8, 12);
    QList<qint64> down{0};
    for (int i = 0; i < 200; ++i)
        down.append(layout.stepForward(down.last(), 1, m_file.size()));
    for (int i = 200; i > 0; --i)
        QCOMPARE(layout.stepBack(down[i], 1), down[i - 1]);
    QCOMPARE(layout.stepForward(0, 200, m_file.size()), down.last());
    QCOMPARE(layout.stepBack(down.last(), 200), qint64(0));
}

void TestTextLayout::readsUtf16()
{
    open(QByteArray("h\0i\0\n\0\xac\x20", 8));
    TextLayout layout(m_file, QStringConverter::Utf16LE, 40);
    QCOMPARE(textsOf(layout.rows(0, 5, 1)),
             QStringList({QStringLiteral("hi"), QStringLiteral("€")}));
}

void TestTextLayout::hexRows()
{
    const QByteArray bytes("Python is a wide-ranging language. Python!\n", 43);
    const HexLayout layout(16, HexLayout::OffsetBase::Hexadecimal, bytes.size());
    const QList<HexRow> rows = layout.rows(0, bytes, MarkedRange{2, 3});
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].text(), QStringLiteral("00000000  50 79 74 68 6f 6e 20 69  73 20 61 20 77 69 "
                                            "64 65  Python is a wide"));
    // A short last row: the characters stay in their column.
    QCOMPARE(rows[2].text(), QStringLiteral("00000020  65 2e 20 50 79 74 68 6f  6e 21 0a          "
                                            "       e. Python!."));
    QVERIFY(!rows[0].cells[1].inMark);
    QVERIFY(rows[0].cells[2].inMark && rows[0].cells[2].startsMark);
    QVERIFY(rows[0].cells[4].endsMark && !rows[0].cells[4].startsMark);
    QVERIFY(!rows[0].cells[5].inMark);
    // Every cell stands where the row's text has its digits and character.
    for (const HexCell& cell : rows[2].cells) {
        QCOMPARE(rows[2].text().mid(cell.hexColumn, 2), cell.hex);
        QCOMPARE(rows[2].text().at(cell.textColumn), cell.character);
    }
}

void TestTextLayout::hexColumnsAndOffsets()
{
    const HexLayout hex(8, HexLayout::OffsetBase::Hexadecimal, qint64(5) << 30);
    QCOMPARE(hex.offsetWidth(), 16); // past 4 GiB
    QCOMPARE(hex.offsetText(255), QStringLiteral("00000000000000ff"));
    QCOMPARE(hex.byteAtColumn(hex.hexColumn(3)), 3);
    QCOMPARE(hex.byteAtColumn(hex.hexColumn(3) + 2), 3); // the space after the digits
    QCOMPARE(hex.byteAtColumn(hex.textColumn(5)), 5);
    QCOMPARE(hex.byteAtColumn(0), 0);
    QCOMPARE(hex.byteAtColumn(10000), 7);
    const HexLayout decimal(16, HexLayout::OffsetBase::Decimal, 1000);
    QCOMPARE(decimal.offsetText(42), QStringLiteral("      42"));
    // A span is written as every other offset, without the column's padding.
    QCOMPARE(decimal.spanText(16, 16), QStringLiteral("16–31, 16 bytes"));
    QCOMPARE(decimal.spanText(16, 1), QStringLiteral("16, 1 byte"));
    QCOMPARE(decimal.spanText(0, 1024), QStringLiteral("0–1023, 1.0 KiB (1024 bytes)"));
    QCOMPARE(hex.spanText(3221221376, 4096),
             QStringLiteral("0xbffff000–0xbfffffff, 4.0 KiB (4096 bytes)"));
    QCOMPARE(hex.spanText(16, 1), QStringLiteral("0x10, 1 byte"));
}

QTEST_GUILESS_MAIN(TestTextLayout)
#include "tst_textlayout.moc"
