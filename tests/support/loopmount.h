#pragma once

#include "core/io/filedescriptor.h"

#include <QString>

namespace rangecopy::testsupport {

// Moves the test process (its main thread, and what it starts from there) into a mount
// namespace of its own, once: mounts made there vanish with the process. Root only.
[[nodiscard]] bool inPrivateMountNamespace();

// A file system of one type ("xfs", "btrfs", "ext4") made in a sparse image file and mounted
// through a loop device on a folder, for tests that need what a file system can or cannot do
// (share blocks, punch holes). The mount is made in a mount namespace private to the test
// process, so that it goes when the process ends, however it ends; the destructor unmounts it
// sooner. Needs root (CI runs as root) and mkfs.TYPE; without them skipReason() says which.
class LoopMount {
public:
    LoopMount(const QString& type, const QString& imagePath, const QString& mountPoint,
              qint64 imageSize = qint64(512) << 20);
    ~LoopMount();
    LoopMount(const LoopMount&) = delete;
    LoopMount& operator=(const LoopMount&) = delete;

    [[nodiscard]] bool isMounted() const { return m_mounted; }
    // Why it is not mounted: for QSKIP when it is something the machine lacks.
    [[nodiscard]] const QString& skipReason() const { return m_skipReason; }
    [[nodiscard]] QString path(const QString& name) const { return m_mountPoint + u'/' + name; }

private:
    QString m_mountPoint;
    bool m_mounted = false;
    QString m_skipReason;
};

// A loop device over an image file (as losetup -f), read-only or not, with its partitions as
// devices of their own when asked (/dev/loopNp1, …, where the kernel reads partition tables);
// detached when it goes. Needs root and a free loop device; without them skipReason() says
// which.
class LoopDevice {
public:
    enum class Access { ReadOnly, ReadWrite };
    LoopDevice(const QString& imagePath, Access access, bool withPartitions = false);
    ~LoopDevice();
    LoopDevice(const LoopDevice&) = delete;
    LoopDevice& operator=(const LoopDevice&) = delete;

    [[nodiscard]] bool isAttached() const { return !m_path.isEmpty(); }
    [[nodiscard]] const QString& path() const { return m_path; } // "/dev/loop3"
    [[nodiscard]] const QString& skipReason() const { return m_skipReason; }

private:
    QString m_path;
    QString m_skipReason;
    FileDescriptor m_device; // held open while attached
};

} // namespace rangecopy::testsupport
