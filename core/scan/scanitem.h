#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace rangecopy {

// How a found item's length is known.
enum class LengthSource {
    HeaderField, // a size its header (or superblock, or table) states
    EndMarker,   // its end marker was found (PNG's IEND, JPEG's EOI, a ZIP's end record)
    Decoding,    // its stream was decoded to its end (gzip, xz, zstd, bzip2)
    Unknown,     // the start is certain, the end is not
};

// One thing found inside the scanned bytes: a file system, a partition, an image...
struct ScanItem {
    QString type;                 // the lower-case names of issue 15: "png", "gpt", "partition"
    qint64 offset = 0;            // from the start of the scanned bytes
    std::optional<qint64> length; // none when not known (lengthFrom Unknown)
    LengthSource lengthFrom = LengthSource::Unknown;
    QString description; // in words: "PNG image, 37 × 23", "ext4 file system, 8 MiB"
    // The index of the item it lies in, or -1. A parser sets it for what its header tells
    // (a partition: 0, the table it returned first); the scan sets it for the rest.
    int parent = -1;
    // A partition's number in its table (1-4 primary, 5 on logical, GPT's entry); 0 otherwise.
    int number = 0;

    friend bool operator==(const ScanItem&, const ScanItem&) = default;
};

// An item as a parser returns it: a length, when there is one, known as `from` says;
// none: its length is unknown.
[[nodiscard]] inline ScanItem makeScanItem(const char* type, qint64 offset,
                                           std::optional<qint64> length, LengthSource from,
                                           const QString& description)
{
    ScanItem item;
    item.type = QString::fromLatin1(type);
    item.offset = offset;
    item.length = length;
    item.lengthFrom = length ? from : LengthSource::Unknown;
    item.description = description;
    return item;
}

// Where a parser's signature (magic bytes) lies: at offsetInItem from the item's start
// (0 for most; 510 for an MBR's 55 AA, 0x438 for ext2's superblock magic).
struct Signature {
    QByteArray magic;
    qint64 offsetInItem = 0;
};

// One kind of content (a format, or a family of formats that share a signature). A parser is
// asked about each place where one of its signatures occurs, and says what lies there, or
// nothing when the bytes only happen to look like it. Parsers must not trust any size a
// header gives: reads are bounded by the source's size, loops by what is read, and no
// allocation is larger than what the source holds (hostile input, issue 15).
class FormatParser {
public:
    virtual ~FormatParser() = default;

    [[nodiscard]] virtual QList<Signature> signatures() const = 0;
    // What starts at `start` (where a signature matched, less its offsetInItem): the item,
    // followed by what it holds that its own header tells (a partition table's partitions).
    // Empty when it is not one after all.
    [[nodiscard]] virtual QList<ScanItem> parse(const class ByteSource& source,
                                                qint64 start) const = 0;
    // Whether what it lists besides its first item is its own too, so that its signature
    // inside those is part of it, not another one (an extended partition's boot records look
    // like an MBR).
    [[nodiscard]] virtual bool ownsWhatItLists() const { return false; }
};

} // namespace rangecopy
