#include "support/loopmount.h"

#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

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
    if (::geteuid() != 0) {
        m_skipReason = QStringLiteral("attaching a loop device needs root (CI runs as root)");
        return;
    }
    QStringList arguments{QStringLiteral("-f"), QStringLiteral("--show")};
    if (access == Access::ReadOnly)
        arguments << QStringLiteral("-r");
    if (withPartitions)
        arguments << QStringLiteral("-P");
    QByteArray output;
    if (const QString failure =
            runCommand(QStringLiteral("losetup"), arguments << imagePath, &output);
        !failure.isEmpty()) {
        m_skipReason = QStringLiteral("no loop device: ") + failure;
        return;
    }
    m_path = QString::fromLocal8Bit(output).trimmed();
    // udev may still be making the partitions' nodes.
    if (withPartitions)
        (void)runCommand(QStringLiteral("udevadm"), {QStringLiteral("settle")});
}

LoopDevice::~LoopDevice()
{
    if (isAttached())
        (void)runCommand(QStringLiteral("losetup"), {QStringLiteral("-d"), m_path});
}

} // namespace rangecopy::testsupport
