#include "partfile.h"

#include <QRandomGenerator>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace rangecopy {

namespace {

constexpr char kMarker[] = ".rangecopy-";
constexpr char kSuffix[] = ".part";
constexpr int kRandomLength = 6;

QByteArray folderOf(const QByteArray& path)
{
    const qsizetype slash = path.lastIndexOf('/');
    if (slash < 0)
        return {};
    return path.left(slash + 1);
}

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

QByteArray randomName()
{
    static constexpr char kAlphabet[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray name;
    for (int i = 0; i < kRandomLength; ++i)
        name += kAlphabet[QRandomGenerator::global()->bounded(int(sizeof(kAlphabet) - 1))];
    return name;
}

} // namespace

int PartFile::create(const QByteArray& destinationPath, mode_t mode, PartFile& partFile)
{
    const QByteArray folder = folderOf(destinationPath);
    const QByteArray baseName = partBaseName(destinationPath.mid(folder.size()));
    constexpr int kAttempts = 100;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const QByteArray path = folder + '.' + baseName + kMarker + randomName() + kSuffix;
        const int fd =
            ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd >= 0) {
            partFile = PartFile();
            partFile.m_file = FileDescriptor(fd);
            partFile.m_path = path;
            partFile.m_destinationPath = destinationPath;
            return 0;
        }
        if (errno != EEXIST)
            return errno;
    }
    return EEXIST;
}

PartFile& PartFile::operator=(PartFile&& other) noexcept
{
    if (this != &other) {
        discard();
        m_file = std::move(other.m_file);
        m_path = std::exchange(other.m_path, {});
        m_destinationPath = std::exchange(other.m_destinationPath, {});
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
    return 0;
}

void PartFile::discard()
{
    m_file.close();
    if (!m_path.isEmpty()) {
        ::unlink(m_path.constData());
        m_path.clear();
    }
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

} // namespace rangecopy
