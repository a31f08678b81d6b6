#include "support/loopmount.h"

#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/loop.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace rangecopy::testsupport {

namespace {

// Runs a command to its end; empty on success, else what it said. Its standard output goes to
// output when given.
QString runCommand(const QString& program, const QStringList& arguments,
                   QByteArray* output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(kWaitMs) || process.exitStatus() != QProcess::NormalExit)
        return program + QStringLiteral(" did not finish");
    if (process.exitCode() != 0)
        return program + QStringLiteral(" failed: ") +
               QString::fromLocal8Bit(process.readAll()).trimmed();
    if (output != nullptr)
        *output = process.readAll();
    return {};
}

} // namespace

bool inPrivateMountNamespace()
{
    static const bool entered = enterPrivateMountNamespace();
    return entered;
}

LoopMount::LoopMount(const QString& type, const QString& imagePath, const QString& mountPoint,
                     qint64 imageSize)
    : m_mountPoint(mountPoint)
{
    const QString mkfs = QStandardPaths::findExecutable(
        QStringLiteral("mkfs.") + type, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (::geteuid() != 0) {
        m_skipReason = QStringLiteral("mounting a loop device needs root (CI runs as root)");
        return;
    }
    if (mkfs.isEmpty()) {
        m_skipReason = QStringLiteral("mkfs.%1 is not installed (scripts/install-deps)").arg(type);
        return;
    }
    QFile image(imagePath);
    if (!image.open(QIODevice::WriteOnly) || !image.resize(imageSize)) {
        m_skipReason = QStringLiteral("cannot make the image %1").arg(imagePath);
        return;
    }
    image.close();
    if (!QDir().mkpath(mountPoint) || !inPrivateMountNamespace()) {
        m_skipReason = QStringLiteral("cannot make a private mount namespace");
        return;
    }
    if (const QString failure = runCommand(mkfs, {QStringLiteral("-q"), imagePath});
        !failure.isEmpty()) {
        m_skipReason = failure;
        return;
    }
    if (const QString failure =
            runCommand(QStringLiteral("mount"),
                       {QStringLiteral("-o"), QStringLiteral("loop"), imagePath, mountPoint});
        !failure.isEmpty()) {
        m_skipReason = QStringLiteral("no loop device to mount on: ") + failure;
        return;
    }
    m_mounted = true;
}

LoopMount::~LoopMount()
{
    if (m_mounted)
        (void)runCommand(QStringLiteral("umount"), {m_mountPoint});
}

LoopDevice::LoopDevice(const QString& imagePath, Access access, bool withPartitions)
{
    // Attached with the loop driver's ioctls rather than by running losetup: a test process
    // with threads (a window's) must not fork, which ThreadSanitizer cannot follow.
    if (::geteuid() != 0) {
        m_skipReason = QStringLiteral("attaching a loop device needs root (CI runs as root)");
        return;
    }
    const FileDescriptor control(::open("/dev/loop-control", O_RDWR | O_CLOEXEC));
    const FileDescriptor image(
        ::open(QFile::encodeName(imagePath).constData(),
               (access == Access::ReadOnly ? O_RDONLY : O_RDWR) | O_CLOEXEC));
    if (!control.isOpen() || !image.isOpen()) {
        m_skipReason = QStringLiteral("no loop devices here (/dev/loop-control: %1)")
                           .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    // Another process may take the free device first: then ask again.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const int number = ::ioctl(control.get(), LOOP_CTL_GET_FREE);
        if (number < 0)
            break;
        const QString path = QStringLiteral("/dev/loop%1").arg(number);
        FileDescriptor device(::open(QFile::encodeName(path).constData(),
                                     (access == Access::ReadOnly ? O_RDONLY : O_RDWR) | O_CLOEXEC));
        if (!device.isOpen() || ::ioctl(device.get(), LOOP_SET_FD, image.get()) != 0)
            continue;
        loop_info64 info{};
        info.lo_flags = LO_FLAGS_AUTOCLEAR | (withPartitions ? LO_FLAGS_PARTSCAN : 0);
        if (::ioctl(device.get(), LOOP_SET_STATUS64, &info) != 0) {
            ::ioctl(device.get(), LOOP_CLR_FD, 0);
            break;
        }
        m_path = path;
        m_device = std::move(device);
        return;
    }
    m_skipReason =
        QStringLiteral("no free loop device: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
}

LoopDevice::~LoopDevice()
{
    // With LO_FLAGS_AUTOCLEAR the device lets go of its image once nobody holds it open.
    if (m_device.isOpen())
        ::ioctl(m_device.get(), LOOP_CLR_FD, 0);
}

} // namespace rangecopy::testsupport
