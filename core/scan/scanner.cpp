#include "core/scan/scanner.h"

#include "core/io/regularfile.h"
#include "core/scan/archiveparsers.h"
#include "core/scan/bytesource.h"
#include "core/scan/documentparsers.h"
#include "core/scan/filesystemparsers.h"
#include "core/scan/imageparsers.h"
#include "core/scan/partitionparsers.h"
#include "core/scan/peparser.h"
#include "core/scan/scantext.h"
#include "core/scan/signaturematcher.h"
#include "core/scan/streamparsers.h"
#include "core/text/quoted.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace rangecopy {

namespace {

constexpr qint64 kBlockSize = 4 * 1024 * 1024;
// A bound on what one scan lists, so that hostile input cannot make the list grow without end.
constexpr qsizetype kMaxItems = 100000;

struct Candidate {
    qint64 start = 0;
    int parser = 0;

    friend bool operator<(const Candidate& a, const Candidate& b)
    {
        return a.start != b.start ? a.start < b.start : a.parser < b.parser;
    }
};

// The spans of what each parser found: a place inside one is part of it.
class FoundSpans {
public:
    void add(int parser, qint64 offset, qint64 length)
    {
        m_spans[parser].append({offset, offset + length});
    }

    [[nodiscard]] bool inside(int parser, qint64 start) const
    {
        const auto found = m_spans.constFind(parser);
        if (found == m_spans.constEnd())
            return false;
        // Spans are added in the order of their starts; the last few are the ones that matter.
        for (auto it = found->crbegin(); it != found->crend(); ++it) {
            if (start >= it->first && start < it->second)
                return true;
        }
        return false;
    }

private:
    QHash<int, QList<std::pair<qint64, qint64>>> m_spans;
};

// Items that a table lists (partitions) come before what lies in them at the same offset.
int outerRank(const ScanItem& item)
{
    return item.type == QLatin1String("partition") ? 0 : 1;
}

bool holds(const ScanItem& outer, const ScanItem& item)
{
    if (!outer.length || *outer.length == 0)
        return false;
    const qint64 end = outer.offset + *outer.length;
    if (item.length)
        return item.offset >= outer.offset && item.offset + *item.length <= end;
    // An item of unknown length is inside only if it starts inside, after the start.
    return item.offset > outer.offset && item.offset < end;
}

// Sorts the items by offset (the larger first where two start together) and gives each its
// parent: the one its parser named (a partition's table), else the innermost item that holds
// it. Parents set by parsers are indices into `items` before the sort.
void assignParents(QList<ScanItem>& items)
{
    QList<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&items](int a, int b) {
        const ScanItem& first = items.at(a);
        const ScanItem& second = items.at(b);
        if (first.offset != second.offset)
            return first.offset < second.offset;
        const qint64 lengthA = first.length.value_or(0);
        const qint64 lengthB = second.length.value_or(0);
        if (lengthA != lengthB)
            return lengthA > lengthB;
        return outerRank(first) < outerRank(second);
    });
    QList<int> newIndex(items.size());
    for (int i = 0; i < order.size(); ++i)
        newIndex[order.at(i)] = i;
    QList<ScanItem> sorted;
    sorted.reserve(items.size());
    for (const int old : std::as_const(order)) {
        ScanItem item = items.at(old);
        if (item.parent >= 0)
            item.parent = newIndex.at(item.parent);
        sorted.append(item);
    }
    // Open containers, outermost first: an item's parent is the innermost one that holds it.
    QList<int> open;
    for (int i = 0; i < sorted.size(); ++i) {
        ScanItem& item = sorted[i];
        while (!open.isEmpty() && !holds(sorted.at(open.constLast()), item))
            open.removeLast();
        if (item.parent < 0 || item.parent >= i)
            item.parent = open.isEmpty() ? -1 : open.constLast();
        if (item.length && *item.length > 0)
            open.append(i);
    }
    items = sorted;
}

} // namespace

const QList<const FormatParser*>& allFormatParsers()
{
    static const PngParser png;
    static const JpegParser jpeg;
    static const GifParser gif;
    static const BmpParser bmp;
    static const ZipParser zip;
    static const GzipParser gzip;
    static const PdfParser pdf;
    static const ElfParser elf;
    static const MbrParser mbr;
    static const GptParser gpt;
    static const Ext2Parser ext;
    static const FatParser fat;
    static const ExfatParser exfat;
    static const NtfsParser ntfs;
    static const Iso9660Parser iso9660;
    static const SquashfsParser squashfs;
    static const XzParser xz;
    static const ZstdParser zstd;
    static const Bzip2Parser bzip2;
    static const TarParser tar;
    static const PeParser pe;
    static const QList<const FormatParser*> parsers{
        &mbr,  &gpt,   &ext, &fat, &exfat, &ntfs, &iso9660, &squashfs, &zip, &gzip, &xz,
        &zstd, &bzip2, &tar, &png, &jpeg,  &gif,  &bmp,     &pdf,      &elf, &pe};
    return parsers;
}

QString lengthSourceName(LengthSource source)
{
    switch (source) {
    case LengthSource::HeaderField:
        return QStringLiteral("header field");
    case LengthSource::EndMarker:
        return QStringLiteral("end marker");
    case LengthSource::Decoding:
        return QStringLiteral("decoding");
    case LengthSource::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

ScanResult scanSource(const ByteSource& source, const QList<const FormatParser*>& parsers,
                      const ScanProgress& progress, const std::function<bool()>& cancelled)
{
    // Every signature of every parser, matched together in one pass over each block.
    struct Pattern {
        qint64 offsetInItem;
        int parser;
    };
    QList<Pattern> patterns;
    QList<QByteArray> magics;
    for (int i = 0; i < parsers.size(); ++i) {
        for (const Signature& signature : parsers.at(i)->signatures()) {
            patterns.append({signature.offsetInItem, i});
            magics.append(signature.magic);
        }
    }
    const SignatureMatcher matcher(magics);
    const qsizetype longest = std::max<qsizetype>(1, matcher.longest());

    ScanResult result;
    FoundSpans spans;
    // A parser with several signatures is asked once about a start. Its signatures lie close
    // together, so the places asked in this block and the one before are all it takes.
    QSet<std::pair<qint64, int>> asked;
    QSet<std::pair<qint64, int>> askedBefore;
    const qint64 size = source.size();
    QByteArray block;
    for (qint64 position = 0; position < size; position += kBlockSize) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            break;
        }
        askedBefore.swap(asked);
        asked.clear();
        // The block and the bytes a signature starting in its last bytes needs.
        source.readInto(block, position, kBlockSize + longest - 1);
        const qint64 blockLength = std::min<qint64>(kBlockSize, block.size());
        if (blockLength <= 0) {
            result.error = ScanText::tr("cannot read past byte %1").arg(position);
            break;
        }
        QList<Candidate> candidates;
        matcher.find(block.constData(), block.size(), blockLength, [&](qsizetype at, int index) {
            const Pattern& pattern = patterns.at(index);
            const qint64 start = position + at - pattern.offsetInItem;
            if (start >= 0)
                candidates.append({start, pattern.parser});
        });
        std::sort(candidates.begin(), candidates.end());
        for (const Candidate& candidate : std::as_const(candidates)) {
            if (result.items.size() >= kMaxItems)
                break;
            if (asked.contains({candidate.start, candidate.parser}) ||
                askedBefore.contains({candidate.start, candidate.parser}) ||
                spans.inside(candidate.parser, candidate.start))
                continue;
            asked.insert({candidate.start, candidate.parser});
            const QList<ScanItem> found =
                parsers.at(candidate.parser)->parse(source, candidate.start);
            if (found.isEmpty())
                continue;
            const bool ownsAll = parsers.at(candidate.parser)->ownsWhatItLists();
            for (qsizetype i = 0; i < (ownsAll ? found.size() : 1); ++i) {
                if (found.at(i).length)
                    spans.add(candidate.parser, found.at(i).offset, *found.at(i).length);
            }
            // A parser names parents within what it returned; in the whole list, they move.
            const int base = int(result.items.size());
            for (ScanItem item : found) {
                item.parent = item.parent >= 0 ? base + item.parent : -1;
                result.items.append(item);
            }
        }
        result.scannedBytes = position + blockLength;
        if (progress)
            progress(result.scannedBytes, size);
    }
    assignParents(result.items);
    return result;
}

QString scanFoundNothing(const QString& path)
{
    return ScanText::tr("Nothing found in %1.").arg(quoted(path));
}

QString scanInterrupted(const QString& path, qint64 scannedBytes)
{
    return ScanText::tr("the scan of %1 was interrupted after %2 bytes")
        .arg(quoted(path))
        .arg(scannedBytes);
}

ScanResult scanFile(const QString& path, const ScanProgress& progress,
                    const std::function<bool()>& cancelled)
{
    ScanResult result;
    const RegularFile file = openRegularFileForReading(
        path, {.notRegular = ScanText::tr("cannot scan %1: it is not a file or a disk")},
        BlockDevices::Accept);
    if (!file.ok()) {
        result.error = file.error;
        result.openFailed = true;
        return result;
    }
    FileByteSource source(file.descriptor.get(), file.status.st_size);
    source.setCancelCheck(cancelled); // a stream being decoded stops too
    result = scanSource(source, allFormatParsers(), progress, cancelled);
    if (!result.error.isEmpty())
        result.error = ScanText::tr("cannot read %1: %2").arg(quoted(path), result.error);
    return result;
}

} // namespace rangecopy
