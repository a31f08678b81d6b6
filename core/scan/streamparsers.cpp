#include "core/scan/streamparsers.h"

#include "core/scan/bytesource.h"
#include "core/scan/scanbytes.h"
#include "core/scan/scantext.h"
#include "core/scan/streamdecoding.h"
#include "core/text/bytesize.h"

#include <algorithm>
#include <memory>
#include <optional>

#include <bzlib.h>
#include <lzma.h>
#include <zstd.h>

namespace rangecopy {

namespace {

using namespace scanbytes;
using namespace streamdecoding;

// An xz stream may ask for any dictionary size. This is what `xz -9` (64 MiB dictionary)
// needs with room to spare; a stream asking more is reported with an unknown length.
constexpr quint64 kXzMemoryLimit = quint64(128) << 20;
// zstd's own default limit (128 MiB window); a frame asking more fails to decode.
constexpr int kZstdWindowLogMax = 27;

ScanItem decodedItem(const QString& type, qint64 start, const Decoded& decoded,
                     const QString& description)
{
    ScanItem item;
    item.type = type;
    item.offset = start;
    item.length = decoded.consumed;
    item.lengthFrom = LengthSource::Decoding;
    item.description =
        description.arg(formatByteSize(decoded.consumed), formatByteSize(decoded.produced));
    return item;
}

ScanItem unknownItem(const QString& type, qint64 start, const QString& description)
{
    ScanItem item;
    item.type = type;
    item.offset = start;
    item.lengthFrom = LengthSource::Unknown;
    item.description = description;
    return item;
}

// --- tar ---

constexpr qint64 kTarBlock = 512;
// Headers walked at most (members, meta headers and old GNU sparse extension blocks).
constexpr int kMaxTarHeaders = 1'000'000;
// A pax header's records are read whole; real ones are a few hundred bytes.
constexpr qint64 kMaxPaxHeaderSize = 1 << 20;

// An octal header field: optional leading spaces, at least one digit, then only NULs or
// spaces to the field's end.
std::optional<quint64> octalField(const QByteArray& block, int offset, int size)
{
    int i = offset;
    const int end = offset + size;
    while (i < end && block[i] == ' ')
        ++i;
    quint64 value = 0;
    int digits = 0;
    for (; i < end && block[i] >= '0' && block[i] <= '7'; ++i, ++digits) {
        if (value >> 60)
            return std::nullopt;
        value = value * 8 + quint64(block[i] - '0');
    }
    if (digits == 0)
        return std::nullopt;
    for (; i < end; ++i) {
        if (block[i] != ' ' && block[i] != '\0')
            return std::nullopt;
    }
    return value;
}

// The size field: octal, or GNU's base-256 (first byte's top bit set) for 8 GiB and more.
std::optional<quint64> sizeField(const QByteArray& block)
{
    constexpr int kAt = 124;
    constexpr int kSize = 12;
    const quint8 first = u8(block, kAt);
    if (!(first & 0x80))
        return octalField(block, kAt, kSize);
    if (first & 0x40) // negative
        return std::nullopt;
    quint64 value = first & 0x3F;
    for (int i = 1; i < kSize; ++i) {
        if (value >> 54) // keeps the value below 2^62: no sum with it overflows
            return std::nullopt;
        value = (value << 8) | u8(block, kAt + i);
    }
    return value;
}

// The stated checksum against the header's byte sum with the checksum field taken as spaces:
// unsigned as POSIX says, or signed as some old tars computed it.
bool checksumMatches(const QByteArray& block)
{
    const std::optional<quint64> stated = octalField(block, 148, 8);
    if (!stated)
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < kTarBlock; ++i) {
        const char byte = (i >= 148 && i < 156) ? ' ' : block[i];
        unsignedSum += uchar(byte);
        signedSum += static_cast<signed char>(byte);
    }
    return qint64(*stated) == unsignedSum || qint64(*stated) == signedSum;
}

bool hasUstarMagic(const QByteArray& block)
{
    // POSIX "ustar\0" version "00", or GNU's "ustar  \0".
    const QByteArray magic = block.mid(257, 8);
    return magic == QByteArrayLiteral("ustar\0"
                                      "00") ||
           magic == QByteArrayLiteral("ustar  \0");
}

bool isZeroBlock(const QByteArray& block)
{
    return std::all_of(block.cbegin(), block.cend(), [](char c) { return c == '\0'; });
}

struct PaxRecords {
    bool valid = false;
    std::optional<quint64> size; // the "size" record, which overrides the next header's field
};

// Pax extended header records: "<length> <key>=<value>\n", length counting the whole record.
PaxRecords readPaxRecords(const QByteArray& data)
{
    PaxRecords records;
    qint64 pos = 0;
    while (pos < data.size() && data[pos] != '\0') {
        qint64 length = 0;
        qint64 i = pos;
        for (; i < data.size() && data[i] >= '0' && data[i] <= '9' && i - pos < 18; ++i)
            length = length * 10 + (data[i] - '0');
        if (i == pos || i >= data.size() || data[i] != ' ' || length <= i - pos + 1 ||
            length > data.size() - pos || data[pos + length - 1] != '\n')
            return records;
        const qint64 keyAt = i + 1;
        const qint64 end = pos + length - 1;
        const qint64 equals = data.indexOf('=', keyAt);
        if (equals < 0 || equals >= end)
            return records;
        if (data.mid(keyAt, equals - keyAt) == "size") {
            const QByteArray value = data.mid(equals + 1, end - equals - 1);
            if (value.isEmpty() || value.size() > 18 ||
                !std::all_of(value.cbegin(), value.cend(),
                             [](char c) { return c >= '0' && c <= '9'; }))
                return records;
            records.size = value.toULongLong();
        }
        pos += length;
    }
    records.valid = true;
    return records;
}

bool isMetaHeader(char type)
{
    // pax extended ('x', Solaris 'X') and global ('g') headers, GNU long names ('L', 'K').
    return type == 'x' || type == 'X' || type == 'g' || type == 'L' || type == 'K';
}

bool hasNoData(char type)
{
    // Hard and symbolic links, devices, directories and FIFOs store no data: their size must
    // be 0, or readers disagree on whether data blocks follow.
    return type >= '1' && type <= '6';
}

} // namespace

// --- xz ---

QList<Signature> XzParser::signatures() const
{
    return {{QByteArrayLiteral("\xFD\x37\x7A\x58\x5A\x00"), 0}};
}

QList<ScanItem> XzParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray header = source.read(start, LZMA_STREAM_HEADER_SIZE);
    if (!has(header, 0, LZMA_STREAM_HEADER_SIZE))
        return {};
    // Checks the magic, the reserved bits and the flags' CRC32.
    lzma_stream_flags flags;
    if (lzma_stream_header_decode(&flags, at(header, 0)) != LZMA_OK)
        return {};

    const QString type = QStringLiteral("xz");
    lzma_stream stream = LZMA_STREAM_INIT;
    // No LZMA_CONCATENATED: the decoder stops at this stream's footer, before any padding.
    if (lzma_stream_decoder(&stream, kXzMemoryLimit, 0) != LZMA_OK)
        return {unknownItem(type, start, ScanText::tr("xz stream, could not be decoded"))};
    const std::unique_ptr<lzma_stream, decltype(&lzma_end)> cleanup(&stream, &lzma_end);

    bool tooMuchMemory = false;
    const Decoded decoded =
        decodeStream(source, start,
                     [&](const uchar* in, size_t inSize, size_t& inUsed, uchar* out, size_t outSize,
                         size_t& outMade) {
                         stream.next_in = in;
                         stream.avail_in = inSize;
                         stream.next_out = out;
                         stream.avail_out = outSize;
                         const lzma_ret ret = lzma_code(&stream, LZMA_RUN);
                         inUsed = inSize - stream.avail_in;
                         outMade = outSize - stream.avail_out;
                         if (ret == LZMA_STREAM_END)
                             return StepResult::Finished;
                         if (ret == LZMA_OK)
                             return StepResult::Going;
                         tooMuchMemory = ret == LZMA_MEMLIMIT_ERROR || ret == LZMA_MEM_ERROR;
                         return StepResult::Damaged;
                     });

    if (decoded.end == StreamEnd::Finished)
        return {decodedItem(type, start, decoded, ScanText::tr("xz stream, %1 → %2"))};
    // The header passed its CRC32: what follows is an xz stream cut short or damaged, whose
    // start is sure and whose end is not.
    if (tooMuchMemory)
        return {
            unknownItem(type, start, ScanText::tr("xz stream, needs too much memory to decode"))};
    return {unknownItem(type, start, ScanText::tr("xz stream, cut short or damaged"))};
}

// --- zstd ---

QList<Signature> ZstdParser::signatures() const
{
    return {{QByteArrayLiteral("\x28\xB5\x2F\xFD"), 0}};
}

QList<ScanItem> ZstdParser::parse(const ByteSource& source, qint64 start) const
{
    constexpr int kMaxFrameHeaderSize = 18;
    constexpr int kBlockHeaderSize = 3;
    const QByteArray header = source.read(start, kMaxFrameHeaderSize + kBlockHeaderSize);
    if (!has(header, 0, 5) || le32(header, 0) != 0xFD2FB528u)
        return {};
    const quint8 descriptor = u8(header, 4);
    // The reserved bit must be 0; the unused one is 0 from every encoder, and asking for it
    // halves the chance that random bytes pass.
    if (descriptor & 0x18)
        return {};
    const bool singleSegment = descriptor & 0x20;
    constexpr int kDictionaryIdSizes[] = {0, 1, 2, 4};
    constexpr int kContentSizeSizes[] = {0, 2, 4, 8};
    const int contentSizeFlag = descriptor >> 6;
    const int contentSizeSize =
        (contentSizeFlag == 0 && singleSegment) ? 1 : kContentSizeSizes[contentSizeFlag];
    const int headerSize =
        5 + (singleSegment ? 0 : 1) + kDictionaryIdSizes[descriptor & 3] + contentSizeSize;
    // The data must at least hold the frame header and a block's header to be reported.
    if (!has(header, 0, headerSize + kBlockHeaderSize))
        return {};

    const std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(),
                                                                       &ZSTD_freeDCtx);
    if (!context ||
        ZSTD_isError(ZSTD_DCtx_setParameter(context.get(), ZSTD_d_windowLogMax, kZstdWindowLogMax)))
        return {};

    const Decoded decoded =
        decodeStream(source, start,
                     [&](const uchar* in, size_t inSize, size_t& inUsed, uchar* out, size_t outSize,
                         size_t& outMade) {
                         ZSTD_inBuffer input{in, inSize, 0};
                         ZSTD_outBuffer output{out, outSize, 0};
                         const size_t ret = ZSTD_decompressStream(context.get(), &output, &input);
                         inUsed = input.pos;
                         outMade = output.pos;
                         if (ZSTD_isError(ret))
                             return StepResult::Damaged;
                         // 0: the frame is decoded and flushed; the decoder takes no byte past it.
                         return ret == 0 ? StepResult::Finished : StepResult::Going;
                     });

    const QString type = QStringLiteral("zstd");
    switch (decoded.end) {
    case StreamEnd::Finished:
        return {decodedItem(type, start, decoded, ScanText::tr("zstd frame, %1 → %2"))};
    case StreamEnd::CutShort:
        // Valid up to where the data ends.
        return {unknownItem(type, start, ScanText::tr("zstd frame, cut short"))};
    case StreamEnd::Damaged:
        // Without a header checksum, bytes that fail to decode are most likely not zstd.
        break;
    }
    return {};
}

// --- bzip2 ---

QList<Signature> Bzip2Parser::signatures() const
{
    return {{QByteArrayLiteral("BZh"), 0}};
}

QList<ScanItem> Bzip2Parser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray header = source.read(start, 10);
    if (!has(header, 0, 10) || !header.startsWith("BZh") || header[3] < '1' || header[3] > '9')
        return {};
    // The first block's magic (pi), or the end-of-stream magic (sqrt(pi)) of an empty stream.
    const QByteArray magic = header.mid(4, 6);
    if (magic != QByteArrayLiteral("\x31\x41\x59\x26\x53\x59") &&
        magic != QByteArrayLiteral("\x17\x72\x45\x38\x50\x90"))
        return {};

    const QString type = QStringLiteral("bzip2");
    bz_stream stream{};
    if (BZ2_bzDecompressInit(&stream, 0, 0) != BZ_OK)
        return {unknownItem(type, start, ScanText::tr("bzip2 stream, could not be decoded"))};
    const std::unique_ptr<bz_stream, decltype(&BZ2_bzDecompressEnd)> cleanup(&stream,
                                                                             &BZ2_bzDecompressEnd);

    const Decoded decoded =
        decodeStream(source, start,
                     [&](const uchar* in, size_t inSize, size_t& inUsed, uchar* out, size_t outSize,
                         size_t& outMade) {
                         // bzlib does not write to its input; its field just is not const.
                         stream.next_in = const_cast<char*>(reinterpret_cast<const char*>(in));
                         stream.avail_in = uint(inSize);
                         stream.next_out = reinterpret_cast<char*>(out);
                         stream.avail_out = uint(outSize);
                         const int ret = BZ2_bzDecompress(&stream);
                         inUsed = inSize - stream.avail_in;
                         outMade = outSize - stream.avail_out;
                         if (ret == BZ_STREAM_END)
                             return StepResult::Finished;
                         return ret == BZ_OK ? StepResult::Going : StepResult::Damaged;
                     });

    if (decoded.end == StreamEnd::Finished)
        return {decodedItem(type, start, decoded, ScanText::tr("bzip2 stream, %1 → %2"))};
    // Ten bytes of magic make it a bzip2 stream, cut short or damaged.
    return {unknownItem(type, start, ScanText::tr("bzip2 stream, cut short or damaged"))};
}

// --- tar ---

QList<Signature> TarParser::signatures() const
{
    return {{QByteArrayLiteral("ustar"), 257}};
}

QList<ScanItem> TarParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray first = source.read(start, kTarBlock);
    if (!has(first, 0, kTarBlock) || !hasUstarMagic(first) || !checksumMatches(first) ||
        !sizeField(first))
        return {};

    const QString type = QStringLiteral("tar");
    const QList<ScanItem> unknown = {
        unknownItem(type, start, ScanText::tr("tar archive, cut short or damaged"))};
    qint64 pos = start;
    qint64 entries = 0;
    std::optional<quint64> paxSize;
    for (int headers = 0;; ++headers) {
        if (headers >= kMaxTarHeaders)
            return unknown;
        const QByteArray block = source.read(pos, kTarBlock);
        if (block.size() < kTarBlock)
            return unknown;
        if (isZeroBlock(block)) {
            // The end: two zero blocks. A lone one is not an end GNU tar or Python agree on.
            const QByteArray next = source.read(pos + kTarBlock, kTarBlock);
            if (next.size() < kTarBlock || !isZeroBlock(next))
                return unknown;
            ScanItem item;
            item.type = type;
            item.offset = start;
            item.length = pos + 2 * kTarBlock - start;
            item.lengthFrom = LengthSource::EndMarker;
            const QString size = formatByteSize(*item.length);
            item.description = entries == 1 ? ScanText::tr("tar archive, 1 entry, %1").arg(size)
                                            : ScanText::tr("tar archive, %1 entries, %2")
                                                  .arg(QString::number(entries), size);
            return {item};
        }
        if (!checksumMatches(block))
            return unknown;
        std::optional<quint64> size = sizeField(block);
        if (!size)
            return unknown;
        const char entryType = block[156];
        qint64 dataAt = pos + kTarBlock;
        if (entryType == 'x' || entryType == 'X' || entryType == 'g') {
            if (*size > quint64(kMaxPaxHeaderSize))
                return unknown;
            const QByteArray data = source.read(dataAt, qint64(*size));
            if (data.size() < qint64(*size))
                return unknown;
            const PaxRecords records = readPaxRecords(data);
            if (!records.valid)
                return unknown;
            if (records.size) {
                // A global size would apply to every member: no archive does that.
                if (entryType == 'g')
                    return unknown;
                paxSize = records.size;
            }
        } else if (!isMetaHeader(entryType)) {
            ++entries;
            if (paxSize) {
                size = paxSize;
                paxSize.reset();
            }
            if (hasNoData(entryType) && *size != 0)
                return unknown;
            // An old GNU sparse member's map goes on in extension blocks after its header.
            if (entryType == 'S' && u8(block, 482) != 0) {
                for (bool more = true; more; dataAt += kTarBlock) {
                    if (++headers >= kMaxTarHeaders)
                        return unknown;
                    const QByteArray extension = source.read(dataAt, kTarBlock);
                    if (extension.size() < kTarBlock)
                        return unknown;
                    more = u8(extension, 504) != 0;
                }
            }
        }
        // size < 2^62 and dataAt <= source.size(): no overflow.
        const quint64 padded = (*size + kTarBlock - 1) / kTarBlock * kTarBlock;
        if (padded > quint64(source.size() - dataAt))
            return unknown;
        pos = dataAt + qint64(padded);
    }
}

} // namespace rangecopy
