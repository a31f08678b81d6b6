#pragma once

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace rangecopy {

// What can be said of a block device (a disk, a partition, a loop device) without opening it,
// from /sys/dev/block: its kernel name and its model (a loop device's backing file).
struct BlockDeviceInfo {
    QString name;     // "sdb", "sdb1", "loop0"
    QString model;    // "SanDisk Ultra", "backed by /var/tmp/disk.img", or empty when unknown
    qint64 size = -1; // in bytes, from its count of 512-byte sectors; -1 when unknown
};

// The size of an open block device in bytes (BLKGETSIZE64), or -1 with errno set.
[[nodiscard]] qint64 blockDeviceSize(int fd);

[[nodiscard]] BlockDeviceInfo describeBlockDevice(dev_t device);

// Where the device, or any partition of it, is in use: "/dev/sdb1 mounted on /media/stick",
// "/dev/sdb2 used as swap". Empty when it is not (or when /proc cannot tell).
[[nodiscard]] QStringList blockDeviceUses(dev_t device);

} // namespace rangecopy
