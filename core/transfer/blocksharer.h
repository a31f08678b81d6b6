#pragma once

#include "core/transfer/chunkcopier.h"

#include <QtGlobal>

namespace rangecopy {

// Shares the source's blocks with the destination instead of copying their bytes
// (FICLONERANGE, as cp --reflink does), where both files are on one file system that can:
// XFS with reflink, btrfs, bcachefs. A shared block costs no space and no time until one of
// the files writes to it; the file system then copies it.
//
// Only whole blocks lying at the same place within a block in both files can be shared, so a
// copy shares the block-aligned middle of a range and copies its head and tail. The first
// time the file system says it cannot (EOPNOTSUPP, EXDEV, EINVAL and the like: another file
// system, ext4, tmpfs), the sharer turns itself off and the caller copies those bytes the
// usual way; it has written nothing then. On file systems known never to share (ext4, tmpfs,
// FAT, exFAT) it does not ask at all.
class BlockSharer {
public:
    // enabled false, or offsets at different places within a block: never shares.
    BlockSharer(int sourceFd, int destinationFd, qint64 sourceOffset, qint64 destinationOffset,
                bool enabled);

    [[nodiscard]] bool isActive() const { return m_active; }

    // Of length bytes at sourceAt, how many to move next: the bytes up to the next block
    // border when sourceAt is not at one (the head), whole blocks (the middle), or what is
    // left when that is less than a block (the tail). Only the middle is shareable; a head or
    // tail costs at most a block of copying each.
    struct Span {
        qint64 length = 0;
        bool shareable = false;
    };
    [[nodiscard]] Span nextSpan(qint64 sourceAt, qint64 length) const;

    // Shares length bytes (a span nextSpan() called shareable). Returns the bytes shared, the
    // errno of a failure to report, or nothing at all when the file system cannot share: the
    // sharer is inactive from then on.
    [[nodiscard]] ChunkOutcome share(qint64 sourceAt, qint64 destinationAt, qint64 length);

    // The most bytes one call shares: sharing is metadata work, so large steps are cheap, but
    // progress and cancel still get a say now and then.
    static constexpr qint64 kMaxBytesPerShare = qint64(1) << 30;

private:
    int m_sourceFd;
    int m_destinationFd;
    qint64 m_blockSize = 0;
    bool m_active = false;
};

} // namespace rangecopy
