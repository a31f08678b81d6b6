#include "core/transfer/partfile.h"

#include "core/io/fileidentity.h"
#include "core/transfer/sidecarlisting.h"

#include <QList>
#include <QRandomGenerator>

#include <atomic>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace rangecopy {

namespace {

constexpr char kMarker[] = ".rangecopy-";
constexpr char kSuffix[] = ".part";
constexpr int kRandomLength = 6;
constexpr char kKeptSuffix[] = ".rangecopy-partial";
constexpr char kRecordSuffix[] = ".rangecopy-partial.json";

// The part name adds a dot, the marker, the random letters and the suffix to the destination's
// name; a long destination name is shortened (not inside a UTF-8 sequence) so that the part
// name is still a valid file name and the copy does not fail with ENAMETOOLONG.
QByteArray partBaseName(const QByteArray& baseName)
{
    constexpr qsizetype kRoom = NAME_MAX - 1 - qsizetype(sizeof(kMarker) - 1) - kRandomLength -
                                qsizetype(sizeof(kSuffix) - 1);
    if (baseName.size() <= kRoom)
        return baseName;
    qsizetype length = kRoom;
    while (length > 0 && (static_cast<unsigned char>(baseName.at(length)) & 0xc0) == 0x80)
        --length;
    return baseName.left(length);
}

bool isRandomPart(const QByteArray& text)
{
    if (text.size() != kRandomLength)
        return false;
    for (const char c : text) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

QByteArray randomName()
{
    static constexpr char kAlphabet[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray name;
    for (int i = 0; i < kRandomLength; ++i)
        name += kAlphabet[QRandomGenerator::global()->bounded(int(sizeof(kAlphabet) - 1))];
    return name;
}

// A kept part (PartFile::openKept()) that waited longer than kKeptForDays for a --resume, and
// its record: removed when unlocked. Returns 1 when removed.
int removeOldKept(int folderFd, const QByteArray& folder, const QByteArray& name, uid_t owner)
{
    struct stat named {};
    if (::fstatat(folderFd, name.constData(), &named, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISREG(named.st_mode) || named.st_uid != owner)
        return 0;
    const auto age = std::chrono::system_clock::now() -
                     std::chrono::system_clock::from_time_t(named.st_mtim.tv_sec);
    if (age < std::chrono::hours(24 * PartFile::kKeptForDays))
        return 0;
    FileDescriptor file(
        ::openat(folderFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    struct stat opened {};
    if (!file.isOpen() || ::fstat(file.get(), &opened) != 0 || !isSameFile(opened, named) ||
        ::flock(file.get(), LOCK_EX | LOCK_NB) != 0)
        return 0;
    if (::unlinkat(folderFd, name.constData(), 0) != 0)
        return 0;
    ::unlinkat(folderFd, (name + ".json").constData(), 0);
    SidecarListing::noteRemoved(folder + name);
    return 1;
}

// A kept part's record whose part is gone (put in place, or removed, and the record's own
// removal failed): nothing to resume from. Returns 1 when removed.
int removeOrphanRecord(int folderFd, const QByteArray& folder, const QByteArray& name, uid_t owner)
{
    struct stat info {};
    const QByteArray part = name.chopped(qsizetype(sizeof(".json") - 1));
    if (::fstatat(folderFd, part.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT)
        return 0;
    if (::fstatat(folderFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISREG(info.st_mode) || info.st_uid != owner ||
        ::unlinkat(folderFd, name.constData(), 0) != 0)
        return 0;
    SidecarListing::noteRemoved(folder + name);
    return 1;
}

} // namespace

int PartFile::create(const QByteArray& destinationPath, mode_t mode, PartFile& partFile)
{
    const QByteArray folder = folderPrefix(destinationPath);
    const QByteArray baseName = partBaseName(destinationPath.mid(folder.size()));
    constexpr int kAttempts = 100;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const QByteArray path = folder + '.' + baseName + kMarker + randomName() + kSuffix;
        FileDescriptor file(
            ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
        if (!file.isOpen()) {
            if (errno != EEXIST)
                return errno;
            continue;
        }
        // Between the open and the lock another run's removeStale() may take the new file for
        // a leftover: it then holds the lock, or has already removed the name. Either way this
        // name is lost; take another. A file system without flock gets no lock, and
        // removeStale() leaves unlockable files alone.
        if (::flock(file.get(), LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK)
            continue;
        struct stat info {};
        if (::fstat(file.get(), &info) != 0) {
            const int error = errno;
            ::unlink(path.constData()); // made just now, and not to be left behind
            return error;
        }
        if (info.st_nlink == 0)
            continue;
        FileDescriptor lock(::fcntl(file.get(), F_DUPFD_CLOEXEC, 0));
        if (!lock.isOpen()) {
            const int error = errno;
            ::unlink(path.constData());
            return error;
        }
        partFile = PartFile();
        partFile.m_file = std::move(file);
        partFile.m_lock = std::move(lock);
        partFile.m_path = path;
        partFile.m_destinationPath = destinationPath;
        return 0;
    }
    return EEXIST;
}

int PartFile::createUnnamed(const QByteArray& destinationPath, mode_t mode, PartFile& partFile)
{
    const QByteArray folder = folderPrefix(destinationPath);
    FileDescriptor file(
        ::open(folder.isEmpty() ? "." : folder.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, mode));
    if (!file.isOpen())
        return errno;
    partFile = PartFile();
    partFile.m_file = std::move(file);
    partFile.m_destinationPath = destinationPath;
    partFile.m_unnamed = true;
    return 0;
}

QByteArray PartFile::keptPath(const QByteArray& destinationPath)
{
    const QByteArray folder = folderPrefix(destinationPath);
    return folder + '.' + partBaseName(destinationPath.mid(folder.size())) + kKeptSuffix;
}

QByteArray PartFile::keptRecordPath(const QByteArray& destinationPath)
{
    const QByteArray folder = folderPrefix(destinationPath);
    return folder + '.' + partBaseName(destinationPath.mid(folder.size())) + kRecordSuffix;
}

int PartFile::openKept(const QByteArray& destinationPath, mode_t mode, PartFile& partFile)
{
    const QByteArray path = keptPath(destinationPath);
    // An existing part is opened as it is; a new one is made with O_EXCL, so that a failure
    // right after can remove what this call made (and only that).
    bool created = false;
    FileDescriptor file(::open(path.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC));
    if (!file.isOpen() && errno == ENOENT) {
        file = FileDescriptor(
            ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
        created = file.isOpen();
    }
    if (!file.isOpen())
        return errno;
    const auto failed = [&](int error) {
        if (created)
            ::unlink(path.constData());
        return error;
    };
    if (::flock(file.get(), LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK)
        return EBUSY; // another copy's, being written: never removed here
    struct stat info {};
    if (::fstat(file.get(), &info) != 0)
        return failed(errno);
    if (!S_ISREG(info.st_mode) || info.st_uid != ::geteuid() || info.st_nlink == 0)
        return EPERM; // not a file this user's copy left: never written into
    FileDescriptor lock(::fcntl(file.get(), F_DUPFD_CLOEXEC, 0));
    if (!lock.isOpen())
        return failed(errno);
    partFile = PartFile();
    partFile.m_file = std::move(file);
    partFile.m_lock = std::move(lock);
    partFile.m_path = path;
    partFile.m_destinationPath = destinationPath;
    partFile.m_kept = true;
    return 0;
}

PartFile& PartFile::operator=(PartFile&& other) noexcept
{
    if (this != &other) {
        discard();
        m_file = std::move(other.m_file);
        m_lock = std::move(other.m_lock);
        m_path = std::exchange(other.m_path, {});
        m_destinationPath = std::exchange(other.m_destinationPath, {});
        m_kept = std::exchange(other.m_kept, false);
        m_unnamed = std::exchange(other.m_unnamed, false);
    }
    return *this;
}

PartFile::~PartFile()
{
    discard();
}

int PartFile::publish(bool replaceExisting)
{
    if (m_unnamed)
        return publishUnnamed(replaceExisting);
    if (const int closeError = m_file.close(); closeError != 0) {
        discard();
        return closeError;
    }
    int result = 0;
    if (replaceExisting) {
        result = ::rename(m_path.constData(), m_destinationPath.constData()) == 0 ? 0 : errno;
    } else {
        result = ::renameat2(AT_FDCWD, m_path.constData(), AT_FDCWD, m_destinationPath.constData(),
                             RENAME_NOREPLACE) == 0
                     ? 0
                     : errno;
        if (result == EINVAL || result == ENOSYS) {
            // Filesystems without RENAME_NOREPLACE: link() also refuses an existing name.
            result = ::link(m_path.constData(), m_destinationPath.constData()) == 0 ? 0 : errno;
            if (result == 0)
                ::unlink(m_path.constData());
        }
    }
    if (result != 0) {
        discard();
        return result;
    }
    m_path.clear(); // published: nothing to remove any more
    m_lock.close();
    if (m_kept)
        ::unlink(keptRecordPath(m_destinationPath).constData()); // nothing left to resume
    return 0;
}

bool PartFile::linkUnnamedAs(const QByteArray& path) const
{
    // AT_EMPTY_PATH links the descriptor itself, but the kernel allows it only to
    // CAP_DAC_READ_SEARCH (root) on most kernels; the /proc link works for everyone else.
    // Once refused, the process goes to /proc straight away.
    static std::atomic<bool> emptyPathRefused{false};
    if (!emptyPathRefused.load(std::memory_order_relaxed)) {
        if (::linkat(m_file.get(), "", AT_FDCWD, path.constData(), AT_EMPTY_PATH) == 0)
            return true;
        if (errno != ENOENT && errno != EPERM)
            return false;
    }
    char procLink[64];
    std::snprintf(procLink, sizeof procLink, "/proc/self/fd/%d", m_file.get());
    if (::linkat(AT_FDCWD, procLink, AT_FDCWD, path.constData(), AT_SYMLINK_FOLLOW) != 0)
        return false;
    emptyPathRefused.store(true, std::memory_order_relaxed);
    return true;
}

int PartFile::publishUnnamed(bool replaceExisting)
{
    if (linkUnnamedAs(m_destinationPath)) {
        m_unnamed = false;
        // In place under its name, the file is closed: a failed close (what the kernel could
        // not write) takes it out again, as a failed close keeps a named part from the rename.
        if (const int closeError = m_file.close(); closeError != 0) {
            ::unlink(m_destinationPath.constData());
            return closeError;
        }
        return 0;
    }
    int error = errno;
    if (error != EEXIST || !replaceExisting) {
        discard();
        return error;
    }
    // A file appeared under the name since it was looked up: it is replaced as a named part
    // file replaces one, through a locked name of its own and a rename.
    if (::flock(m_file.get(), LOCK_EX | LOCK_NB) != 0) {
        // Without the lock another run could take the name for a leftover: copy on, as a
        // file system without flock would.
    }
    const QByteArray folder = folderPrefix(m_destinationPath);
    const QByteArray baseName = partBaseName(m_destinationPath.mid(folder.size()));
    for (int attempt = 0; attempt < 100 && error == EEXIST; ++attempt) {
        const QByteArray path = folder + '.' + baseName + kMarker + randomName() + kSuffix;
        error = linkUnnamedAs(path) ? 0 : errno;
        if (error == 0)
            m_path = path;
    }
    if (error != 0) {
        discard();
        return error;
    }
    m_unnamed = false;
    m_lock = FileDescriptor(::fcntl(m_file.get(), F_DUPFD_CLOEXEC, 0)); // held until renamed
    return publish(true);
}

void PartFile::discard()
{
    // The name goes first, while the lock is still held, so no one sees it unlocked. A kept
    // part stays for --resume.
    if (!m_path.isEmpty() && !m_kept) {
        ::unlink(m_path.constData());
        m_path.clear();
    }
    m_file.close();
    m_lock.close();
}

bool PartFile::isPartFileName(const QByteArray& fileName)
{
    if (!fileName.startsWith('.') || !fileName.endsWith(kSuffix))
        return false;
    const qsizetype marker = fileName.lastIndexOf(kMarker);
    const qsizetype expectedLength =
        marker + qsizetype(sizeof(kMarker) - 1) + kRandomLength + qsizetype(sizeof(kSuffix) - 1);
    return marker > 0 && fileName.size() == expectedLength;
}

int PartFile::removeStale(const QByteArray& destinationPath)
{
    const QByteArray folder = folderPrefix(destinationPath);
    const QByteArray prefix = '.' + partBaseName(destinationPath.mid(folder.size())) + kMarker;
    const QList<QByteArray> candidates = SidecarListing::namesStartingWith(folder, prefix);
    if (candidates.isEmpty())
        return 0;
    const FileDescriptor folderFd(
        ::open(folder.isEmpty() ? "." : folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!folderFd.isOpen())
        return 0;
    const uid_t owner = ::geteuid();
    int removed = 0;
    for (const QByteArray& name : candidates) {
        if (name.endsWith(kKeptSuffix)) {
            removed += removeOldKept(folderFd.get(), folder, name, owner);
            continue;
        }
        if (name.endsWith(kRecordSuffix)) {
            removed += removeOrphanRecord(folderFd.get(), folder, name, owner);
            continue;
        }
        if (!isPartFileName(name) ||
            !isRandomPart(name.mid(prefix.size(),
                                   name.size() - prefix.size() - qsizetype(sizeof(kSuffix) - 1))))
            continue;
        // Only our own regular files: a symlink, FIFO or device of that name is never opened
        // (opening some devices does something).
        struct stat named {};
        if (::fstatat(folderFd.get(), name.constData(), &named, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(named.st_mode) || named.st_uid != owner)
            continue;
        FileDescriptor file(::openat(folderFd.get(), name.constData(),
                                     O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
        struct stat opened {};
        if (!file.isOpen() || ::fstat(file.get(), &opened) != 0 || !isSameFile(opened, named))
            continue;
        // A writer that is still running holds the lock; one that is gone does not.
        if (::flock(file.get(), LOCK_EX | LOCK_NB) != 0)
            continue;
        // Remove the name only if it is still the file that was found unlocked.
        if (::fstatat(folderFd.get(), name.constData(), &named, AT_SYMLINK_NOFOLLOW) == 0 &&
            isSameFile(opened, named) && ::unlinkat(folderFd.get(), name.constData(), 0) == 0) {
            SidecarListing::noteRemoved(folder + name);
            ++removed;
        }
    }
    return removed;
}

} // namespace rangecopy
