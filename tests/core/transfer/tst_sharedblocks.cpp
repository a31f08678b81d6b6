// Shared blocks (issue 12, part 2): on XFS and btrfs the default method shares the source's
// blocks with the destination (FICLONERANGE) for the block-aligned middle of a range and
// copies the head and tail; a method chosen by name, --sparse never and a file system that
// cannot share (ext4) copy every byte. Each case checks the bytes, the count reported and,
// through FIEMAP, which of the destination's extents the file system says are shared.

#include "core/text/bytesize.h"
#include "core/transfer/transferengine.h"
#include "core/transfer/transfermessages.h"
#include "support/foldertest.h"
#include "support/loopmount.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <memory>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kBlock = 4096; // the block size of every file system made here
constexpr qint64 kMiB = 1024 * 1024;
// Not a whole number of blocks: the last partial block is always copied.
constexpr qint64 kSourceSize = 8 * kMiB + 1000;

// Bytes of [offset, offset + length) of a file that lie in extents FIEMAP flags as shared, or
// -1 when FIEMAP fails.
qint64 sharedBytesIn(const QString& file, qint64 offset, qint64 length)
{
    const FileDescriptor fd(::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC));
    constexpr int kExtents = 512;
    QByteArray storage(sizeof(fiemap) + kExtents * sizeof(fiemap_extent), '\0');
    auto* map = reinterpret_cast<fiemap*>(storage.data());
    map->fm_start = quint64(offset);
    map->fm_length = quint64(length);
    map->fm_flags = FIEMAP_FLAG_SYNC;
    map->fm_extent_count = kExtents;
    if (!fd.isOpen() || ::ioctl(fd.get(), FS_IOC_FIEMAP, map) != 0)
        return -1;
    qint64 shared = 0;
    for (quint32 i = 0; i < map->fm_mapped_extents; ++i) {
        const fiemap_extent& extent = map->fm_extents[i];
        if ((extent.fe_flags & FIEMAP_EXTENT_SHARED) == 0)
            continue;
        const qint64 from = std::max<qint64>(offset, qint64(extent.fe_logical));
        const qint64 to =
            std::min<qint64>(offset + length, qint64(extent.fe_logical + extent.fe_length));
        shared += std::max<qint64>(0, to - from);
    }
    return shared;
}

} // namespace

class TestSharedBlocks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void sharesTheAlignedMiddle_data();
    void sharesTheAlignedMiddle();
    void holesOfASharedSourceStayHoles_data();
    void holesOfASharedSourceStayHoles();
    void theCliSaysHowMuchWasShared();

private:
    LoopMount& mountFor(const QString& fileSystem);

    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<LoopMount>> m_mounts;
};

void TestSharedBlocks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString& type : {u"xfs"_s, u"btrfs"_s, u"ext4"_s})
        m_mounts[type] = std::make_unique<LoopMount>(type, m_dir.filePath(type + u".img"_s),
                                                     m_dir.filePath(type));
}

void TestSharedBlocks::cleanup()
{
    for (const auto& [type, mount] : m_mounts) {
        if (mount->isMounted())
            for (const QString& name : folderEntries(mount->path({})))
                QFile::remove(mount->path(name));
    }
}

LoopMount& TestSharedBlocks::mountFor(const QString& fileSystem)
{
    return *m_mounts.at(fileSystem);
}

void TestSharedBlocks::sharesTheAlignedMiddle_data()
{
    QTest::addColumn<QString>("fileSystem");
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<SparseMode>("sparse");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("count");   // kNoCount: to the end
    QTest::addColumn<qint64>("oldSize"); // of the destination before; -1: none
    QTest::addColumn<qint64>("destinationOffset");
    QTest::addColumn<qint64>("shared"); // bytes the copy must share

    const auto auto_ = CopyMethod::Auto;
    const auto keep = SparseMode::Auto;
    for (const QString& fileSystem : {u"xfs"_s, u"btrfs"_s}) {
        const QByteArray fs = fileSystem.toUtf8() + ": ";
        // The whole file: every whole block is shared, the last 1000 bytes copied.
        QTest::newRow(fs + "replace, the whole file")
            << fileSystem << DestinationMode::Replace << auto_ << keep << qint64(0) << kNoCount
            << qint64(100) << qint64(0) << 8 * kMiB;
        QTest::newRow(fs + "new, 2 MiB from 1 MiB")
            << fileSystem << DestinationMode::CreateNew << auto_ << keep << kMiB << 2 * kMiB
            << qint64(-1) << qint64(0) << 2 * kMiB;
        // Source 100 bytes into a block, destination too: the head up to the next block
        // border (3996 bytes) and the tail are copied, the blocks between shared.
        QTest::newRow(fs + "overwrite, both 100 bytes into a block")
            << fileSystem << DestinationMode::Overwrite << auto_ << keep << 10 * kBlock + 100
            << 2 * kMiB << 4 * kMiB << qint64(100) << 2 * kMiB - kBlock;
        QTest::newRow(fs + "append after an end 100 bytes into a block")
            << fileSystem << DestinationMode::Append << auto_ << keep << qint64(100) << kNoCount
            << 3 * kBlock + 100 << qint64(0) << 8 * kMiB - kBlock;
        // Different places within a block: nothing can be shared.
        QTest::newRow(fs + "replace from 100 bytes into a block")
            << fileSystem << DestinationMode::Replace << auto_ << keep << qint64(100) << kNoCount
            << qint64(-1) << qint64(0) << qint64(0);
        // A method chosen by name copies; so does --sparse never.
        QTest::newRow(fs + "sendfile chosen by name")
            << fileSystem << DestinationMode::Replace << CopyMethod::Sendfile << keep << qint64(0)
            << kNoCount << qint64(-1) << qint64(0) << qint64(0);
        QTest::newRow(fs + "read-write chosen by name")
            << fileSystem << DestinationMode::Replace << CopyMethod::ReadWrite << keep << qint64(0)
            << kNoCount << qint64(-1) << qint64(0) << qint64(0);
        QTest::newRow(fs + "sparse never")
            << fileSystem << DestinationMode::Replace << auto_ << SparseMode::Never << qint64(0)
            << kNoCount << qint64(-1) << qint64(0) << qint64(0);
    }
    // A file system that cannot share: the same copy moves every byte.
    QTest::newRow("ext4: replace, the whole file")
        << u"ext4"_s << DestinationMode::Replace << auto_ << keep << qint64(0) << kNoCount
        << qint64(-1) << qint64(0) << qint64(0);
    QTest::newRow("ext4: overwrite, both 100 bytes into a block")
        << u"ext4"_s << DestinationMode::Overwrite << auto_ << keep << 10 * kBlock + 100 << 2 * kMiB
        << 4 * kMiB << qint64(100) << qint64(0);
}

void TestSharedBlocks::sharesTheAlignedMiddle()
{
    QFETCH(QString, fileSystem);
    QFETCH(DestinationMode, mode);
    QFETCH(CopyMethod, method);
    QFETCH(SparseMode, sparse);
    QFETCH(qint64, offset);
    QFETCH(qint64, count);
    QFETCH(qint64, oldSize);
    QFETCH(qint64, destinationOffset);
    QFETCH(qint64, shared);
    const LoopMount& mount = mountFor(fileSystem);
    if (!mount.isMounted())
        QSKIP(qPrintable(mount.skipReason()));

    const QString source = mount.path(u"image.bin"_s);
    const QString destination = mount.path(u"copy.bin"_s);
    const QByteArray sourceBytes = patternBytes(kSourceSize, 7);
    QVERIFY(writeFile(source, sourceBytes));
    const QByteArray old = oldSize < 0 ? QByteArray() : QByteArray(oldSize, '\xee');
    if (oldSize >= 0)
        QVERIFY(writeFile(destination, old));
    TransferRequest request = makeRequest(source, destination, mode);
    request.method = method;
    request.sparse = sparse;
    request.offset = offset;
    request.count = countOf(count);
    request.destinationOffset = destinationOffset;

    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    const qint64 length = count == kNoCount ? kSourceSize - offset : count;
    QCOMPARE(result.bytesSent, length);
    QCOMPARE(result.bytesShared, shared);
    const QByteArray copied = sourceBytes.mid(offset, length);
    QVERIFY(readFile(destination) == expectedContent(old, mode, destinationOffset, copied));
    // What the file system itself says: exactly the shared bytes lie in shared extents.
    const qint64 start = mode == DestinationMode::Append ? oldSize : destinationOffset;
    QCOMPARE(sharedBytesIn(destination, start, length), shared);
    // The window's status line and the CLI's details say it in these words.
    const QString details = TransferMessages::successDetails(result, request);
    if (shared == length)
        QVERIFY2(details.contains(u"method: shared blocks (reflink), taking no space"_s),
                 qPrintable(details));
    else if (shared > 0)
        QVERIFY2(details.contains(formatByteSize(shared) + u" of it shared with the source"_s),
                 qPrintable(details));
    else
        QVERIFY2(!details.contains(u"share"_s), qPrintable(details));
    // A shared block written to gets a copy of its own: the source keeps its bytes.
    if (shared > 0) {
        QFile file(destination);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(start + length / 2));
        QCOMPARE(file.write(QByteArray(64, 'x')), qint64(64));
        file.close();
        QVERIFY(readFile(source) == sourceBytes);
    }
}

void TestSharedBlocks::holesOfASharedSourceStayHoles_data()
{
    QTest::addColumn<QString>("fileSystem");
    QTest::newRow("xfs") << u"xfs"_s;
    QTest::newRow("btrfs") << u"btrfs"_s;
}

void TestSharedBlocks::holesOfASharedSourceStayHoles()
{
    QFETCH(QString, fileSystem);
    const LoopMount& mount = mountFor(fileSystem);
    if (!mount.isMounted())
        QSKIP(qPrintable(mount.skipReason()));
    // 64 MiB with 1 MiB of data at 16 MiB and 256 KiB at 40 MiB.
    const QString source = mount.path(u"sparse.img"_s);
    const QList<Marker> data{{16 * kMiB, patternBytes(kMiB, 1)},
                             {40 * kMiB, patternBytes(256 * 1024, 2)}};
    QVERIFY(writeSparseFile(source, 64 * kMiB, data));
    const QString destination = mount.path(u"copy.img"_s);

    const TransferResult result = runTransfer(makeRequest(source, destination));

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesShared, kMiB + 256 * 1024);
    QCOMPARE(result.bytesInHoles, 64 * kMiB - kMiB - 256 * 1024);
    QCOMPARE(fileSize(destination), 64 * kMiB);
    QVERIFY(readAt(destination, 16 * kMiB, kMiB) == data[0].bytes);
    QVERIFY(readAt(destination, 40 * kMiB, 256 * 1024) == data[1].bytes);
    QVERIFY(readAt(destination, 30 * kMiB, 4096) == QByteArray(4096, '\0'));
    QCOMPARE(sharedBytesIn(destination, 0, 64 * kMiB), kMiB + 256 * 1024);
}

void TestSharedBlocks::theCliSaysHowMuchWasShared()
{
    const LoopMount& mount = mountFor(u"xfs"_s);
    if (!mount.isMounted())
        QSKIP(qPrintable(mount.skipReason()));
    QVERIFY(writeFile(mount.path(u"image.bin"_s), patternBytes(kSourceSize, 9)));

    const CliRun run = runCli({u"--json"_s, u"image.bin"_s, u"copy.bin"_s}, mount.path({}));

    COMPARE_EXIT(run, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"bytes_sent"_s).toInteger(-1), kSourceSize);
    QCOMPARE(json.value(u"bytes_shared"_s).toInteger(-1), 8 * kMiB);
    QVERIFY(readFile(mount.path(u"copy.bin"_s)) == patternBytes(kSourceSize, 9));
}

QTEST_GUILESS_MAIN(TestSharedBlocks)
#include "tst_sharedblocks.moc"
