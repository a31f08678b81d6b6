#include "core/scan/archiveparsers.h"

#include "core/scan/bytesource.h"
#include "core/scan/forwardreader.h"
#include "core/scan/scanbytes.h"
#include "core/scan/scantext.h"
#include "core/scan/streamdecoding.h"
#include "core/text/bytesize.h"

#include <zlib.h>

#include <algorithm>
#include <array>

namespace rangecopy {

using namespace scanbytes;

namespace {

constexpr qint64 kEndRecordSize = 22;
constexpr qint64 kZip64LocatorSize = 20;

} // namespace

// ZIP ------------------------------------------------------------------------------------------

QList<Signature> ZipParser::signatures() const
{
    return {{QByteArrayLiteral("PK\x03\x04"), 0}};
}

QList<ScanItem> ZipParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray local = source.read(start, 30);
    if (local.size() < 30 || !local.startsWith("PK\x03\x04"))
        return {};
    const quint16 version = le16(local, 4);
    const quint16 flags = le16(local, 6);
    const quint16 method = le16(local, 8);
    const quint16 nameLength = le16(local, 26);
    static constexpr std::array kMethods{0, 8, 9, 12, 14, 93, 95, 98, 99};
    if (version > 100 || (flags & 0xF000) != 0 || nameLength == 0 ||
        std::find(kMethods.begin(), kMethods.end(), method) == kMethods.end())
        return {};
    // The end record: "PK\5\6", and the central directory it describes ends right before it.
    ForwardReader reader(source, start + 30);
    while (reader.find(QByteArrayLiteral("PK\x05\x06"), source.size()) >= 0) {
        const qint64 at = reader.position();
        reader.skip(1);
        const QByteArray end = source.read(at, kEndRecordSize);
        if (end.size() < kEndRecordSize)
            break;
        qint64 entries = le16(end, 10);
        qint64 directorySize = le32(end, 12);
        qint64 directoryOffset = le32(end, 16);
        const qint64 commentLength = le16(end, 20);
        qint64 directoryEnd = at;
        if (directoryOffset == 0xFFFFFFFF || directorySize == 0xFFFFFFFF || entries == 0xFFFF) {
            // ZIP64: the locator before the end record points at the ZIP64 end record.
            const QByteArray locator = source.read(at - kZip64LocatorSize, kZip64LocatorSize);
            if (locator.size() < kZip64LocatorSize || !locator.startsWith("PK\x06\x07"))
                continue;
            const qint64 record = start + qint64(le64(locator, 8));
            const QByteArray zip64 = source.read(record, 56);
            if (zip64.size() < 56 || !zip64.startsWith("PK\x06\x06") || record < start)
                continue;
            entries = qint64(le64(zip64, 32));
            directorySize = qint64(le64(zip64, 40));
            directoryOffset = qint64(le64(zip64, 48));
            directoryEnd = record;
        }
        if (directoryOffset < 0 || directorySize < 0 ||
            directoryOffset + directorySize != directoryEnd - start)
            continue;
        // The central directory starts with a central header.
        if (directorySize > 0 &&
            source.read(start + directoryOffset, 4) != QByteArrayLiteral("PK\x01\x02"))
            continue;
        const qint64 endOfArchive = at + kEndRecordSize + commentLength;
        if (endOfArchive > source.size())
            break;
        return {makeScanItem("zip", start, endOfArchive - start, LengthSource::EndMarker,
                             entries == 1 ? ScanText::tr("ZIP archive, 1 entry")
                                          : ScanText::tr("ZIP archive, %1 entries").arg(entries))};
    }
    return {makeScanItem("zip", start, std::nullopt, LengthSource::Unknown,
                         ScanText::tr("ZIP archive"))};
}

// gzip -----------------------------------------------------------------------------------------

QList<Signature> GzipParser::signatures() const
{
    return {{QByteArrayLiteral("\x1F\x8B\x08"), 0}};
}

QList<ScanItem> GzipParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray head = source.read(start, 10 + 2 + 256);
    if (head.size() < 10 || !head.startsWith(signatures().first().magic))
        return {};
    const quint8 flags = u8(head, 3);
    const quint8 extraFlags = u8(head, 8);
    const quint8 system = u8(head, 9);
    if ((flags & 0xE0) != 0 || !(extraFlags == 0 || extraFlags == 2 || extraFlags == 4) ||
        (system > 13 && system != 255))
        return {};
    // The original name (FNAME), after the extra field (FEXTRA), for the description.
    QString name;
    qint64 nameAt = 10;
    if ((flags & 0x04) && has(head, 10, 2))
        nameAt += 2 + le16(head, 10);
    if ((flags & 0x08) && nameAt < head.size()) {
        const qsizetype end = head.indexOf('\0', nameAt);
        if (end > nameAt)
            name = QString::fromLatin1(head.mid(nameAt, end - nameAt));
    }

    z_stream stream{};
    if (::inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) // 16: a gzip header and trailer
        return {};
    using namespace streamdecoding;
    const Decoded decoded = decodeStream(source, start,
                                         [&](const uchar* in, size_t inSize, size_t& inUsed,
                                             uchar* out, size_t outSize, size_t& outMade) {
                                             stream.next_in =
                                                 const_cast<Bytef*>(in); // zlib only reads it
                                             stream.avail_in = uInt(inSize);
                                             stream.next_out = out;
                                             stream.avail_out = uInt(outSize);
                                             const int status = ::inflate(&stream, Z_NO_FLUSH);
                                             inUsed = inSize - stream.avail_in;
                                             outMade = outSize - stream.avail_out;
                                             if (status == Z_STREAM_END)
                                                 return StepResult::Finished;
                                             // Z_BUF_ERROR: it wants more input (or room) to go on.
                                             if (status == Z_OK || status == Z_BUF_ERROR)
                                                 return StepResult::Going;
                                             return StepResult::Damaged;
                                         });
    ::inflateEnd(&stream);
    if (decoded.end == StreamEnd::Damaged)
        return {}; // not a deflate stream after all
    if (decoded.end != StreamEnd::Finished)
        return {makeScanItem("gzip", start, std::nullopt, LengthSource::Unknown,
                             ScanText::tr("gzip stream"))};
    const QString sizes =
        ScanText::tr("gzip stream, %1 → %2")
            .arg(formatByteSize(decoded.consumed), formatByteSize(decoded.produced));
    return {makeScanItem("gzip", start, decoded.consumed, LengthSource::Decoding,
                         name.isEmpty() ? sizes : ScanText::tr("%1, \"%2\"").arg(sizes, name))};
}

} // namespace rangecopy
