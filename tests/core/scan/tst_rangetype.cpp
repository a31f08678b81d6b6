// What a range starts with (identifyRange: the scan's parsers, then the MIME database), and
// the names Copy This and Extract All give to what the scan finds.

#include "core/scan/bytesource.h"
#include "core/scan/rangetype.h"
#include "core/scan/scanner.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QTest>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

QByteArray png(QSize size)
{
    QImage picture(size, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return picture.save(&buffer, "PNG") ? bytes : QByteArray();
}

} // namespace

class TestRangeType : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void namesAnImageInsideOtherBytes();
    void aRangeThatCutsAnItemShortGivesNoLength();
    void textAndUnknownBytesAreNamedByTheirMimeType();
    void aSliceSeesOnlyItsRange();
    void aFileThatCannotBeOpenedSaysWhy();
    void namesForCopiedItems();
    void partitionsAreNumberedAsTheirTableSays();
};

void TestRangeType::namesAnImageInsideOtherBytes()
{
    const QByteArray picture = png(QSize(37, 23));
    QVERIFY(!picture.isEmpty());
    const MemoryByteSource source(randomBytes(10001, 7) + picture + randomBytes(500, 8));
    const RangeType type = identifyRange(source, 10001, picture.size());
    QCOMPARE(type.mimeType, u"image/png"_s);
    QVERIFY(type.looksLikeImage());
    QVERIFY(type.item.has_value());
    QCOMPARE(type.item->type, u"png"_s);
    QCOMPARE(type.item->offset, 0);
    QCOMPARE(type.item->length, std::optional<qint64>(picture.size()));
    QCOMPARE(type.description, u"PNG image, 37 × 23"_s);
    // One byte later, it is no PNG.
    const RangeType after = identifyRange(source, 10002, picture.size());
    QVERIFY(!after.item.has_value());
    QVERIFY(!after.looksLikeImage());
}

void TestRangeType::aRangeThatCutsAnItemShortGivesNoLength()
{
    const QByteArray picture = png(QSize(40, 40));
    const MemoryByteSource source(picture + randomBytes(300, 9));
    const RangeType cut = identifyRange(source, 0, picture.size() - 12); // no IEND in range
    QCOMPARE(cut.mimeType, u"image/png"_s);
    // The header is whole: it is a PNG, whose end the range does not hold.
    QVERIFY(cut.item.has_value());
    QCOMPARE(cut.item->type, u"png"_s);
    QCOMPARE(cut.item->length, std::nullopt);
    QCOMPARE(cut.description, u"PNG image, 40 × 40"_s);
}

void TestRangeType::textAndUnknownBytesAreNamedByTheirMimeType()
{
    const MemoryByteSource text(QByteArray("Python is a programming language.\n").repeated(20));
    const RangeType textType = identifyRange(text, 0, text.size());
    QCOMPARE(textType.mimeType, u"text/plain"_s);
    QVERIFY(!textType.item.has_value());
    QVERIFY2(!textType.description.isEmpty(), qPrintable(textType.description));
    QVERIFY(!textType.looksLikeImage());

    const MemoryByteSource noise(randomBytes(4096, 3));
    const RangeType noiseType = identifyRange(noise, 0, noise.size());
    QCOMPARE(noiseType.mimeType, u"application/octet-stream"_s);
    QCOMPARE(noiseType.description, u"data of no known type"_s);

    // An empty range starts with nothing.
    const RangeType empty = identifyRange(text, 5, 0);
    QVERIFY(empty.description.isEmpty());
    QVERIFY(empty.mimeType.isEmpty());
}

void TestRangeType::aSliceSeesOnlyItsRange()
{
    const MemoryByteSource whole(QByteArray("0123456789"));
    const SliceByteSource slice(whole, 3, 4);
    QCOMPARE(slice.size(), 4);
    QCOMPARE(slice.read(0, 100), QByteArray("3456"));
    QCOMPARE(slice.read(2, 1), QByteArray("5"));
    QCOMPARE(slice.read(4, 1), QByteArray());
    QCOMPARE(slice.read(-1, 3), QByteArray());
    // A slice past the end of what the source holds is cut to it.
    const SliceByteSource past(whole, 8, 100);
    QCOMPARE(past.size(), 2);
    QCOMPARE(past.read(0, 100), QByteArray("89"));
}

void TestRangeType::aFileThatCannotBeOpenedSaysWhy()
{
    const QString missing = path(u"missing.bin"_s);
    const RangeType type = identifyFileRange(missing, 0, 10);
    QVERIFY2(type.error.contains(u"missing.bin"_s), qPrintable(type.error));
    QVERIFY(type.description.isEmpty());

    const QByteArray picture = png(QSize(5, 6));
    QVERIFY(writeFile(path(u"at.bin"_s), QByteArray(77, 'x') + picture));
    const RangeType inFile = identifyFileRange(path(u"at.bin"_s), 77, picture.size());
    QVERIFY(inFile.error.isEmpty());
    QCOMPARE(inFile.description, u"PNG image, 5 × 6"_s);
}

void TestRangeType::namesForCopiedItems()
{
    const auto item = [](const char* type, qint64 offset, int number = 0) {
        ScanItem found = makeScanItem(type, offset, 10, LengthSource::HeaderField, QString());
        found.number = number;
        return found;
    };
    QCOMPARE(fileNameForItem(item("png", 0x10003)), u"at-0x10003.png"_s);
    QCOMPARE(fileNameForItem(item("partition", 0x100000, 2)), u"partition-2.img"_s);
    QCOMPARE(fileNameForItem(item("ext4", 0x100000)), u"at-0x100000.img"_s);
    QCOMPARE(fileNameForItem(item("gzip", 16)), u"at-0x10.gz"_s);
    QCOMPARE(fileNameForItem(item("jpeg", 0)), u"at-0x0.jpg"_s);
    QCOMPARE(fileNameForItem(item("iso9660", 0)), u"at-0x0.iso"_s);
    QCOMPARE(fileNameForItem(item("pe", 0x200)), u"at-0x200.exe"_s);
}

void TestRangeType::partitionsAreNumberedAsTheirTableSays()
{
    const QString image = path(u"disk.img"_s);
    QVERIFY(writeFile(image, QByteArray(4 * 1024 * 1024, '\0')));
    QProcess sfdisk;
    sfdisk.start(u"sfdisk"_s, {u"--quiet"_s, u"--no-reread"_s, u"--no-tell-kernel"_s, image});
    if (!sfdisk.waitForStarted(10000))
        QSKIP("sfdisk (Debian's fdisk) is not installed");
    sfdisk.write("label: dos\nstart=2048, size=2048, type=83\nstart=4096, size=1024, type=5\n"
                 "start=4160, size=512, type=83\n");
    sfdisk.closeWriteChannel();
    QVERIFY(sfdisk.waitForFinished(30000));
    QCOMPARE(sfdisk.exitCode(), 0);
    const ScanResult result = scanFile(image);
    QStringList names;
    for (const ScanItem& item : result.items)
        if (item.type == u"partition")
            names << fileNameForItem(item);
    QCOMPARE(names,
             (QStringList{u"partition-1.img"_s, u"partition-2.img"_s, u"partition-5.img"_s}));
}

QTEST_MAIN(TestRangeType)
#include "tst_rangetype.moc"
