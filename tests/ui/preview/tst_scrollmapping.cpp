// ScrollMapping: a 64-bit scroll position on an int scroll bar, as the hex and text views use
// it. Small ranges map one to one; large ones are scaled onto kScaledRange and back, ends on
// ends, with page steps of at least one.

#include "ui/preview/scrollmapping.h"

#include <QTest>

#include <climits>
#include <limits>

using namespace rangecopy;

namespace {

constexpr qint64 kRange = ScrollMapping::kScaledRange;

} // namespace

class TestScrollMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapsSmallRangesOneToOne();
    void scalesLargeRanges_data();
    void scalesLargeRanges();
    void clampsOutOfRangeInput();
    void keepsPageStepsInRange();
};

void TestScrollMapping::mapsSmallRangesOneToOne()
{
    for (const qint64 maximum : {qint64(0), qint64(1), qint64(1000), kRange}) {
        const ScrollMapping mapping(maximum);
        QVERIFY(!mapping.isScaled());
        QCOMPARE(mapping.barMaximum(), int(maximum));
        for (const qint64 position : {qint64(0), maximum / 2, maximum}) {
            QCOMPARE(mapping.barValue(position), int(position));
            QCOMPARE(mapping.position(int(position)), position);
        }
    }
}

void TestScrollMapping::scalesLargeRanges_data()
{
    QTest::addColumn<qint64>("maximum");
    QTest::newRow("just past the range") << kRange + 1;
    QTest::newRow("past INT_MAX") << qint64(INT_MAX) + 1;
    QTest::newRow("10 GiB") << (qint64(10) << 30);
    QTest::newRow("2^62") << (qint64(1) << 62);
    QTest::newRow("largest") << std::numeric_limits<qint64>::max();
}

void TestScrollMapping::scalesLargeRanges()
{
    QFETCH(qint64, maximum);
    const ScrollMapping mapping(maximum);
    QVERIFY(mapping.isScaled());
    QCOMPARE(mapping.barMaximum(), ScrollMapping::kScaledRange);
    // The ends map onto the ends, both ways.
    QCOMPARE(mapping.barValue(0), 0);
    QCOMPARE(mapping.barValue(maximum), ScrollMapping::kScaledRange);
    QCOMPARE(mapping.position(0), qint64(0));
    QCOMPARE(mapping.position(ScrollMapping::kScaledRange), maximum);
    // The middle of the bar is the middle of the positions, to within one bar value.
    const qint64 middle = mapping.position(ScrollMapping::kScaledRange / 2);
    QVERIFY(qAbs(middle - maximum / 2) <= maximum / kRange + 1);
    // Both ways round down: a value's position maps back onto it or the value below, and
    // every value has a position of its own.
    for (const int value :
         {1, 12345, ScrollMapping::kScaledRange / 3, ScrollMapping::kScaledRange - 1}) {
        const qint64 position = mapping.position(value);
        const int back = mapping.barValue(position);
        QVERIFY2(back == value || back == value - 1, qPrintable(QString::number(back)));
        QVERIFY(mapping.position(value + 1) > position);
    }
}

void TestScrollMapping::clampsOutOfRangeInput()
{
    const ScrollMapping small(100);
    QCOMPARE(small.barValue(-5), 0);
    QCOMPARE(small.barValue(500), 100);
    QCOMPARE(small.position(-1), qint64(0));
    QCOMPARE(small.position(101), qint64(100));
    const ScrollMapping large(qint64(10) << 30);
    QCOMPARE(large.barValue(qint64(20) << 30), ScrollMapping::kScaledRange);
    QCOMPARE(large.position(INT_MAX), qint64(10) << 30);
    QCOMPARE(ScrollMapping(-3).maximum(), qint64(0));
}

void TestScrollMapping::keepsPageStepsInRange()
{
    QCOMPARE(ScrollMapping(1000).pageStep(40), 40);
    QCOMPARE(ScrollMapping(1000).pageStep(0), 1);
    QCOMPARE(ScrollMapping(kRange).pageStep(qint64(1) << 40), INT_MAX);
    // Scaled: a page covers the same share of the bar as of the positions.
    QCOMPARE(ScrollMapping(kRange * 4).pageStep(400), 100);
    QCOMPARE(ScrollMapping(qint64(1) << 40).pageStep(40), 1); // less than one value
}

QTEST_GUILESS_MAIN(TestScrollMapping)
#include "tst_scrollmapping.moc"
