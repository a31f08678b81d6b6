#include "core/transfer/partfile.h"

#include "core/io/fileidentity.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <string_view>
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

// The part-file names found by listing folders, kept for a short while. A program that makes
// many copies into one folder would otherwise list the whole folder before each of them,
// which costs time linear in the folder's size: 10,000 copies into one folder ran at 629 a
// second instead of over 30,000 (BENCHMARKS.md). A leftover that appears after a listing is
// found by the next listing, at most kListingLifetime later; every other process (each run
// of rangecopy-cli) lists afresh.
class FolderListings {
public:
    static constexpr std::chrono::seconds kListingLifetime{2};

    // The names in the folder that look like part files and start with prefix, from a
    // listing at most kListingLifetime old. Found in the cache, it costs no system call.
    QList<QByteArray> partFileNames(const QByteArray& folder, const QByteArray& prefix)
    {
        const auto now = std::chrono::steady_clock::now();
        const std::lock_guard lock(m_mutex);
        auto found = m_listings.find(folder);
        if (found == m_listings.end() || now - found->listedAt > kListingLifetime) {
            if (m_listings.size() >= kMaxFolders)
                m_listings.clear();
            found = m_listings.insert(folder, {now, listPartFileNames(folder)});
        }
        QList<QByteArray> matching;
        for (const QByteArray& name : std::as_const(found->partFileNames)) {
            if (name.startsWith(prefix))
                matching.append(name);
        }
        return matching;
    }

    void forget(const QByteArray& folder, const QByteArray& name)
    {
        const std::lock_guard lock(m_mutex);
        if (const auto found = m_listings.find(folder); found != m_listings.end())
            found->partFileNames.removeOne(name);
    }

private:
    static constexpr qsizetype kMaxFolders = 256;

    struct Listing {
        std::chrono::steady_clock::time_point listedAt;
        QList<QByteArray> partFileNames;
    };

    static QList<QByteArray> listPartFileNames(const QByteArray& folder)
    {
        QList<QByteArray> names;
        DIR* dir = ::opendir(folder.isEmpty() ? "." : folder.constData());
        if (dir == nullptr)
            return names;
        while (const dirent* entry = ::readdir(dir)) {
            // Most names are not ours: look at the bytes before making a QByteArray.
            const std::string_view name(entry->d_name);
            if (name.size() > sizeof(kKeptSuffix) && name.front() == '.' &&
                (name.ends_with(kKeptSuffix) || name.ends_with(kRecordSuffix))) {
                names.append(QByteArray(name.data(), qsizetype(name.size())));
                continue;
            }
            if (name.size() <= sizeof(kSuffix) || name.front() != '.' || !name.ends_with(kSuffix) ||
                name.find(kMarker) == std::string_view::npos)
                continue;
            const QByteArray candidate(name.data(), qsizetype(name.size()));
            if (PartFile::isPartFileName(candidate))
                names.append(candidate);
        }
        ::closedir(dir);
        return names;
    }

    std::mutex m_mutex;
    QHash<QByteArray, Listing> m_listings;
};

FolderListings g_listings;

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
    g_listings.forget(folder, name);
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
    g_listings.forget(folder, name);
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
    }
    return *this;
}

PartFile::~PartFile()
{
    discard();
}

int PartFile::publish(bool replaceExisting)
{
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
    const QList<QByteArray> candidates = g_listings.partFileNames(folder, prefix);
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
        if (!isRandomPart(name.mid(prefix.size(),
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
            g_listings.forget(folder, name);
            ++removed;
        }
    }
    return removed;
}

} // namespace rangecopy
