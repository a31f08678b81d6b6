#include "core/scan/bytesource.h"
#include "core/scan/filesystemparsers.h"
#include "core/text/bytesize.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <limits>
#include <memory>

using namespace rangecopy;

// File system images made by the real mkfs tools, embedded at an odd offset between random
// bytes, as a scan meets them inside a disk image or a recovered file.

namespace {

constexpr qint64 kPrefix = 12345; // odd, and not a multiple of any sector size
constexpr qint64 kSuffix = 7777;
constexpr qint64 kMiB = 1024 * 1024;

// The parsers by family name, as the rows name them.
std::unique_ptr<FormatParser> parserFor(const QString& family)
{
    if (family == QLatin1String("ext"))
        return std::make_unique<Ext2Parser>();
    if (family == QLatin1String("fat"))
        return std::make_unique<FatParser>();
    if (family == QLatin1String("exfat"))
        return std::make_unique<ExfatParser>();
    if (family == QLatin1String("ntfs"))
        return std::make_unique<NtfsParser>();
    if (family == QLatin1String("iso9660"))
        return std::make_unique<Iso9660Parser>();
    if (family == QLatin1String("squashfs"))
        return std::make_unique<SquashfsParser>();
    return {};
}

const QStringList kFamilies{QStringLiteral("ext"),     QStringLiteral("fat"),
                            QStringLiteral("exfat"),   QStringLiteral("ntfs"),
                            QStringLiteral("iso9660"), QStringLiteral("squashfs")};

// Where each family's header ends: a copy cut before it cannot be told, one cut after it can.
qint64 headerEnd(const QString& family)
{
    if (family == QLatin1String("ext"))
        return 2048; // the superblock, 1024 bytes at 1024
    if (family == QLatin1String("iso9660"))
        return 0x8800; // the primary volume descriptor, 2048 bytes at 0x8000
    if (family == QLatin1String("squashfs"))
        return 96; // the superblock
    return 512;    // the boot sector
}

// The length the header states, whatever follows it. For SquashFS that is bytes_used: the
// zeros mksquashfs pads the file with count only when they are there (see truncatedCopies).
qint64 statedLength(const QString& family, const QByteArray& image)
{
    if (family == QLatin1String("squashfs"))
        return qFromLittleEndian<qint64>(image.constData() + 40);
    return image.size();
}

// How to make one image: the tool, its arguments (IMAGE and FOLDER stand for the paths), the
// size of the file it formats (0: the tool writes the file) and the Debian package it is in.
struct Recipe {
    QString tool;
    QStringList arguments;
    qint64 size = 0;
    QString package;
};

QHash<QString, Recipe> recipes()
{
    const auto ext = [](const char* type, const char* label, qint64 size, QStringList more) {
        QStringList arguments{QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-t"),
                              QLatin1String(type),  QStringLiteral("-L"), QLatin1String(label)};
        arguments += more;
        arguments << QStringLiteral("IMAGE");
        return Recipe{QStringLiteral("mke2fs"), arguments, size, QStringLiteral("e2fsprogs")};
    };
    const auto fat = [](const char* bits, const char* label, qint64 size) {
        return Recipe{QStringLiteral("mkfs.vfat"),
                      {QStringLiteral("-F"), QLatin1String(bits), QStringLiteral("-n"),
                       QLatin1String(label), QStringLiteral("IMAGE")},
                      size,
                      QStringLiteral("dosfstools")};
    };
    const auto squashfs = [](QStringList more) {
        QStringList arguments{QStringLiteral("FOLDER"),      QStringLiteral("IMAGE"),
                              QStringLiteral("-noappend"),   QStringLiteral("-quiet"),
                              QStringLiteral("-comp"),       QStringLiteral("gzip"),
                              QStringLiteral("-processors"), QStringLiteral("1")};
        arguments += more;
        return Recipe{QStringLiteral("mksquashfs"), arguments, 0, QStringLiteral("squashfs-tools")};
    };
    return {
        {QStringLiteral("ext2"), ext("ext2", "vol-ext2", 8 * kMiB, {})},
        {QStringLiteral("ext3"), ext("ext3", "vol-ext3", 8 * kMiB, {})},
        {QStringLiteral("ext4"), ext("ext4", "vol-ext4", 8 * kMiB, {})},
        {QStringLiteral("ext4, 4 KiB blocks"),
         ext("ext4", "big-blocks", 16 * kMiB, {QStringLiteral("-b"), QStringLiteral("4096")})},
        // 1 KiB blocks in groups of 8192: backup superblocks in groups 1 and 3.
        {QStringLiteral("ext2, four groups"), ext("ext2", "", 32 * kMiB, {})},
        {QStringLiteral("FAT12"), fat("12", "LABEL12", 2 * kMiB)},
        {QStringLiteral("FAT16"), fat("16", "LABEL16", 16 * kMiB)},
        {QStringLiteral("FAT32"), fat("32", "LABEL32", 33 * kMiB)},
        {QStringLiteral("exFAT"),
         Recipe{QStringLiteral("mkfs.exfat"),
                {QStringLiteral("-L"), QStringLiteral("EXLABEL"), QStringLiteral("IMAGE")},
                8 * kMiB,
                QStringLiteral("exfatprogs")}},
        {QStringLiteral("NTFS"),
         Recipe{QStringLiteral("mkfs.ntfs"),
                {QStringLiteral("-F"), QStringLiteral("-q"), QStringLiteral("-Q"),
                 QStringLiteral("-L"), QStringLiteral("NTLABEL"), QStringLiteral("IMAGE")},
                8 * kMiB,
                QStringLiteral("ntfs-3g")}},
        {QStringLiteral("ISO 9660"),
         Recipe{QStringLiteral("xorriso"),
                {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-quiet"),
                 QStringLiteral("-V"), QStringLiteral("MYVOLUME"), QStringLiteral("-o"),
                 QStringLiteral("IMAGE"), QStringLiteral("FOLDER")},
                0,
                QStringLiteral("xorriso")}},
        {QStringLiteral("SquashFS"), squashfs({})},
        {QStringLiteral("SquashFS, -nopad"), squashfs({QStringLiteral("-nopad")})},
    };
}

// The rows every image test runs over: the image, its parser's family, the type and a part of
// the description the parser must give.
void addImageRows()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("words");
    const auto row = [](const char* image, const char* family, const char* type,
                        const char* words) {
        QTest::newRow(image) << QString::fromLatin1(image) << QString::fromLatin1(family)
                             << QString::fromLatin1(type) << QString::fromUtf8(words);
    };
    row("ext2", "ext", "ext2", "ext2 file system \"vol-ext2\", 8.0 MiB");
    row("ext3", "ext", "ext3", "ext3 file system \"vol-ext3\", 8.0 MiB");
    row("ext4", "ext", "ext4", "ext4 file system \"vol-ext4\", 8.0 MiB");
    row("ext4, 4 KiB blocks", "ext", "ext4", "ext4 file system \"big-blocks\", 16.0 MiB");
    row("ext2, four groups", "ext", "ext2", "ext2 file system, 32.0 MiB");
    row("FAT12", "fat", "fat", "FAT12 file system \"LABEL12\", 2.0 MiB");
    row("FAT16", "fat", "fat", "FAT16 file system \"LABEL16\", 16.0 MiB");
    row("FAT32", "fat", "fat", "FAT32 file system \"LABEL32\", 33.0 MiB");
    row("exFAT", "exfat", "exfat", "exFAT file system \"EXLABEL\", 8.0 MiB");
    row("NTFS", "ntfs", "ntfs", "NTFS file system \"NTLABEL\", 8.0 MiB");
    row("ISO 9660", "iso9660", "iso9660", "ISO 9660 image \"MYVOLUME\", ");
    row("SquashFS", "squashfs", "squashfs", "SquashFS file system (gzip), ");
    row("SquashFS, -nopad", "squashfs", "squashfs", "SquashFS file system (gzip), ");
}

// A source that reads another's bytes with some of them changed, so that a test can try many
// changed headers of a large image without copying it each time.
class PatchedByteSource : public ByteSource {
public:
    explicit PatchedByteSource(const QByteArray& bytes)
        : m_bytes(bytes)
    {
    }

    void patch(qint64 offset, char value) { m_patches.insert(offset, value); }
    void clear() { m_patches.clear(); }

    [[nodiscard]] qint64 size() const override { return m_bytes.size(); }
    [[nodiscard]] QByteArray read(qint64 offset, qint64 length) const override
    {
        if (offset < 0 || length <= 0 || offset >= m_bytes.size())
            return {};
        QByteArray bytes = m_bytes.mid(offset, std::min(length, m_bytes.size() - offset));
        for (auto it = m_patches.cbegin(); it != m_patches.cend(); ++it) {
            if (it.key() >= offset && it.key() < offset + bytes.size())
                bytes[it.key() - offset] = it.value();
        }
        return bytes;
    }

private:
    const QByteArray& m_bytes;
    QHash<qint64, char> m_patches;
};

QString describe(const QList<ScanItem>& items)
{
    QStringList lines;
    for (const ScanItem& item : items)
        lines << QStringLiteral("%1 at %2, %3 bytes: %4")
                     .arg(item.type)
                     .arg(item.offset)
                     .arg(item.length.value_or(-1))
                     .arg(item.description);
    return lines.join(QStringLiteral("; "));
}

} // namespace

// An image, or why there is none: skipped (a tool that is not installed, or that needs what
// this machine does not give) or failed.
struct ImageResult {
    QByteArray bytes;
    QString skip;
    QString failure;
};

#define FETCH_IMAGE(name, bytes)                                                                   \
    const ImageResult bytes##Result = imageFor(name);                                              \
    if (!bytes##Result.skip.isEmpty())                                                             \
        QSKIP(qPrintable(bytes##Result.skip));                                                     \
    QVERIFY2(bytes##Result.failure.isEmpty(), qPrintable(bytes##Result.failure));                  \
    const QByteArray& bytes = bytes##Result.bytes

class TestFileSystemParsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsImage_data() { addImageRows(); }
    void findsImage();
    void findsNothingElseInImage_data() { addImageRows(); }
    void findsNothingElseInImage();
    void wrongStarts_data() { addImageRows(); }
    void wrongStarts();
    void truncatedCopies_data() { addImageRows(); }
    void truncatedCopies();
    void changedHeaders_data() { addImageRows(); }
    void changedHeaders();
    void backupCopiesAreNotFileSystems_data();
    void backupCopiesAreNotFileSystems();
    void randomBytes_data();
    void randomBytes();
    void plantedSignatures_data();
    void plantedSignatures();

private:
    [[nodiscard]] ImageResult imageFor(const QString& name);
    // The image between random bytes: kPrefix of them before it, kSuffix after it.
    [[nodiscard]] static QByteArray embedded(const QByteArray& image);

    QTemporaryDir m_dir;
    QHash<QString, ImageResult> m_images;
};

void TestFileSystemParsers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // What the ISO and SquashFS images hold.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder/sub")));
    QFile file(m_dir.filePath(QStringLiteral("folder/hello.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("Hello from inside a file system image.\n") > 0);
    file.close();
    QFile other(m_dir.filePath(QStringLiteral("folder/sub/data.bin")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    QVERIFY(other.write(testsupport::randomBytes(10000, 7)) == 10000);
}

ImageResult TestFileSystemParsers::imageFor(const QString& name)
{
    if (const auto it = m_images.constFind(name); it != m_images.cend())
        return *it;
    ImageResult result;
    const Recipe recipe = recipes().value(name);
    // mkfs tools live in sbin, which a user's PATH may not have.
    QString program = QStandardPaths::findExecutable(recipe.tool);
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(
            recipe.tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (program.isEmpty()) {
        result.skip = QStringLiteral("%1 is not installed (Debian package %2)")
                          .arg(recipe.tool, recipe.package);
        return m_images[name] = result;
    }

    const QString path =
        m_dir.filePath(QString(name).replace(u' ', u'_').remove(u',') + QStringLiteral(".img"));
    QFile::remove(path);
    if (recipe.size > 0) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(recipe.size)) {
            result.failure = QStringLiteral("cannot make %1").arg(path);
            return m_images[name] = result;
        }
    }
    QStringList arguments = recipe.arguments;
    for (QString& argument : arguments) {
        if (argument == QLatin1String("IMAGE"))
            argument = path;
        else if (argument == QLatin1String("FOLDER"))
            argument = m_dir.filePath(QStringLiteral("folder"));
    }
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    const QString output =
        QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // mkfs.ntfs formats an image file without root; should a version want more, say so.
        if (recipe.tool == QLatin1String("mkfs.ntfs") &&
            (output.contains(QLatin1String("ermission")) || output.contains(QLatin1String("root"))))
            result.skip = QStringLiteral("mkfs.ntfs needs privileges here: %1").arg(output);
        else
            result.failure =
                QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(u' '), output);
        return m_images[name] = result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.failure = QStringLiteral("cannot read %1").arg(path);
        return m_images[name] = result;
    }
    result.bytes = file.readAll();
    file.close();
    QFile::remove(path);
    if (result.bytes.size() < 4096)
        result.failure =
            QStringLiteral("%1 made only %2 bytes").arg(recipe.tool).arg(result.bytes.size());
    return m_images[name] = result;
}

QByteArray TestFileSystemParsers::embedded(const QByteArray& image)
{
    return testsupport::randomBytes(kPrefix, 1) + image + testsupport::randomBytes(kSuffix, 2);
}

void TestFileSystemParsers::findsImage()
{
    QFETCH(QString, image);
    QFETCH(QString, family);
    QFETCH(QString, type);
    QFETCH(QString, words);
    FETCH_IMAGE(image, bytes);
    const QByteArray blob = embedded(bytes);
    const MemoryByteSource source(blob);
    const auto parser = parserFor(family);

    // The scan finds the image through one of the parser's signatures.
    bool signatureThere = false;
    for (const Signature& signature : parser->signatures())
        signatureThere |=
            blob.mid(kPrefix + signature.offsetInItem, signature.magic.size()) == signature.magic;
    QVERIFY(signatureThere);

    const QList<ScanItem> items = parser->parse(source, kPrefix);
    QVERIFY2(items.size() == 1, qPrintable(describe(items)));
    const ScanItem& item = items.first();
    QCOMPARE(item.type, type);
    QCOMPARE(item.offset, kPrefix);
    // Every image is as long as its file system says: NTFS counts the sector after its
    // counted ones (its backup boot sector), SquashFS the zeros mksquashfs pads it with.
    QCOMPARE(item.length, std::optional<qint64>(bytes.size()));
    QCOMPARE(item.lengthFrom, LengthSource::HeaderField);
    QCOMPARE(item.parent, -1);
    QVERIFY2(item.description.contains(words), qPrintable(item.description));
    QVERIFY2(item.description.contains(formatByteSize(bytes.size())), qPrintable(item.description));

    if (image == QLatin1String("SquashFS")) {
        // The padded image: bytes_used is less than the file, which the padding fills up.
        QVERIFY(statedLength(family, bytes) < bytes.size());
        QCOMPARE(bytes.size() % 4096, 0);
    } else if (image == QLatin1String("SquashFS, -nopad")) {
        QCOMPARE(statedLength(family, bytes), bytes.size());
    }
}

// What a scan does: every place where any parser's signature occurs is asked. Only the image
// itself is found, by its own parser: no backup superblock or boot sector, no structure of
// one file system mistaken for another.
void TestFileSystemParsers::findsNothingElseInImage()
{
    QFETCH(QString, image);
    QFETCH(QString, family);
    FETCH_IMAGE(image, bytes);
    const QByteArray blob = embedded(bytes);
    const MemoryByteSource source(blob);

    int found = 0;
    for (const QString& other : kFamilies) {
        const auto parser = parserFor(other);
        for (const Signature& signature : parser->signatures()) {
            for (qsizetype at = blob.indexOf(signature.magic); at >= 0;
                 at = blob.indexOf(signature.magic, at + 1)) {
                const qint64 start = at - signature.offsetInItem;
                if (start < 0)
                    continue;
                const QList<ScanItem> items = parser->parse(source, start);
                if (items.isEmpty())
                    continue;
                QVERIFY2(other == family && start == kPrefix,
                         qPrintable(QStringLiteral("%1 found at %2: %3")
                                        .arg(other)
                                        .arg(start)
                                        .arg(describe(items))));
                ++found;
            }
        }
    }
    QCOMPARE(found, 1);
}

void TestFileSystemParsers::wrongStarts()
{
    QFETCH(QString, image);
    QFETCH(QString, family);
    FETCH_IMAGE(image, bytes);
    const QByteArray blob = embedded(bytes);
    const MemoryByteSource source(blob);
    const auto parser = parserFor(family);

    const qint64 max = std::numeric_limits<qint64>::max();
    for (const qint64 start :
         {kPrefix - 1, kPrefix + 1, kPrefix - 512, kPrefix + 512, kPrefix + 1024, kPrefix - 4096,
          kPrefix + 4096, qint64(0), qint64(blob.size()) - 1, qint64(blob.size()), max - 1, max}) {
        const QList<ScanItem> items = parser->parse(source, start);
        QVERIFY2(items.isEmpty(),
                 qPrintable(QStringLiteral("at %1: %2").arg(start).arg(describe(items))));
    }
}

// A copy cut inside the header finds nothing. One cut after it still finds the file system,
// with no length (never one past the end of what is there), and its description says the size
// the header states.
void TestFileSystemParsers::truncatedCopies()
{
    QFETCH(QString, image);
    QFETCH(QString, family);
    QFETCH(QString, type);
    FETCH_IMAGE(image, bytes);
    const QByteArray blob = embedded(bytes);
    const auto parser = parserFor(family);
    const qint64 header = headerEnd(family);
    const qint64 stated = statedLength(family, bytes);

    for (const qint64 cut : {qint64(0), qint64(1), header / 2, header - 1}) {
        const MemoryByteSource source(blob.left(kPrefix + cut));
        const QList<ScanItem> items = parser->parse(source, kPrefix);
        QVERIFY2(items.isEmpty(),
                 qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(describe(items))));
    }
    for (const qint64 cut :
         {header, std::max(header, qint64(bytes.size() / 2)), qint64(bytes.size()) - 1}) {
        const MemoryByteSource source(blob.left(kPrefix + cut));
        const QList<ScanItem> items = parser->parse(source, kPrefix);
        const QString where = QStringLiteral("cut at %1: %2").arg(cut).arg(describe(items));
        QVERIFY2(items.size() == 1, qPrintable(where));
        const ScanItem& item = items.first();
        QCOMPARE(item.type, type);
        QCOMPARE(item.offset, kPrefix);
        QVERIFY2(item.description.contains(formatByteSize(stated)), qPrintable(where));
        if (stated <= cut) {
            // A SquashFS whose padding is cut off: the file system itself is all there.
            QCOMPARE(item.length, std::optional<qint64>(stated));
            QCOMPARE(item.lengthFrom, LengthSource::HeaderField);
        } else {
            QVERIFY2(!item.length.has_value(), qPrintable(where));
            QCOMPARE(item.lengthFrom, LengthSource::Unknown);
        }
    }
}

// Headers with a few bytes changed: whatever the parser says stays within what an item can be
// (one item, at the start, with no length or one inside the source), and nothing crashes. The
// sanitizer builds check what a crash would not show.
void TestFileSystemParsers::changedHeaders()
{
    QFETCH(QString, image);
    QFETCH(QString, family);
    FETCH_IMAGE(image, bytes);
    const QByteArray blob = embedded(bytes);
    PatchedByteSource source(blob);
    const auto parser = parserFor(family);
    const qint64 header = headerEnd(family);
    const qint64 headerStart = family == QLatin1String("ext")       ? 1024
                               : family == QLatin1String("iso9660") ? 0x8000
                                                                    : 0;

    QRandomGenerator generator(42);
    int found = 0;
    for (int round = 0; round < 3000; ++round) {
        source.clear();
        const int changes = 1 + int(generator.bounded(4));
        for (int i = 0; i < changes; ++i) {
            const qint64 at = kPrefix + headerStart + generator.bounded(header - headerStart);
            // Mostly bytes that headers are made of: 0, FF, small numbers; sometimes anything.
            static const char kValues[] = {'\0', '\xFF', '\x01', '\x80', '\x7F', '\x0C'};
            const char value = generator.bounded(3) == 0 ? char(generator.bounded(256))
                                                         : kValues[generator.bounded(6)];
            source.patch(at, value);
        }
        const QList<ScanItem> items = parser->parse(source, kPrefix);
        QVERIFY2(items.size() <= 1, qPrintable(describe(items)));
        if (items.isEmpty())
            continue;
        ++found;
        const ScanItem& item = items.first();
        QCOMPARE(item.offset, kPrefix);
        if (item.length) {
            QVERIFY(*item.length > 0);
            QVERIFY(*item.length <= source.size() - kPrefix);
            QCOMPARE(item.lengthFrom, LengthSource::HeaderField);
        } else {
            QCOMPARE(item.lengthFrom, LengthSource::Unknown);
        }
        QVERIFY(!item.type.isEmpty());
        QVERIFY(!item.description.isEmpty());
        QVERIFY(!item.description.contains(u'\n'));
    }
    // Changes in bytes that are not checked (labels, times, counts of free blocks) leave
    // the file system found: the checks do not refuse everything.
    QVERIFY2(found > 0, "no changed header was accepted at all");
}

void TestFileSystemParsers::backupCopiesAreNotFileSystems_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("family");
    QTest::addColumn<qint64>("copyStart"); // in the image; -1: one sector before its end
    // The FAT32 boot sector's copy in sector 6, exFAT's backup boot region from sector 12,
    // NTFS's boot sector copy in the volume's last sector, ext's superblock copy in group 1
    // (block 8193 with 1 KiB blocks, and the superblock is 1024 bytes into its item).
    QTest::newRow("FAT32") << QStringLiteral("FAT32") << QStringLiteral("fat") << qint64(6 * 512);
    QTest::newRow("exFAT") << QStringLiteral("exFAT") << QStringLiteral("exfat")
                           << qint64(12 * 512);
    QTest::newRow("NTFS") << QStringLiteral("NTFS") << QStringLiteral("ntfs") << qint64(-1);
    QTest::newRow("ext2") << QStringLiteral("ext2, four groups") << QStringLiteral("ext")
                          << qint64(8193 * 1024 - 1024);
}

void TestFileSystemParsers::backupCopiesAreNotFileSystems()
{
    QFETCH(QString, image);
    QFETCH(QString, family);
    QFETCH(qint64, copyStart);
    FETCH_IMAGE(image, bytes);
    if (copyStart < 0)
        copyStart = bytes.size() - 512;
    const QByteArray blob = embedded(bytes);
    const MemoryByteSource source(blob);
    const auto parser = parserFor(family);

    // The copy is there, with the signature a scan finds it by...
    bool signatureThere = false;
    for (const Signature& each : parser->signatures())
        signatureThere |=
            blob.mid(kPrefix + copyStart + each.offsetInItem, each.magic.size()) == each.magic;
    QVERIFY(signatureThere);
    // ...but it is not a file system of its own.
    const QList<ScanItem> items = parser->parse(source, kPrefix + copyStart);
    QVERIFY2(items.isEmpty(), qPrintable(describe(items)));
    // A source that starts just before the copy, without the file system's first bytes: ext's
    // superblock copy still says which group it is in; a boot sector copy cannot be told from
    // the boot sector then (the parsers know it by the same sector before it).
    const MemoryByteSource shifted(blob.mid(kPrefix + copyStart - 1));
    const QList<ScanItem> alone = parser->parse(shifted, 1);
    if (family == QLatin1String("ext")) {
        QVERIFY2(alone.isEmpty(), qPrintable(describe(alone)));
    } else {
        QCOMPARE(alone.size(), 1);
        QCOMPARE(alone.first().offset, qint64(1));
    }
}

void TestFileSystemParsers::randomBytes_data()
{
    QTest::addColumn<QString>("family");
    for (const QString& family : kFamilies)
        QTest::newRow(qPrintable(family)) << family;
}

// No parser finds anything at any start in random bytes.
void TestFileSystemParsers::randomBytes()
{
    QFETCH(QString, family);
    const auto parser = parserFor(family);
    const QByteArray bytes = testsupport::randomBytes(48 * 1024 + 0x8800, 99);
    const MemoryByteSource source(bytes);
    for (qint64 start = 0; start < bytes.size(); ++start) {
        const QList<ScanItem> items = parser->parse(source, start);
        if (!items.isEmpty())
            QFAIL(qPrintable(QStringLiteral("at %1: %2").arg(start).arg(describe(items))));
    }
}

void TestFileSystemParsers::plantedSignatures_data()
{
    randomBytes_data();
}

// Random bytes with a parser's signature put at many places: only the signature, none of
// the rest of a header, so the parser's checks must refuse every one.
void TestFileSystemParsers::plantedSignatures()
{
    QFETCH(QString, family);
    const auto parser = parserFor(family);
    QRandomGenerator generator(5);
    for (const Signature& signature : parser->signatures()) {
        QByteArray bytes = testsupport::randomBytes(256 * 1024, generator.generate());
        QList<qint64> starts;
        for (qint64 start = 1; start + signature.offsetInItem + 0x8800 < bytes.size();
             start += 1000 + generator.bounded(3000)) {
            bytes.replace(start + signature.offsetInItem, signature.magic.size(), signature.magic);
            starts << start;
        }
        const MemoryByteSource source(bytes);
        for (const qint64 start : std::as_const(starts)) {
            const QList<ScanItem> items = parser->parse(source, start);
            QVERIFY2(items.isEmpty(),
                     qPrintable(QStringLiteral("at %1: %2").arg(start).arg(describe(items))));
        }
    }
}

QTEST_GUILESS_MAIN(TestFileSystemParsers)
#include "tst_filesystemparsers.moc"
