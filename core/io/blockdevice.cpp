#include "core/io/blockdevice.h"
#include "core/text/pathbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <linux/fs.h>
#include <optional>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace rangecopy {

namespace {

QString sysfsFolderOf(dev_t device)
{
    // A symlink into /sys/devices/…/block/sdb or …/block/sdb/sdb1 (a partition).
    return QFileInfo(QStringLiteral("/sys/dev/block/%1:%2").arg(major(device)).arg(minor(device)))
        .canonicalFilePath();
}

QString firstLineOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}

bool isPartition(const QString& folder)
{
    return QFileInfo::exists(folder + QStringLiteral("/partition"));
}

// The whole disk's folder: the partition's parent, or the folder itself.
QString wholeDiskFolder(const QString& folder)
{
    return isPartition(folder) ? QFileInfo(folder).path() : folder;
}

std::optional<dev_t> deviceNumberIn(const QString& folder)
{
    const QStringList parts = firstLineOf(folder + QStringLiteral("/dev")).split(u':');
    bool majorOk = false;
    bool minorOk = false;
    if (parts.size() != 2)
        return std::nullopt;
    const unsigned int majorNumber = parts[0].toUInt(&majorOk);
    const unsigned int minorNumber = parts[1].toUInt(&minorOk);
    if (!majorOk || !minorOk)
        return std::nullopt;
    return makedev(majorNumber, minorNumber);
}

// The device and, for a whole disk, its partitions.
QList<dev_t> deviceAndPartitions(dev_t device)
{
    QList<dev_t> devices{device};
    const QString folder = sysfsFolderOf(device);
    if (folder.isEmpty() || isPartition(folder))
        return devices;
    const QDir disk(folder);
    for (const QString& entry : disk.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString child = disk.filePath(entry);
        if (isPartition(child))
            if (const std::optional<dev_t> number = deviceNumberIn(child))
                devices << *number;
    }
    return devices;
}

// /proc/self/mountinfo escapes spaces and the like as \040.
QString unescapeMountField(const QByteArray& field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += char(code);
                i += 3;
                continue;
            }
        }
        out += field[i];
    }
    return pathFromBytes(out);
}

std::optional<dev_t> deviceOfPath(const QString& path)
{
    struct stat status {};
    if (::stat(pathToBytes(path).constData(), &status) != 0 || !S_ISBLK(status.st_mode))
        return std::nullopt;
    return status.st_rdev;
}

} // namespace

qint64 blockDeviceSize(int fd)
{
    quint64 size = 0;
    if (::ioctl(fd, BLKGETSIZE64, &size) != 0)
        return -1;
    return qint64(size);
}

BlockDeviceInfo describeBlockDevice(dev_t device)
{
    BlockDeviceInfo info;
    const QString folder = sysfsFolderOf(device);
    if (folder.isEmpty())
        return info;
    info.name = QFileInfo(folder).fileName();
    bool sizeKnown = false;
    const qint64 sectors = firstLineOf(folder + QStringLiteral("/size")).toLongLong(&sizeKnown);
    if (sizeKnown)
        info.size = sectors * 512;
    const QString disk = wholeDiskFolder(folder);
    const QString vendor = firstLineOf(disk + QStringLiteral("/device/vendor"));
    const QString model = firstLineOf(disk + QStringLiteral("/device/model"));
    info.model = (vendor + u' ' + model).trimmed();
    if (const QString backing = firstLineOf(disk + QStringLiteral("/loop/backing_file"));
        !backing.isEmpty())
        info.model =
            QCoreApplication::translate("rangecopy::BlockDevice", "backed by %1").arg(backing);
    return info;
}

QStringList blockDeviceUses(dev_t device)
{
    const QList<dev_t> devices = deviceAndPartitions(device);
    QStringList uses;
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (mounts.open(QIODevice::ReadOnly)) {
        // "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw": the device number
        // (btrfs shows one of its own there), the mount point, and after " - " the source.
        for (const QByteArray& line : mounts.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            const qsizetype separator = fields.indexOf("-");
            if (fields.size() < 5 || separator < 0 || separator + 2 >= fields.size())
                continue;
            const QString source = unescapeMountField(fields[separator + 2]);
            std::optional<dev_t> mounted = deviceOfPath(source);
            if (!mounted) {
                const QList<QByteArray> numbers = fields[2].split(':');
                if (numbers.size() == 2)
                    mounted = makedev(numbers[0].toUInt(), numbers[1].toUInt());
            }
            if (mounted && devices.contains(*mounted))
                uses << QCoreApplication::translate("rangecopy::BlockDevice", "%1 mounted on %2")
                            .arg(source.startsWith(u'/') ? source : QStringLiteral("it"),
                                 unescapeMountField(fields[4]));
        }
    }
    QFile swaps(QStringLiteral("/proc/swaps"));
    if (swaps.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = swaps.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) { // the first line names the columns
            const QString path = QString::fromUtf8(lines[i].split(' ').value(0));
            if (const std::optional<dev_t> swap = deviceOfPath(path);
                swap && devices.contains(*swap))
                uses << QCoreApplication::translate("rangecopy::BlockDevice", "%1 used as swap")
                            .arg(path);
        }
    }
    uses.removeDuplicates();
    return uses;
}

} // namespace rangecopy
