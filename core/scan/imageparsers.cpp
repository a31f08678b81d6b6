#include "core/scan/imageparsers.h"

#include "core/scan/bytesource.h"
#include "core/scan/forwardreader.h"
#include "core/scan/scanbytes.h"
#include "core/scan/scantext.h"

#include <zlib.h>

namespace rangecopy {

using namespace scanbytes;

namespace {

// A big image is still an image: the walk stops (length unknown) past this many chunks,
// segments or blocks, so that hostile input cannot keep it going.
constexpr int kMaxSteps = 10'000'000;

bool isChunkType(const QByteArray& bytes, qint64 at)
{
    for (qint64 i = at; i < at + 4; ++i) {
        const char c = bytes.at(i);
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

} // namespace

// PNG ------------------------------------------------------------------------------------------

QList<Signature> PngParser::signatures() const
{
    return {{QByteArrayLiteral("\x89PNG\r\n\x1a\n"), 0}};
}

QList<ScanItem> PngParser::parse(const ByteSource& source, qint64 start) const
{
    // The signature, then IHDR: length 13, its fields, and its CRC.
    const QByteArray head = source.read(start, 8 + 8 + 13 + 4);
    if (head.size() < 33 || !head.startsWith(signatures().first().magic) || be32(head, 8) != 13 ||
        head.mid(12, 4) != "IHDR")
        return {};
    const quint32 width = be32(head, 16);
    const quint32 height = be32(head, 20);
    const quint8 depth = u8(head, 24);
    const quint8 colour = u8(head, 25);
    const uLong crc = ::crc32(0, at(head, 12), 17);
    if (width == 0 || height == 0 || width > 0x7fffffff || height > 0x7fffffff ||
        !(depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16) || colour > 6 ||
        colour == 1 || colour == 5 || crc != be32(head, 29))
        return {};
    const QString description = ScanText::tr("PNG image, %1 × %2").arg(width).arg(height);
    qint64 at = start + 33;
    for (int step = 0; step < kMaxSteps; ++step) {
        const QByteArray header = source.read(at, 8);
        if (header.size() < 8)
            break;
        const qint64 length = be32(header, 0);
        if (length > 0x7fffffff || !isChunkType(header, 4))
            return {}; // bytes that are no chunk: not a PNG after all (or a damaged one)
        const qint64 next = at + 12 + length;
        if (next > source.size())
            break;
        if (header.mid(4, 4) == "IEND")
            return {makeScanItem("png", start, next - start, LengthSource::EndMarker, description)};
        at = next;
    }
    return {makeScanItem("png", start, std::nullopt, LengthSource::Unknown, description)};
}

// JPEG -----------------------------------------------------------------------------------------

QList<Signature> JpegParser::signatures() const
{
    return {{QByteArrayLiteral("\xFF\xD8\xFF"), 0}};
}

QList<ScanItem> JpegParser::parse(const ByteSource& source, qint64 start) const
{
    // Every segment is checked as it is walked: bytes that break the structure are no JPEG
    // (nothing is said); a structure that runs into the end of the source is one cut short
    // (said, without a length).
    if (source.read(start, 3) != signatures().first().magic)
        return {};
    const QList<ScanItem> cutShort{makeScanItem("jpeg", start, std::nullopt, LengthSource::Unknown,
                                                ScanText::tr("JPEG image"))};
    ForwardReader reader(source, start + 2);
    QString description;
    bool sawTables = false;
    for (int step = 0; step < kMaxSteps; ++step) {
        // A marker: 0xFF (fill bytes may repeat it), then its code.
        std::optional<quint8> code = reader.byte();
        if (!code)
            return cutShort;
        if (*code != 0xFF)
            return {};
        do {
            code = reader.byte();
        } while (code == 0xFF);
        if (!code)
            return cutShort;
        if (*code == 0xD9) { // EOI
            if (description.isEmpty())
                return {};
            return {makeScanItem("jpeg", start, reader.position() - start, LengthSource::EndMarker,
                                 description)};
        }
        if ((*code >= 0xD0 && *code <= 0xD7) || *code == 0x01)
            continue; // no length
        const bool known = (*code >= 0xC0 && *code <= 0xCF) || *code == 0xDA || *code == 0xDB ||
                           *code == 0xDD || *code == 0xFE || (*code >= 0xE0 && *code <= 0xEF);
        if (!known)
            return {}; // 0x00, a second SOI, a reserved code: not a JPEG
        const QByteArray lengthBytes = reader.bytes(2);
        if (lengthBytes.size() < 2)
            return cutShort;
        if (be16(lengthBytes, 0) < 2)
            return {};
        const qint64 length = be16(lengthBytes, 0) - 2;
        const bool isFrame =
            *code >= 0xC0 && *code <= 0xCF && *code != 0xC4 && *code != 0xC8 && *code != 0xCC;
        if (isFrame) {
            const QByteArray frame = reader.bytes(length);
            if (frame.size() != length)
                return cutShort;
            // Precision 8 or 12 (16 lossless), a width, 1 to 4 components of 3 bytes each.
            if (frame.size() < 6 || be16(frame, 3) == 0 ||
                !(u8(frame, 0) == 8 || u8(frame, 0) == 12 || u8(frame, 0) == 16) ||
                u8(frame, 5) == 0 || u8(frame, 5) > 4 || frame.size() != 6 + 3 * u8(frame, 5))
                return {};
            description =
                ScanText::tr("JPEG image, %1 × %2").arg(be16(frame, 3)).arg(be16(frame, 1));
            continue;
        }
        if (*code == 0xC4 || *code == 0xDB)
            sawTables = true;
        if (!reader.skip(length))
            return cutShort;
        if (*code != 0xDA)
            continue;
        // Entropy-coded data after SOS: up to the next marker that is not a stuffed 0xFF00 or
        // a restart marker.
        if (description.isEmpty() || !sawTables)
            return {};
        qint64 marker = -1;
        while (reader.find(QByteArrayLiteral("\xFF"), source.size()) >= 0) {
            reader.skip(1);
            std::optional<quint8> next = reader.byte();
            while (next == 0xFF) // fill bytes
                next = reader.byte();
            if (!next)
                break;
            if (*next == 0x00 || (*next >= 0xD0 && *next <= 0xD7))
                continue;                   // a stuffed 0xFF byte of the data, or a restart marker
            marker = reader.position() - 2; // the last 0xFF before the code
            break;
        }
        if (marker < 0)
            return cutShort;
        reader.seek(marker);
    }
    return {};
}

// GIF ------------------------------------------------------------------------------------------

QList<Signature> GifParser::signatures() const
{
    return {{QByteArrayLiteral("GIF87a"), 0}, {QByteArrayLiteral("GIF89a"), 0}};
}

namespace {

// Skips a GIF's data sub-blocks (a size byte, that many bytes, ..., a zero byte).
bool skipSubBlocks(ForwardReader& reader)
{
    for (int step = 0; step < kMaxSteps; ++step) {
        const std::optional<quint8> size = reader.byte();
        if (!size)
            return false;
        if (*size == 0)
            return true;
        if (!reader.skip(*size))
            return false;
    }
    return false;
}

} // namespace

QList<ScanItem> GifParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray head = source.read(start, 13);
    if (head.size() < 13 || !(head.startsWith("GIF87a") || head.startsWith("GIF89a")))
        return {};
    const quint16 width = le16(head, 6);
    const quint16 height = le16(head, 8);
    const quint8 flags = u8(head, 10);
    if (width == 0 || height == 0)
        return {};
    const QString description = ScanText::tr("GIF image, %1 × %2").arg(width).arg(height);
    ForwardReader reader(source, start + 13);
    if ((flags & 0x80) && !reader.skip(3 * (qint64(2) << (flags & 7))))
        return {};
    bool sawImage = false;
    for (int step = 0; step < kMaxSteps; ++step) {
        const std::optional<quint8> introducer = reader.byte();
        if (!introducer)
            break;
        if (*introducer == 0x3B) { // the trailer
            if (!sawImage)
                return {};
            return {makeScanItem("gif", start, reader.position() - start, LengthSource::EndMarker,
                                 description)};
        }
        if (*introducer == 0x21) { // an extension: its label, then sub-blocks
            if (!reader.byte() || !skipSubBlocks(reader))
                break;
            continue;
        }
        if (*introducer != 0x2C) // anything else: not a GIF (or a damaged one)
            return sawImage ? QList<ScanItem>{makeScanItem("gif", start, std::nullopt,
                                                           LengthSource::Unknown, description)}
                            : QList<ScanItem>{};
        const QByteArray image = reader.bytes(9);
        if (image.size() < 9)
            break;
        const quint8 imageFlags = u8(image, 8);
        if ((imageFlags & 0x80) && !reader.skip(3 * (qint64(2) << (imageFlags & 7))))
            break;
        const std::optional<quint8> codeSize = reader.byte();
        if (!codeSize || *codeSize < 2 || *codeSize > 12 || !skipSubBlocks(reader))
            break;
        sawImage = true;
    }
    return {makeScanItem("gif", start, std::nullopt, LengthSource::Unknown, description)};
}

// BMP ------------------------------------------------------------------------------------------

QList<Signature> BmpParser::signatures() const
{
    return {{QByteArrayLiteral("BM"), 0}};
}

QList<ScanItem> BmpParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray head = source.read(start, 30);
    if (head.size() < 30 || !head.startsWith("BM"))
        return {};
    const qint64 fileSize = le32(head, 2);
    const qint64 pixels = le32(head, 10);
    const quint32 dibSize = le32(head, 14);
    if (le32(head, 6) != 0 || !(dibSize == 12 || dibSize == 40 || dibSize == 52 || dibSize == 56 ||
                                dibSize == 108 || dibSize == 124))
        return {};
    qint64 width = 0;
    qint64 height = 0;
    quint16 planes = 0;
    quint16 bits = 0;
    if (dibSize == 12) {
        width = le16(head, 18);
        height = le16(head, 20);
        planes = le16(head, 22);
        bits = le16(head, 24);
    } else {
        width = qint32(le32(head, 18));
        height = qint32(le32(head, 22));
        planes = le16(head, 26);
        bits = le16(head, 28);
    }
    if (planes != 1 ||
        !(bits == 1 || bits == 4 || bits == 8 || bits == 16 || bits == 24 || bits == 32) ||
        width <= 0 || height == 0 || pixels < 14 + dibSize || fileSize <= pixels)
        return {};
    const QString description =
        ScanText::tr("BMP image, %1 × %2").arg(width).arg(height < 0 ? -height : height);
    return {makeScanItem("bmp", start, source.heldLength(start, fileSize),
                         LengthSource::HeaderField, description)};
}

} // namespace rangecopy
