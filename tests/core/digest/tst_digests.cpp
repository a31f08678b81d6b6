#include "core/digest/checksumfile.h"
#include "core/digest/digester.h"
#include "core/io/rangecompare.h"
#include "core/transfer/transferengine.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

// ThreadSanitizer stops a child forked after the process had a second thread (the hashing
// thread, and TSan's own after it): under it, the tools run only before any copy, and the
// rest is checked against a Digester over the copied bytes, which the normal build checks
// against the tools.
#if defined(__SANITIZE_THREAD__)
constexpr bool kToolsAfterThreads = false;
#else
constexpr bool kToolsAfterThreads = true;
#endif
constexpr const char* kNoToolsReason =
    "ThreadSanitizer cannot follow a fork after threads; the normal build runs the tools";

QList<Digest> digestsOf(const QList<DigestAlgorithm>& algorithms, const QByteArray& bytes)
{
    Digester digester(algorithms);
    digester.add(bytes.constData(), bytes.size());
    return digester.finish();
}

// What the usual tools say the digests of a file are: Python's hashlib for MD5, SHA and
// BLAKE2b, xxhsum for XXH3. An algorithm whose tool could not run is missing.
QMap<DigestAlgorithm, QString> toolDigests(const QString& file)
{
    QMap<DigestAlgorithm, QString> digests;
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s,
                                u"import hashlib, sys\n"
                                "data = open(sys.argv[1], 'rb').read()\n"
                                "for name in ('md5', 'sha1', 'sha256', 'sha512', 'blake2b'):\n"
                                "    print(name, hashlib.new(name, data).hexdigest())"_s,
                                file});
    if (python.waitForFinished(kWaitMs) && python.exitCode() == 0) {
        for (const QByteArray& line : python.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 2)
                digests.insert(*digestFromName(QString::fromLatin1(fields[0])),
                               QString::fromLatin1(fields[1]));
        }
    }
    // xxhsum -H3 prints "XXH3 (FILE) = HEX", -H2 "HEX  FILE".
    for (const DigestAlgorithm algorithm : {DigestAlgorithm::Xxh3, DigestAlgorithm::Xxh128}) {
        QProcess xxhsum;
        const bool xxh3 = algorithm == DigestAlgorithm::Xxh3;
        xxhsum.start(u"xxhsum"_s, {xxh3 ? u"-H3"_s : u"-H2"_s, file});
        if (!xxhsum.waitForFinished(kWaitMs) || xxhsum.exitCode() != 0)
            continue;
        const QString out = QString::fromLatin1(xxhsum.readAllStandardOutput()).trimmed();
        digests.insert(algorithm, xxh3 ? out.section(u" = "_s, 1) : out.section(u' ', 0, 0));
    }
    return digests;
}

int runInFolder(const QString& folder, const QString& program, const QStringList& arguments,
                QByteArray* output = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(kWaitMs))
        return -1;
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestDigests : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors_data();
    void publishedVectors();
    void feedingInPiecesGivesTheSameDigest();
    void copiedRangesMatchTheTools_data();
    void copiedRangesMatchTheTools();
    void aSourceReadOnceIsHashedFromTheBuffer();
    void checksumFilesAreCheckedByTheTools();
    void checksumFileNamesAreEscapedAsCoreutilsDoes();
    void aChecksumFileElsewhereNamesTheDestinationFromThere();
    void checksumFilesNeedAWholeFileCopy();
    void expectedDigest_data();
    void expectedDigest();
    void parsesExpectedDigests_data();
    void parsesExpectedDigests();
    void verifyNamesTheFirstDifference_data();
    void verifyNamesTheFirstDifference();
    void compareCountsEveryDifference_data();
    void compareCountsEveryDifference();
};

void TestDigests::publishedVectors_data()
{
    QTest::addColumn<DigestAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    using A = DigestAlgorithm;
    // RFC 1321, FIPS 180 examples, RFC 7693 appendix A, and xxHash's own test values.
    QTest::newRow("md5 empty") << A::Md5 << QByteArray() << u"d41d8cd98f00b204e9800998ecf8427e"_s;
    QTest::newRow("md5 abc") << A::Md5 << "abc"_ba << u"900150983cd24fb0d6963f7d28e17f72"_s;
    QTest::newRow("sha1 abc") << A::Sha1 << "abc"_ba
                              << u"a9993e364706816aba3e25717850c26c9cd0d89d"_s;
    QTest::newRow("sha256 empty")
        << A::Sha256 << QByteArray()
        << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::newRow("sha256 abc")
        << A::Sha256 << "abc"_ba
        << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
    QTest::newRow("sha512 abc") << A::Sha512 << "abc"_ba
                                << u"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55"
                                   "d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa5"
                                   "4ca49f"_s;
    QTest::newRow("blake2b abc") << A::Blake2b << "abc"_ba
                                 << u"ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbff"
                                    "a2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386ed"
                                    "d4009923"_s;
    QTest::newRow("xxh3 empty") << A::Xxh3 << QByteArray() << u"2d06800538d394c2"_s;
    QTest::newRow("xxh128 empty") << A::Xxh128 << QByteArray()
                                  << u"99aa06d3014798d86001c324468d497f"_s;
}

void TestDigests::publishedVectors()
{
    QFETCH(DigestAlgorithm, algorithm);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    Digester digester({algorithm});
    digester.add(input.constData(), input.size());
    const QList<Digest> digests = digester.finish();
    QCOMPARE(digests.size(), 1);
    QCOMPARE(digests.first().algorithm, algorithm);
    QCOMPARE(digests.first().hex, expected);
    QCOMPARE(digests.first().hex.size(), digestHexLength(algorithm));
}

void TestDigests::feedingInPiecesGivesTheSameDigest()
{
    const QByteArray bytes = patternBytes(100000, 3);
    Digester whole(allDigestAlgorithms());
    whole.add(bytes.constData(), bytes.size());
    Digester pieces(allDigestAlgorithms());
    for (qsizetype at = 0; at < bytes.size(); at += 997)
        pieces.add(bytes.constData() + at, std::min<qsizetype>(997, bytes.size() - at));
    QCOMPARE(pieces.finish(), whole.finish());
}

void TestDigests::copiedRangesMatchTheTools_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("sparse");
    for (const CopyMethod method : kAllMethods) {
        const QByteArray name = methodName(method).toUtf8();
        // The source is 1 MiB + 4321 bytes; chunks are 64 KiB, the hasher's blocks 256 KiB.
        QTest::newRow(name + ", whole file") << method << qint64(0) << kNoCount << false;
        QTest::newRow(name + ", odd offset across chunks")
            << method << qint64(12345) << qint64(300001) << false;
        QTest::newRow(name + ", empty range") << method << qint64(500) << qint64(0) << false;
        QTest::newRow(name + ", last byte") << method << qint64(1052896) << kNoCount << false;
        QTest::newRow(name + ", holes") << method << qint64(4000) << kNoCount << true;
    }
}

void TestDigests::copiedRangesMatchTheTools()
{
    QFETCH(CopyMethod, method);
    QFETCH(qint64, offset);
    QFETCH(qint64, count);
    QFETCH(bool, sparse);
    const qint64 size = 1024 * 1024 + 4321;
    if (sparse) {
        QVERIFY(writeSparseFile(path(u"source.bin"_s), size,
                                {{70000, patternBytes(5000, 8)}, {900000, patternBytes(77, 9)}}));
    } else {
        QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(size, 7)));
    }
    TransferRequest request = makeRequest(path(u"source.bin"_s), path(u"copy.bin"_s));
    request.method = method;
    request.offset = offset;
    request.count = countOf(count);
    request.chunkSize = 64 * 1024;
    request.digests = allDigestAlgorithms();

    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.digests.size(), allDigestAlgorithms().size());
    // The copy holds exactly the range: what the tools say of it is the range's digest.
    QCOMPARE(fileSize(path(u"copy.bin"_s)), result.bytesSent);
    if (!kToolsAfterThreads) {
        QCOMPARE(result.digests, digestsOf(request.digests, readFile(path(u"copy.bin"_s))));
        return;
    }
    const QMap<DigestAlgorithm, QString> expected = toolDigests(path(u"copy.bin"_s));
    for (const Digest& digest : result.digests) {
        QVERIFY2(expected.contains(digest.algorithm), qPrintable(digestName(digest.algorithm)));
        QCOMPARE(digest.hex, expected.value(digest.algorithm));
    }
}

void TestDigests::aSourceReadOnceIsHashedFromTheBuffer()
{
    // /dev/zero gives its bytes once per read: the digest comes from the copy's own reads.
    TransferRequest request = makeRequest(u"/dev/zero"_s, path(u"zeros.bin"_s));
    request.count = 3 * 1024 * 1024 + 5;
    request.digests = {DigestAlgorithm::Sha256, DigestAlgorithm::Xxh3};
    const TransferResult result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.methodUsed, CopyMethod::ReadWrite);
    Digester zeros(request.digests);
    const QByteArray bytes(*request.count, '\0');
    zeros.add(bytes.constData(), bytes.size());
    QCOMPARE(result.digests, zeros.finish());
}

void TestDigests::checksumFilesAreCheckedByTheTools()
{
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(200000, 11)));
    TransferRequest request = makeRequest(path(u"source.bin"_s), path(u"image.bin"_s));
    request.offset = 3;
    request.digests = allDigestAlgorithms();
    request.writeChecksumFiles = true;
    const TransferResult result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.checksumFiles.size(), allDigestAlgorithms().size());
    QCOMPARE(result.digests, digestsOf(request.digests, readFile(path(u"image.bin"_s))));
    for (const Digest& digest : result.digests)
        QCOMPARE(readFile(defaultChecksumFilePath(path(u"image.bin"_s), digest.algorithm)),
                 checksumLine(digest, "image.bin"));
    if (!kToolsAfterThreads)
        QSKIP(kNoToolsReason);

    const QList<std::pair<QString, QStringList>> checks{
        {u"md5sum"_s, {u"-c"_s, u"image.bin.md5"_s}},
        {u"sha1sum"_s, {u"-c"_s, u"image.bin.sha1"_s}},
        {u"sha256sum"_s, {u"-c"_s, u"image.bin.sha256"_s}},
        {u"sha512sum"_s, {u"-c"_s, u"image.bin.sha512"_s}},
        {u"b2sum"_s, {u"-c"_s, u"image.bin.b2"_s}},
        {u"xxhsum"_s, {u"-c"_s, u"image.bin.xxh3"_s}},
        {u"xxhsum"_s, {u"-c"_s, u"image.bin.xxh128"_s}},
    };
    for (const auto& [tool, arguments] : checks) {
        QVERIFY2(result.checksumFiles.contains(path(arguments.last())),
                 qPrintable(arguments.last()));
        QByteArray output;
        QCOMPARE(runInFolder(m_dir->path(), tool, arguments, &output), 0);
        QVERIFY2(output.contains("image.bin: OK"), output.constData());
    }
    // A changed byte is what the files are for: the tool must notice it.
    QFile image(path(u"image.bin"_s));
    QVERIFY(image.open(QIODevice::ReadWrite));
    QVERIFY(image.seek(1000));
    QVERIFY(image.write("\x01\x02", 2) == 2);
    image.close();
    QVERIFY(runInFolder(m_dir->path(), u"sha256sum"_s, {u"-c"_s, u"image.bin.sha256"_s}) != 0);
    QVERIFY(runInFolder(m_dir->path(), u"xxhsum"_s, {u"-c"_s, u"image.bin.xxh3"_s}) != 0);
    // Nothing is left behind but the copy, the source and the checksum files.
    QCOMPARE(folderEntries(m_dir->path()).size(), 2 + allDigestAlgorithms().size());
}

void TestDigests::checksumFileNamesAreEscapedAsCoreutilsDoes()
{
    const Digest digest{DigestAlgorithm::Sha256, QString(64, u'a')};
    QCOMPARE(checksumLine(digest, "plain name.bin"), QByteArray(64, 'a') + "  plain name.bin\n");
    QCOMPARE(checksumLine(digest, "back\\slash\nnew"),
             "\\" + QByteArray(64, 'a') + "  back\\\\slash\\nnew\n");
    QCOMPARE(checksumLine({DigestAlgorithm::Xxh3, u"0123456789abcdef"_s}, "f.bin"),
             "XXH3 (f.bin) = 0123456789abcdef\n"_ba);

    // sha256sum -c reads such a name back.
    const QString awkward = u"back\\slash and\nnewline.bin"_s;
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(5000, 12)));
    TransferRequest request = makeRequest(path(u"source.bin"_s), path(awkward));
    request.digests = {DigestAlgorithm::Sha256};
    request.writeChecksumFiles = true;
    const TransferResult result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(readFile(path(awkward + u".sha256"_s)),
             checksumLine(result.digests.value(0), awkward.toUtf8()));
    if (!kToolsAfterThreads)
        QSKIP(kNoToolsReason);
    QByteArray output;
    QCOMPARE(runInFolder(m_dir->path(), u"sha256sum"_s, {u"-c"_s, awkward + u".sha256"_s}, &output),
             0);
}

void TestDigests::aChecksumFileElsewhereNamesTheDestinationFromThere()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"sums"_s));
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(5000, 13)));
    TransferRequest request = makeRequest(path(u"source.bin"_s), path(u"copy.bin"_s));
    request.digests = {DigestAlgorithm::Blake2b};
    request.writeChecksumFiles = true;
    request.checksumFilePath = path(u"sums/copy.b2"_s);
    const TransferResult result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.checksumFiles, QStringList{path(u"sums/copy.b2"_s)});
    QVERIFY(readFile(path(u"sums/copy.b2"_s)).endsWith("  ../copy.bin\n"));
    if (!kToolsAfterThreads)
        QSKIP(kNoToolsReason);
    QCOMPARE(runInFolder(path(u"sums"_s), u"b2sum"_s, {u"-c"_s, u"copy.b2"_s}), 0);
}

void TestDigests::checksumFilesNeedAWholeFileCopy()
{
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(5000, 14)));
    QVERIFY(writeFile(path(u"old.bin"_s), patternBytes(100, 15)));
    TransferRequest request =
        makeRequest(path(u"source.bin"_s), path(u"old.bin"_s), DestinationMode::Overwrite);
    request.digests = {DigestAlgorithm::Sha256};
    request.writeChecksumFiles = true;
    const Snapshot before = snapshot(m_dir->path());
    TransferResult result = runTransfer(request);
    QCOMPARE(result.error, TransferError::InvalidArgument);
    QVERIFY2(result.message.contains(u"overwrite mode"_s), qPrintable(result.message));
    QCOMPARE(snapshot(m_dir->path()), before);

    request.mode = DestinationMode::Replace;
    request.digests = {DigestAlgorithm::Sha256, DigestAlgorithm::Md5};
    request.checksumFilePath = path(u"one.sums"_s);
    result = runTransfer(request);
    QCOMPARE(result.error, TransferError::InvalidArgument);
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestDigests::expectedDigest_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<bool>("matches");
    for (const DestinationMode mode : kAllModes) {
        QTest::newRow(qPrintable(modeName(mode) + u", matching"_s)) << mode << true;
        QTest::newRow(qPrintable(modeName(mode) + u", not matching"_s)) << mode << false;
    }
}

void TestDigests::expectedDigest()
{
    QFETCH(DestinationMode, mode);
    QFETCH(bool, matches);
    const QByteArray source = patternBytes(400000, 16);
    QVERIFY(writeFile(path(u"source.bin"_s), source));
    const QByteArray old = patternBytes(1000, 17);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(path(u"dest.bin"_s), old));
    const QByteArray range = source.mid(100, 300000);
    Digester digester({DigestAlgorithm::Sha256});
    digester.add(range.constData(), range.size());
    const QString rightHex = digester.finish().first().hex;
    QString wrongHex = rightHex;
    wrongHex[0] = rightHex.at(0) == u'0' ? u'1' : u'0';

    TransferRequest request = makeRequest(path(u"source.bin"_s), path(u"dest.bin"_s), mode);
    request.offset = 100;
    request.count = 300000;
    request.destinationOffset = mode == DestinationMode::Overwrite ? 10 : 0;
    request.chunkSize = 64 * 1024;
    request.expectedDigest = {DigestAlgorithm::Sha256, matches ? rightHex : wrongHex};
    const Snapshot before = snapshot(m_dir->path());

    const TransferResult result = runTransfer(request);

    // The digest is reported either way: it says what the range holds.
    const QList<Digest> expectedDigests{{DigestAlgorithm::Sha256, rightHex}};
    QCOMPARE(result.digests, expectedDigests);
    if (matches) {
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(readFile(path(u"dest.bin"_s)),
                 expectedContent(mode == DestinationMode::CreateNew ? QByteArray() : old, mode,
                                 request.destinationOffset, range));
        return;
    }
    QCOMPARE(result.error, TransferError::ChecksumMismatch);
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(rightHex) && result.message.contains(wrongHex),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(path(u"source.bin"_s)), qPrintable(result.message));
    // Nothing at all changed: no byte in place, no part file, no new file.
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestDigests::parsesExpectedDigests_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hex");
    const QString sha = u"BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"_s;
    QTest::newRow("upper case") << u"sha256:"_s + sha << true << sha.toLower();
    QTest::newRow("spaces around") << u"  SHA256 : "_s + sha + u" "_s << true << sha.toLower();
    QTest::newRow("xxh3") << u"xxh3:78af5f94892f3950"_s << true << u"78af5f94892f3950"_s;
    QTest::newRow("bare, its length says sha256") << sha << true << sha.toLower();
    QTest::newRow("a line of a SHA256SUMS file") << sha + u"  image.iso"_s << true << sha.toLower();
    QTest::newRow("bare, 32 digits: md5 or xxh128") << sha.left(32) << false << QString();
    QTest::newRow("bare, no algorithm that long") << sha.left(20) << false << QString();
    QTest::newRow("unknown algorithm") << u"sha3:"_s + sha << false << QString();
    QTest::newRow("too short") << u"sha256:"_s + sha.left(63) << false << QString();
    QTest::newRow("not hex") << u"md5:"_s + QString(32, u'g') << false << QString();
}

void TestDigests::parsesExpectedDigests()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, hex);
    const ParsedDigest parsed = parseDigest(text);
    QCOMPARE(parsed.digest.has_value(), valid);
    QCOMPARE(parsed.error.isEmpty(), valid);
    if (valid)
        QCOMPARE(parsed.digest->hex, hex);
}

void TestDigests::verifyNamesTheFirstDifference_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<bool>("sync");
    for (const DestinationMode mode : kAllModes) {
        QTest::newRow(qPrintable(modeName(mode))) << mode << false;
        QTest::newRow(qPrintable(modeName(mode) + u", flushed"_s)) << mode << true;
    }
}

void TestDigests::verifyNamesTheFirstDifference()
{
    QFETCH(DestinationMode, mode);
    QFETCH(bool, sync);
    QVERIFY(writeFile(path(u"source.bin"_s), patternBytes(300000, 18)));
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(path(u"dest.bin"_s), patternBytes(5000, 19)));
    TransferRequest request = makeRequest(path(u"source.bin"_s), path(u"dest.bin"_s), mode);
    request.offset = 7;
    request.destinationOffset = mode == DestinationMode::Overwrite ? 50 : 0;
    request.verify = true;
    request.syncToDisk = sync;

    // First without a fault: where it was read back from.
    TransferResult result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.verification, sync ? Verification::MatchedDisk : Verification::MatchedCache);

    if (mode == DestinationMode::CreateNew)
        QVERIFY(QFile::remove(path(u"dest.bin"_s)));
    const ScopedEnvironment corrupt("RANGECOPY_TEST_CORRUPT_BEFORE_VERIFY", "70000");
    result = runTransfer(request);
    QCOMPARE(result.error, TransferError::VerificationFailed);
    QCOMPARE(result.verification, Verification::Differed);
    QCOMPARE(result.firstDifference, qint64(70000));
    QCOMPARE(result.differingBytes, qint64(1));
    const qint64 inDestination = result.destinationStart + 70000;
    QVERIFY2(result.message.contains(u"byte 70007 of the source"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"byte %1 of the destination"_s.arg(inDestination)),
             qPrintable(result.message));
}

void TestDigests::compareCountsEveryDifference_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<qint64>("firstDifference");
    QTest::addColumn<qint64>("differing");
    const QByteArray bytes = patternBytes(700000, 20);
    QByteArray changed = bytes;
    changed[300000] = char(~changed[300000]);
    changed[600001] = char(~changed[600001]);
    changed[600002] = char(~changed[600002]);
    QTest::newRow("equal") << bytes << bytes << qint64(bytes.size()) << qint64(-1) << qint64(0);
    QTest::newRow("three bytes in two blocks")
        << bytes << changed << qint64(bytes.size()) << qint64(300000) << qint64(3);
    QTest::newRow("second shorter")
        << bytes << bytes.left(500000) << qint64(bytes.size()) << qint64(500000) << qint64(200000);
    QTest::newRow("first shorter")
        << bytes.left(10) << bytes << qint64(100) << qint64(10) << qint64(90);
    QTest::newRow("both end early alike")
        << bytes.left(10) << bytes.left(10) << qint64(100) << qint64(-1) << qint64(0);
    QTest::newRow("empty") << QByteArray() << QByteArray() << qint64(0) << qint64(-1) << qint64(0);
}

void TestDigests::compareCountsEveryDifference()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(qint64, length);
    QFETCH(qint64, firstDifference);
    QFETCH(qint64, differing);
    // Behind a prefix each, so that the offsets are used.
    QVERIFY(writeFile(path(u"a"_s), "12345" + first));
    QVERIFY(writeFile(path(u"b"_s), "1" + second));
    const int a = ::open(QFile::encodeName(path(u"a"_s)).constData(), O_RDONLY | O_CLOEXEC);
    const int b = ::open(QFile::encodeName(path(u"b"_s)).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(a >= 0 && b >= 0);
    const RangeComparison comparison = compareRanges(a, 5, b, 1, length);
    ::close(a);
    ::close(b);
    QCOMPARE(comparison.error, 0);
    QCOMPARE(comparison.firstDifference, firstDifference);
    QCOMPARE(comparison.differingBytes, differing);
    QCOMPARE(comparison.equal(), firstDifference < 0);
    QCOMPARE(comparison.firstLength, std::min<qint64>(length, first.size()));
    QCOMPARE(comparison.secondLength, std::min<qint64>(length, second.size()));
}

QTEST_GUILESS_MAIN(TestDigests)
#include "tst_digests.moc"
