#include "support/loopmount.h"

#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace rangecopy::testsupport {

namespace {

// Runs a command to its end; empty on success, else what it said.
QString runCommand(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(kWaitMs) || process.exitStatus() != QProcess::NormalExit)
        return program + QStringLiteral(" did not finish");
    if (process.exitCode() != 0)
        return program + QStringLiteral(" failed: ") +
               QString::fromLocal8Bit(process.readAll()).trimmed();
    return {};
}

// The test process's own mount namespace, made once: mounts in it vanish with the process.
bool inPrivateMountNamespace()
{
    static const bool entered = enterPrivateMountNamespace();
    return entered;
}

} // namespace

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

} // namespace rangecopy::testsupport
