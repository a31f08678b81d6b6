#include "core/scan/partitionparsers.h"

#include "core/scan/bytesource.h"
#include "core/scan/scanbytes.h"
#include "core/scan/scantext.h"
#include "core/text/bytesize.h"

#include <QUuid>

#include <zlib.h>

#include <algorithm>

namespace rangecopy {

using namespace scanbytes;

namespace {

constexpr qint64 kSector = 512;
constexpr int kMaxLogicalPartitions = 128;
constexpr quint32 kMaxGptEntries = 1024;
// Sector numbers beyond this would overflow a byte offset (a hostile header's, with its CRC
// forged): 2^53 sectors of 512 bytes is 4 EiB.
constexpr quint64 kMaxSector = quint64(1) << 53;

// Partition `number` as its table states it ("partition 2: Linux, 8 MiB"); its length only
// when the source holds all of it.
ScanItem partition(const ByteSource& source, int number, qint64 offset, qint64 length,
                   const QString& typeName)
{
    ScanItem found = makeScanItem(
        "partition", offset, source.heldLength(offset, length), LengthSource::HeaderField,
        ScanText::tr("partition %1: %2, %3").arg(number).arg(typeName, formatByteSize(length)));
    found.parent = 0; // the table, returned first
    found.number = number;
    return found;
}

QString mbrTypeName(quint8 type)
{
    switch (type) {
    case 0x01:
    case 0x04:
    case 0x06:
    case 0x0E:
        return QStringLiteral("FAT");
    case 0x0B:
    case 0x0C:
        return QStringLiteral("FAT32");
    case 0x07:
        return QStringLiteral("NTFS/exFAT");
    case 0x05:
    case 0x0F:
    case 0x85:
        return ScanText::tr("extended");
    case 0x82:
        return ScanText::tr("Linux swap");
    case 0x83:
        return QStringLiteral("Linux");
    case 0x8E:
        return QStringLiteral("Linux LVM");
    case 0xEF:
        return ScanText::tr("EFI System");
    case 0xFD:
        return ScanText::tr("Linux RAID");
    default:
        return ScanText::tr("type 0x%1").arg(type, 2, 16, QLatin1Char('0'));
    }
}

bool isExtended(quint8 type)
{
    return type == 0x05 || type == 0x0F || type == 0x85;
}

struct MbrEntry {
    quint8 type = 0;
    qint64 firstSector = 0;
    qint64 sectors = 0;
};

// The four entries of a boot record; false when they do not look like a partition table.
bool readEntries(const QByteArray& sector, QList<MbrEntry>& entries)
{
    if (sector.size() < kSector || u8(sector, 510) != 0x55 || u8(sector, 511) != 0xAA)
        return false;
    for (int i = 0; i < 4; ++i) {
        const qint64 at = 446 + 16 * i;
        const quint8 status = u8(sector, at);
        const quint8 type = u8(sector, at + 4);
        MbrEntry entry{type, le32(sector, at + 8), le32(sector, at + 12)};
        if (status != 0x00 && status != 0x80)
            return false;
        if (type == 0) {
            // An unused entry is all zeros (tools write nothing there).
            if (sector.mid(at, 16).count('\0') != 16)
                return false;
            continue;
        }
        if (entry.firstSector == 0 || entry.sectors == 0)
            return false;
        entries.append(entry);
    }
    return true;
}

bool overlap(const QList<MbrEntry>& entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        for (qsizetype j = i + 1; j < entries.size(); ++j) {
            const MbrEntry& a = entries.at(i);
            const MbrEntry& b = entries.at(j);
            if (a.firstSector < b.firstSector + b.sectors &&
                b.firstSector < a.firstSector + a.sectors)
                return true;
        }
    }
    return false;
}

} // namespace

// MBR ------------------------------------------------------------------------------------------

QList<Signature> MbrParser::signatures() const
{
    return {{QByteArrayLiteral("\x55\xAA"), 510}};
}

QList<ScanItem> MbrParser::parse(const ByteSource& source, qint64 start) const
{
    QList<MbrEntry> entries;
    if (!readEntries(source.read(start, kSector), entries) || entries.isEmpty() || overlap(entries))
        return {};
    // A boot sector of a file system (FAT, NTFS, exFAT) also ends in 55 AA; its "entries" are
    // boot code and fail the checks above. A protective MBR in front of a GPT is said as such.
    const bool protective = entries.size() == 1 && entries.first().type == 0xEE;
    QList<ScanItem> items{
        makeScanItem("mbr", start, kSector, LengthSource::HeaderField,
                     protective ? ScanText::tr("protective MBR (a GPT follows)")
                     : entries.size() == 1
                         ? ScanText::tr("MBR partition table, 1 partition")
                         : ScanText::tr("MBR partition table, %1 partitions").arg(entries.size()))};
    if (protective)
        return items;
    int logicalCount = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const MbrEntry& entry = entries.at(i);
        const qint64 offset = start + entry.firstSector * kSector;
        items.append(
            partition(source, i + 1, offset, entry.sectors * kSector, mbrTypeName(entry.type)));
        if (!isExtended(entry.type))
            continue;
        // The chain of extended boot records: each holds a logical partition (relative to
        // itself) and a link to the next (relative to the extended partition).
        qint64 record = offset;
        for (int step = 0; step < kMaxLogicalPartitions; ++step) {
            QList<MbrEntry> links;
            if (!readEntries(source.read(record, kSector), links) || links.isEmpty())
                break;
            const MbrEntry& logical = links.first();
            items.append(partition(source, 5 + logicalCount++,
                                   record + logical.firstSector * kSector,
                                   logical.sectors * kSector, mbrTypeName(logical.type)));
            if (links.size() < 2 || !isExtended(links.at(1).type))
                break;
            const qint64 next = offset + links.at(1).firstSector * kSector;
            if (next <= record)
                break; // a chain must move forward, or it would go round
            record = next;
        }
    }
    return items;
}

// GPT ------------------------------------------------------------------------------------------

QList<Signature> GptParser::signatures() const
{
    return {{QByteArrayLiteral("EFI PART"), kSector}};
}

namespace {

QString gptTypeName(const QUuid& type)
{
    static const QList<std::pair<QUuid, const char*>> kKnown{
        {QUuid(QStringLiteral("C12A7328-F81F-11D2-BA4B-00A0C93EC93B")), "EFI System"},
        {QUuid(QStringLiteral("0FC63DAF-8483-4772-8E79-3D69D8477DE4")), "Linux filesystem"},
        {QUuid(QStringLiteral("0657FD6D-A4AB-43C4-84E5-0933C84B4F4F")), "Linux swap"},
        {QUuid(QStringLiteral("E6D6D379-F507-44C2-A23C-238F2A3DF928")), "Linux LVM"},
        {QUuid(QStringLiteral("EBD0A0A2-B9E5-4433-87C0-68B6B72699C7")), "Microsoft basic data"},
        {QUuid(QStringLiteral("21686148-6449-6E6F-744E-656564454649")), "BIOS boot"},
        {QUuid(QStringLiteral("4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709")), "Linux root (x86-64)"},
        {QUuid(QStringLiteral("933AC7E1-2EB4-4F13-B844-0E14E2AEF915")), "Linux home"},
    };
    for (const auto& [known, name] : kKnown) {
        if (known == type)
            return QString::fromLatin1(name);
    }
    return type.toString(QUuid::WithoutBraces);
}

} // namespace

QList<ScanItem> GptParser::parse(const ByteSource& source, qint64 start) const
{
    QByteArray header = source.read(start + kSector, kSector);
    if (header.size() < 92 || !header.startsWith("EFI PART"))
        return {};
    const quint32 headerSize = le32(header, 12);
    if (headerSize < 92 || headerSize > kSector)
        return {};
    header.truncate(headerSize);
    const quint32 headerCrc = le32(header, 16);
    QByteArray zeroed = header;
    std::fill(zeroed.begin() + 16, zeroed.begin() + 20, '\0');
    if (::crc32(0, at(zeroed, 0), uInt(zeroed.size())) != headerCrc || le64(header, 24) != 1)
        return {};
    const quint64 backupSector = le64(header, 32);
    const quint64 entriesSector = le64(header, 72);
    const quint32 entryCount = le32(header, 80);
    const quint32 entrySize = le32(header, 84);
    const quint32 entriesCrc = le32(header, 88);
    if (entryCount == 0 || entryCount > kMaxGptEntries || entrySize < 128 || entrySize % 8 != 0 ||
        entrySize > 4096 || entriesSector < 2 || backupSector < 3 || entriesSector > kMaxSector ||
        backupSector > kMaxSector)
        return {};
    const qint64 entriesLength = qint64(entryCount) * entrySize;
    const QByteArray entries = source.read(start + qint64(entriesSector) * kSector, entriesLength);
    if (entries.size() != entriesLength ||
        ::crc32(0, at(entries, 0), uInt(entries.size())) != entriesCrc)
        return {};
    // The table reaches the backup header, the disk's last sector.
    const qint64 diskLength = (qint64(backupSector) + 1) * kSector;
    QList<ScanItem> partitions;
    for (quint32 i = 0; i < entryCount; ++i) {
        const qint64 entry = qint64(i) * entrySize;
        if (entries.mid(entry, 16).count('\0') == 16)
            continue; // an unused entry
        // GUIDs are stored with their first three fields little-endian.
        const QUuid typeGuid(
            le32(entries, entry), le16(entries, entry + 4), le16(entries, entry + 6),
            u8(entries, entry + 8), u8(entries, entry + 9), u8(entries, entry + 10),
            u8(entries, entry + 11), u8(entries, entry + 12), u8(entries, entry + 13),
            u8(entries, entry + 14), u8(entries, entry + 15));
        const quint64 first = le64(entries, entry + 32);
        const quint64 last = le64(entries, entry + 40);
        if (last < first || last >= backupSector)
            continue;
        // The name: 36 UTF-16LE code units, ended by a zero.
        QString name;
        for (qint64 unit = 0; unit < 36 && has(entries, entry + 56 + 2 * unit, 2); ++unit) {
            const char16_t code = le16(entries, entry + 56 + 2 * unit);
            if (code == 0)
                break;
            name.append(QChar(code));
        }
        QString typeName = gptTypeName(typeGuid);
        if (!name.isEmpty())
            typeName += ScanText::tr(" \"%1\"").arg(name);
        partitions.append(partition(source, int(i) + 1, start + qint64(first) * kSector,
                                    qint64(last - first + 1) * kSector, typeName));
    }
    QList<ScanItem> items{makeScanItem(
        "gpt", start, source.heldLength(start, diskLength), LengthSource::HeaderField,
        partitions.size() == 1
            ? ScanText::tr("GPT partition table, 1 partition, %1").arg(formatByteSize(diskLength))
            : ScanText::tr("GPT partition table, %1 partitions, %2")
                  .arg(partitions.size())
                  .arg(formatByteSize(diskLength)))};
    return items + partitions;
}

} // namespace rangecopy
