#include "core/transfer/transferengine.h"

#include "core/digest/checksumfile.h"
#include "core/digest/rangehasher.h"
#include "core/io/alignedbuffer.h"
#include "core/io/blockdevice.h"
#include "core/io/filedescriptor.h"
#include "core/io/fileerror.h"
#include "core/io/fileidentity.h"
#include "core/io/filesize.h"
#include "core/io/filesystemtype.h"
#include "core/io/rangecompare.h"
#include "core/io/readfully.h"
#include "core/text/bytesize.h"
#include "core/text/pathbytes.h"
#include "core/text/quoted.h"
#include "core/transfer/blocksharer.h"
#include "core/transfer/chunkcopier.h"
#include "core/transfer/holemap.h"
#include "core/transfer/keptpart.h"
#include "core/transfer/partfile.h"
#include "core/transfer/ratepacer.h"
#include "core/transfer/testhooks.h"
#include "core/transfer/transfermessages.h"
#include "core/transfer/undojournal.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>

namespace rangecopy {

namespace {

struct Failure {
    TransferError error = TransferError::None;
    int systemError = 0;
    QString message;

    [[nodiscard]] bool failed() const { return error != TransferError::None; }
};

Failure fail(TransferError error, const QString& message, int systemError = 0)
{
    return {error, systemError, message};
}

// Writes length zero bytes at offset: where a file system cannot punch a hole. Returns errno.
int writeZeros(int fd, qint64 offset, qint64 length)
{
    static const QByteArray zeros(256 * 1024, '\0');
    qint64 done = 0;
    while (done < length) {
        const auto want = static_cast<size_t>(std::min<qint64>(length - done, zeros.size()));
        const ssize_t written = ::pwrite(fd, zeros.constData(), want, offset + done);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        done += written;
    }
    return 0;
}

// Test hook (TestHooks::corruptBeforeVerify): inverts the byte at offset, as a disk that
// returns other bytes than it was given would.
void flipByte(int fd, qint64 offset)
{
    char byte = 0;
    if (::pread(fd, &byte, 1, offset) == 1) {
        byte = char(~byte);
        if (::pwrite(fd, &byte, 1, offset) != 1)
            qWarning("test hook: cannot change byte %lld", offset);
    }
}

// Maps the errno of a failed write-side call to the error vocabulary.
TransferError writeErrorKind(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return TransferError::DiskFull;
    case EFBIG:
        return TransferError::FileTooLarge;
    case EACCES:
    case EPERM:
    case EROFS:
        return TransferError::PermissionDenied;
    default:
        return TransferError::IoError;
    }
}

// One run of a request through its steps: the open files and what has been done so far.
// runTransfer() takes every step; checkTransfer() only those that write nothing.
class RangeCopier {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::TransferEngine)

public:
    RangeCopier(const TransferRequest& request, const ProgressCallback& progress,
                TransferControl* control, OpenSourceCache* openSources)
        : m_request(request)
        , m_progress(progress)
        , m_control(control)
        , m_openSources(openSources)
        , m_hooks(TestHooks::fromEnvironment())
        , m_sourcePath(pathToBytes(request.sourcePath))
        , m_destinationPath(pathToBytes(request.destinationPath))
    {
    }

    TransferResult run();
    TransferCheck check();

private:
    Failure checkRequest() const;
    Failure openSource();
    // openSource() with a file kept open by an earlier copy; false when there is none.
    bool reuseOpenSource();
    // Leaves the source open for the next copy (m_openSources).
    void keepSourceOpen();
    Failure notRegularSource() const;
    Failure checkDestination();
    Failure checkDestinationWritable() const;
    // A block device as the destination: overwrite mode, allowed, not in use.
    Failure checkDeviceDestination() const;
    // Source and destination are the same block device (two names of one disk).
    [[nodiscard]] bool sameDevice() const
    {
        return S_ISBLK(m_sourceStat.st_mode) && S_ISBLK(m_destinationStat.st_mode) &&
               m_sourceStat.st_rdev == m_destinationStat.st_rdev;
    }
    [[nodiscard]] bool destinationIsDevice() const { return S_ISBLK(m_destinationStat.st_mode); }
    Failure openDestination();
    Failure openDestinationInPlace();
    // --keep-partial, --resume: where the kept part starts from, and its record.
    Failure prepareKeptPart();
    Failure findResumePoint(qint64& resumeFrom);
    // The destination device is open: the range must fit in it. No undo is kept.
    Failure openedDevice(int fd);
    Failure pastDeviceEnd(qint64 end, qint64 size) const;
    Failure copyRange();
    // The destination's size now, into m_destinationSize.
    Failure readDestinationSize();
    // The destination reads as zeros in [at, at + length) and reaches at + length, without
    // writing bytes where it can (SparseMode): a punched hole, or a hole past the end.
    Failure makeHole(qint64 at, qint64 length);
    [[nodiscard]] Failure writeFailure(int error) const;
    Failure checkSourceUnchanged() const;
    // After reading a source of unknown size to its end.
    Failure checkSomethingWasRead();
    // Waits for the digests computed beside the copy, into m_result.digests.
    Failure finishHashing(RangeHasher& hasher, qint64 expected);
    Failure checkExpectedDigest();
    [[nodiscard]] Failure cancelled() const;
    // Waits for a speed limit's next chunk; false when cancelled meanwhile.
    bool waitUntil(RatePacer::Clock::time_point until) const;
    // fsync, once: asked for (--sync), or a device.
    Failure flushDestination();
    Failure verifyCopy();
    Failure finishDestination();
    Failure writeChecksumFiles();
    Failure destinationOpenFailure(int error) const;
    Failure folderMissing() const;
    Failure destinationChanged(const QString& what) const;
    Failure sourceChanged(const QString& what) const;
    Failure keepUndoInPlace(const struct stat& opened);
    Failure keepUndoForReplace();
    void sealUndo(int fd);
    // After a failure: a kept part stays (with what it holds in bytesKept), any other goes.
    void keepOrDiscardPart();

    // How many bytes the range holds: for a source whose size is unreliable (/proc, /sys) the
    // count, or, "to the end", more than any file holds: its end is where reading ends.
    [[nodiscard]] qint64 rangeLength() const
    {
        if (!m_sizeUnknown)
            return bytesToCopy(m_sourceStat.st_size, m_request);
        if (m_request.count)
            return *m_request.count;
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        return std::min(qint64(1) << 62,
                        kMax - std::max(m_request.offset, m_request.destinationOffset));
    }
    // A source that gives other bytes at a second read, or has no size to hash by: a
    // character device, a file of /proc or /sys.
    [[nodiscard]] bool readsOnce() const { return m_sizeUnknown || S_ISCHR(m_sourceStat.st_mode); }
    [[nodiscard]] bool flushes() const { return m_request.syncToDisk || destinationIsDevice(); }
    [[nodiscard]] bool writesInPlace() const
    {
        return m_request.mode == DestinationMode::Overwrite ||
               m_request.mode == DestinationMode::Append;
    }
    [[nodiscard]] int destinationFd() const
    {
        return writesInPlace() ? m_destination.get() : m_partFile.fd();
    }

    const TransferRequest& m_request;
    const ProgressCallback& m_progress;
    TransferControl* m_control;
    OpenSourceCache* m_openSources; // may be null
    TestHooks m_hooks;
    QByteArray m_sourcePath;
    QByteArray m_destinationPath;

    FileDescriptor m_source;
    struct stat m_sourceStat {};
    bool m_sourceReady = false; // opened, and m_sourceStat describes a regular file
    bool m_sizeUnknown = false; // its st_size says nothing (sizeIsUnreliable()): read to its end
    unsigned long m_sourceFileSystem = 0; // fileSystemType() of the source
    bool m_checkingOnly = false;          // check(): nothing is written, and no device is opened
    bool m_destinationExists = false;
    struct stat m_destinationStat {};
    QByteArray m_targetPath;      // the destination with symlinks resolved (replace, new)
    FileDescriptor m_destination; // overwrite, append
    PartFile m_partFile;          // replace, new
    UndoJournal m_undo;

    TransferResult m_result;
    qint64 m_bytesCopied = 0;
    bool m_flushed = false;       // flushDestination() ran
    bool m_published = false;     // a replace or new copy is in place under its name
    qint64 m_destinationSize = 0; // while copying: how far the destination reaches
};

TransferResult RangeCopier::run()
{
    const auto started = std::chrono::steady_clock::now();
    m_result.methodUsed = m_request.method;
    Failure failure = checkRequest();
    for (auto step :
         {&RangeCopier::openSource, &RangeCopier::checkDestination, &RangeCopier::openDestination,
          &RangeCopier::copyRange, &RangeCopier::verifyCopy, &RangeCopier::checkExpectedDigest,
          &RangeCopier::finishDestination, &RangeCopier::writeChecksumFiles}) {
        if (failure.failed())
            break;
        failure = (this->*step)();
    }
    keepSourceOpen();
    if (failure.failed()) {
        // What the file looks like now, for the undo of what was written before the stop.
        if (m_destination.isOpen())
            sealUndo(m_destination.get());
        keepOrDiscardPart();
        m_result.error = failure.error;
        m_result.systemError = failure.systemError;
        m_result.message = failure.message;
        if (m_result.bytesKept > 0)
            m_result.message += tr("; the first %1 copied are kept to resume from")
                                    .arg(formatSizeInWords(m_result.bytesKept));
        // A replaced or new destination got nothing (unless only its checksum file failed);
        // an in-place one holds what was written.
        m_result.bytesSent = writesInPlace() || m_published ? m_bytesCopied : 0;
    } else {
        m_result.bytesSent = m_bytesCopied;
    }
    m_result.elapsedSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return m_result;
}

void RangeCopier::keepOrDiscardPart()
{
    if (!m_partFile.isKept() || m_published) {
        m_partFile.discard();
        return;
    }
    struct stat part {};
    m_result.bytesKept = ::fstat(m_partFile.fd(), &part) == 0 ? qint64(part.st_size) : 0;
    m_partFile.discard(); // closes it and leaves it
    // A cancel that asked for nothing to be kept (the window's plain Cancel) removes it too.
    if (m_result.bytesKept == 0 ||
        (m_control && m_control->discardsPart() && m_control->isCancelled())) {
        m_result.bytesKept = 0;
        // Nothing to resume from: no clutter either.
        ::unlink(PartFile::keptPath(m_targetPath).constData());
        ::unlink(PartFile::keptRecordPath(m_targetPath).constData());
    }
}

TransferCheck RangeCopier::check()
{
    m_checkingOnly = true;
    TransferCheck check;
    const auto record = [](const Failure& failure, TransferCheck::Problem& problem) {
        problem = {failure.error, failure.systemError, failure.message};
    };
    record(checkRequest(), check.request);
    // The source and the destination are each looked at even when the other fails or is not
    // given yet, so that the window can say what is wrong with each; the same-file test
    // needs the source.
    if (!m_request.sourcePath.isEmpty())
        record(openSource(), check.source);
    if (!m_request.sourcePath.isEmpty() && check.source.ok()) {
        check.sourceSizeUnknown = m_sizeUnknown;
        check.sourceSize = m_sizeUnknown ? -1 : m_sourceStat.st_size;
        check.bytesToCopy = m_sizeUnknown ? -1 : rangeLength();
    } else {
        m_sourceReady = false;
        m_sourceStat = {};
        m_sourceStat.st_ino = 0;
        m_sourceStat.st_dev = dev_t(-1); // matches no destination
    }
    if (m_request.destinationPath.isEmpty())
        return check;
    Failure destination = checkDestination();
    if (!destination.failed())
        destination = checkDestinationWritable();
    record(destination, check.destination);
    check.destinationExists = m_destinationExists;
    if (m_destinationExists && S_ISREG(m_destinationStat.st_mode))
        check.destinationSize = m_destinationStat.st_size;
    if (m_destinationExists && destinationIsDevice()) {
        check.destinationSize =
            std::max<qint64>(0, describeBlockDevice(m_destinationStat.st_rdev).size);
        check.destinationDevice =
            TransferMessages::deviceDescription(m_destinationStat.st_rdev, -1);
    }
    // A part kept for this very copy, from the same unchanged source: it can be resumed.
    if (check.ok() && !writesInPlace() && m_sourceReady && !readsOnce()) {
        const std::optional<KeptPartRecord> kept =
            readKeptPartRecord(PartFile::keptRecordPath(m_targetPath));
        struct stat part {};
        if (kept && kept->isFor(m_request) && kept->sourceIs(m_sourceStat) &&
            ::stat(PartFile::keptPath(m_targetPath).constData(), &part) == 0 &&
            S_ISREG(part.st_mode))
            check.keptBytes = std::min<qint64>(part.st_size, check.bytesToCopy);
    }
    return check;
}

Failure RangeCopier::checkDestinationWritable() const
{
    // What creating or opening the destination would find, without creating or opening it:
    // in place an existing file is written itself; otherwise a file is made in its folder.
    if (writesInPlace() && m_destinationExists) {
        if (::access(m_targetPath.constData(), W_OK) != 0)
            return destinationOpenFailure(errno);
        return {};
    }
    const QByteArray folder = parentFolder(m_targetPath);
    struct stat folderStat {};
    if (::stat(folder.constData(), &folderStat) != 0 || !S_ISDIR(folderStat.st_mode))
        return folderMissing();
    if (::access(folder.constData(), W_OK | X_OK) != 0)
        return destinationOpenFailure(errno);
    return {};
}

Failure RangeCopier::checkRequest() const
{
    if (m_request.sourcePath.isEmpty())
        return fail(TransferError::InvalidArgument, tr("no source file given"));
    if (m_request.destinationPath.isEmpty())
        return fail(TransferError::InvalidArgument, tr("no destination file given"));
    if (const QString reason = checkRequestNumbers(m_request); !reason.isEmpty())
        return fail(TransferError::InvalidRange, reason);
    if (const QString reason = checkDigestOptions(m_request); !reason.isEmpty())
        return fail(TransferError::InvalidArgument, reason);
    if (const QString reason = checkResumeOptions(m_request); !reason.isEmpty())
        return fail(TransferError::InvalidArgument, reason);
    return {};
}

Failure RangeCopier::notRegularSource() const
{
    // Pipes and sockets have no fixed size to take a range of and cannot be read twice alike,
    // so neither the range nor --verify would mean anything.
    return fail(TransferError::NotRegularFile,
                tr("cannot copy from %1: it is a pipe or a socket, not a file")
                    .arg(quoted(m_request.sourcePath)));
}

bool RangeCopier::reuseOpenSource()
{
    if (!m_openSources)
        return false;
    OpenSourceCache::Entry kept = m_openSources->take(m_sourcePath);
    // Its size and time now, as a fresh open would find them; a file that is no longer
    // regular (or cannot be looked at) is opened again from its path.
    if (!kept.file.isOpen() || ::fstat(kept.file.get(), &m_sourceStat) != 0 ||
        !S_ISREG(m_sourceStat.st_mode))
        return false;
    m_source = std::move(kept.file);
    m_sourceFileSystem = kept.fileSystemType;
    m_sourceReady = true;
    return true;
}

void RangeCopier::keepSourceOpen()
{
    if (m_openSources && m_source.isOpen() && m_sourceReady && !m_sizeUnknown &&
        S_ISREG(m_sourceStat.st_mode))
        m_openSources->keep({m_sourcePath, std::move(m_source), m_sourceFileSystem});
}

Failure RangeCopier::openSource()
{
    if (!m_checkingOnly && reuseOpenSource())
        return {};
    struct stat before {};
    const bool looked = ::stat(m_sourcePath.constData(), &before) == 0;
    // FIFOs and sockets are refused before they are opened; so is a character device without
    // a count (it has no end), and the form's check does not open one at all: opening can do
    // things (a serial line raises DTR, a tape rewinds). What stat() cannot see is left to
    // open() to report.
    if (looked && (S_ISFIFO(before.st_mode) || S_ISSOCK(before.st_mode)))
        return notRegularSource();
    if (looked && S_ISCHR(before.st_mode)) {
        if (!m_request.count)
            return fail(TransferError::InvalidRange,
                        tr("cannot copy all of %1: a character device has no end; give a count "
                           "(say 1 GiB of /dev/zero)")
                            .arg(quoted(m_request.sourcePath)));
        if (m_request.offset != 0)
            return fail(TransferError::InvalidRange,
                        tr("cannot start reading %1 at byte %2: a character device is read from "
                           "where it is; leave the offset at 0")
                            .arg(quoted(m_request.sourcePath), QString::number(m_request.offset)));
        if (m_request.verify)
            return fail(TransferError::InvalidArgument,
                        tr("cannot verify a copy of %1: a character device gives other bytes at "
                           "each read; copy without verifying")
                            .arg(quoted(m_request.sourcePath)));
        if (m_checkingOnly) {
            m_sourceStat = before;
            m_sourceReady = true;
            m_sizeUnknown = true;
            return {};
        }
    }
    // O_NONBLOCK so that a FIFO given as the source is refused instead of waiting for a writer;
    // O_NOCTTY so that a terminal never becomes ours.
    const int fd = ::open(m_sourcePath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        // A socket cannot be opened at all (ENXIO): say what it is rather than the errno.
        struct stat info {};
        if (error == ENXIO && ::stat(m_sourcePath.constData(), &info) == 0 &&
            !S_ISREG(info.st_mode) && !S_ISBLK(info.st_mode) && !S_ISCHR(info.st_mode))
            return notRegularSource();
        QString message = tr("cannot open %1 for reading: %2")
                              .arg(quoted(m_request.sourcePath), systemReason(error));
        if ((error == EACCES || error == EPERM) && looked && S_ISBLK(before.st_mode))
            message += tr("; reading a disk needs root or membership of the group %1")
                           .arg(quoted(QStringLiteral("disk")));
        switch (error) {
        case ENOENT:
        case ENOTDIR:
            return fail(TransferError::SourceNotFound, message, error);
        case EACCES:
        case EPERM:
            return fail(TransferError::PermissionDenied, message, error);
        default:
            return fail(TransferError::IoError, message, error);
        }
    }
    m_source = FileDescriptor(fd);
    if (::fstat(fd, &m_sourceStat) != 0)
        return fail(TransferError::IoError,
                    tr("cannot read the size of %1: %2")
                        .arg(quoted(m_request.sourcePath), systemReason(errno)),
                    errno);
    if (S_ISDIR(m_sourceStat.st_mode))
        return fail(TransferError::NotRegularFile,
                    tr("cannot copy from %1: it is a folder, not a file")
                        .arg(quoted(m_request.sourcePath)));
    if (S_ISBLK(m_sourceStat.st_mode)) {
        // A disk, a partition, a loop device: read like a file of its size.
        m_sourceStat.st_size = blockDeviceSize(fd);
        if (m_sourceStat.st_size < 0)
            return fail(TransferError::IoError,
                        tr("cannot read the size of %1: %2")
                            .arg(quoted(m_request.sourcePath), systemReason(errno)),
                        errno);
    } else if (S_ISCHR(m_sourceStat.st_mode) && m_request.count) {
        // /dev/zero, /dev/urandom: as many bytes as the count, read one after another.
        m_sizeUnknown = true;
    } else if (!S_ISREG(m_sourceStat.st_mode)) {
        return notRegularSource();
    }
    // Reads are positional, so the non-blocking flag has no effect on a regular file.
    m_sourceReady = true;
    m_sourceFileSystem = fileSystemType(fd);
    m_sizeUnknown = m_sizeUnknown || sizeIsUnreliable(m_sourceStat, m_sourceFileSystem);
    return {};
}

Failure RangeCopier::checkDestination()
{
    const QString& shownPath = m_request.destinationPath;
    struct stat linkStat {};
    if (::lstat(m_destinationPath.constData(), &linkStat) != 0) {
        const int error = errno;
        if (error == EACCES)
            return fail(TransferError::PermissionDenied,
                        tr("cannot look up %1: %2").arg(quoted(shownPath), systemReason(error)),
                        error);
        if (error == ENOTDIR)
            return folderMissing();
        if (error != ENOENT)
            return fail(TransferError::IoError,
                        tr("cannot look up %1: %2").arg(quoted(shownPath), systemReason(error)),
                        error);
        // Whether the folder exists is left to creating the file, which fails with ENOENT
        // if not: one system call less per copy, which counts when copies are small.
        m_targetPath = m_destinationPath;
        return {};
    }

    if (m_request.mode == DestinationMode::CreateNew)
        return fail(TransferError::DestinationExists,
                    tr("%1 already exists and the mode is \"new\"").arg(quoted(shownPath)), EEXIST);

    m_targetPath = m_destinationPath;
    m_destinationStat = linkStat;
    if (S_ISLNK(linkStat.st_mode)) {
        // Like cp, write to the file a symlink points at rather than replacing the link.
        if (::stat(m_destinationPath.constData(), &m_destinationStat) == 0) {
            char resolved[PATH_MAX];
            if (::realpath(m_destinationPath.constData(), resolved) != nullptr)
                m_targetPath = resolved;
        } else if (writesInPlace()) {
            // Like cp, never create a file through a dangling link: where it points may be a
            // place the user did not mean (or someone planted it).
            return fail(TransferError::NotRegularFile,
                        tr("cannot write to %1: it is a symbolic link to a file that does not "
                           "exist, and RangeCopy does not create files through such links")
                            .arg(quoted(shownPath)),
                        ENOENT);
        } else {
            m_destinationStat = linkStat; // a dangling link: it is replaced by the copy
        }
    }
    m_destinationExists = true;

    if (S_ISDIR(m_destinationStat.st_mode))
        return fail(TransferError::DestinationIsFolder,
                    tr("cannot write to %1: it is a folder").arg(quoted(shownPath)), EISDIR);
    if (isSameFile(m_sourceStat, m_destinationStat) || sameDevice())
        return fail(
            TransferError::IdenticalFiles,
            tr("%1 and %2 are the same file").arg(quoted(m_request.sourcePath), quoted(shownPath)));
    if (S_ISBLK(m_destinationStat.st_mode))
        return checkDeviceDestination();
    if (!S_ISREG(m_destinationStat.st_mode) && !S_ISLNK(m_destinationStat.st_mode))
        return fail(TransferError::NotRegularFile,
                    tr("cannot write to %1: it is not a regular file (a device, pipe or socket)")
                        .arg(quoted(shownPath)));
    // A copy that writes nothing must not be able to destroy a file: replacing one that holds
    // bytes with an empty range would only empty it (an offset past the end, a count of 0).
    // (Only for numbers that make sense: wrong ones are said as such.)
    // A source whose size is unknown is held to it after reading (copyRange()).
    if (m_request.mode == DestinationMode::Replace && m_sourceReady && !m_sizeUnknown &&
        S_ISREG(m_destinationStat.st_mode) && m_destinationStat.st_size > 0 &&
        checkRequestNumbers(m_request).isEmpty() &&
        bytesToCopy(m_sourceStat.st_size, m_request) == 0)
        return fail(TransferError::InvalidRange,
                    tr("nothing would be copied, so replacing %1 would leave it empty")
                        .arg(quoted(shownPath)));
    return {};
}

Failure RangeCopier::folderMissing() const
{
    return fail(TransferError::DestinationFolderMissing,
                tr("cannot create %1: the folder %2 does not exist")
                    .arg(quoted(m_request.destinationPath),
                         quoted(pathFromBytes(parentFolder(m_destinationPath)))),
                ENOENT);
}

Failure RangeCopier::destinationOpenFailure(int error) const
{
    if (!m_destinationExists && (error == ENOENT || error == ENOTDIR))
        return folderMissing();
    const QString message =
        tr("cannot write to %1: %2").arg(quoted(m_request.destinationPath), systemReason(error));
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return fail(TransferError::DestinationFolderMissing, message, error);
    case EISDIR:
        return fail(TransferError::DestinationIsFolder, message, error);
    case EEXIST:
        return fail(TransferError::DestinationExists, message, error);
    default:
        return fail(writeErrorKind(error), message, error);
    }
}

Failure RangeCopier::destinationChanged(const QString& what) const
{
    return fail(TransferError::DestinationChanged,
                tr("cannot write to %1: %2 after it was checked; nothing was written")
                    .arg(quoted(m_request.destinationPath), what));
}

Failure RangeCopier::openDestination()
{
    if (m_hooks.beforeDestinationOpen)
        m_hooks.beforeDestinationOpen();
    // Leftovers of earlier copies to this name that were killed before they could clean up.
    if (!destinationIsDevice())
        PartFile::removeStale(m_targetPath);
    if (writesInPlace())
        return openDestinationInPlace();

    // A replaced file keeps its permission bits (and owner, when we may set it); a new one
    // gets the source's bits less the umask, as cp does (the kernel applies the umask).
    const bool replacesFile = m_destinationExists && S_ISREG(m_destinationStat.st_mode);
    const mode_t createMode = replacesFile ? 0600 : (m_sourceStat.st_mode & 0777);
    const bool keepsPart = m_request.keepPartial || m_request.resume;
    int error = 0;
    if (keepsPart) {
        error = PartFile::openKept(m_targetPath, createMode, m_partFile);
    } else {
        // Where nothing is replaced, a file without a name is enough (and cheaper); a file
        // system without such files gets a named part file.
        error = m_destinationExists ? EOPNOTSUPP
                                    : PartFile::createUnnamed(m_targetPath, createMode, m_partFile);
        if (PartFile::lacksUnnamedFiles(error))
            error = PartFile::create(m_targetPath, createMode, m_partFile);
    }
    if (error != 0)
        return error == EBUSY ? fail(TransferError::DestinationExists,
                                     tr("another copy is writing the kept part of %1; wait for it "
                                        "to end")
                                         .arg(quoted(m_request.destinationPath)),
                                     error)
                              : destinationOpenFailure(error);
    if (replacesFile) {
        if (::geteuid() == 0 &&
            ::fchown(m_partFile.fd(), m_destinationStat.st_uid, m_destinationStat.st_gid) != 0) {
            // Not fatal: the copy is still correct, only owned by us.
        }
        if (::fchmod(m_partFile.fd(), m_destinationStat.st_mode & 07777) != 0)
            return destinationOpenFailure(errno);
    }
    m_result.destinationStart = 0;
    return keepsPart ? prepareKeptPart() : Failure{};
}

Failure RangeCopier::prepareKeptPart()
{
    qint64 resumeFrom = 0;
    if (m_request.resume) {
        if (Failure failure = findResumePoint(resumeFrom); failure.failed())
            return failure;
        m_result.resumedFrom = resumeFrom;
    }
    // What is past the resume point (or all of it, starting afresh) is written again.
    if (::ftruncate(m_partFile.fd(), resumeFrom) != 0)
        return writeFailure(errno);
    m_bytesCopied = resumeFrom;
    const QByteArray record = PartFile::keptRecordPath(m_targetPath);
    if (const int error = writeFileAtomically(pathFromBytes(record),
                                              keptPartRecord(m_request, m_sourceStat), false);
        error != 0)
        return fail(writeErrorKind(error),
                    tr("cannot record the kept part of %1: %2")
                        .arg(quoted(m_request.destinationPath), systemReason(error)),
                    error);
    return {};
}

Failure RangeCopier::findResumePoint(qint64& resumeFrom)
{
    resumeFrom = 0;
    if (readsOnce())
        return fail(TransferError::InvalidArgument,
                    tr("cannot resume a copy from %1: it gives its bytes only once; copy it "
                       "again without resuming")
                        .arg(quoted(m_request.sourcePath)));
    struct stat part {};
    if (::fstat(m_partFile.fd(), &part) != 0)
        return writeFailure(errno);
    const std::optional<KeptPartRecord> record =
        readKeptPartRecord(PartFile::keptRecordPath(m_targetPath));
    if (!record || part.st_size == 0)
        return {}; // nothing kept (or nothing known of it): the copy starts from the beginning
    if (!record->isFor(m_request))
        return fail(TransferError::InvalidArgument,
                    tr("the part kept for %1 belongs to another copy (from %2, offset %3); run "
                       "that one again to resume it, or this one without resuming to start over")
                        .arg(quoted(m_request.destinationPath), quoted(record->request.sourcePath))
                        .arg(record->request.offset));
    if (!record->sourceIs(m_sourceStat))
        return fail(TransferError::SourceChanged,
                    tr("%1 changed since the copy to %2 stopped (its size, time or file differ), "
                       "so the part kept cannot be trusted; copy again without resuming")
                        .arg(quoted(m_request.sourcePath), quoted(m_request.destinationPath)));
    // Trust what the part holds only as far as it matches the source: a copy killed by a power
    // cut keeps what reached the disk, and the rest may read as zeros or old blocks.
    const qint64 length = std::min<qint64>(part.st_size, rangeLength());
    const RangeComparison comparison =
        compareRanges(m_partFile.fd(), 0, m_source.get(), m_request.offset, length);
    if (comparison.error != 0)
        return fail(TransferError::IoError,
                    tr("cannot read the part kept for %1: %2")
                        .arg(quoted(m_request.destinationPath), systemReason(comparison.error)),
                    comparison.error);
    resumeFrom = comparison.firstDifference < 0 ? length : comparison.firstDifference;
    return {};
}

Failure RangeCopier::openDestinationInPlace()
{
    // Open exactly what checkDestination() looked at: the file a symlink resolved to, with
    // O_NOFOLLOW so that a symlink planted there since is refused rather than written through,
    // and O_EXCL when there was no file, so that none planted since is written into. No
    // truncation, and not O_APPEND, which sendfile refuses.
    // A block device is opened with O_EXCL, which Linux makes an exclusive claim: it fails
    // (EBUSY) while the device is mounted or claimed by anyone else.
    const int flags = O_RDWR | O_NOFOLLOW | O_CLOEXEC |
                      (!m_destinationExists    ? O_CREAT | O_EXCL
                       : destinationIsDevice() ? O_EXCL
                                               : 0);
    const int fd = ::open(m_targetPath.constData(), flags, m_sourceStat.st_mode & 0777);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP)
            return destinationChanged(tr("it was replaced by a symbolic link, which was not "
                                         "followed,"));
        struct stat planted {};
        if (error == EEXIST && ::lstat(m_targetPath.constData(), &planted) == 0 &&
            S_ISLNK(planted.st_mode))
            return destinationChanged(tr("a symbolic link of that name appeared, which was not "
                                         "followed,"));
        if (error == EEXIST)
            return destinationChanged(tr("a file of that name appeared"));
        if (error == EBUSY && destinationIsDevice())
            return fail(TransferError::DeviceInUse,
                        tr("cannot write into %1: the device is in use (mounted, or claimed by "
                           "another program)")
                            .arg(quoted(m_request.destinationPath)),
                        error);
        if (error == ENOENT && m_destinationExists)
            return destinationChanged(tr("it was removed"));
        return destinationOpenFailure(error);
    }
    m_destination = FileDescriptor(fd);
    if (!m_destinationExists) {
        // O_CREAT | O_EXCL made this empty regular file just now: there is nothing to look at
        // again (one system call less per copy, which counts when copies are small).
        m_result.destinationStart =
            m_request.mode == DestinationMode::Append ? 0 : m_request.destinationOffset;
        if (!m_request.keepUndo) {
            UndoJournal::forget(m_targetPath);
        } else if (const int error = m_undo.beginCreate(m_targetPath); error == 0) {
            m_result.undoKept = true;
        }
        return {};
    }
    struct stat openedStat {};
    if (::fstat(fd, &openedStat) != 0)
        return destinationOpenFailure(errno);
    // A file swapped in under the same name (say a hard link to another file) is not ours.
    if (!isSameFile(openedStat, m_destinationStat))
        return destinationChanged(tr("it was replaced by another file"));
    // Checked again on the open file: the name may have been switched since the first look.
    if (isSameFile(m_sourceStat, openedStat))
        return fail(TransferError::IdenticalFiles,
                    tr("%1 and %2 are the same file")
                        .arg(quoted(m_request.sourcePath), quoted(m_request.destinationPath)));
    if (S_ISBLK(openedStat.st_mode))
        return openedDevice(fd);
    if (!S_ISREG(openedStat.st_mode))
        return fail(TransferError::NotRegularFile,
                    tr("cannot write to %1: it is not a regular file")
                        .arg(quoted(m_request.destinationPath)));
    m_result.destinationStart = m_request.mode == DestinationMode::Append
                                    ? openedStat.st_size
                                    : m_request.destinationOffset;
    if (m_request.mode == DestinationMode::Append && m_request.count) {
        if (const QString reason = checkRangeFits(openedStat.st_size, *m_request.count);
            !reason.isEmpty())
            return fail(TransferError::InvalidRange, tr("in the destination, %1").arg(reason));
    }
    return keepUndoInPlace(openedStat);
}

Failure RangeCopier::checkDeviceDestination() const
{
    const QString device = TransferMessages::deviceDescription(m_destinationStat.st_rdev, -1);
    if (m_request.mode != DestinationMode::Overwrite)
        return fail(TransferError::NotRegularFile,
                    tr("cannot write to %1 in %2 mode: it is a disk (%3), which is "
                       "written only in overwrite mode, at an offset")
                        .arg(quoted(m_request.destinationPath), modeName(m_request.mode), device));
    if (!m_request.allowDevice)
        return fail(TransferError::DeviceNotAllowed,
                    tr("%1 is a disk (%2): writing into it needs --allow-device")
                        .arg(quoted(m_request.destinationPath), device));
    // Its size from /sys, so that the form's check says it too without opening the device.
    const qint64 size = describeBlockDevice(m_destinationStat.st_rdev).size;
    if (const qint64 end = m_request.destinationOffset + rangeLength();
        m_sourceReady && (!m_sizeUnknown || m_request.count) && size >= 0 && end > size)
        return pastDeviceEnd(end, size);
    if (const QStringList uses = blockDeviceUses(m_destinationStat.st_rdev); !uses.isEmpty())
        return fail(TransferError::DeviceInUse,
                    tr("cannot write into %1: it is in use (%2)")
                        .arg(quoted(m_request.destinationPath), uses.join(QStringLiteral("; "))),
                    EBUSY);
    return {};
}

Failure RangeCopier::pastDeviceEnd(qint64 end, qint64 size) const
{
    return fail(TransferError::InvalidRange,
                tr("the copy would end at byte %1, past the end of %2, which holds %3")
                    .arg(QString::number(end), quoted(m_request.destinationPath),
                         TransferMessages::sizeInWords(size)));
}

Failure RangeCopier::openedDevice(int fd)
{
    const qint64 size = blockDeviceSize(fd);
    if (size < 0)
        return destinationOpenFailure(errno);
    m_result.destinationStart = m_request.destinationOffset;
    // The device cannot grow: the whole range must fit, or nothing is written.
    const qint64 end = m_request.destinationOffset + rangeLength();
    const bool lengthKnown = !m_sizeUnknown || m_request.count.has_value();
    if (lengthKnown && end > size)
        return pastDeviceEnd(end, size);
    m_result.undoKept = false; // undo data would go beside it, in /dev
    return {};
}

Failure RangeCopier::keepUndoInPlace(const struct stat& opened)
{
    // Before the first byte changes: an earlier copy's undo data no longer fits the file.
    const qint64 length = rangeLength();
    const bool overwrite = m_request.mode == DestinationMode::Overwrite;
    const qint64 toKeep =
        overwrite ? std::max<qint64>(
                        0, std::min<qint64>(m_request.destinationOffset + length, opened.st_size) -
                               m_request.destinationOffset)
                  : 0;
    if (!m_request.keepUndo || toKeep > m_request.undoLimit) {
        UndoJournal::forget(m_targetPath);
        return {};
    }
    const int error = m_undo.beginInPlace(m_targetPath, m_destination.get(), opened,
                                          overwrite ? UndoJournal::Change::Overwrite
                                                    : UndoJournal::Change::Append,
                                          m_request.destinationOffset, length, m_hooks.undoErrno);
    if (error != 0)
        return fail(writeErrorKind(error),
                    tr("cannot keep the bytes of %1 that the copy would replace, for Undo: %2; "
                       "nothing was written")
                        .arg(quoted(m_request.destinationPath), systemReason(error)),
                    error);
    m_result.undoKept = true;
    return {};
}

Failure RangeCopier::keepUndoForReplace()
{
    const bool replacesFile = m_destinationExists && S_ISREG(m_destinationStat.st_mode);
    if (!m_request.keepUndo) {
        UndoJournal::forget(m_targetPath);
        return {};
    }
    const int error = replacesFile ? m_undo.beginReplace(m_targetPath, m_destinationStat)
                                   : m_undo.beginCreate(m_targetPath);
    switch (error) {
    case 0:
        m_result.undoKept = true;
        return {};
    case EPERM:
    case EXDEV:
    case EMLINK:
    case EOPNOTSUPP:
    case ESTALE:
        // A file system without hard links, or a file swapped under the name since it was
        // checked (the rename replaces that one): the copy goes on without a way back.
        UndoJournal::forget(m_targetPath);
        return {};
    default:
        return fail(writeErrorKind(error),
                    tr("cannot keep %1 for Undo before replacing it: %2; it was left as it was")
                        .arg(quoted(m_request.destinationPath), systemReason(error)),
                    error);
    }
}

void RangeCopier::sealUndo(int fd)
{
    struct stat after {};
    if (m_undo.isActive() && !m_undo.isSealed() && ::fstat(fd, &after) == 0)
        m_undo.seal(after);
}

Failure RangeCopier::sourceChanged(const QString& what) const
{
    // In place, the bytes already written stay; the result's bytesSent says how many.
    const QString outcome =
        writesInPlace()
            ? tr("what was written to %1 before that stays").arg(quoted(m_request.destinationPath))
            : tr("%1 was left as it was").arg(quoted(m_request.destinationPath));
    return fail(TransferError::SourceChanged,
                tr("%1 %2 while it was copied, so the copy could mix old and new bytes; %3")
                    .arg(quoted(m_request.sourcePath), what, outcome));
}

Failure RangeCopier::copyRange()
{
    // The range is fixed when the copy starts: "to the end" is the end the source had then,
    // and a count past it is cut there. Nothing past it is read, so a source that keeps
    // growing cannot keep the copy going, and a source that ends early has shrunk.
    // A source whose size is unknown (/proc, /sys) is read to its end, by read/write: the
    // kernel's copy paths go by the size too, and such files hold no holes or shared blocks.
    const qint64 expected = rangeLength();
    const qint64 bufferLimit = std::min(m_request.chunkSize, std::max<qint64>(expected, 1));
    // Blocks of zeros become holes only where the destination holds nothing yet; that needs
    // the bytes in hand, so read/write. In overwrite mode "always" keeps holes as "auto" does.
    const bool zerosAsHoles = m_request.sparse == SparseMode::Always && !m_sizeUnknown &&
                              m_request.mode != DestinationMode::Overwrite;
    const bool copiedOnTheServer = copiesOnTheServer(m_sourceFileSystem) &&
                                   fileSystemType(destinationFd()) == m_sourceFileSystem;
    // Digests: a source read once is hashed from the copy's own buffer (so read/write);
    // any other by a RangeHasher on a thread of its own, reading the range beside the copy.
    const QList<DigestAlgorithm> algorithms = digestsToCompute(m_request);
    const bool hashFromBuffer = !algorithms.isEmpty() && readsOnce();
    if (hashFromBuffer && m_request.expectsDigest() && writesInPlace())
        return fail(TransferError::InvalidArgument,
                    tr("cannot check the expected checksum of %1 before writing into %2: it gives "
                       "its bytes only once; copy into a new file (mode replace or new) instead")
                        .arg(quoted(m_request.sourcePath), quoted(m_request.destinationPath)));
    const CopyMethod method = zerosAsHoles || m_sizeUnknown || hashFromBuffer
                                  ? CopyMethod::ReadWrite
                                  : resolveMethod(m_request.method, m_request.offset,
                                                  m_result.destinationStart, copiedOnTheServer);
    m_result.methodUsed = method;
    // Both kinds of destination were opened by this run, so their file position is 0.
    ChunkCopier copier(m_source.get(), destinationFd(), method, bufferLimit, 0,
                       m_hooks.fastPathErrno);
    copier.setZeroBlocksAsHoles(zerosAsHoles);
    copier.setSequentialSource(S_ISCHR(m_sourceStat.st_mode));
    std::optional<Digester> bufferDigester;
    if (hashFromBuffer) {
        bufferDigester.emplace(algorithms);
        copier.setReadObserver([&bufferDigester](const char* bytes, qint64 length) {
            bufferDigester->add(bytes, length);
        });
    }
    // Auto shares blocks where the file system can (reflink) and copies the rest; a method
    // chosen by name does just what it says, so that a copy with blocks of its own can be had.
    // Shared blocks keep the source's holes, so only --sparse auto shares (as in cp).
    BlockSharer sharer(m_source.get(), destinationFd(), m_request.offset, m_result.destinationStart,
                       m_request.method == CopyMethod::Auto &&
                           m_request.sparse == SparseMode::Auto && !m_sizeUnknown &&
                           !destinationIsDevice());
    // Every byte is written into a device: it cannot grow, and a hole there means nothing.
    HoleMap holes(m_source.get(), m_request.sparse != SparseMode::Never && !m_sizeUnknown &&
                                      !destinationIsDevice() && mayHoldHoles(m_sourceStat));
    if (Failure failure = readDestinationSize(); failure.failed())
        return failure;

    std::optional<RangeHasher> hasher;
    bool hashed = false;
    if (!algorithms.isEmpty() && !hashFromBuffer) {
        hasher.emplace(m_source.get(), m_request.offset, expected, algorithms);
        hasher->start();
        // In place, a wrong range must not be written at all: its digest comes first.
        if (m_request.expectsDigest() && writesInPlace()) {
            if (Failure failure = finishHashing(*hasher, expected); failure.failed())
                return failure;
            if (Failure failure = checkExpectedDigest(); failure.failed())
                return failure;
            hashed = true;
        }
    }
    // With digests, the work is done when both the copy and the hashing are.
    const auto reportProgress = [&] {
        if (!m_progress)
            return;
        const qint64 done = hasher ? std::min(m_bytesCopied, hasher->bytesHashed()) : m_bytesCopied;
        m_progress(done, m_sizeUnknown && !m_request.count ? m_bytesCopied : expected);
    };

    RatePacer pacer(m_request.rateLimit);
    while (m_bytesCopied < expected) {
        if (m_control && (!m_control->waitWhilePaused() || m_control->isCancelled()))
            return cancelled();
        const qint64 sourceAt = m_request.offset + m_bytesCopied;
        const qint64 destinationAt = m_result.destinationStart + m_bytesCopied;
        const Extent extent = holes.extentAt(sourceAt, m_request.offset + expected);
        if (extent.hole) {
            // A hole moves no bytes: the destination gets one where the source has one.
            if (Failure failure = makeHole(destinationAt, extent.length); failure.failed())
                return failure;
            m_bytesCopied += extent.length;
            m_result.bytesInHoles += extent.length;
            reportProgress();
            continue;
        }
        qint64 want = std::min(m_request.chunkSize, extent.length);
        ChunkOutcome outcome;
        if (sharer.isActive()) {
            const BlockSharer::Span span = sharer.nextSpan(sourceAt, extent.length);
            if (span.shareable) {
                outcome = sharer.share(sourceAt, destinationAt, span.length);
                if (outcome.systemError == 0)
                    m_result.bytesShared += outcome.bytes;
            } else {
                want = std::min(want, span.length);
            }
        }
        // Bytes not shared (also those the file system just said it cannot share) are copied,
        // at the pace of a speed limit; holes and shared blocks move nothing and go unpaced.
        if (outcome.bytes == 0 && outcome.systemError == 0) {
            const auto chunkStarted = RatePacer::Clock::now();
            outcome = copier.copy(sourceAt, destinationAt, pacer.chunkLimit(want));
            m_result.methodUsed = copier.method();
            pacer.chunkDone(chunkStarted, outcome.bytes);
        }
        m_bytesCopied += outcome.bytes;
        m_result.bytesInHoles += outcome.holeBytes;
        m_destinationSize = std::max(m_destinationSize, destinationAt + outcome.bytes);
        // Read to its end: a file of unknown size ends where a read gives nothing, a stream
        // opened without blocking (/proc/kmsg) where it has nothing more for now.
        if (m_sizeUnknown && outcome.side == FailedSide::Source && outcome.systemError == EAGAIN)
            break;
        if (m_sizeUnknown && outcome.bytes == 0 && outcome.systemError == 0)
            break;
        if (outcome.systemError != 0) {
            const int error = outcome.systemError;
            if (outcome.side == FailedSide::Source)
                return fail(
                    TransferError::IoError,
                    tr("cannot read %1: %2").arg(quoted(m_request.sourcePath), systemReason(error)),
                    error);
            const TransferError kind = writeErrorKind(error);
            const QString message =
                kind == TransferError::IoError && outcome.side == FailedSide::Either
                    ? tr("cannot copy from %1 to %2: %3")
                          .arg(quoted(m_request.sourcePath), quoted(m_request.destinationPath),
                               systemReason(error))
                    : tr("cannot write to %1: %2")
                          .arg(quoted(m_request.destinationPath), systemReason(error));
            return fail(kind, message, error);
        }
        if (outcome.bytes == 0)
            return sourceChanged(tr("got shorter (it held %1 bytes when the copy started)")
                                     .arg(m_sourceStat.st_size));
        reportProgress();
        // A speed limit's pause comes after the chunk, the last one's too: the whole copy then
        // takes at least its bytes / the rate.
        if (pacer.limits() && !waitUntil(pacer.nextStart()))
            return cancelled();
        if (m_hooks.chunkDelay.count() > 0)
            std::this_thread::sleep_for(m_hooks.chunkDelay);
    }
    if (bufferDigester)
        m_result.digests = bufferDigester->finish();
    if (hasher && !hashed) {
        if (Failure failure = finishHashing(*hasher, expected); failure.failed())
            return failure;
    }
    if (m_sizeUnknown)
        return checkSomethingWasRead();
    m_result.endOfFileReached = m_request.count && *m_request.count > expected;
    if (S_ISBLK(m_sourceStat.st_mode))
        return {}; // a device's node says nothing of writes to the device
    return checkSourceUnchanged();
}

Failure RangeCopier::checkSomethingWasRead()
{
    m_result.endOfFileReached = m_request.count && *m_request.count > m_bytesCopied;
    // As checkDestination() does for a source whose size says the range is empty: a copy that
    // got no bytes must not empty the file it replaces. (Such a source's size and times say
    // nothing of a change, so checkSourceUnchanged() has nothing to look at.)
    if (m_bytesCopied == 0 && m_request.mode == DestinationMode::Replace && m_destinationExists &&
        S_ISREG(m_destinationStat.st_mode) && m_destinationStat.st_size > 0)
        return fail(TransferError::InvalidRange,
                    tr("%1 gave no bytes from byte %2 on, so replacing %3 would leave it empty; "
                       "it was left as it was")
                        .arg(quoted(m_request.sourcePath), QString::number(m_request.offset),
                             quoted(m_request.destinationPath)));
    return {};
}

Failure RangeCopier::readDestinationSize()
{
    if (destinationIsDevice()) {
        m_destinationSize = blockDeviceSize(destinationFd());
        return m_destinationSize < 0 ? writeFailure(errno) : Failure{};
    }
    if (!writesInPlace() && !m_partFile.isKept()) {
        m_destinationSize = 0; // a part file made by this run
        return {};
    }
    struct stat status {};
    if (::fstat(destinationFd(), &status) != 0)
        return writeFailure(errno);
    m_destinationSize = status.st_size;
    return {};
}

Failure RangeCopier::writeFailure(int error) const
{
    return fail(
        writeErrorKind(error),
        tr("cannot write to %1: %2").arg(quoted(m_request.destinationPath), systemReason(error)),
        error);
}

Failure RangeCopier::makeHole(qint64 at, qint64 length)
{
    const int fd = destinationFd();
    const qint64 end = at + length;
    // Bytes the destination holds there (overwrite) must read as zeros now: a hole punched
    // where the file system can, else zeros written.
    if (const qint64 existingEnd = std::min(end, m_destinationSize); at < existingEnd) {
        if (::fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, at, existingEnd - at) !=
            0) {
            const int error = errno;
            if (error != EOPNOTSUPP && error != ENOSYS)
                return writeFailure(error);
            if (const int zerosError = writeZeros(fd, at, existingEnd - at); zerosError != 0)
                return writeFailure(zerosError);
        }
    }
    // Past the end the file grows by a hole; done now, so that a copy stopped later has
    // written exactly the span its count says.
    if (end > m_destinationSize) {
        if (::ftruncate(fd, end) != 0)
            return writeFailure(errno);
        m_destinationSize = end;
    }
    return {};
}

Failure RangeCopier::checkSourceUnchanged() const
{
    // As tar does ("file changed as we read it"): a write to the source during the copy shows
    // in its size or modification time. A write within the file system's timestamp
    // granularity that keeps the size can go unseen; --verify catches what that misses.
    struct stat now {};
    if (::fstat(m_source.get(), &now) != 0) {
        const int error = errno;
        return fail(TransferError::IoError,
                    tr("cannot read the size of %1: %2")
                        .arg(quoted(m_request.sourcePath), systemReason(error)),
                    error);
    }
    if (now.st_size != m_sourceStat.st_size)
        return sourceChanged(
            tr("changed size from %1 to %2 bytes").arg(m_sourceStat.st_size).arg(now.st_size));
    if (now.st_mtim.tv_sec != m_sourceStat.st_mtim.tv_sec ||
        now.st_mtim.tv_nsec != m_sourceStat.st_mtim.tv_nsec)
        return sourceChanged(tr("was written to"));
    return {};
}

bool RangeCopier::waitUntil(RatePacer::Clock::time_point until) const
{
    if (m_control)
        return m_control->waitUntil(until);
    std::this_thread::sleep_until(until);
    return true;
}

Failure RangeCopier::cancelled() const
{
    QString message = writesInPlace() ? tr("the copy to %1 was cancelled after %2")
                                            .arg(quoted(m_request.destinationPath),
                                                 TransferMessages::bytesWereWritten(m_bytesCopied))
                                      : tr("the copy was cancelled; %1 was left as it was")
                                            .arg(quoted(m_request.destinationPath));
    return fail(TransferError::Cancelled, message);
}

Failure RangeCopier::finishHashing(RangeHasher& hasher, qint64 expected)
{
    // The copy can be done before its digests (SHA-256 is slower than the page cache): the
    // progress follows the hashing then, and a cancel still stops it.
    while (!hasher.waitFor(std::chrono::milliseconds(100))) {
        if (m_control && m_control->isCancelled()) {
            hasher.stop();
            return cancelled();
        }
        if (m_progress)
            m_progress(std::min(m_bytesCopied, hasher.bytesHashed()), expected);
    }
    const RangeHasher::Outcome outcome = hasher.outcome();
    if (outcome.error != 0)
        return fail(TransferError::IoError,
                    tr("cannot read %1 to compute its checksum: %2")
                        .arg(quoted(m_request.sourcePath), systemReason(outcome.error)),
                    outcome.error);
    if (outcome.endedEarly)
        return sourceChanged(
            tr("got shorter (it held %1 bytes when the copy started)").arg(m_sourceStat.st_size));
    m_result.digests = outcome.digests;
    // The last word on progress: the copy's bytes, now that the hashing has caught up.
    if (m_progress)
        m_progress(std::min(m_bytesCopied, hasher.bytesHashed()), expected);
    return {};
}

Failure RangeCopier::checkExpectedDigest()
{
    if (!m_request.expectsDigest())
        return {};
    const Digest& wanted = m_request.expectedDigest;
    for (const Digest& digest : std::as_const(m_result.digests)) {
        if (digest.algorithm != wanted.algorithm || digest.hex == wanted.hex)
            continue;
        // In place nothing was written yet (the digest came first); the message table says so.
        const QString kept =
            writesInPlace() ? QString()
                            : tr("; %1 was left as it was").arg(quoted(m_request.destinationPath));
        return fail(TransferError::ChecksumMismatch,
                    tr("the %1 checksum of the range of %2 is %3, not the expected %4%5")
                        .arg(digestName(digest.algorithm), quoted(m_request.sourcePath), digest.hex,
                             wanted.hex, kept));
    }
    return {};
}

Failure RangeCopier::flushDestination()
{
    if (m_flushed || !flushes())
        return {};
    m_flushed = true;
    if (::fsync(destinationFd()) != 0) {
        const int error = errno;
        return fail(writeErrorKind(error),
                    tr("cannot flush %1 to disk: %2")
                        .arg(quoted(m_request.destinationPath), systemReason(error)),
                    error);
    }
    return {};
}

Failure RangeCopier::verifyCopy()
{
    if (!m_request.verify)
        return {};
    // Flushed, the destination's pages are clean and can be dropped from the page cache, so
    // that the bytes are read back from the storage. Without a flush the kernel still holds
    // them to write, and what is read back is its copy in memory.
    const bool fromDisk = flushes();
    if (fromDisk) {
        if (Failure failure = flushDestination(); failure.failed())
            return failure;
        ::posix_fadvise(destinationFd(), m_result.destinationStart, m_bytesCopied,
                        POSIX_FADV_DONTNEED);
    }
    if (m_hooks.corruptBeforeVerify >= 0)
        flipByte(destinationFd(), m_result.destinationStart + m_hooks.corruptBeforeVerify);
    const RangeComparison comparison =
        compareRanges(m_source.get(), m_request.offset, destinationFd(), m_result.destinationStart,
                      m_bytesCopied);
    if (comparison.error != 0)
        return fail(TransferError::IoError,
                    tr("cannot read back %1 or %2 to verify the copy: %3")
                        .arg(quoted(m_request.sourcePath), quoted(m_request.destinationPath),
                             systemReason(comparison.error)),
                    comparison.error);
    if (comparison.equal()) {
        m_result.verification = fromDisk ? Verification::MatchedDisk : Verification::MatchedCache;
        return {};
    }
    m_result.verification = Verification::Differed;
    m_result.firstDifference = comparison.firstDifference;
    m_result.differingBytes = comparison.differingBytes;
    return fail(TransferError::VerificationFailed,
                TransferMessages::verificationDifference(m_request, m_result));
}

Failure RangeCopier::finishDestination()
{
    // What was written into a device is flushed before the copy says it is done: it is
    // usually about to be unplugged.
    if (Failure failure = flushDestination(); failure.failed())
        return failure;
    if (writesInPlace()) {
        sealUndo(m_destination.get());
        if (const int error = m_destination.close(); error != 0)
            return fail(writeErrorKind(error),
                        tr("cannot finish writing %1: %2")
                            .arg(quoted(m_request.destinationPath), systemReason(error)),
                        error);
        return {};
    }
    const bool replace = m_request.mode == DestinationMode::Replace;
    if (Failure failure = keepUndoForReplace(); failure.failed())
        return failure;
    // The new file keeps its inode and modification time through the rename.
    struct stat published {};
    const bool knowsPublished = m_undo.isActive() && ::fstat(m_partFile.fd(), &published) == 0;
    if (const int error = m_partFile.publish(replace); error != 0) {
        m_undo.abandon();
        m_result.undoKept = false;
        if (error == EEXIST)
            return fail(TransferError::DestinationExists,
                        tr("%1 appeared while copying and the mode is \"new\"; it was left as it "
                           "was")
                            .arg(quoted(m_request.destinationPath)),
                        error);
        return fail(writeErrorKind(error),
                    tr("cannot put the copy in place as %1: %2")
                        .arg(quoted(m_request.destinationPath), systemReason(error)),
                    error);
    }
    m_published = true;
    if (m_undo.isActive() && (!knowsPublished || m_undo.seal(published) != 0)) {
        m_undo.abandon(); // an undo that could not check the file would be unsafe
        m_result.undoKept = false;
    }
    if (m_request.syncToDisk) {
        // Make the rename itself durable.
        FileDescriptor folder(
            ::open(parentFolder(m_targetPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (folder.isOpen())
            ::fsync(folder.get());
    }
    return {};
}

Failure RangeCopier::writeChecksumFiles()
{
    if (!m_request.writeChecksumFiles)
        return {};
    for (const Digest& digest : std::as_const(m_result.digests)) {
        const QString path =
            m_request.checksumFilePath.isEmpty()
                ? defaultChecksumFilePath(m_request.destinationPath, digest.algorithm)
                : m_request.checksumFilePath;
        const QByteArray name = pathToBytes(checksumFileEntryName(path, m_request.destinationPath));
        if (const int error =
                writeFileAtomically(path, checksumLine(digest, name), m_request.syncToDisk);
            error != 0)
            return fail(
                writeErrorKind(error),
                tr("the copy is in place as %1, but its checksum file %2 could not be "
                   "written: %3")
                    .arg(quoted(m_request.destinationPath), quoted(path), systemReason(error)),
                error);
        m_result.checksumFiles << path;
    }
    return {};
}

} // namespace

OpenSourceCache::Entry OpenSourceCache::take(const QByteArray& path)
{
    if (!m_entry.file.isOpen() || m_entry.path != path)
        return {};
    return std::exchange(m_entry, {});
}

void OpenSourceCache::keep(Entry entry)
{
    m_entry = std::move(entry);
}

TransferResult runTransfer(const TransferRequest& request, const ProgressCallback& progress,
                           TransferControl* control, OpenSourceCache* openSources)
{
    return RangeCopier(request, progress, control, openSources).run();
}

TransferCheck checkTransfer(const TransferRequest& request)
{
    return RangeCopier(request, {}, nullptr, nullptr).check();
}

} // namespace rangecopy
