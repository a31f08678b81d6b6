#include "core/scan/rangetype.h"

#include "core/io/regularfile.h"
#include "core/scan/bytesource.h"
#include "core/scan/scanner.h"
#include "core/scan/scantext.h"

#include <QHash>
#include <QMimeDatabase>

#include <algorithm>

namespace rangecopy {

namespace {

// Enough for the magic numbers the MIME database looks for in nearly every format.
constexpr qint64 kMimeSniffBytes = 4096;

// The first item a parser finds at the range's very start.
std::optional<ScanItem> itemAtStart(const ByteSource& range)
{
    for (const FormatParser* parser : allFormatParsers()) {
        for (const Signature& signature : parser->signatures()) {
            if (range.read(signature.offsetInItem, signature.magic.size()) != signature.magic)
                continue;
            const QList<ScanItem> items = parser->parse(range, 0);
            if (!items.isEmpty() && items.first().offset == 0)
                return items.first();
        }
    }
    return std::nullopt;
}

} // namespace

RangeType identifyRange(const ByteSource& source, qint64 offset, qint64 length)
{
    RangeType type;
    const SliceByteSource range(source, offset, std::min(length, kRangeTypeLookLimit));
    const QByteArray head = range.read(0, kMimeSniffBytes);
    if (head.isEmpty())
        return type;
    const QMimeType mime = QMimeDatabase().mimeTypeForData(head);
    type.mimeType = mime.name();
    type.item = itemAtStart(range);
    if (type.item)
        type.description = type.item->description;
    else if (mime.isDefault())
        type.description = ScanText::tr("data of no known type");
    else
        type.description = mime.comment();
    return type;
}

RangeType identifyFileRange(const QString& path, qint64 offset, qint64 length)
{
    const RegularFile file = openRegularFileForReading(path, {}, BlockDevices::Accept);
    if (!file.ok()) {
        RangeType type;
        type.error = file.error;
        return type;
    }
    return identifyRange(FileByteSource(file.descriptor.get(), file.status.st_size), offset,
                         length);
}

QString fileNameForItem(const ScanItem& item)
{
    if (item.type == u"partition" && item.number > 0)
        return QStringLiteral("partition-%1.img").arg(item.number);
    static const QHash<QString, QString> extensions{
        {QStringLiteral("iso9660"), QStringLiteral("iso")},
        {QStringLiteral("squashfs"), QStringLiteral("squashfs")},
        {QStringLiteral("zip"), QStringLiteral("zip")},
        {QStringLiteral("gzip"), QStringLiteral("gz")},
        {QStringLiteral("xz"), QStringLiteral("xz")},
        {QStringLiteral("zstd"), QStringLiteral("zst")},
        {QStringLiteral("bzip2"), QStringLiteral("bz2")},
        {QStringLiteral("tar"), QStringLiteral("tar")},
        {QStringLiteral("png"), QStringLiteral("png")},
        {QStringLiteral("jpeg"), QStringLiteral("jpg")},
        {QStringLiteral("gif"), QStringLiteral("gif")},
        {QStringLiteral("bmp"), QStringLiteral("bmp")},
        {QStringLiteral("pdf"), QStringLiteral("pdf")},
        {QStringLiteral("elf"), QStringLiteral("elf")},
        {QStringLiteral("pe"), QStringLiteral("exe")},
    };
    // Disks, partition tables and file systems are images; anything else unnamed is bytes.
    static const QStringList diskTypes{
        QStringLiteral("mbr"),  QStringLiteral("gpt"),   QStringLiteral("partition"),
        QStringLiteral("ext2"), QStringLiteral("ext3"),  QStringLiteral("ext4"),
        QStringLiteral("fat"),  QStringLiteral("exfat"), QStringLiteral("ntfs"),
    };
    const QString extension = extensions.value(
        item.type, diskTypes.contains(item.type) ? QStringLiteral("img") : QStringLiteral("bin"));
    return QStringLiteral("at-0x%1.%2").arg(item.offset, 0, 16).arg(extension);
}

} // namespace rangecopy
