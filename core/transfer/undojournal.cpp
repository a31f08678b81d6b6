#include "core/transfer/undojournal.h"

#include "core/io/alignedbuffer.h"
#include "core/io/filedescriptor.h"
#include "core/io/fileerror.h"
#include "core/io/fileidentity.h"
#include "core/io/readfully.h"
#include "core/text/pathbytes.h"
#include "core/transfer/sidecarlisting.h"
#include "core/transfer/transfermessages.h"

#include <QFile>
#include <QHash>
#include <QList>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace rangecopy {

namespace {

constexpr char kRecordSuffix[] = ".rangecopy-undo";
constexpr char kDataSuffix[] = ".rangecopy-undo-data";
constexpr char kNewSuffix[] = ".rangecopy-undo-new";
constexpr char kMagic[] = "rangecopy-undo 1";

// The undo names add a dot and a suffix to the destination's name; a long name is shortened
// (not inside a UTF-8 sequence) so that they stay valid file names.
QByteArray undoPath(const QByteArray& targetPath, const char* suffix)
{
    const QByteArray folder = folderPrefix(targetPath);
    QByteArray baseName = targetPath.mid(folder.size());
    constexpr qsizetype kRoom = NAME_MAX - 1 - qsizetype(sizeof(kDataSuffix) - 1);
    if (baseName.size() > kRoom) {
        qsizetype length = kRoom;
        while (length > 0 && (static_cast<unsigned char>(baseName.at(length)) & 0xc0) == 0x80)
            --length;
        baseName = baseName.left(length);
    }
    return folder + '.' + baseName + suffix;
}

QByteArray changeName(UndoJournal::Change change)
{
    switch (change) {
    case UndoJournal::Change::Overwrite:
        return "overwrite";
    case UndoJournal::Change::Append:
        return "append";
    case UndoJournal::Change::Replace:
        return "replace";
    case UndoJournal::Change::Create:
        return "create";
    }
    return {};
}

// Writes all of data at offset; returns 0 or the errno.
int writeAll(int fd, const char* data, qint64 length, qint64 offset)
{
    while (length > 0) {
        const ssize_t written = ::pwrite(fd, data, size_t(length), offset);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return EIO;
        data += written;
        length -= written;
        offset += written;
    }
    return 0;
}

// Copies length bytes from one open file to another; returns 0 or the errno. A source that
// ends early is EIO: the undo data or the destination is not what the record says.
int copyBytes(int from, qint64 fromOffset, int to, qint64 toOffset, qint64 length,
              int failWithErrno)
{
    AlignedBuffer buffer;
    const auto size = std::size_t(std::clamp<qint64>(length, 1, AlignedBuffer::kPreferredBytes));
    char* const bytes = buffer.reserve(size);
    if (bytes == nullptr)
        return ENOMEM;
    qint64 done = 0;
    while (done < length) {
        const qint64 want = std::min<qint64>(length - done, qint64(size));
        const ReadOutcome read = readFully(from, bytes, want, fromOffset + done);
        if (!read.ok())
            return read.error;
        if (read.bytes < want)
            return EIO;
        if (failWithErrno != 0)
            return failWithErrno;
        if (const int error = writeAll(to, bytes, want, toOffset + done); error != 0)
            return error;
        done += want;
    }
    return 0;
}

// A new file that no planted name is followed into: the old one goes first.
FileDescriptor createFresh(const QByteArray& path, mode_t mode)
{
    ::unlink(path.constData());
    return FileDescriptor(
        ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
}

// The destination as the engine resolves it: the file a symlink points to.
QByteArray resolveTarget(const QByteArray& path)
{
    struct stat info {};
    if (::lstat(path.constData(), &info) == 0 && S_ISLNK(info.st_mode)) {
        char resolved[PATH_MAX];
        if (::realpath(path.constData(), resolved) != nullptr)
            return resolved;
    }
    return path;
}

} // namespace

struct UndoJournal::Record {
    QHash<QByteArray, QByteArray> fields;

    [[nodiscard]] qint64 number(const char* key, bool& ok) const
    {
        bool valid = false;
        const qint64 value = fields.value(key).toLongLong(&valid);
        ok = ok && valid;
        return value;
    }
};

QByteArray UndoJournal::recordPath(const QByteArray& targetPath)
{
    return undoPath(targetPath, kRecordSuffix);
}

QByteArray UndoJournal::dataPath(const QByteArray& targetPath)
{
    return undoPath(targetPath, kDataSuffix);
}

void UndoJournal::forget(const QByteArray& targetPath)
{
    const QByteArray record = recordPath(targetPath);
    const QByteArray data = dataPath(targetPath);
    // Most copies go to names that never had an undo: a fresh listing of the folder, shared
    // by the copies of this process, says so without two directory searches per copy.
    if (!SidecarListing::mayExist(record) && !SidecarListing::mayExist(data))
        return;
    // The record first: data without a record is never used.
    ::unlink(record.constData());
    SidecarListing::noteRemoved(record);
    ::unlink(data.constData());
    SidecarListing::noteRemoved(data);
}

int UndoJournal::beginInPlace(const QByteArray& targetPath, int fd, const struct stat& info,
                              Change change, qint64 offset, qint64 length, int failWithErrno)
{
    forget(targetPath);
    m_targetPath = targetPath;
    m_change = change;
    m_oldSize = info.st_size;
    m_device = info.st_dev;
    m_inode = info.st_ino;
    m_offset = change == Change::Overwrite ? offset : info.st_size;
    m_saved = change == Change::Overwrite
                  ? std::max<qint64>(0, std::min<qint64>(offset + length, info.st_size) - offset)
                  : 0;
    if (change == Change::Overwrite) {
        const QByteArray data = dataPath(targetPath);
        FileDescriptor saved = createFresh(data, 0600);
        int error = saved.isOpen() ? 0 : errno;
        if (error == 0)
            SidecarListing::noteCreated(data);
        if (error == 0)
            error = copyBytes(fd, m_offset, saved.get(), 0, m_saved, failWithErrno);
        if (error == 0)
            error = saved.close();
        if (error != 0) {
            ::unlink(data.constData());
            m_targetPath.clear();
            return error;
        }
    }
    if (const int error = writeRecord(); error != 0) {
        abandon();
        return error;
    }
    return 0;
}

int UndoJournal::beginReplace(const QByteArray& targetPath, const struct stat& old)
{
    forget(targetPath);
    const QByteArray data = dataPath(targetPath);
    if (::link(targetPath.constData(), data.constData()) != 0)
        return errno;
    SidecarListing::noteCreated(data);
    // The name may have been switched since the engine looked: keep only the file it saw.
    struct stat linked {};
    if (::lstat(data.constData(), &linked) != 0 || !isSameFile(linked, old)) {
        ::unlink(data.constData());
        return ESTALE;
    }
    m_targetPath = targetPath;
    m_change = Change::Replace;
    m_oldSize = old.st_size;
    m_saved = old.st_size;
    if (const int error = writeRecord(); error != 0) {
        abandon();
        return error;
    }
    return 0;
}

int UndoJournal::beginCreate(const QByteArray& targetPath)
{
    forget(targetPath);
    m_targetPath = targetPath;
    m_change = Change::Create;
    if (const int error = writeRecord(); error != 0) {
        abandon();
        return error;
    }
    return 0;
}

int UndoJournal::seal(const struct stat& after)
{
    if (!isActive())
        return 0;
    m_sealed = true;
    m_device = after.st_dev;
    m_inode = after.st_ino;
    m_size = after.st_size;
    m_mtimeSeconds = after.st_mtim.tv_sec;
    m_mtimeNanoseconds = after.st_mtim.tv_nsec;
    return writeRecord();
}

void UndoJournal::abandon()
{
    if (isActive())
        forget(m_targetPath);
    m_targetPath.clear();
    m_sealed = false;
}

int UndoJournal::writeRecord() const
{
    QByteArray text = QByteArray(kMagic) + '\n';
    const auto line = [&text](const char* key, const QByteArray& value) {
        text += key + QByteArray(" ") + value + '\n';
    };
    const auto number = [&line](const char* key, qint64 value) {
        line(key, QByteArray::number(value));
    };
    line("change", changeName(m_change));
    number("offset", m_offset);
    number("saved", m_saved);
    number("old_size", m_oldSize);
    number("device", qint64(m_device));
    number("inode", qint64(m_inode));
    number("sealed", m_sealed ? 1 : 0);
    number("size", m_size);
    number("mtime_s", m_mtimeSeconds);
    number("mtime_ns", m_mtimeNanoseconds);

    const QByteArray temporary = undoPath(m_targetPath, kNewSuffix);
    FileDescriptor file = createFresh(temporary, 0600);
    if (!file.isOpen())
        return errno;
    int error = writeAll(file.get(), text.constData(), text.size(), 0);
    if (error == 0)
        error = file.close();
    if (error == 0 && ::rename(temporary.constData(), recordPath(m_targetPath).constData()) != 0)
        error = errno;
    if (error == 0)
        SidecarListing::noteCreated(recordPath(m_targetPath));
    if (error != 0)
        ::unlink(temporary.constData());
    return error;
}

UndoResult UndoJournal::undoLastCopy(const QString& destinationPath, int failWithErrno)
{
    const auto refuse = [](TransferError error, const QString& message, int systemError = 0) {
        return UndoResult{error, systemError, message};
    };
    const QByteArray target = resolveTarget(pathToBytes(destinationPath));
    const QByteArray record = recordPath(target);

    // The record, small and ours: read it whole.
    QByteArray text;
    {
        FileDescriptor file(::open(record.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
        if (!file.isOpen()) {
            if (errno == ENOENT)
                return refuse(TransferError::NothingToUndo,
                              TransferMessages::nothingToUndo(destinationPath));
            return refuse(TransferError::IoError,
                          TransferMessages::undoFailed(destinationPath, systemReason(errno)),
                          errno);
        }
        char buffer[4096];
        const ReadOutcome read = readFully(file.get(), buffer, sizeof(buffer), 0);
        if (!read.ok())
            return refuse(TransferError::IoError,
                          TransferMessages::undoFailed(destinationPath, systemReason(read.error)),
                          read.error);
        text = QByteArray(buffer, qsizetype(read.bytes));
    }
    Record fields;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            fields.fields.insert(line.left(space), line.mid(space + 1));
    }
    bool valid = lines.value(0) == kMagic;
    const QByteArray change = fields.fields.value("change");
    const qint64 offset = fields.number("offset", valid);
    const qint64 saved = fields.number("saved", valid);
    const qint64 oldSize = fields.number("old_size", valid);
    const qint64 device = fields.number("device", valid);
    const qint64 inode = fields.number("inode", valid);
    const bool sealed = fields.number("sealed", valid) == 1;
    const qint64 size = fields.number("size", valid);
    const qint64 mtimeSeconds = fields.number("mtime_s", valid);
    const qint64 mtimeNanoseconds = fields.number("mtime_ns", valid);
    const bool restoring = fields.fields.value("restoring") == "1";
    if (!valid || offset < 0 || saved < 0 || oldSize < 0)
        return refuse(TransferError::NothingToUndo,
                      TransferMessages::undoDataDamaged(destinationPath, pathFromBytes(record)));

    // The file must be the one the copy left: the same file, and (once the copy ended and
    // recorded it) the same size and modification time. Anything else wrote to it since.
    const auto changedSince = [&](const QString& what) {
        return refuse(TransferError::DestinationChanged,
                      TransferMessages::undoChangedSince(destinationPath, what));
    };
    struct stat now {};
    FileDescriptor file(
        ::open(target.constData(), O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (!file.isOpen()) {
        if (errno == ENOENT)
            return changedSince(TransferMessages::tr("it was removed"));
        return refuse(TransferError::PermissionDenied,
                      TransferMessages::undoFailed(destinationPath, systemReason(errno)), errno);
    }
    if (::fstat(file.get(), &now) != 0)
        return refuse(TransferError::IoError,
                      TransferMessages::undoFailed(destinationPath, systemReason(errno)), errno);
    if (!S_ISREG(now.st_mode) || qint64(now.st_dev) != device || qint64(now.st_ino) != inode)
        return changedSince(TransferMessages::tr("it was replaced by another file"));
    if (sealed && !restoring) {
        if (qint64(now.st_size) != size)
            return changedSince(TransferMessages::tr("its size changed from %1 to %2 bytes")
                                    .arg(size)
                                    .arg(qint64(now.st_size)));
        if (now.st_mtim.tv_sec != mtimeSeconds || now.st_mtim.tv_nsec != mtimeNanoseconds)
            return changedSince(TransferMessages::tr("it was written to"));
    }

    const QByteArray data = dataPath(target);
    const auto failed = [&](int error) {
        return refuse(error == ENOSPC || error == EDQUOT ? TransferError::DiskFull
                                                         : TransferError::IoError,
                      TransferMessages::undoFailed(destinationPath, systemReason(error)), error);
    };
    QString done;
    if (change == "overwrite") {
        FileDescriptor bytes(::open(data.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
        struct stat dataStat {};
        if (!bytes.isOpen() || ::fstat(bytes.get(), &dataStat) != 0 || dataStat.st_size != saved)
            return refuse(TransferError::NothingToUndo,
                          TransferMessages::undoDataDamaged(destinationPath, pathFromBytes(data)));
        // From here the file is changed in steps: a failure half-way must not make the next
        // try refuse the file it left, so the record says that a restore began.
        if (!restoring) {
            const QByteArray marked = text.trimmed() + "\nrestoring 1\n";
            const QByteArray temporary = undoPath(target, kNewSuffix);
            FileDescriptor newRecord = createFresh(temporary, 0600);
            int error = newRecord.isOpen() ? 0 : errno;
            if (error == 0)
                error = writeAll(newRecord.get(), marked.constData(), marked.size(), 0);
            if (error == 0)
                error = newRecord.close();
            if (error == 0 && ::rename(temporary.constData(), record.constData()) != 0)
                error = errno;
            if (error == 0)
                SidecarListing::noteCreated(record);
            if (error != 0) {
                ::unlink(temporary.constData());
                return failed(error);
            }
        }
        if (const int error = copyBytes(bytes.get(), 0, file.get(), offset, saved, failWithErrno);
            error != 0)
            return failed(error);
        if (qint64(now.st_size) != oldSize && ::ftruncate(file.get(), oldSize) != 0)
            return failed(errno);
        if (::fsync(file.get()) != 0)
            return failed(errno);
        done = TransferMessages::undoneOverwrite(destinationPath, offset, saved, oldSize);
    } else if (change == "append") {
        if (failWithErrno != 0)
            return failed(failWithErrno);
        if (::ftruncate(file.get(), oldSize) != 0 || ::fsync(file.get()) != 0)
            return failed(errno);
        done = TransferMessages::undoneAppend(destinationPath, oldSize);
    } else if (change == "replace") {
        struct stat dataStat {};
        if (::lstat(data.constData(), &dataStat) != 0 || !S_ISREG(dataStat.st_mode))
            return refuse(TransferError::NothingToUndo,
                          TransferMessages::undoDataDamaged(destinationPath, pathFromBytes(data)));
        if (failWithErrno != 0)
            return failed(failWithErrno);
        if (::rename(data.constData(), target.constData()) != 0)
            return failed(errno);
        done = TransferMessages::undoneReplace(destinationPath);
    } else if (change == "create") {
        if (failWithErrno != 0)
            return failed(failWithErrno);
        if (::unlink(target.constData()) != 0)
            return failed(errno);
        done = TransferMessages::undoneCreate(destinationPath);
    } else {
        return refuse(TransferError::NothingToUndo,
                      TransferMessages::undoDataDamaged(destinationPath, pathFromBytes(record)));
    }
    ::unlink(record.constData());
    ::unlink(data.constData());
    return {TransferError::None, 0, done};
}

} // namespace rangecopy
