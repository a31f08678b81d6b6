#include "core/scan/peparser.h"

#include "core/scan/bytesource.h"
#include "core/scan/scanbytes.h"
#include "core/scan/scantext.h"
#include "core/text/bytesize.h"

#include <algorithm>

namespace rangecopy {

namespace {

using namespace scanbytes;

constexpr qint64 kDosHeaderSize = 64;
constexpr qint64 kLfanewAt = 0x3C;
// DOS stubs are a few hundred bytes; a PE header further away is not believed.
constexpr quint32 kMaxLfanew = 1 << 20;
constexpr qint64 kCoffHeaderEnd = 24; // "PE\0\0" and the 20-byte COFF header
constexpr int kMaxSections = 96;
constexpr qint64 kSectionHeaderSize = 40;
constexpr qint64 kSymbolSize = 18;
constexpr quint16 kExecutableImage = 0x0002;
constexpr quint16 kDll = 0x2000;
constexpr int kCertificateDirectory = 4;

struct Machine {
    quint16 id;
    const char* name;
};

// The machine types of the PE format's specification.
constexpr Machine kMachines[] = {
    {0x014c, "x86"},
    {0x8664, "x86-64"},
    {0xaa64, "ARM64"},
    {0x01c0, "ARM"},
    {0x01c2, "ARM Thumb"},
    {0x01c4, "ARM Thumb-2"},
    {0xa641, "ARM64EC"},
    {0xa64e, "ARM64X"},
    {0x0200, "IA-64"},
    {0x0ebc, "EFI byte code"},
    {0x5032, "RISC-V 32-bit"},
    {0x5064, "RISC-V 64-bit"},
    {0x5128, "RISC-V 128-bit"},
    {0x6232, "LoongArch 32-bit"},
    {0x6264, "LoongArch 64-bit"},
    {0x0166, "MIPS"},
    {0x0169, "MIPS WCE v2"},
    {0x0266, "MIPS16"},
    {0x0366, "MIPS with FPU"},
    {0x0466, "MIPS16 with FPU"},
    {0x01f0, "PowerPC"},
    {0x01f1, "PowerPC with FPU"},
    {0x01a2, "SH3"},
    {0x01a3, "SH3 DSP"},
    {0x01a6, "SH4"},
    {0x01a8, "SH5"},
    {0x9041, "M32R"},
    {0x0184, "Alpha"},
    {0x0284, "Alpha 64"},
    {0x01d3, "AM33"},
};

const char* machineName(quint16 id)
{
    for (const Machine& machine : kMachines) {
        if (machine.id == id)
            return machine.name;
    }
    return nullptr;
}

bool isPowerOfTwo(quint32 value)
{
    return value != 0 && (value & (value - 1)) == 0;
}

} // namespace

QList<Signature> PeParser::signatures() const
{
    return {{QByteArrayLiteral("MZ"), 0}};
}

QList<ScanItem> PeParser::parse(const ByteSource& source, qint64 start) const
{
    const QByteArray dos = source.read(start, kDosHeaderSize);
    if (!has(dos, 0, kDosHeaderSize) || !dos.startsWith("MZ"))
        return {};
    const quint32 peAt = le32(dos, kLfanewAt);
    if (peAt < kDosHeaderSize || peAt > kMaxLfanew)
        return {};

    const QByteArray coff = source.read(start + peAt, kCoffHeaderEnd);
    if (!has(coff, 0, kCoffHeaderEnd) || !coff.startsWith(QByteArrayLiteral("PE\0\0")))
        return {};
    const char* machine = machineName(le16(coff, 4));
    const int sections = le16(coff, 6);
    const quint32 symbolsAt = le32(coff, 12);
    const quint32 symbols = le32(coff, 16);
    const qint64 optionalSize = le16(coff, 20);
    const quint16 characteristics = le16(coff, 22);
    if (!machine || sections > kMaxSections || !(characteristics & kExecutableImage))
        return {};

    // The whole header: COFF, optional header and section table (at most 24 + 64 KiB + 3840).
    const qint64 sectionTableAt = kCoffHeaderEnd + optionalSize;
    const qint64 headerSize = sectionTableAt + sections * kSectionHeaderSize;
    const QByteArray pe = source.read(start + peAt, headerSize);
    if (!has(pe, 0, headerSize) || !has(pe, kCoffHeaderEnd, 2))
        return {};
    const quint16 optionalMagic = le16(pe, kCoffHeaderEnd);
    qint64 directoriesAt = 0;
    qint64 directoryCountAt = 0;
    if (optionalMagic == 0x10b) { // PE32
        directoryCountAt = 92;
        directoriesAt = 96;
    } else if (optionalMagic == 0x20b) { // PE32+
        directoryCountAt = 108;
        directoriesAt = 112;
    } else {
        return {};
    }
    if (optionalSize < directoriesAt)
        return {};
    const qint64 directories = std::min<quint32>(le32(pe, kCoffHeaderEnd + directoryCountAt), 16);
    if (optionalSize < directoriesAt + directories * 8)
        return {};

    const quint32 sectionAlignment = le32(pe, kCoffHeaderEnd + 32);
    const quint32 fileAlignment = le32(pe, kCoffHeaderEnd + 36);
    // The specification: powers of two, FileAlignment from 512 to 64 KiB, or equal to a
    // SectionAlignment below the page size.
    if (!isPowerOfTwo(fileAlignment) || !isPowerOfTwo(sectionAlignment) ||
        sectionAlignment < fileAlignment || fileAlignment > 0x10000 ||
        (fileAlignment < 512 && fileAlignment != sectionAlignment))
        return {};

    // Every part's end, as file offsets (32-bit fields: no sum overflows a qint64).
    qint64 end = std::max<qint64>(le32(pe, kCoffHeaderEnd + 60), peAt + headerSize);
    for (int i = 0; i < sections; ++i) {
        const qint64 at = sectionTableAt + i * kSectionHeaderSize;
        const quint32 rawSize = le32(pe, at + 16);
        const quint32 rawAt = le32(pe, at + 20);
        if (rawSize > 0)
            end = std::max(end, qint64(rawAt) + rawSize);
    }
    if (directories > kCertificateDirectory) {
        // The certificate table's "address" is a file offset, and it lies outside sections.
        const qint64 at = kCoffHeaderEnd + directoriesAt + kCertificateDirectory * 8;
        const quint32 tableAt = le32(pe, at);
        const quint32 tableSize = le32(pe, at + 4);
        if (tableAt > 0 && tableSize > 0)
            end = std::max(end, qint64(tableAt) + tableSize);
    }

    ScanItem item;
    item.type = QStringLiteral("pe");
    item.offset = start;
    const QString kind = QString::fromLatin1(machine);
    const bool dll = characteristics & kDll;
    const qint64 available = source.size() - start;
    bool cutShort = false;
    if (symbolsAt > 0 && symbols > 0) {
        // MinGW leaves a COFF symbol table and its string table (which starts with its own
        // size) after the sections.
        const qint64 stringsAt = qint64(symbolsAt) + qint64(symbols) * kSymbolSize;
        const QByteArray stringsSize =
            stringsAt <= available - 4 ? source.read(start + stringsAt, 4) : QByteArray();
        if (has(stringsSize, 0, 4))
            end = std::max(end, stringsAt + std::max<qint64>(le32(stringsSize, 0), 4));
        else
            cutShort = true;
    }

    if (cutShort || end > available) {
        item.lengthFrom = LengthSource::Unknown;
        item.description = dll ? ScanText::tr("PE DLL (%1), cut short").arg(kind)
                               : ScanText::tr("PE executable (%1), cut short").arg(kind);
        return {item};
    }
    item.length = end;
    item.lengthFrom = LengthSource::HeaderField;
    const QString size = formatByteSize(end);
    item.description = dll ? ScanText::tr("PE DLL (%1), %2").arg(kind, size)
                           : ScanText::tr("PE executable (%1), %2").arg(kind, size);
    return {item};
}

} // namespace rangecopy
