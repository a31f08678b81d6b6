#include "core/scan/filesystemparsers.h"

#include "core/scan/bytesource.h"
#include "core/scan/scanbytes.h"
#include "core/scan/scantext.h"
#include "core/text/bytesize.h"

#include <QString>

#include <algorithm>
#include <limits>
#include <optional>

namespace rangecopy {

namespace {

using namespace scanbytes;

constexpr qint64 kMaxOffset = std::numeric_limits<qint64>::max();

// Up to `length` bytes at `offsetInItem` from the item's start: fewer or none where the source
// ends, none when the sum would not be an offset at all.
QByteArray readAt(const ByteSource& source, qint64 start, quint64 offsetInItem, qint64 length)
{
    if (start < 0 || offsetInItem > quint64(kMaxOffset - start))
        return {};
    return source.read(start + qint64(offsetInItem), length);
}

// count × unit as an item's length, when it is one: not zero, and the item's end still an
// offset. Header fields are 32 or 64 bits wide, so the product is checked, not trusted.
std::optional<qint64> itemLength(quint64 count, quint64 unit, qint64 start)
{
    if (count == 0 || unit == 0 || count > quint64(kMaxOffset) / unit)
        return std::nullopt;
    const auto length = qint64(count * unit);
    if (length > kMaxOffset - start)
        return std::nullopt;
    return length;
}

bool isPowerOfTwo(quint64 value)
{
    return value != 0 && (value & (value - 1)) == 0;
}

bool allZero(const QByteArray& bytes, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (bytes.at(i) != 0)
            return false;
    }
    return true;
}

bool hasBootSignature(const QByteArray& sector)
{
    return u8(sector, 510) == 0x55 && u8(sector, 511) == 0xAA;
}

// A fixed-width text field of a header (a label, a volume identifier): up to its first NUL,
// without the spaces that pad it.
QString latin1Field(const QByteArray& bytes, qsizetype at, qsizetype size)
{
    QByteArray field = bytes.mid(at, size);
    const qsizetype nul = field.indexOf('\0');
    if (nul >= 0)
        field.truncate(nul);
    return QString::fromLatin1(field).trimmed();
}

QString utf16Field(const QByteArray& bytes, qsizetype at, qsizetype units)
{
    QString text;
    text.reserve(units);
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t unit = le16(bytes, at + 2 * i);
        if (unit == 0)
            break;
        text.append(QChar(unit));
    }
    return text.trimmed();
}

// A label as it may be shown on one line: what a hostile header puts there (control
// characters, halves of surrogate pairs) becomes U+FFFD.
QString printableLabel(const QString& label)
{
    QString shown;
    shown.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c.isHighSurrogate() && i + 1 < label.size() && label.at(i + 1).isLowSurrogate()) {
            shown.append(c);
            shown.append(label.at(++i));
        } else if (c.isSurrogate() || c.category() == QChar::Other_Control) {
            shown.append(QChar::ReplacementCharacter);
        } else {
            shown.append(c);
        }
    }
    return shown;
}

// what: "ext4 file system". The description says the size the file system states, with the
// label when there is one; the item has that length only when the source holds all of it (a
// truncated copy is found, with no length: never one that runs past the end).
ScanItem fileSystemItem(const ByteSource& source, const QString& type, qint64 start, qint64 length,
                        const QString& what, const QString& label)
{
    ScanItem item;
    item.type = type;
    item.offset = start;
    item.length = source.heldLength(start, length);
    item.lengthFrom = item.length ? LengthSource::HeaderField : LengthSource::Unknown;
    const QString size = formatByteSize(length);
    item.description = label.isEmpty()
                           ? ScanText::tr("%1, %2").arg(what, size)
                           : ScanText::tr("%1 \"%2\", %3").arg(what, printableLabel(label), size);
    return item;
}

QString fileSystemWords(const QString& name)
{
    return ScanText::tr("%1 file system").arg(name);
}

// ---------------------------------------------------------------------------------------------
// ext2/3/4 (the superblock layout of the kernel's fs/ext4/ext4.h)

constexpr quint64 kExtSuperblockOffset = 1024;
constexpr qint64 kExtSuperblockSize = 1024;
constexpr quint32 kExtCompatHasJournal = 0x4;
constexpr quint32 kExtIncompatExtents = 0x40;
constexpr quint32 kExt4Incompat64Bit = 0x80;
constexpr quint32 kExtIncompatFlexBg = 0x200;
constexpr quint32 kExtRoCompatBigalloc = 0x200;

// ---------------------------------------------------------------------------------------------
// FAT (Microsoft's FAT specification, "FAT: General Overview of On-Disk Format")

constexpr qsizetype kSectorCheck = 512;
// The kernel's limits (fs/fat): more clusters than these make a FAT16, or need a FAT32.
constexpr quint64 kMaxFat12Clusters = 4084;
constexpr quint64 kMaxFat16Clusters = 65524;

} // namespace

// ---------------------------------------------------------------------------------------------

QList<Signature> Ext2Parser::signatures() const
{
    return {{QByteArrayLiteral("\x53\xEF"), 0x438}};
}

QList<ScanItem> Ext2Parser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray sb = readAt(source, start, kExtSuperblockOffset, kExtSuperblockSize);
    if (sb.size() < kExtSuperblockSize || le16(sb, 0x38) != 0xEF53)
        return {};

    const quint32 revLevel = le32(sb, 0x4C);
    const quint32 logBlockSize = le32(sb, 0x18);
    if (revLevel > 1 || logBlockSize > 6)
        return {};
    const quint64 blockSize = quint64(1024) << logBlockSize;
    const quint64 bitsPerBitmap = 8 * blockSize;

    const quint32 compat = le32(sb, 0x5C);
    const quint32 incompat = le32(sb, 0x60);
    const quint32 roCompat = le32(sb, 0x64);
    const bool bigalloc = (roCompat & kExtRoCompatBigalloc) != 0;

    // A group's blocks (clusters with bigalloc) and inodes each have a one-block bitmap.
    const quint64 blocksPerGroup = le32(sb, 0x20);
    const quint64 clustersPerGroup = le32(sb, 0x24);
    const quint64 inodesPerGroup = le32(sb, 0x28);
    if (inodesPerGroup == 0 || inodesPerGroup > bitsPerBitmap)
        return {};
    if (bigalloc) {
        const quint32 logClusterSize = le32(sb, 0x1C);
        if (logClusterSize < logBlockSize || logClusterSize > 20 || clustersPerGroup == 0 ||
            clustersPerGroup > bitsPerBitmap ||
            blocksPerGroup != clustersPerGroup << (logClusterSize - logBlockSize))
            return {};
    } else if (blocksPerGroup == 0 || blocksPerGroup > bitsPerBitmap ||
               clustersPerGroup != blocksPerGroup) {
        return {};
    }

    // Block 0 holds the superblock when blocks are larger than 1 KiB; with 1 KiB blocks the
    // superblock is block 1, where the first group starts.
    const quint32 firstDataBlock = le32(sb, 0x14);
    if (firstDataBlock != ((blockSize == 1024 && !bigalloc) ? 1u : 0u))
        return {};

    quint64 blocks = le32(sb, 0x04);
    if (incompat & kExt4Incompat64Bit)
        blocks |= quint64(le32(sb, 0x150)) << 32;
    if (blocks <= firstDataBlock)
        return {};
    const quint64 groups = (blocks - firstDataBlock - 1) / blocksPerGroup + 1;
    // Every group has the same number of inodes, and the count is 32 bits wide.
    if (groups > 0xFFFFFFFFu / inodesPerGroup || le32(sb, 0x00) != groups * inodesPerGroup)
        return {};

    if (revLevel >= 1) {
        const quint16 inodeSize = le16(sb, 0x58);
        if (!isPowerOfTwo(inodeSize) || inodeSize < 128 || inodeSize > blockSize ||
            le32(sb, 0x54) < 11)
            return {};
    }
    // The backup superblocks in later groups say which group they are in; only the first
    // one starts a file system.
    if (le16(sb, 0x5A) != 0)
        return {};

    const std::optional<qint64> length = itemLength(blocks, blockSize, start);
    if (!length)
        return {};

    QString type;
    if (incompat & (kExtIncompatExtents | kExt4Incompat64Bit | kExtIncompatFlexBg))
        type = QStringLiteral("ext4");
    else if (compat & kExtCompatHasJournal)
        type = QStringLiteral("ext3");
    else
        type = QStringLiteral("ext2");

    QByteArray name = sb.mid(0x78, 16);
    if (const qsizetype nul = name.indexOf('\0'); nul >= 0)
        name.truncate(nul);
    const QString label = QString::fromUtf8(name).trimmed();
    return {fileSystemItem(source, type, start, *length, fileSystemWords(type), label)};
}

// ---------------------------------------------------------------------------------------------

QList<Signature> FatParser::signatures() const
{
    // The type texts rather than 55 AA at 510, which every MBR, VBR and many other sectors
    // have: these are rarer, and the BPB checks below weed out the rest.
    return {{QByteArrayLiteral("FAT12   "), 54},
            {QByteArrayLiteral("FAT16   "), 54},
            {QByteArrayLiteral("FAT32   "), 82}};
}

QList<ScanItem> FatParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray bs = readAt(source, start, 0, kSectorCheck);
    if (bs.size() < kSectorCheck)
        return {};
    const QByteArray text1x = bs.mid(54, 8);
    const bool says32 = bs.mid(82, 8) == "FAT32   ";
    const bool says1x = text1x == "FAT12   " || text1x == "FAT16   ";
    if (!says32 && !says1x)
        return {};
    // A jump over the BPB, and the boot sector's signature.
    if ((u8(bs, 0) != 0xEB && u8(bs, 0) != 0xE9) || !hasBootSignature(bs))
        return {};

    const quint64 bytesPerSector = le16(bs, 11);
    const quint64 sectorsPerCluster = u8(bs, 13);
    const quint64 reservedSectors = le16(bs, 14);
    const quint64 fatCount = u8(bs, 16);
    const quint64 rootEntries = le16(bs, 17);
    const quint64 totalSectors16 = le16(bs, 19);
    const quint8 media = u8(bs, 21);
    const quint64 fatSectors16 = le16(bs, 22);
    const quint64 totalSectors32 = le32(bs, 32);
    if (!isPowerOfTwo(bytesPerSector) || bytesPerSector < 512 || bytesPerSector > 4096 ||
        !isPowerOfTwo(sectorsPerCluster) || reservedSectors == 0 || fatCount < 1 || fatCount > 2 ||
        (media != 0xF0 && media < 0xF8))
        return {};

    // FAT32's BPB has no 16-bit FAT size and no fixed root directory; its extended BPB, with
    // the label and the type text, follows the FAT32 fields.
    const bool fat32 = fatSectors16 == 0;
    quint64 fatSectors = fatSectors16;
    qsizetype labelAt = 43;
    if (fat32) {
        fatSectors = le32(bs, 36);
        if (!says32 || u8(bs, 66) != 0x29 || fatSectors == 0 || rootEntries != 0 ||
            totalSectors16 != 0 || le32(bs, 44) < 2)
            return {};
        labelAt = 71;
    } else if (!says1x || u8(bs, 38) != 0x29 || rootEntries == 0) {
        return {};
    }

    const quint64 totalSectors = totalSectors16 != 0 ? totalSectors16 : totalSectors32;
    const quint64 rootDirSectors = (rootEntries * 32 + bytesPerSector - 1) / bytesPerSector;
    const quint64 metaSectors = reservedSectors + fatCount * fatSectors + rootDirSectors;
    if (metaSectors >= totalSectors)
        return {};
    const quint64 clusters = (totalSectors - metaSectors) / sectorsPerCluster;
    if (clusters == 0 || (!fat32 && clusters > kMaxFat16Clusters))
        return {};
    // As the kernel tells them apart: FAT32 by its BPB, FAT12 from FAT16 by the cluster count.
    const int bits = fat32 ? 32 : clusters <= kMaxFat12Clusters ? 12 : 16;
    const quint64 fatBytesNeeded = ((clusters + 2) * quint64(bits) + 7) / 8;
    if (fatSectors * bytesPerSector < fatBytesNeeded)
        return {};

    // FAT32 keeps a copy of its boot sector a few sectors in (usually 6): that copy is not a
    // file system of its own. It is known by the same sector that many sectors before it.
    if (fat32) {
        const quint64 backupSector = le16(bs, 50);
        const quint64 backupOffset = backupSector * bytesPerSector;
        if (backupSector != 0 && backupSector < reservedSectors && quint64(start) >= backupOffset) {
            const QByteArray primary = source.read(start - qint64(backupOffset), kSectorCheck);
            if (primary.size() == kSectorCheck && primary.left(90) == bs.left(90) &&
                hasBootSignature(primary))
                return {};
        }
    }

    const std::optional<qint64> length = itemLength(totalSectors, bytesPerSector, start);
    if (!length)
        return {};
    QString label = latin1Field(bs, labelAt, 11);
    if (label == QLatin1String("NO NAME"))
        label.clear();
    const QString name = QStringLiteral("FAT%1").arg(bits);
    return {fileSystemItem(source, QStringLiteral("fat"), start, *length, fileSystemWords(name),
                           label)};
}

// ---------------------------------------------------------------------------------------------
// exFAT (Microsoft's exFAT file system specification, "Main Boot Sector")

namespace {

QString exfatLabel(const ByteSource& source, qint64 start, const QByteArray& bs)
{
    const int bytesPerSectorShift = u8(bs, 108);
    const int sectorsPerClusterShift = u8(bs, 109);
    const quint64 heapOffset = le32(bs, 88);
    const quint64 rootCluster = le32(bs, 96);
    // Both shifts are checked (their sum is at most 25) and both numbers are 32 bits wide,
    // so the offset is below 2^58.
    const quint64 rootOffset =
        (heapOffset << bytesPerSectorShift) +
        ((rootCluster - 2) << (bytesPerSectorShift + sectorsPerClusterShift));
    const qint64 clusterBytes = qint64(1) << (bytesPerSectorShift + sectorsPerClusterShift);
    const QByteArray dir = readAt(source, start, rootOffset, std::min<qint64>(clusterBytes, 4096));
    for (qsizetype at = 0; at + 32 <= dir.size(); at += 32) {
        const quint8 entryType = u8(dir, at);
        if (entryType == 0x00) // the end of the directory
            break;
        if (entryType == 0x83) { // the volume label, in use
            const int characters = u8(dir, at + 1);
            return characters <= 11 ? utf16Field(dir, at + 2, characters) : QString();
        }
    }
    return {};
}

} // namespace

QList<Signature> ExfatParser::signatures() const
{
    return {{QByteArrayLiteral("EXFAT   "), 3}};
}

QList<ScanItem> ExfatParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray bs = readAt(source, start, 0, kSectorCheck);
    if (bs.size() < kSectorCheck ||
        bs.left(11) != QByteArrayLiteral("\xEB\x76\x90"
                                         "EXFAT   ") ||
        !allZero(bs, 11, 64) || !hasBootSignature(bs))
        return {};

    const int bytesPerSectorShift = u8(bs, 108);
    const int sectorsPerClusterShift = u8(bs, 109);
    const quint64 fatCount = u8(bs, 110);
    if (bytesPerSectorShift < 9 || bytesPerSectorShift > 12 ||
        sectorsPerClusterShift > 25 - bytesPerSectorShift || fatCount < 1 || fatCount > 2 ||
        (le16(bs, 104) >> 8) != 1) // the file system's major revision
        return {};

    const quint64 volumeSectors = le64(bs, 72);
    const quint64 fatOffset = le32(bs, 80);
    const quint64 fatLength = le32(bs, 84);
    const quint64 heapOffset = le32(bs, 88);
    const quint64 clusterCount = le32(bs, 92);
    const quint64 rootCluster = le32(bs, 96);
    // The boot regions take 24 sectors, then the FATs, then the cluster heap, all inside the
    // volume; the FAT has an entry per cluster (and two more), the root directory is one.
    if (fatOffset < 24 || fatLength == 0 || heapOffset < fatOffset + fatCount * fatLength ||
        heapOffset > volumeSectors ||
        clusterCount > (volumeSectors - heapOffset) >> sectorsPerClusterShift ||
        (fatLength << bytesPerSectorShift) < (clusterCount + 2) * 4 || rootCluster < 2 ||
        rootCluster > clusterCount + 1)
        return {};

    // The backup boot region (sectors 12 to 23) repeats the main boot sector: it is not a
    // volume of its own. VolumeFlags (106) and PercentInUse (112) may differ between them.
    const qint64 backupOffset = qint64(12) << bytesPerSectorShift;
    if (start >= backupOffset) {
        const QByteArray main = source.read(start - backupOffset, kSectorCheck);
        if (main.size() == kSectorCheck && main.left(106) == bs.left(106) &&
            main.mid(108, 4) == bs.mid(108, 4) && hasBootSignature(main))
            return {};
    }

    const std::optional<qint64> length =
        itemLength(volumeSectors, quint64(1) << bytesPerSectorShift, start);
    if (!length)
        return {};
    return {fileSystemItem(source, QStringLiteral("exfat"), start, *length,
                           fileSystemWords(QStringLiteral("exFAT")),
                           exfatLabel(source, start, bs))};
}

// ---------------------------------------------------------------------------------------------
// NTFS (the boot sector and MFT records as the kernel's fs/ntfs3 reads them)

namespace {

// The size of an MFT or index record: clusters when positive, else 2^-n bytes.
std::optional<quint64> ntfsRecordSize(qint8 value, quint64 clusterBytes)
{
    quint64 size = 0;
    if (value > 0)
        size = quint64(value) * clusterBytes;
    else if (value <= -9 && value >= -16)
        size = quint64(1) << -value;
    if (size < 256 || size > 65536)
        return std::nullopt;
    return size;
}

// The $VOLUME_NAME attribute of MFT record 3 ($Volume).
QString ntfsLabel(const ByteSource& source, qint64 start, quint64 mftOffset, quint64 recordSize)
{
    constexpr quint64 kVolumeRecord = 3;
    constexpr qsizetype kFixupStride = 512; // NTFS protects each 512 bytes of a record
    constexpr quint32 kVolumeName = 0x60;
    constexpr quint32 kEndOfAttributes = 0xFFFFFFFF;

    if (mftOffset > quint64(kMaxOffset) - kVolumeRecord * recordSize)
        return {};
    QByteArray record =
        readAt(source, start, mftOffset + kVolumeRecord * recordSize, qint64(recordSize));
    const auto size = qsizetype(recordSize);
    if (record.size() != size || !record.startsWith("FILE") || size % kFixupStride != 0)
        return {};

    // The last two bytes of each 512 were replaced by the update sequence number when the
    // record was written; the originals are in the update sequence array.
    const qsizetype usaOffset = le16(record, 4);
    const qsizetype usaCount = le16(record, 6);
    if (usaCount != size / kFixupStride + 1 || usaOffset + 2 * usaCount > size)
        return {};
    const quint16 usn = le16(record, usaOffset);
    for (qsizetype i = 1; i < usaCount; ++i) {
        const qsizetype protectedAt = i * kFixupStride - 2;
        if (le16(record, protectedAt) != usn)
            return {};
        record[protectedAt] = record.at(usaOffset + 2 * i);
        record[protectedAt + 1] = record.at(usaOffset + 2 * i + 1);
    }

    const qsizetype inUse = std::min<qsizetype>(le32(record, 24), size);
    qsizetype at = le16(record, 20);
    while (at >= 0 && at + 24 <= inUse) {
        const quint32 attributeType = le32(record, at);
        const qsizetype attributeLength = le32(record, at + 4);
        if (attributeType == kEndOfAttributes || attributeLength < 24 ||
            attributeLength > inUse - at)
            break;
        if (attributeType == kVolumeName) {
            if (u8(record, at + 8) != 0) // resident, as the volume name always is
                return {};
            const qsizetype valueLength = le32(record, at + 16);
            const qsizetype valueOffset = le16(record, at + 20);
            if (valueLength > attributeLength || valueOffset > attributeLength - valueLength)
                return {};
            return utf16Field(record, at + valueOffset, valueLength / 2);
        }
        at += attributeLength;
    }
    return {};
}

} // namespace

QList<Signature> NtfsParser::signatures() const
{
    return {{QByteArrayLiteral("NTFS    "), 3}};
}

QList<ScanItem> NtfsParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray bs = readAt(source, start, 0, kSectorCheck);
    if (bs.size() < kSectorCheck || u8(bs, 0) != 0xEB || bs.mid(3, 8) != "NTFS    " ||
        !hasBootSignature(bs))
        return {};

    const quint64 bytesPerSector = le16(bs, 11);
    const quint8 clusterValue = u8(bs, 13);
    // Up to 128 sectors a cluster as the number itself, more as 2^(256 - value).
    quint64 sectorsPerCluster = 0;
    if (clusterValue <= 0x80 && isPowerOfTwo(clusterValue))
        sectorsPerCluster = clusterValue;
    else if (clusterValue >= 0xF4)
        sectorsPerCluster = quint64(1) << (256 - clusterValue);
    const quint64 clusterBytes = bytesPerSector * sectorsPerCluster;
    // What a FAT BPB has and NTFS does not (reserved sectors, FATs, root entries, 16- and
    // 32-bit sector counts, FAT size) is zero.
    if (!isPowerOfTwo(bytesPerSector) || bytesPerSector < 256 || bytesPerSector > 4096 ||
        sectorsPerCluster == 0 || clusterBytes > 2 * 1024 * 1024 || le16(bs, 14) != 0 ||
        u8(bs, 16) != 0 || le16(bs, 17) != 0 || le16(bs, 19) != 0 || le16(bs, 22) != 0 ||
        le32(bs, 32) != 0)
        return {};

    const quint64 totalSectors = le64(bs, 0x28);
    const quint64 clusters = totalSectors / sectorsPerCluster;
    const quint64 mftCluster = le64(bs, 0x30);
    const quint64 mftMirrorCluster = le64(bs, 0x38);
    const std::optional<quint64> mftRecordSize = ntfsRecordSize(qint8(u8(bs, 0x40)), clusterBytes);
    if (totalSectors == 0 || totalSectors == std::numeric_limits<quint64>::max() ||
        mftCluster >= clusters || mftMirrorCluster >= clusters || !mftRecordSize ||
        !ntfsRecordSize(qint8(u8(bs, 0x44)), clusterBytes))
        return {};

    // mkntfs and Windows count every sector of the volume but the last, which holds the
    // backup of this boot sector (mkntfs on an 8 MiB image: 16383 sectors). The volume, and
    // the item, therefore end one sector after the counted ones.
    const std::optional<qint64> length = itemLength(totalSectors + 1, bytesPerSector, start);
    if (!length)
        return {};

    // That backup is not a volume of its own: it is known by the same boot sector as many
    // sectors before it as the volume counts.
    const qint64 countedBytes = *length - qint64(bytesPerSector);
    if (start >= countedBytes) {
        const QByteArray primary = source.read(start - countedBytes, kSectorCheck);
        if (primary.size() == kSectorCheck && primary.left(0x54) == bs.left(0x54) &&
            hasBootSignature(primary))
            return {};
    }

    const QString label = ntfsLabel(source, start, mftCluster * clusterBytes, *mftRecordSize);
    return {fileSystemItem(source, QStringLiteral("ntfs"), start, *length,
                           fileSystemWords(QStringLiteral("NTFS")), label)};
}

// ---------------------------------------------------------------------------------------------
// ISO 9660 (ECMA-119, the primary volume descriptor)

QList<Signature> Iso9660Parser::signatures() const
{
    return {{QByteArrayLiteral("\x01"
                               "CD001\x01"),
             0x8000}};
}

QList<ScanItem> Iso9660Parser::parse(const ByteSource& source, qint64 start) const
{
    constexpr quint64 kDescriptorOffset = 0x8000; // logical sector 16 of 2048 bytes
    constexpr qint64 kDescriptorSize = 2048;
    const QByteArray pvd = readAt(source, start, kDescriptorOffset, kDescriptorSize);
    if (pvd.size() < kDescriptorSize ||
        !pvd.startsWith("\x01"
                        "CD001\x01") ||
        u8(pvd, 7) != 0)
        return {};

    // Numbers are recorded both little- and big-endian; both halves must agree.
    const quint64 volumeBlocks = le32(pvd, 80);
    const quint64 blockSize = le16(pvd, 128);
    if (volumeBlocks != be32(pvd, 84) || blockSize != be16(pvd, 130) ||
        le16(pvd, 120) != be16(pvd, 122) || le16(pvd, 120) == 0 ||
        le16(pvd, 124) != be16(pvd, 126) || !isPowerOfTwo(blockSize) || blockSize < 512 ||
        blockSize > 2048 || u8(pvd, 156) != 34 || u8(pvd, 881) != 1)
        return {};

    const std::optional<qint64> length = itemLength(volumeBlocks, blockSize, start);
    // The volume holds its own descriptors.
    if (!length || *length < qint64(kDescriptorOffset) + kDescriptorSize)
        return {};
    return {fileSystemItem(source, QStringLiteral("iso9660"), start, *length,
                           ScanText::tr("ISO 9660 image"), latin1Field(pvd, 40, 32))};
}

// ---------------------------------------------------------------------------------------------
// SquashFS 4.0 (the superblock of the kernel's fs/squashfs/squashfs_fs.h)

QList<Signature> SquashfsParser::signatures() const
{
    return {{QByteArrayLiteral("hsqs"), 0}};
}

QList<ScanItem> SquashfsParser::parse(const ByteSource& source, qint64 start) const
{
    constexpr qint64 kSuperblockSize = 96;
    constexpr quint64 kNoTable = std::numeric_limits<quint64>::max();
    const QByteArray sb = readAt(source, start, 0, kSuperblockSize);
    if (sb.size() < kSuperblockSize || !sb.startsWith("hsqs"))
        return {};

    const quint32 blockSize = le32(sb, 12);
    const quint16 compression = le16(sb, 20);
    const quint16 blockLog = le16(sb, 22);
    if (le16(sb, 28) != 4 || le16(sb, 30) != 0 || blockLog < 12 || blockLog > 20 ||
        blockSize != quint32(1) << blockLog || compression < 1 || compression > 6 ||
        le32(sb, 4) == 0) // inodes: there is at least the root directory
        return {};

    // The tables lie after the superblock and inside the bytes used; the optional ones may be
    // absent (all ones).
    const quint64 bytesUsed = le64(sb, 40);
    const auto inside = [&](quint64 tableStart) {
        return tableStart >= quint64(kSuperblockSize) && tableStart < bytesUsed;
    };
    const quint64 idTable = le64(sb, 48);
    const quint64 inodeTable = le64(sb, 64);
    const quint64 directoryTable = le64(sb, 72);
    if (!inside(idTable) || !inside(inodeTable) || !inside(directoryTable) ||
        inodeTable > directoryTable)
        return {};
    for (const qsizetype optionalAt : {56, 80, 88}) { // xattr ids, fragments, export
        const quint64 tableStart = le64(sb, optionalAt);
        if (tableStart != kNoTable && !inside(tableStart))
            return {};
    }
    std::optional<qint64> length = itemLength(bytesUsed, 1, start);
    if (!length)
        return {};

    // bytes_used does not count the zeros mksquashfs pads the image file with, to a multiple
    // of 4 KiB unless it is told -nopad (an image with 232 bytes used is a 4096-byte file).
    // The item covers that padding when it is there, so that it is the image file exactly;
    // when the next bytes are not all zero (a -nopad image followed by other data) or not all
    // there (a copy that ends inside the padding), it is bytes_used: the file system is whole.
    constexpr qint64 kPadding = 4096;
    const qint64 padded = *length <= kMaxOffset - kPadding - start
                              ? (*length + kPadding - 1) / kPadding * kPadding
                              : *length;
    if (padded > *length) {
        const QByteArray pad = readAt(source, start, quint64(*length), padded - *length);
        if (pad.size() == padded - *length && allZero(pad, 0, pad.size()))
            length = padded;
    }

    static const char* const kCompressions[] = {"gzip", "lzma", "lzo", "xz", "lz4", "zstd"};
    const QString what = ScanText::tr("SquashFS file system (%1)")
                             .arg(QLatin1String(kCompressions[compression - 1]));
    return {fileSystemItem(source, QStringLiteral("squashfs"), start, *length, what, QString())};
}

} // namespace rangecopy
