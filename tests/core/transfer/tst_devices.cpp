// Block and character devices (issue 12, part 3), on loop devices over image files: a block
// device serves as a source (read-only, its size from BLKGETSIZE64); a character device only
// with a count; a block device as the destination only in overwrite mode, only when allowed,
// never while it or a partition of it is mounted, and never past its end. Each refusal leaves
// every byte of the device as it was.

#include "core/transfer/transferengine.h"
#include "core/transfer/transfermessages.h"
#include "support/foldertest.h"
#include "support/loopmount.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kImageSize = 8 * kMiB;

// An MBR partition table with two Linux partitions: 1 MiB–3 MiB and 3 MiB to the end.
QByteArray withPartitionTable(QByteArray image)
{
    const auto put32 = [&image](qsizetype at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            image[at + i] = char((value >> (8 * i)) & 0xff);
    };
    const quint32 sector = 512;
    const quint32 starts[2] = {quint32(kMiB / sector), quint32(3 * kMiB / sector)};
    const quint32 lengths[2] = {quint32(2 * kMiB / sector),
                                quint32((kImageSize - 3 * kMiB) / sector)};
    for (int i = 0; i < 2; ++i) {
        const qsizetype entry = 446 + 16 * i;
        image[entry + 4] = char(0x83); // Linux
        put32(entry + 8, starts[i]);
        put32(entry + 12, lengths[i]);
    }
    image[510] = char(0x55);
    image[511] = char(0xaa);
    return image;
}

QString runQuietly(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(kWaitMs) || process.exitCode() != 0)
        return program + u": "_s + QString::fromLocal8Bit(process.readAll());
    return {};
}

} // namespace

class TestDevices : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void aBlockDeviceIsASource_data();
    void aBlockDeviceIsASource();
    void aCharacterDeviceNeedsACount();
    void aDeviceDestinationIsGuarded_data();
    void aDeviceDestinationIsGuarded();
    void overwriteIntoAnAllowedDevice();
    void aMountedDeviceIsNotWritten();
    void aMountedPartitionKeepsTheDiskFromBeingWritten();
    void theCliNeedsAllowDevice();
    void readingADiskNeedsTheDiskGroup();
};

void TestDevices::aBlockDeviceIsASource_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("count");
    for (const CopyMethod method : {CopyMethod::Auto, CopyMethod::Sendfile,
                                    CopyMethod::CopyFileRange, CopyMethod::ReadWrite}) {
        const QByteArray name = methodName(method).toUtf8();
        QTest::newRow("whole, " + name) << method << qint64(0) << kNoCount;
        QTest::newRow("a range from an odd offset, " + name) << method << kMiB + 1 << 3 * kMiB;
        QTest::newRow("a count past the end, " + name) << method << 7 * kMiB << 2 * kMiB;
    }
}

void TestDevices::aBlockDeviceIsASource()
{
    QFETCH(CopyMethod, method);
    QFETCH(qint64, offset);
    QFETCH(qint64, count);
    const QByteArray image = patternBytes(kImageSize, 3);
    QVERIFY(writeFile(path(u"disk.img"_s), image));
    const LoopDevice device(path(u"disk.img"_s), LoopDevice::Access::ReadOnly);
    if (!device.isAttached())
        QSKIP(qPrintable(device.skipReason()));

    // What the form is told: the device's size.
    TransferRequest request = makeRequest(device.path(), path(u"copy.bin"_s));
    request.method = method;
    request.offset = offset;
    request.count = countOf(count);
    const TransferCheck check = checkTransfer(request);
    QVERIFY2(check.ok(), qPrintable(check.firstProblem().message));
    QCOMPARE(check.sourceSize, kImageSize);

    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    const qint64 length = std::min(count == kNoCount ? kImageSize : count, kImageSize - offset);
    QCOMPARE(result.bytesSent, length);
    QCOMPARE(result.endOfFileReached, count != kNoCount && count > length);
    QVERIFY(readFile(path(u"copy.bin"_s)) == image.mid(offset, length));
}

void TestDevices::aCharacterDeviceNeedsACount()
{
    if (!QFileInfo::exists(u"/dev/zero"_s) || !QFileInfo::exists(u"/dev/urandom"_s))
        QSKIP("this machine has no /dev/zero or /dev/urandom");
    const QString destination = path(u"zeros.bin"_s);
    // "Make a 3 MiB file of zeros."
    TransferRequest request = makeRequest(u"/dev/zero"_s, destination);
    request.count = 3 * kMiB;
    TransferCheck check = checkTransfer(request);
    QVERIFY(check.ok());
    QVERIFY(check.sourceSizeUnknown);
    TransferResult result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, 3 * kMiB);
    QCOMPARE(result.methodUsed, CopyMethod::ReadWrite);
    QVERIFY(readFile(destination) == QByteArray(3 * kMiB, '\0'));

    request.sourcePath = u"/dev/urandom"_s;
    request.count = 4096;
    result = runTransfer(request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QByteArray random = readFile(destination);
    QCOMPARE(random.size(), 4096);
    QVERIFY(random != QByteArray(4096, '\0'));

    // Without a count, from an offset, or verified: refused, nothing written.
    const QByteArray before = readFile(destination);
    request.count.reset();
    result = runTransfer(request);
    QCOMPARE(result.error, TransferError::InvalidRange);
    QVERIFY2(result.message.contains(u"a character device has no end; give a count"_s),
             qPrintable(result.message));
    QCOMPARE(checkTransfer(request).source.error, TransferError::InvalidRange);
    request.count = 16;
    request.offset = 1;
    QCOMPARE(runTransfer(request).error, TransferError::InvalidRange);
    request.offset = 0;
    request.verify = true;
    QCOMPARE(runTransfer(request).error, TransferError::InvalidArgument);
    QVERIFY(readFile(destination) == before);
}

void TestDevices::aDeviceDestinationIsGuarded_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<qint64>("destinationOffset");
    QTest::addColumn<TransferError>("error");
    QTest::addColumn<QString>("reason");
    QTest::newRow("overwrite, not allowed")
        << DestinationMode::Overwrite << false << qint64(8192) << TransferError::DeviceNotAllowed
        << u"writing into it needs --allow-device"_s;
    for (const DestinationMode mode :
         {DestinationMode::Replace, DestinationMode::Append, DestinationMode::CreateNew}) {
        QTest::newRow(modeName(mode).toUtf8() + ", allowed")
            << mode << true << qint64(0)
            << (mode == DestinationMode::CreateNew ? TransferError::DestinationExists
                                                   : TransferError::NotRegularFile)
            << (mode == DestinationMode::CreateNew ? u"already exists"_s
                                                   : u"written only in overwrite mode"_s);
    }
    QTest::newRow("overwrite past its end")
        << DestinationMode::Overwrite << true << kImageSize - 100 << TransferError::InvalidRange
        << u"past the end of"_s;
}

void TestDevices::aDeviceDestinationIsGuarded()
{
    QFETCH(DestinationMode, mode);
    QFETCH(bool, allowed);
    QFETCH(qint64, destinationOffset);
    QFETCH(TransferError, error);
    QFETCH(QString, reason);
    const QByteArray old = patternBytes(kImageSize, 5);
    QVERIFY(writeFile(path(u"card.img"_s), old));
    QVERIFY(writeFile(path(u"boot.bin"_s), patternBytes(4096, 6)));
    const LoopDevice device(path(u"card.img"_s), LoopDevice::Access::ReadWrite);
    if (!device.isAttached())
        QSKIP(qPrintable(device.skipReason()));
    TransferRequest request = makeRequest(path(u"boot.bin"_s), device.path(), mode);
    request.allowDevice = allowed;
    request.destinationOffset = destinationOffset;

    const TransferCheck check = checkTransfer(request);
    const TransferResult result = runTransfer(request);

    QCOMPARE(check.destination.error, error);
    QCOMPARE(result.error, error);
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(reason), qPrintable(result.message));
    QVERIFY2(result.message.contains(device.path()), qPrintable(result.message));
    QVERIFY(readFile(device.path()) == old);
    QCOMPARE(folderEntries(u"/dev"_s).filter(u"rangecopy"_s), QStringList());
}

void TestDevices::overwriteIntoAnAllowedDevice()
{
    // A boot loader written at 8 KiB of an SD card: the rest of the card stays.
    QByteArray card = patternBytes(kImageSize, 7);
    QVERIFY(writeFile(path(u"card.img"_s), card));
    const QByteArray loader = patternBytes(6000, 8);
    QVERIFY(writeFile(path(u"loader.bin"_s), loader));
    const LoopDevice device(path(u"card.img"_s), LoopDevice::Access::ReadWrite);
    if (!device.isAttached())
        QSKIP(qPrintable(device.skipReason()));
    TransferRequest request =
        makeRequest(path(u"loader.bin"_s), device.path(), DestinationMode::Overwrite);
    request.allowDevice = true;
    request.destinationOffset = 8192;
    request.keepUndo = true; // the window asks for it; there is none for a device

    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(loader.size()));
    QVERIFY(!result.undoKept);
    card.replace(8192, loader.size(), loader);
    QVERIFY(readFile(device.path()) == card);
    QCOMPARE(folderEntries(u"/dev"_s).filter(u"rangecopy"_s), QStringList());
    // Flushed before it was reported: what the image file holds, through the loop device.
    QVERIFY(readFile(path(u"card.img"_s)) == card);

    // The device as the source too: two names of one disk are the same file.
    TransferRequest same = makeRequest(device.path(), device.path(), DestinationMode::Overwrite);
    same.allowDevice = true;
    same.count = 512;
    QCOMPARE(runTransfer(same).error, TransferError::IdenticalFiles);
}

void TestDevices::aMountedDeviceIsNotWritten()
{
    QVERIFY(writeFile(path(u"fs.img"_s), QByteArray(kImageSize, '\0')));
    QVERIFY(writeFile(path(u"boot.bin"_s), patternBytes(512, 13)));
    const LoopDevice device(path(u"fs.img"_s), LoopDevice::Access::ReadWrite);
    if (!device.isAttached())
        QSKIP(qPrintable(device.skipReason()));
    if (const QString failure = runQuietly(u"mkfs.ext4"_s, {u"-q"_s, device.path()});
        !failure.isEmpty())
        QSKIP(qPrintable(failure));
    QVERIFY(QDir().mkdir(path(u"mnt"_s)));
    QVERIFY(inPrivateMountNamespace()); // the mount goes with this process, however it ends
    QCOMPARE(runQuietly(u"mount"_s, {device.path(), path(u"mnt"_s)}), QString());
    // The span the copy would write (mounting and unmounting write elsewhere: the superblock).
    const QByteArray before = readAt(device.path(), 0, 512);

    TransferRequest request =
        makeRequest(path(u"boot.bin"_s), device.path(), DestinationMode::Overwrite);
    request.allowDevice = true;
    const TransferCheck check = checkTransfer(request);
    const TransferResult result = runTransfer(request);

    QCOMPARE(runQuietly(u"umount"_s, {path(u"mnt"_s)}), QString());
    QCOMPARE(check.destination.error, TransferError::DeviceInUse);
    QCOMPARE(result.error, TransferError::DeviceInUse);
    QVERIFY2(result.message.contains(device.path() + u" mounted on "_s + path(u"mnt"_s)),
             qPrintable(result.message));
    QCOMPARE(readAt(device.path(), 0, 512), before);
}

void TestDevices::aMountedPartitionKeepsTheDiskFromBeingWritten()
{
    const QByteArray image = withPartitionTable(QByteArray(kImageSize, '\0'));
    QVERIFY(writeFile(path(u"disk.img"_s), image));
    QVERIFY(writeFile(path(u"boot.bin"_s), patternBytes(440, 9))); // an MBR's boot code
    const LoopDevice disk(path(u"disk.img"_s), LoopDevice::Access::ReadWrite, true);
    if (!disk.isAttached())
        QSKIP(qPrintable(disk.skipReason()));
    const QString partition = disk.path() + u"p2"_s;
    if (!QFileInfo::exists(partition))
        QSKIP("the kernel found no partitions on the loop device (no MBR partition support)");
    if (const QString failure = runQuietly(u"mkfs.ext4"_s, {u"-q"_s, partition});
        !failure.isEmpty())
        QSKIP(qPrintable(failure));
    QVERIFY(QDir().mkdir(path(u"mnt"_s)));
    QVERIFY(inPrivateMountNamespace()); // the mount goes with this process, however it ends
    QCOMPARE(runQuietly(u"mount"_s, {partition, path(u"mnt"_s)}), QString());
    const QByteArray before = readAt(disk.path(), 0, 512); // the MBR, which the copy would write

    TransferRequest request =
        makeRequest(path(u"boot.bin"_s), disk.path(), DestinationMode::Overwrite);
    request.allowDevice = true;
    const TransferResult result = runTransfer(request);

    QCOMPARE(runQuietly(u"umount"_s, {path(u"mnt"_s)}), QString());
    QCOMPARE(result.error, TransferError::DeviceInUse);
    QVERIFY2(result.message.contains(partition + u" mounted on "_s + path(u"mnt"_s)),
             qPrintable(result.message));
    QCOMPARE(readAt(disk.path(), 0, 512), before);
    // Unmounted, the same copy goes through.
    const TransferResult again = runTransfer(request);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(readAt(disk.path(), 0, 440) == patternBytes(440, 9));
    QVERIFY(readAt(disk.path(), 510, 2) == QByteArray("\x55\xaa"));
}

void TestDevices::theCliNeedsAllowDevice()
{
    const QByteArray old = patternBytes(kImageSize, 10);
    QVERIFY(writeFile(path(u"card.img"_s), old));
    QVERIFY(writeFile(path(u"boot.bin"_s), patternBytes(1024, 11)));
    const LoopDevice device(path(u"card.img"_s), LoopDevice::Access::ReadWrite);
    if (!device.isAttached())
        QSKIP(qPrintable(device.skipReason()));
    const QStringList arguments{u"boot.bin"_s,      device.path(), u"-m"_s,    u"overwrite"_s,
                                u"--dest-offset"_s, u"8K"_s,       u"--json"_s};

    const CliRun refused = runCli(arguments, m_dir->path());
    COMPARE_EXIT(refused, 1);
    QCOMPARE(QJsonDocument::fromJson(refused.out)
                 .object()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"kind"_s)
                 .toString(),
             u"device_not_allowed"_s);
    QVERIFY(readFile(device.path()) == old);

    const CliRun allowed = runCli(arguments + QStringList{u"--allow-device"_s}, m_dir->path());
    COMPARE_EXIT(allowed, 0);
    QCOMPARE(QJsonDocument::fromJson(allowed.out).object().value(u"bytes_sent"_s).toInteger(),
             1024);
    QVERIFY(readAt(device.path(), 8192, 1024) == patternBytes(1024, 11));
}

void TestDevices::readingADiskNeedsTheDiskGroup()
{
    QVERIFY(writeFile(path(u"disk.img"_s), patternBytes(kMiB, 12)));
    const LoopDevice device(path(u"disk.img"_s), LoopDevice::Access::ReadOnly);
    if (!device.isAttached())
        QSKIP(qPrintable(device.skipReason()));
    QVERIFY(setMode(m_dir->path(), 0777));
    const ChildOutcome outcome =
        runInChild(makeRequest(device.path(), path(u"copy.bin"_s)), [] { return dropToNobody(); });
    QVERIFY(outcome.reported);
    QCOMPARE(outcome.error, TransferError::PermissionDenied);
    QVERIFY2(
        outcome.message.contains(u"reading a disk needs root or membership of the group 'disk'"_s),
        qPrintable(outcome.message));
}

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
