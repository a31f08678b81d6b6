#include "core/scan/bytesource.h"
#include "core/scan/peparser.h"
#include "core/scan/scantext.h"
#include "core/scan/streamparsers.h"
#include "core/text/bytesize.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <optional>

using namespace rangecopy;
using rangecopy::testsupport::randomBytes;
using namespace Qt::StringLiterals;

namespace {

// Where fixtures are put between random bytes: odd, so nothing lines up by chance.
constexpr qint64 kOffset = 12345;
constexpr qint64 kTailSize = 5000;

// Runs of text and runs of random bytes: compresses, but not to nothing.
QByteArray compressibleBytes(qint64 size, quint32 seed)
{
    static const QByteArray kText = "The quick brown fox jumps over the lazy dog 0123456789.\n";
    QRandomGenerator random(seed);
    QByteArray bytes;
    bytes.reserve(size + 4096);
    while (bytes.size() < size) {
        const int run = 16 + random.bounded(2000);
        const bool noise = random.bounded(3) == 0;
        const int phase = random.bounded(int(kText.size()));
        for (int i = 0; i < run; ++i)
            bytes.append(noise ? char(random.bounded(256)) : kText[(i + phase) % kText.size()]);
    }
    bytes.truncate(size);
    return bytes;
}

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// A tool's standard output, or nothing when it could not run or failed.
std::optional<QByteArray> runTool(const QString& program, const QStringList& arguments,
                                  const QByteArray& input = {}, const QString& folder = {})
{
    QProcess process;
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

std::unique_ptr<FormatParser> makeParser(const QString& type)
{
    if (type == QLatin1String("xz"))
        return std::make_unique<XzParser>();
    if (type == QLatin1String("zstd"))
        return std::make_unique<ZstdParser>();
    if (type == QLatin1String("bzip2"))
        return std::make_unique<Bzip2Parser>();
    if (type == QLatin1String("tar"))
        return std::make_unique<TarParser>();
    return std::make_unique<PeParser>();
}

// Where a scanner would call parse(): each signature's match, less its offset in the item.
QList<qint64> signatureStarts(const FormatParser& parser, const QByteArray& bytes)
{
    QList<qint64> starts;
    for (const Signature& signature : parser.signatures()) {
        for (qint64 at = bytes.indexOf(signature.magic); at >= 0;
             at = bytes.indexOf(signature.magic, at + 1)) {
            if (at - signature.offsetInItem >= 0)
                starts.append(at - signature.offsetInItem);
        }
    }
    return starts;
}

// A tar archive's true length when its last member's last block is not all zero: through the
// block holding the last non-zero byte, then the two zero blocks. GNU tar's and Python's
// record padding after those is not part of it.
qint64 tarLength(const QByteArray& archive)
{
    qint64 last = archive.size() - 1;
    while (last >= 0 && archive[last] == '\0')
        --last;
    return (last / 512 + 1) * 512 + 1024;
}

void put16(QByteArray& bytes, qint64 at, quint16 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

void put32(QByteArray& bytes, qint64 at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

struct PeLayout {
    bool pe32Plus = true;
    bool dll = false;
    bool certificate = false;
    bool symbols = false;
    quint16 machine = 0x8664;
};

constexpr qint64 kPeAt = 0x80;

// A minimal valid PE image: DOS header and stub, "PE\0\0", COFF and optional headers, two
// sections (.text at 0x200, 0x400 bytes; .data at 0x600, 0x200 bytes), then optionally a
// certificate table and a COFF symbol and string table after the sections.
QByteArray makePe(const PeLayout& layout)
{
    const qint64 optionalSize = layout.pe32Plus ? 240 : 224;
    QByteArray pe(0x800, '\0');
    pe[0] = 'M';
    pe[1] = 'Z';
    put32(pe, 0x3C, kPeAt);
    const QByteArray stub = "This program cannot be run in DOS mode.\r\r\n$";
    pe.replace(0x4E, stub.size(), stub);
    pe.replace(kPeAt, 4, QByteArrayLiteral("PE\0\0"));
    const qint64 coff = kPeAt + 4;
    put16(pe, coff, layout.machine);
    put16(pe, coff + 2, 2);          // NumberOfSections
    put32(pe, coff + 4, 0x65000000); // TimeDateStamp
    put16(pe, coff + 16, optionalSize);
    put16(pe, coff + 18, 0x0022 | (layout.dll ? 0x2000 : 0)); // executable, large address aware
    const qint64 optional = kPeAt + 24;
    put16(pe, optional, layout.pe32Plus ? 0x20b : 0x10b);
    put32(pe, optional + 4, 0x400);   // SizeOfCode
    put32(pe, optional + 16, 0x1000); // AddressOfEntryPoint
    put32(pe, optional + 20, 0x1000); // BaseOfCode
    put32(pe, optional + 32, 0x1000); // SectionAlignment
    put32(pe, optional + 36, 0x200);  // FileAlignment
    put16(pe, optional + 40, 6);      // MajorOperatingSystemVersion
    put16(pe, optional + 48, 6);      // MajorSubsystemVersion
    put32(pe, optional + 56, 0x3000); // SizeOfImage
    put32(pe, optional + 60, 0x200);  // SizeOfHeaders
    put16(pe, optional + 68, 3);      // Subsystem: console
    const qint64 directories = optional + (layout.pe32Plus ? 112 : 96);
    put32(pe, directories - 4, 16); // NumberOfRvaAndSizes
    const qint64 sections = optional + optionalSize;
    pe.replace(sections, 5, ".text");
    put32(pe, sections + 8, 0x3F0);       // VirtualSize
    put32(pe, sections + 12, 0x1000);     // VirtualAddress
    put32(pe, sections + 16, 0x400);      // SizeOfRawData
    put32(pe, sections + 20, 0x200);      // PointerToRawData
    put32(pe, sections + 36, 0x60000020); // code, execute, read
    pe.replace(sections + 40, 5, ".data");
    put32(pe, sections + 48, 0x100);
    put32(pe, sections + 52, 0x2000);
    put32(pe, sections + 56, 0x200);
    put32(pe, sections + 60, 0x600);
    put32(pe, sections + 76, 0xC0000040); // initialized data, read, write
    for (qint64 i = 0x200; i < 0x800; ++i)
        pe[i] = char(0x90 + i % 7);

    if (layout.certificate) {
        // WIN_CERTIFICATE: dwLength, wRevision 2.0, WIN_CERT_TYPE_PKCS_SIGNED_DATA, then bytes.
        const qint64 certificateAt = pe.size();
        QByteArray certificate(0x108, '\x30');
        put32(certificate, 0, certificate.size());
        put16(certificate, 4, 0x0200);
        put16(certificate, 6, 2);
        pe.append(certificate);
        put32(pe, directories + 4 * 8, certificateAt);
        put32(pe, directories + 4 * 8 + 4, certificate.size());
    }
    if (layout.symbols) {
        // Three 18-byte symbols, then the string table, which starts with its size.
        put32(pe, coff + 8, pe.size());
        put32(pe, coff + 12, 3);
        pe.append(QByteArray(3 * 18, '\x01'));
        const QByteArray strings = QByteArrayLiteral("\0\0\0\0a_long_symbol_name\0another_one");
        const qint64 stringsAt = pe.size();
        pe.append(strings);
        put32(pe, stringsAt, strings.size());
    }
    return pe;
}

} // namespace

class TestStreamParsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsEmbeddedItem_data();
    void findsEmbeddedItem();
    void wrongStartsGiveNothing_data();
    void wrongStartsGiveNothing();
    void truncatedCopiesGiveNoLength_data();
    void truncatedCopiesGiveNoLength();
    void damagedCopiesGiveNoWrongLength_data();
    void damagedCopiesGiveNoWrongLength();
    void randomBytesGiveNothing();
    void aCancelledScanStopsDecoding_data();
    void aCancelledScanStopsDecoding();
    void tarDamage();
    void peRejectsBadHeaders_data();
    void peRejectsBadHeaders();

private:
    struct Fixture {
        QString name;
        QString type;
        QByteArray bytes;  // the file as made: may go on past the item (padding...)
        qint64 length = 0; // the item's length
        LengthSource lengthFrom = LengthSource::Unknown;
        QString description;       // what the parser must say
        QString missing;           // the package of a missing tool: the row is skipped
        bool endDetectable = true; // data after a cut is noticed (not by PE headers)
    };

    void addStream(const char* name, const char* type, const char* tool, const char* package,
                   const QStringList& arguments, const QByteArray& input,
                   const QByteArray& after = {});
    void addTar(const char* name, const char* tool, const char* package,
                const QStringList& arguments, qint64 entries, const QString& folder = {});
    void addPe(const char* name, const PeLayout& layout, const char* description);
    void addFixtureRows();
    [[nodiscard]] QByteArray embed(const QByteArray& bytes) const;

    QList<Fixture> m_fixtures;
    QByteArray m_prefix;
    QByteArray m_tail;
    std::unique_ptr<QTemporaryDir> m_folder;
};

// A compressed stream made by a tool (or Python) from input; `after` is appended to test
// what follows a stream (padding, a second stream), and is not part of the item.
void TestStreamParsers::addStream(const char* name, const char* type, const char* tool,
                                  const char* package, const QStringList& arguments,
                                  const QByteArray& input, const QByteArray& after)
{
    Fixture fixture;
    fixture.name = QString::fromUtf8(name);
    fixture.type = QString::fromUtf8(type);
    fixture.lengthFrom = LengthSource::Decoding;
    if (QStandardPaths::findExecutable(QString::fromUtf8(tool)).isEmpty()) {
        fixture.missing = QString::fromUtf8(package);
        m_fixtures.append(fixture);
        return;
    }
    const std::optional<QByteArray> stream = runTool(QString::fromUtf8(tool), arguments, input);
    QVERIFY2(stream && !stream->isEmpty(), name);
    fixture.bytes = *stream + after;
    fixture.length = stream->size();
    const QString words =
        fixture.type == QLatin1String("zstd") ? u"zstd frame"_s : fixture.type + u" stream"_s;
    fixture.description = words + QStringLiteral(", ") + formatByteSize(stream->size()) +
                          QStringLiteral(" → ") + formatByteSize(input.size());
    m_fixtures.append(fixture);
}

void TestStreamParsers::addTar(const char* name, const char* tool, const char* package,
                               const QStringList& arguments, qint64 entries, const QString& folder)
{
    Fixture fixture;
    fixture.name = QString::fromUtf8(name);
    fixture.type = QStringLiteral("tar");
    fixture.lengthFrom = LengthSource::EndMarker;
    if (QStandardPaths::findExecutable(QString::fromUtf8(tool)).isEmpty()) {
        fixture.missing = QString::fromUtf8(package);
        m_fixtures.append(fixture);
        return;
    }
    const std::optional<QByteArray> archive =
        runTool(QString::fromUtf8(tool), arguments, {}, folder);
    QVERIFY2(archive && archive->size() % 512 == 0 && archive->size() >= 2048, name);
    fixture.bytes = *archive;
    fixture.length = tarLength(*archive);
    QVERIFY(fixture.length <= archive->size());
    fixture.description =
        u"tar archive, %1 entries, %2"_s.arg(entries).arg(formatByteSize(fixture.length));
    m_fixtures.append(fixture);
}

void TestStreamParsers::addPe(const char* name, const PeLayout& layout, const char* description)
{
    Fixture fixture;
    fixture.name = QString::fromUtf8(name);
    fixture.type = QStringLiteral("pe");
    fixture.bytes = makePe(layout);
    fixture.length = fixture.bytes.size();
    fixture.lengthFrom = LengthSource::HeaderField;
    fixture.description = QString::fromUtf8(description).arg(formatByteSize(fixture.length));
    fixture.endDetectable = false;
    m_fixtures.append(fixture);
}

void TestStreamParsers::initTestCase()
{
    m_prefix = randomBytes(kOffset, 1);
    m_tail = randomBytes(kTailSize, 2);
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());

    const QByteArray big = compressibleBytes(200 * 1024, 3);
    const QByteArray other = compressibleBytes(30000, 4);
    const QByteArray tiny = "hello\n";
    const char* python = "python3";

    // xz: one stream, and what may follow it: padding, another stream.
    addStream("xz 200 KiB", "xz", "xz", "xz-utils", strings({"-c", "-q"}), big);
    addStream("xz blocks, sha256", "xz", "xz", "xz-utils",
              strings({"-c", "-q", "-1", "--check=sha256", "--block-size=50000"}), big);
    addStream("xz tiny", "xz", "xz", "xz-utils", strings({"-c", "-q"}), tiny);
    addStream("xz empty", "xz", "xz", "xz-utils", strings({"-c", "-q"}), {});
    addStream("xz, padding after", "xz", "xz", "xz-utils", strings({"-c", "-q"}), other,
              QByteArray(8, '\0'));
    const std::optional<QByteArray> secondXz = runTool(u"xz"_s, strings({"-c", "-q"}), tiny);
    addStream("xz, stream after", "xz", "xz", "xz-utils", strings({"-c", "-q"}), other,
              secondXz.value_or(QByteArray()));
    addStream("xz by python, crc32", "xz", python, "python3",
              strings({"-c", "import lzma, sys; sys.stdout.buffer.write(lzma.compress("
                             "sys.stdin.buffer.read(), check=lzma.CHECK_CRC32))"}),
              big);

    // zstd: from standard input (no content size in the header) and from a file (with it).
    addStream("zstd 200 KiB", "zstd", "zstd", "zstd", strings({"-c", "-q"}), big);
    QFile bigFile(m_folder->filePath(u"big.bin"_s));
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    QCOMPARE(bigFile.write(big), big.size());
    bigFile.close();
    addStream("zstd -19 from a file, no checksum", "zstd", "zstd", "zstd",
              strings({"-c", "-q", "-19", "--no-check"}) << bigFile.fileName(), big);
    addStream("zstd tiny", "zstd", "zstd", "zstd", strings({"-c", "-q"}), tiny);
    addStream("zstd empty", "zstd", "zstd", "zstd", strings({"-c", "-q"}), {});
    const std::optional<QByteArray> secondZstd = runTool(u"zstd"_s, strings({"-c", "-q"}), other);
    addStream("zstd, frame after", "zstd", "zstd", "zstd", strings({"-c", "-q", "-3"}), big,
              secondZstd.value_or(QByteArray()));

    // bzip2: several 100 kB blocks with -1.
    addStream("bzip2 200 KiB -1", "bzip2", "bzip2", "bzip2", strings({"-c", "-q", "-1"}), big);
    addStream("bzip2 200 KiB -9", "bzip2", "bzip2", "bzip2", strings({"-c", "-q", "-9"}), big);
    addStream("bzip2 tiny", "bzip2", "bzip2", "bzip2", strings({"-c", "-q"}), tiny);
    addStream("bzip2 empty", "bzip2", "bzip2", "bzip2", strings({"-c", "-q"}), {});
    const std::optional<QByteArray> secondBzip2 = runTool(u"bzip2"_s, strings({"-c", "-q"}), other);
    addStream("bzip2, stream after", "bzip2", "bzip2", "bzip2", strings({"-c", "-q"}), other,
              secondBzip2.value_or(QByteArray()));
    addStream("bzip2 by python", "bzip2", python, "python3",
              strings({"-c", "import bz2, sys; sys.stdout.buffer.write(bz2.compress("
                             "sys.stdin.buffer.read(), 2))"}),
              big);

    // tar by Python: ustar, with a directory, a symbolic link, sizes around a block and a path
    // split into prefix and name.
    addTar("tar by python, ustar", python, "python3", strings({"-c", R"(import io, sys, tarfile
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w', format=tarfile.USTAR_FORMAT) as archive:
    def add(name, data=None, kind=tarfile.REGTYPE, link=''):
        info = tarfile.TarInfo(name)
        info.mtime = 1700000000
        info.type = kind
        info.linkname = link
        if data is None:
            archive.addfile(info)
        else:
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    add('dir', kind=tarfile.DIRTYPE)
    add('dir/empty', b'')
    add('dir/one', b'x')
    for n in (511, 512, 513, 70000):
        add('dir/f%d' % n, bytes((i * 7 + 1) % 251 + 1 for i in range(n)))
    add('dir/link', kind=tarfile.SYMTYPE, link='one')
    add('d/' * 60 + 'long', b'in prefix and name\n')
sys.stdout.buffer.write(buf.getvalue())
)"}),
           9);
    // pax by Python: a long name in a pax header, and a member whose header's size field is 0
    // with its real size in a pax "size" record (as for members of 8 GiB and more).
    addTar("tar by python, pax size record", python, "python3",
           strings({"-c", R"(import io, sys, tarfile
buf = io.BytesIO()
data = bytes(range(1, 200)) * 50
with tarfile.open(fileobj=buf, mode='w', format=tarfile.PAX_FORMAT) as archive:
    info = tarfile.TarInfo('n' * 150)
    info.size = len(data)
    info.pax_headers = {'size': str(len(data))}
    archive.addfile(info, io.BytesIO(data))
    info = tarfile.TarInfo('caf\u00e9.txt')
    info.size = 5
    archive.addfile(info, io.BytesIO(b'last\n'))
raw = bytearray(buf.getvalue())
assert raw[156:157] == b'x'
header = 512 + (int(raw[124:135], 8) + 511) // 512 * 512
raw[header + 124:header + 136] = b'00000000000\0'
raw[header + 148:header + 156] = b' ' * 8
raw[header + 148:header + 156] = b'%06o\0 ' % sum(raw[header:header + 512])
check = tarfile.open(fileobj=io.BytesIO(bytes(raw)))
assert [m.size for m in check.getmembers()] == [len(data), 5]
sys.stdout.buffer.write(bytes(raw))
)"}),
           2);

    // tar by GNU tar, from files in a folder: ustar, GNU (a long name: 'L' headers) and pax.
    const QString folder = m_folder->filePath(u"tree"_s);
    QVERIFY(QDir().mkpath(folder + u"/sub"_s));
    const auto write = [&folder](const QString& name, const QByteArray& bytes) {
        QFile file(folder + u'/' + name);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(u"a.txt"_s, "first file\n"));
    QVERIFY(write(u"b.bin"_s, compressibleBytes(30000, 5) + "end"));
    QVERIFY(write(u"sub/c.txt"_s, "in a folder\n"));
    const QString longName(120, QChar(u'l'));
    QVERIFY(write(longName, "a long name\n"));
    addTar("tar --format=ustar", "tar", "tar",
           strings({"--format=ustar", "-cf", "-", "a.txt", "b.bin", "sub"}), 4, folder);
    addTar("tar --format=gnu, long name", "tar", "tar",
           strings({"--format=gnu", "-cf", "-", "a.txt", "b.bin", "sub"}) << longName, 5, folder);
    addTar("tar --format=posix", "tar", "tar",
           strings({"--format=posix", "-cf", "-", "a.txt", "b.bin", "sub"}) << longName, 5, folder);

    addPe("pe32+ executable", {}, "PE executable (x86-64), %1");
    addPe("pe32+ dll, certificate", {.dll = true, .certificate = true}, "PE DLL (x86-64), %1");
    addPe("pe32 executable, certificate",
          {.pe32Plus = false, .certificate = true, .machine = 0x014c}, "PE executable (x86), %1");
    addPe("pe32+ arm64, symbols", {.symbols = true, .machine = 0xaa64},
          "PE executable (ARM64), %1");
    addPe("pe32+, certificate and symbols", {.certificate = true, .symbols = true},
          "PE executable (x86-64), %1");
}

void TestStreamParsers::addFixtureRows()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_fixtures.size(); ++i)
        QTest::newRow(qPrintable(m_fixtures[i].name)) << i;
}

QByteArray TestStreamParsers::embed(const QByteArray& bytes) const
{
    return m_prefix + bytes + m_tail;
}

void TestStreamParsers::findsEmbeddedItem_data()
{
    addFixtureRows();
}

void TestStreamParsers::findsEmbeddedItem()
{
    QFETCH(int, index);
    const Fixture& fixture = m_fixtures[index];
    if (!fixture.missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs the package %1").arg(fixture.missing)));
    const auto parser = makeParser(fixture.type);
    const QByteArray bytes = embed(fixture.bytes);
    // A scanner would ask here.
    QVERIFY(signatureStarts(*parser, bytes).contains(kOffset));

    const QList<ScanItem> items = parser->parse(MemoryByteSource(bytes), kOffset);
    QCOMPARE(items.size(), 1);
    const ScanItem& item = items.first();
    QCOMPARE(item.type, fixture.type);
    QCOMPARE(item.offset, kOffset);
    QVERIFY(item.length.has_value());
    QCOMPARE(*item.length, fixture.length);
    QCOMPARE(item.lengthFrom, fixture.lengthFrom);
    QCOMPARE(item.description, fixture.description);
    QCOMPARE(item.parent, -1);

    // The same through a file.
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(bytes), bytes.size());
    QVERIFY(file.flush());
    QCOMPARE(parser->parse(FileByteSource(file.handle(), bytes.size()), kOffset), items);

    // And alone, from 0, with nothing after what the file holds.
    const QList<ScanItem> alone = parser->parse(MemoryByteSource(fixture.bytes), 0);
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone.first().length, std::optional<qint64>(fixture.length));
}

void TestStreamParsers::wrongStartsGiveNothing_data()
{
    addFixtureRows();
}

void TestStreamParsers::wrongStartsGiveNothing()
{
    QFETCH(int, index);
    const Fixture& fixture = m_fixtures[index];
    if (!fixture.missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs the package %1").arg(fixture.missing)));
    const auto parser = makeParser(fixture.type);
    const MemoryByteSource source(embed(fixture.bytes));
    for (const qint64 start : {qint64(0), kOffset - 1, kOffset + 1, kOffset + 3, kOffset - 512,
                               kOffset + 7, source.size() - 2, source.size() + 10, qint64(-5)})
        QVERIFY2(parser->parse(source, start).isEmpty(), qPrintable(QString::number(start)));
}

void TestStreamParsers::truncatedCopiesGiveNoLength_data()
{
    addFixtureRows();
}

// Cut at a third, two thirds and one byte short of the item: the data ending there, and (for
// formats whose end is checked) random bytes following the cut. Nothing, or an item of unknown
// length, never a length.
void TestStreamParsers::truncatedCopiesGiveNoLength()
{
    QFETCH(int, index);
    const Fixture& fixture = m_fixtures[index];
    if (!fixture.missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs the package %1").arg(fixture.missing)));
    const auto parser = makeParser(fixture.type);
    const QByteArray noise = randomBytes(70000, 6);
    for (const qint64 cut : {fixture.length / 3, fixture.length * 2 / 3, fixture.length - 1}) {
        QList<QByteArray> copies = {m_prefix + fixture.bytes.left(cut)};
        if (fixture.endDetectable)
            copies.append(m_prefix + fixture.bytes.left(cut) + noise);
        for (const QByteArray& copy : copies) {
            const QList<ScanItem> items = parser->parse(MemoryByteSource(copy), kOffset);
            const QString where = QStringLiteral("cut at %1 of %2, %3 bytes")
                                      .arg(cut)
                                      .arg(fixture.length)
                                      .arg(copy.size());
            if (items.isEmpty())
                continue;
            QCOMPARE(items.first().offset, kOffset);
            QVERIFY2(!items.first().length.has_value(), qPrintable(where));
            QCOMPARE(items.first().lengthFrom, LengthSource::Unknown);
            QVERIFY(!items.first().description.isEmpty());
        }
    }
}

void TestStreamParsers::damagedCopiesGiveNoWrongLength_data()
{
    addFixtureRows();
}

// A byte changed in the middle (past the header): nothing, an unknown length, or (where the
// damage does not reach what sets the end) the right length.
void TestStreamParsers::damagedCopiesGiveNoWrongLength()
{
    QFETCH(int, index);
    const Fixture& fixture = m_fixtures[index];
    if (!fixture.missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs the package %1").arg(fixture.missing)));
    const auto parser = makeParser(fixture.type);
    for (const qint64 at : {fixture.length / 2, fixture.length * 3 / 4, fixture.length - 2}) {
        if (at < 32)
            continue;
        QByteArray copy = embed(fixture.bytes);
        copy[kOffset + at] = char(copy[kOffset + at] ^ 0x5A);
        const QList<ScanItem> items = parser->parse(MemoryByteSource(copy), kOffset);
        if (items.isEmpty() || !items.first().length)
            continue;
        QCOMPARE(*items.first().length, fixture.length);
    }
}

// 1 MiB of random bytes: nothing at any signature match, nor where the magic is planted.
void TestStreamParsers::aCancelledScanStopsDecoding_data()
{
    addFixtureRows();
}

// A stream whose length is found by decoding it stops when the scan is cancelled: its start is
// sure, its length unknown.
void TestStreamParsers::aCancelledScanStopsDecoding()
{
    QFETCH(int, index);
    const Fixture& fixture = m_fixtures[index];
    if (!fixture.missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("needs the package %1").arg(fixture.missing)));
    if (fixture.lengthFrom != LengthSource::Decoding)
        QSKIP("its length is not found by decoding");
    const auto parser = makeParser(fixture.type);
    MemoryByteSource source(embed(fixture.bytes));
    source.setCancelCheck([] { return true; });
    const QList<ScanItem> items = parser->parse(source, kOffset);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().offset, kOffset);
    QCOMPARE(items.first().length, std::nullopt);
}

void TestStreamParsers::randomBytesGiveNothing()
{
    const QByteArray random = randomBytes(1 << 20, 7);
    QRandomGenerator generator(8);
    for (const char* name : {"xz", "zstd", "bzip2", "tar", "pe"}) {
        const QString type = QString::fromLatin1(name);
        const auto parser = makeParser(type);
        const MemoryByteSource source(random);
        for (const qint64 start : signatureStarts(*parser, random))
            QVERIFY2(parser->parse(source, start).isEmpty(), name);

        // The magic alone, at 300 places (2 KiB apart), the rest random.
        QByteArray planted = random;
        QList<qint64> starts;
        for (const Signature& signature : parser->signatures()) {
            for (qint64 start = 1000; starts.size() < 300; start += 2048) {
                const qint64 at = start + generator.bounded(1000);
                planted.replace(at + signature.offsetInItem, signature.magic.size(),
                                signature.magic);
                starts.append(at);
            }
        }
        const MemoryByteSource plantedSource(planted);
        for (const qint64 start : starts)
            QVERIFY2(parser->parse(plantedSource, start).isEmpty(),
                     qPrintable(QStringLiteral("%1 at %2").arg(type).arg(start)));
    }
}

// Damage the walk notices: a first header's checksum (nothing), a later header's checksum, a
// lone zero block, a member going past the end (unknown length).
void TestStreamParsers::tarDamage()
{
    const auto ustar = std::find_if(m_fixtures.cbegin(), m_fixtures.cend(), [](const Fixture& f) {
        return f.name == QLatin1String("tar by python, ustar");
    });
    QVERIFY(ustar != m_fixtures.cend());
    if (!ustar->missing.isEmpty())
        QSKIP("needs the package python3");
    const TarParser parser;
    const QByteArray archive = ustar->bytes;

    QByteArray badFirst = archive;
    badFirst[0] = char(badFirst[0] ^ 1);
    QVERIFY(parser.parse(MemoryByteSource(badFirst), 0).isEmpty());

    // The second member's header is right after the directory's (no data).
    QByteArray badSecond = archive;
    badSecond[512 + 10] = char(badSecond[512 + 10] ^ 1);
    QList<ScanItem> items = parser.parse(MemoryByteSource(badSecond), 0);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().length, std::nullopt);
    QCOMPARE(items.first().lengthFrom, LengthSource::Unknown);

    // One zero block, then random bytes.
    const QByteArray lone = archive.left(ustar->length - 512) + randomBytes(4096, 9);
    items = parser.parse(MemoryByteSource(lone), 0);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().length, std::nullopt);

    // The second member (an empty file) said to hold 1 TiB.
    QByteArray huge = archive;
    huge.replace(512 + 124, 12, QByteArray("17777777777\0", 12));
    huge.replace(512 + 148, 8, "        ");
    int sum = 0;
    for (int i = 512; i < 1024; ++i)
        sum += uchar(huge[i]);
    huge.replace(512 + 148, 8, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ');
    items = parser.parse(MemoryByteSource(huge), 0);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().length, std::nullopt);

    // The first member read as the start of an archive of its own after the directory's header
    // is its tail: the scanner sees a match at every header.
    items = parser.parse(MemoryByteSource(archive), 512);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().length, std::optional<qint64>(ustar->length - 512));
    QCOMPARE(items.first().description,
             ScanText::tr("tar archive, %1 entries, %2")
                 .arg(QString::number(8), formatByteSize(ustar->length - 512)));
}

void TestStreamParsers::peRejectsBadHeaders_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QByteArray>("bytes");
    const qint64 optional = kPeAt + 24;
    QTest::newRow("no MZ") << qint64(0) << QByteArray("MX");
    QTest::newRow("e_lfanew inside the DOS header") << qint64(0x3C) << QByteArray("\x20\0\0\0", 4);
    QTest::newRow("e_lfanew far") << qint64(0x3C) << QByteArray("\0\0\0\x40", 4);
    QTest::newRow("no PE signature") << kPeAt << QByteArray("PE\0\1", 4);
    QTest::newRow("unknown machine") << kPeAt + 4 << QByteArray("\x34\x12", 2);
    QTest::newRow("97 sections") << kPeAt + 6 << QByteArray("\x61\0", 2);
    QTest::newRow("optional header too small") << kPeAt + 20 << QByteArray("\x60\0", 2);
    QTest::newRow("not an executable image") << kPeAt + 22 << QByteArray("\x20\0", 2);
    QTest::newRow("unknown optional magic") << optional << QByteArray("\x07\x01", 2);
    QTest::newRow("file alignment 3") << optional + 36 << QByteArray("\x03\0\0\0", 4);
    QTest::newRow("section alignment below file alignment")
        << optional + 32 << QByteArray("\x00\x01\0\0", 4);
}

void TestStreamParsers::peRejectsBadHeaders()
{
    QFETCH(qint64, at);
    QFETCH(QByteArray, bytes);
    const QByteArray good = makePe({});
    const PeParser parser;
    QCOMPARE(parser.parse(MemoryByteSource(good), 0).size(), 1);
    QByteArray bad = good;
    bad.replace(at, bytes.size(), bytes);
    QVERIFY(parser.parse(MemoryByteSource(m_prefix + bad + m_tail), kOffset).isEmpty());
}

QTEST_GUILESS_MAIN(TestStreamParsers)

#include "tst_streamparsers.moc"
