// The scan (issue 15): each format found at its exact offset with its exact length, inside
// random bytes; cut short, never a wrong length; random bytes alone, nothing.

#include "core/scan/bytesource.h"
#include "core/scan/scanner.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

// Qt writes no GIF: a small one made by hand (a graphic control extension, a comment, one
// 2 × 2 image whose LZW data the test checks by decoding it with Qt).
QByteArray gif()
{
    static const char kGif[] = "GIF89a\x02\x00\x02\x00\x80\x00\x00"    // screen 2 × 2, 2 colours
                               "\x00\x00\x00\xff\xff\xff"              // the colour table
                               "!\xf9\x04\x00\x00\x00\x00\x00"         // graphic control
                               "!\xfe\x09RangeCopy\x00"                // a comment
                               ",\x00\x00\x00\x00\x02\x00\x02\x00\x00" // the image, 2 × 2
                               "\x02\x03\x84\xa1\x00\x00"              // LZW: clear 0 6 0 end
                               ";";
    return QByteArray(kGif, sizeof kGif - 1);
}

QByteArray image(const char* format, QSize size)
{
    QImage picture(size, QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    painter.setPen(Qt::darkBlue);
    painter.drawEllipse(QRect(QPoint(2, 2), size - QSize(5, 5)));
    painter.drawText(picture.rect(), Qt::AlignCenter, u"RangeCopy"_s);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return picture.save(&buffer, format) ? bytes : QByteArray();
}

// What a short Python program writes on its standard output (zipfile, gzip: the standard
// library makes the archives, not our code).
QByteArray python(const QString& program)
{
    QProcess process;
    process.start(u"python3"_s, {u"-c"_s, program});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// A PDF with an incremental update: two %%EOF, the file ends after the second.
QByteArray pdf()
{
    return "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"
           "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
           "xref\n0 3\n0000000000 65535 f \n0000000015 00000 n \n0000000066 00000 n \n"
           "trailer << /Size 3 /Root 1 0 R >>\nstartxref\n117\n%%EOF\n"
           "3 0 obj << /Producer (update) >> endobj\n"
           "trailer << /Size 4 /Root 1 0 R /Prev 117 >>\nstartxref\n230\n%%EOF\n";
}

struct Embedded {
    QByteArray bytes;
    qint64 offset = 0;
};

// The fixture between random bytes, at an odd offset.
Embedded embed(const QByteArray& fixture, quint32 seed)
{
    constexpr qint64 kOffset = 12345;
    return {randomBytes(kOffset, seed) + fixture + randomBytes(54321, seed + 1), kOffset};
}

const ScanItem* itemAt(const ScanResult& result, const QString& type, qint64 offset)
{
    for (const ScanItem& item : result.items) {
        if (item.type == type && item.offset == offset)
            return &item;
    }
    return nullptr;
}

QString listing(const ScanResult& result)
{
    QStringList lines;
    for (const ScanItem& item : result.items)
        lines << u"%1 @%2 +%3 (%4)"_s.arg(item.type)
                     .arg(item.offset)
                     .arg(item.length ? QString::number(*item.length) : u"?"_s, item.description);
    return lines.join(u'\n');
}

ScanResult scan(const QByteArray& bytes)
{
    return scanSource(MemoryByteSource(bytes), allFormatParsers());
}

} // namespace

class TestScanner : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void findsEachFormatWithItsLength_data();
    void findsEachFormatWithItsLength();
    void cutShortNeverGivesAWrongLength_data();
    void cutShortNeverGivesAWrongLength();
    void randomBytesHoldNothing();
    void partitionTables_data();
    void partitionTables();
    void nestedItemsNameTheirParent();
    void scansAFileAndSaysWhatCannotBeOpened();
    void aCancelledScanStopsDecodingAStream();

private:
    void addFixtures();
    [[nodiscard]] QByteArray sfdiskImage(const QString& script, qint64 size);
};

void TestScanner::addFixtures()
{
    QTest::addColumn<QByteArray>("fixture");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("description");
    QTest::newRow("png") << image("PNG", {37, 23}) << u"png"_s << u"PNG image, 37 × 23"_s;
    QTest::newRow("jpeg") << image("JPEG", {64, 48}) << u"jpeg"_s << u"JPEG image, 64 × 48"_s;
    QTest::newRow("gif") << gif() << u"gif"_s << u"GIF image, 2 × 2"_s;
    QTest::newRow("bmp") << image("BMP", {33, 17}) << u"bmp"_s << u"BMP image, 33 × 17"_s;
    QTest::newRow("zip") << python(u"import io,sys,zipfile\n"
                                   u"b=io.BytesIO()\n"
                                   u"with zipfile.ZipFile(b,'w') as z:\n"
                                   u"  z.writestr('a.txt','hello '*500,zipfile.ZIP_DEFLATED)\n"
                                   u"  z.writestr('b.bin',bytes(range(256)),zipfile.ZIP_STORED)\n"
                                   u"sys.stdout.buffer.write(b.getvalue())"_s)
                         << u"zip"_s << u"ZIP archive, 2 entries"_s;
    QTest::newRow("gzip") << python(
                                 u"import gzip,io,sys\n"
                                 u"b=io.BytesIO()\n"
                                 u"with gzip.GzipFile('notes.txt','wb',fileobj=b,mtime=0) as g:\n"
                                 u"  g.write(b'line of text\\n'*4000)\n"
                                 u"sys.stdout.buffer.write(b.getvalue())"_s)
                          << u"gzip"_s << u"\"notes.txt\""_s;
    QTest::newRow("pdf") << pdf() << u"pdf"_s << u"PDF document, version 1.4"_s;
    QFile elf(u"/bin/true"_s);
    QVERIFY(elf.open(QIODevice::ReadOnly));
    QTest::newRow("elf") << elf.readAll() << u"elf"_s << u"ELF 64-bit"_s;
}

void TestScanner::findsEachFormatWithItsLength_data()
{
    addFixtures();
}

void TestScanner::findsEachFormatWithItsLength()
{
    QFETCH(QByteArray, fixture);
    QFETCH(QString, type);
    QFETCH(QString, description);
    QVERIFY(!fixture.isEmpty());
    // Each fixture is a real file of its kind: Qt reads the images back.
    if (QStringList{u"png"_s, u"jpeg"_s, u"gif"_s, u"bmp"_s}.contains(type))
        QVERIFY(!QImage::fromData(fixture).isNull());
    const Embedded embedded = embed(fixture, 7);
    const ScanResult result = scan(embedded.bytes);
    const ScanItem* found = itemAt(result, type, embedded.offset);
    QVERIFY2(found, qPrintable(listing(result)));
    QCOMPARE(found->length, std::optional<qint64>(fixture.size()));
    QVERIFY(found->lengthFrom != LengthSource::Unknown);
    QVERIFY2(found->description.contains(description), qPrintable(found->description));
    QCOMPARE(result.scannedBytes, qint64(embedded.bytes.size()));
}

void TestScanner::cutShortNeverGivesAWrongLength_data()
{
    addFixtures();
}

void TestScanner::cutShortNeverGivesAWrongLength()
{
    QFETCH(QByteArray, fixture);
    QFETCH(QString, type);
    for (const qint64 cut : {fixture.size() / 3, fixture.size() * 2 / 3, fixture.size() - 1}) {
        const QByteArray bytes = randomBytes(1001, 3) + fixture.left(cut);
        const ScanResult result = scan(bytes);
        // A PDF cut right after an earlier revision's %%EOF is that revision, whole.
        const bool earlierRevision =
            type == u"pdf"_s && fixture.left(cut).trimmed().endsWith("%%EOF");
        for (const ScanItem& item : result.items) {
            if (item.offset != 1001 || item.type != type)
                continue;
            if (earlierRevision && item.length == cut)
                continue;
            QVERIFY2(!item.length && item.lengthFrom == LengthSource::Unknown,
                     qPrintable(u"cut at %1: %2"_s.arg(cut).arg(listing(result))));
        }
    }
}

void TestScanner::randomBytesHoldNothing()
{
    for (quint32 seed = 1; seed <= 4; ++seed) {
        const ScanResult result = scan(randomBytes(4 * 1024 * 1024, seed));
        QVERIFY2(result.items.isEmpty(), qPrintable(listing(result)));
    }
}

QByteArray TestScanner::sfdiskImage(const QString& script, qint64 size)
{
    const QString image = path(u"disk.img"_s);
    QFile::remove(image);
    QFile file(image);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
        return {};
    file.close();
    QProcess sfdisk;
    sfdisk.start(u"sfdisk"_s, {u"--quiet"_s, u"--no-reread"_s, u"--no-tell-kernel"_s, image});
    if (!sfdisk.waitForStarted(10000))
        return {};
    sfdisk.write(script.toUtf8());
    sfdisk.closeWriteChannel();
    if (!sfdisk.waitForFinished(30000) || sfdisk.exitCode() != 0) {
        qWarning("sfdisk: %s", sfdisk.readAllStandardError().constData());
        return {};
    }
    return readFile(image);
}

void TestScanner::partitionTables_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("tableType");
    // Each partition: offset and length in bytes, and words of its description.
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<QList<qint64>>("lengths");
    QTest::addColumn<QStringList>("words");
    constexpr qint64 kSector = 512;
    QTest::newRow("MBR, a logical partition")
        << u"label: dos\n"
           u"start=2048, size=4096, type=83\n"
           u"start=6144, size=2048, type=c\n"
           u"start=8192, size=24576, type=5\n"
           u"start=10240, size=8192, type=83\n"
           u"start=20480, size=4096, type=82\n"_s
        << u"mbr"_s
        << QList<qint64>{2048 * kSector, 6144 * kSector, 8192 * kSector, 10240 * kSector,
                         20480 * kSector}
        << QList<qint64>{4096 * kSector, 2048 * kSector, 24576 * kSector, 8192 * kSector,
                         4096 * kSector}
        << QStringList{u"partition 1: Linux"_s, u"partition 2: FAT32"_s, u"partition 3: extended"_s,
                       u"partition 5: Linux"_s, u"partition 6: Linux swap"_s};
    QTest::newRow("GPT")
        << u"label: gpt\n"
           u"start=2048, size=4096, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B, name=\"ESP\"\n"
           u"start=6144, size=16384, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4, name=\"root\"\n"_s
        << u"gpt"_s << QList<qint64>{2048 * kSector, 6144 * kSector}
        << QList<qint64>{4096 * kSector, 16384 * kSector}
        << QStringList{u"partition 1: EFI System \"ESP\""_s,
                       u"partition 2: Linux filesystem \"root\""_s};
}

void TestScanner::partitionTables()
{
    QFETCH(QString, script);
    QFETCH(QString, tableType);
    QFETCH(QList<qint64>, offsets);
    QFETCH(QList<qint64>, lengths);
    QFETCH(QStringList, words);
    if (QStandardPaths::findExecutable(u"sfdisk"_s).isEmpty())
        QSKIP("sfdisk is missing (Debian package fdisk)");
    constexpr qint64 kDiskSize = 16 * 1024 * 1024;
    const QByteArray disk = sfdiskImage(script, kDiskSize);
    QVERIFY(!disk.isEmpty());
    // The disk image at an odd offset inside a larger file: everything is relative to it.
    const Embedded embedded = embed(disk, 11);
    const ScanResult result = scan(embedded.bytes);
    const ScanItem* table = itemAt(result, tableType, embedded.offset);
    QVERIFY2(table, qPrintable(listing(result)));
    QCOMPARE(table->length, tableType == u"gpt"_s ? kDiskSize : 512);
    // One table: an extended partition's boot records are part of it, not tables of their own.
    QCOMPARE(std::count_if(result.items.cbegin(), result.items.cend(),
                           [&](const ScanItem& item) { return item.type == tableType; }),
             1);
    const int tableIndex = int(table - result.items.constData());
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        const ScanItem* partition = itemAt(result, u"partition"_s, embedded.offset + offsets.at(i));
        QVERIFY2(partition, qPrintable(listing(result)));
        QCOMPARE(partition->length, lengths.at(i));
        QVERIFY2(partition->description.startsWith(words.at(i)),
                 qPrintable(partition->description));
        if (tableType == u"gpt"_s)
            QCOMPARE(partition->parent, tableIndex);
    }
}

void TestScanner::nestedItemsNameTheirParent()
{
    // A PNG stored (not compressed) in a ZIP: found inside it, with the ZIP as its parent.
    const QByteArray png = image("PNG", {20, 10});
    QVERIFY(writeFile(path(u"in.png"_s), png));
    const QByteArray zip =
        python(u"import io,sys,zipfile\n"
               u"b=io.BytesIO()\n"
               u"with zipfile.ZipFile(b,'w') as z:\n"
               u"  z.write(sys.argv[1] if len(sys.argv)>1 else '%1','in.png',zipfile.ZIP_STORED)\n"
               u"sys.stdout.buffer.write(b.getvalue())"_s.arg(path(u"in.png"_s)));
    QVERIFY(!zip.isEmpty());
    const Embedded embedded = embed(zip, 5);
    const ScanResult result = scan(embedded.bytes);
    const ScanItem* archive = itemAt(result, u"zip"_s, embedded.offset);
    QVERIFY2(archive, qPrintable(listing(result)));
    const qint64 pngAt = embedded.offset + zip.indexOf(png);
    const ScanItem* inner = itemAt(result, u"png"_s, pngAt);
    QVERIFY2(inner, qPrintable(listing(result)));
    QCOMPARE(inner->length, qint64(png.size()));
    QCOMPARE(inner->parent, int(archive - result.items.constData()));
    QCOMPARE(archive->parent, -1);
}

void TestScanner::scansAFileAndSaysWhatCannotBeOpened()
{
    const Embedded embedded = embed(gif(), 9);
    QVERIFY(writeFile(path(u"blob.bin"_s), embedded.bytes));
    qint64 lastProgress = 0;
    const ScanResult result =
        scanFile(path(u"blob.bin"_s), [&](qint64 done, qint64) { lastProgress = done; });
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(itemAt(result, u"gif"_s, embedded.offset));
    QCOMPARE(lastProgress, qint64(embedded.bytes.size()));

    const ScanResult missing = scanFile(path(u"nothing.bin"_s));
    QVERIFY(missing.openFailed);
    QVERIFY2(missing.error.contains(u"nothing.bin' for reading: "_s), qPrintable(missing.error));

    const ScanResult folder = scanFile(m_dir->path());
    QVERIFY(folder.openFailed);
    QVERIFY2(folder.error.endsWith(u"it is not a file or a disk"_s), qPrintable(folder.error));

    const ScanResult stopped = scanFile(path(u"blob.bin"_s), {}, [] { return true; });
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.items.isEmpty());
}

// A small stream that decodes to much (64 MiB of zeros in 64 KiB): a cancel asked while it is
// decoded stops the decoding, and the stream is listed with its length unknown.
void TestScanner::aCancelledScanStopsDecodingAStream()
{
    const QByteArray bomb =
        python(u"import gzip,sys\n"
               u"sys.stdout.buffer.write(gzip.compress(bytes(64<<20), mtime=0))\n"_s);
    QVERIFY(!bomb.isEmpty());
    const QByteArray bytes = randomBytes(1001, 5) + bomb + randomBytes(100, 6);
    const ScanResult whole = scan(bytes);
    const ScanItem* decoded = itemAt(whole, u"gzip"_s, 1001);
    QVERIFY2(decoded != nullptr, qPrintable(listing(whole)));
    QCOMPARE(decoded->length, std::optional<qint64>(bomb.size()));

    // The scan asks once before its block; every later question comes from the decoding.
    int asked = 0;
    MemoryByteSource source(bytes);
    const auto cancelled = [&asked] {
        return ++asked > 1;
    };
    source.setCancelCheck(cancelled);
    const ScanResult stopped = scanSource(source, allFormatParsers(), {}, cancelled);
    const ScanItem* cut = itemAt(stopped, u"gzip"_s, 1001);
    QVERIFY2(cut != nullptr, qPrintable(listing(stopped)));
    QCOMPARE(cut->length, std::nullopt);
    QCOMPARE(cut->lengthFrom, LengthSource::Unknown);
    QVERIFY(asked >= 2);
}

QTEST_MAIN(TestScanner)
#include "tst_scanner.moc"
