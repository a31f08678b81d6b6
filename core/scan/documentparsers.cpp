#include "core/scan/documentparsers.h"

#include "core/scan/bytesource.h"
#include "core/scan/forwardreader.h"
#include "core/scan/scanbytes.h"
#include "core/scan/scantext.h"
#include "core/text/bytesize.h"

#include <algorithm>

namespace rangecopy {

using namespace scanbytes;

namespace {

// How far the search for a PDF's end goes: PDFs larger than this get no length.
constexpr qint64 kMaxPdfSize = qint64(4) * 1024 * 1024 * 1024;

} // namespace

// PDF ------------------------------------------------------------------------------------------

QList<Signature> PdfParser::signatures() const
{
    return {{QByteArrayLiteral("%PDF-"), 0}};
}

QList<ScanItem> PdfParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray head = source.read(start, 8);
    // "%PDF-1.7", "%PDF-2.0"
    if (head.size() < 8 || !head.startsWith("%PDF-") || !(head.at(5) == '1' || head.at(5) == '2') ||
        head.at(6) != '.' || head.at(7) < '0' || head.at(7) > '9')
        return {};
    const QString description =
        ScanText::tr("PDF document, version %1").arg(QString::fromLatin1(head.mid(5, 3)));
    // The next PDF's start bounds this one.
    ForwardReader next(source, start + 5);
    const qint64 nextPdf = next.find(QByteArrayLiteral("%PDF-"), kMaxPdfSize);
    const qint64 limit = nextPdf >= 0 ? nextPdf : std::min(source.size(), start + kMaxPdfSize);
    ForwardReader reader(source, start + 8);
    qint64 lastEnd = -1;
    while (reader.find(QByteArrayLiteral("%%EOF"), limit - reader.position()) >= 0) {
        lastEnd = reader.position() + 5;
        reader.skip(5);
    }
    if (lastEnd < 0)
        return {makeScanItem("pdf", start, std::nullopt, LengthSource::Unknown, description)};
    // The line ending after the marker belongs to the file.
    const QByteArray after = source.read(lastEnd, 2);
    if (after.startsWith("\r\n"))
        lastEnd += 2;
    else if (after.startsWith('\n') || after.startsWith('\r'))
        lastEnd += 1;
    return {makeScanItem("pdf", start, lastEnd - start, LengthSource::EndMarker, description)};
}

// ELF ------------------------------------------------------------------------------------------

QList<Signature> ElfParser::signatures() const
{
    return {{QByteArrayLiteral("\x7F"
                               "ELF"),
             0}};
}

namespace {

QString machineName(quint16 machine)
{
    switch (machine) {
    case 3:
        return QStringLiteral("x86");
    case 40:
        return QStringLiteral("ARM");
    case 62:
        return QStringLiteral("x86-64");
    case 183:
        return QStringLiteral("AArch64");
    case 243:
        return QStringLiteral("RISC-V");
    case 8:
        return QStringLiteral("MIPS");
    case 20:
        return QStringLiteral("PowerPC");
    case 21:
        return QStringLiteral("PowerPC64");
    default:
        return ScanText::tr("machine %1").arg(machine);
    }
}

QString fileKind(quint16 type)
{
    switch (type) {
    case 1:
        return ScanText::tr("relocatable");
    case 2:
        return ScanText::tr("executable");
    case 3:
        return ScanText::tr("shared object");
    case 4:
        return ScanText::tr("core dump");
    default:
        return {};
    }
}

} // namespace

QList<ScanItem> ElfParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray ident = source.read(start, 64);
    if (ident.size() < 52 || !ident.startsWith("\x7F"
                                               "ELF"))
        return {};
    const quint8 elfClass = u8(ident, 4);
    const quint8 data = u8(ident, 5);
    if (!(elfClass == 1 || elfClass == 2) || !(data == 1 || data == 2) || u8(ident, 6) != 1)
        return {};
    const bool wide = elfClass == 2;
    const bool little = data == 1;
    if (wide && ident.size() < 64)
        return {};
    const auto half = [&](const QByteArray& b, qint64 at) {
        return little ? le16(b, at) : be16(b, at);
    };
    const auto word = [&](const QByteArray& b, qint64 at) {
        return little ? le32(b, at) : be32(b, at);
    };
    const auto address = [&](const QByteArray& b, qint64 at) -> quint64 {
        if (wide)
            return little ? le64(b, at) : be64(b, at);
        return word(b, at);
    };
    const quint16 type = half(ident, 16);
    const quint16 machine = half(ident, 18);
    if (word(ident, 20) != 1 || type == 0 || type > 4)
        return {};
    const quint64 programOffset = address(ident, wide ? 32 : 28);
    const quint64 sectionOffset = address(ident, wide ? 40 : 32);
    const qint64 base = wide ? 48 : 40;
    const quint16 headerSize = half(ident, base + 4);
    const quint16 programEntrySize = half(ident, base + 6);
    const quint16 programCount = half(ident, base + 8);
    const quint16 sectionEntrySize = half(ident, base + 10);
    const quint16 sectionCount = half(ident, base + 12);
    if (headerSize != (wide ? 64 : 52) ||
        (programCount > 0 && programEntrySize != (wide ? 56 : 32)) ||
        (sectionCount > 0 && sectionEntrySize != (wide ? 64 : 40)))
        return {};
    const qint64 size = source.size() - start;
    const auto fits = [size](quint64 offset, quint64 length) {
        return offset <= quint64(size) && length <= quint64(size) - offset;
    };
    const QString description = ScanText::tr("ELF %1-bit %2 (%3)")
                                    .arg(wide ? 64 : 32)
                                    .arg(fileKind(type), machineName(machine));
    const ScanItem unknown =
        makeScanItem("elf", start, std::nullopt, LengthSource::Unknown, description);
    qint64 end = headerSize;
    if (programCount > 0) {
        const quint64 tableLength = quint64(programCount) * programEntrySize;
        if (!fits(programOffset, tableLength))
            return {unknown};
        end = std::max<qint64>(end, qint64(programOffset + tableLength));
        const QByteArray table = source.read(start + qint64(programOffset), qint64(tableLength));
        for (int i = 0; i < programCount; ++i) {
            const qint64 entry = qint64(i) * programEntrySize;
            const quint64 offset = address(table, entry + (wide ? 8 : 4));
            const quint64 fileSize = address(table, entry + (wide ? 32 : 16));
            if (!fits(offset, fileSize))
                return {unknown};
            end = std::max<qint64>(end, qint64(offset + fileSize));
        }
    }
    if (sectionCount > 0) {
        const quint64 tableLength = quint64(sectionCount) * sectionEntrySize;
        if (!fits(sectionOffset, tableLength))
            return {unknown};
        end = std::max<qint64>(end, qint64(sectionOffset + tableLength));
        const QByteArray table = source.read(start + qint64(sectionOffset), qint64(tableLength));
        for (int i = 0; i < sectionCount; ++i) {
            const qint64 entry = qint64(i) * sectionEntrySize;
            constexpr quint32 kNoBits = 8; // .bss: takes no bytes in the file
            if (word(table, entry + 4) == kNoBits)
                continue;
            const quint64 offset = address(table, entry + (wide ? 24 : 16));
            const quint64 length = address(table, entry + (wide ? 32 : 20));
            if (!fits(offset, length))
                return {unknown};
            end = std::max<qint64>(end, qint64(offset + length));
        }
    }
    ScanItem found = makeScanItem("elf", start, end, LengthSource::HeaderField, description);
    found.description += ScanText::tr(", %1").arg(formatByteSize(end));
    return {found};
}

} // namespace rangecopy
