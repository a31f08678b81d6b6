#pragma once

#include <functional>

#include "core/io/alignedbuffer.h"
#include "core/transfer/transferrequest.h"

#include <QtGlobal>

namespace rangecopy {

// Which end of a copy a failed system call was about, so a message can name the right file.
enum class FailedSide { Source, Destination, Either };

struct ChunkOutcome {
    qint64 bytes = 0;    // moved by this call; 0 with systemError 0 means end of the source
    int systemError = 0; // errno of a failure
    FailedSide side = FailedSide::Either;
    qint64 holeBytes = 0; // of bytes, blocks of zeros left as holes (setZeroBlocksAsHoles())
};

// Moves one chunk at a time between two open files with the chosen system call.
// When sendfile or copy_file_range says it cannot serve these files (EINVAL, ENOSYS, EXDEV,
// EOPNOTSUPP) before any byte moved, it falls back to read/write for the rest of the copy.
class ChunkCopier {
public:
    // bufferLimit bounds the read/write buffer (never above 256 KiB: a chunk may take several
    // reads and writes); destinationFilePosition is the destination descriptor's file position
    // when known (0 for one just opened, which saves sendfile an lseek), else -1;
    // forcedFastPathErrno is a test hook.
    ChunkCopier(int sourceFd, int destinationFd, CopyMethod method, qint64 bufferLimit,
                qint64 destinationFilePosition = -1, int forcedFastPathErrno = 0);

    // Copies up to length bytes from sourceOffset to destinationOffset (positional: the
    // descriptors' own file positions are not relied upon). Short transfers are normal.
    [[nodiscard]] ChunkOutcome copy(qint64 sourceOffset, qint64 destinationOffset, qint64 length);

    // Blocks of zeros (whole file system blocks of the destination) are not written but left
    // as holes: for read/write into a part of the destination that holds nothing yet (past its
    // end), where a hole reads as the zeros it replaces (SparseMode::Always).
    void setZeroBlocksAsHoles(bool on) { m_zeroBlocksAsHoles = on; }
    static constexpr qint64 kHoleBlockSize = 4096;

    // The source is read with read(), one chunk after another, not at offsets: for character
    // devices (/dev/zero, a serial line), where an offset means nothing or pread fails.
    void setSequentialSource(bool on) { m_sequentialSource = on; }
    // Called with every block read by read/write, in order, before it is written: the digests
    // of a source that can be read only once are computed from the copy's own buffer.
    using ReadObserver = std::function<void(const char* bytes, qint64 length)>;
    void setReadObserver(ReadObserver observer) { m_readObserver = std::move(observer); }

    // The method that actually served (after a fallback, ReadWrite).
    [[nodiscard]] CopyMethod method() const { return m_method; }

private:
    ChunkOutcome copyWithSendfile(qint64 sourceOffset, qint64 destinationOffset, qint64 length);
    ChunkOutcome copyWithCopyFileRange(qint64 sourceOffset, qint64 destinationOffset,
                                       qint64 length);
    ChunkOutcome copyWithReadWrite(qint64 sourceOffset, qint64 destinationOffset, qint64 length);
    [[nodiscard]] bool shouldFallBack(const ChunkOutcome& outcome) const;
    // Writes count bytes of buffer at offset (skipping blocks of zeros when asked); returns
    // the bytes written or skipped, the skipped ones, and the errno of a failed write.
    ChunkOutcome writeOut(const char* buffer, qint64 count, qint64 offset);
    // Where the first whole destination block of zeros in buffer[from, count) starts, or count.
    static qint64 nextZeroBlock(const char* buffer, qint64 count, qint64 offset, qint64 from);
    // After blocks of zeros were skipped at the end: the file reaches end (ftruncate).
    int extendTo(qint64 end);

    int m_sourceFd;
    int m_destinationFd;
    CopyMethod m_method;
    qint64 m_bufferLimit;
    int m_forcedFastPathErrno;
    bool m_zeroBlocksAsHoles = false;
    bool m_sequentialSource = false;
    ReadObserver m_readObserver;
    qint64 m_bytesMoved = 0;
    qint64 m_destinationPosition = -1; // where sendfile will write next, -1 when unknown
    AlignedBuffer m_buffer;
};

} // namespace rangecopy
