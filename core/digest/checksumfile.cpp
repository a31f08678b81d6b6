#include "core/digest/checksumfile.h"

#include "core/io/filedescriptor.h"
#include "core/text/pathbytes.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace rangecopy {

QByteArray checksumLine(const Digest& digest, const QByteArray& name)
{
    QByteArray escaped;
    bool needsEscape = false;
    for (const char byte : name) {
        if (byte == '\\' || byte == '\n') {
            needsEscape = true;
            escaped += byte == '\\' ? "\\\\" : "\\n";
        } else {
            escaped += byte;
        }
    }
    const QByteArray prefix = needsEscape ? QByteArray("\\") : QByteArray();
    // xxhsum 0.8 reads XXH3's 64-bit digest only in the BSD form (its own output with -H3); in
    // the GNU form a 16-digit digest would be taken for XXH64.
    if (digest.algorithm == DigestAlgorithm::Xxh3)
        return prefix + "XXH3 (" + escaped + ") = " + digest.hex.toLatin1() + '\n';
    return prefix + digest.hex.toLatin1() + "  " + escaped + '\n';
}

QString defaultChecksumFilePath(const QString& describedFile, DigestAlgorithm algorithm)
{
    return describedFile + u'.' + checksumFileExtension(algorithm);
}

QString checksumFileEntryName(const QString& checksumFilePath, const QString& describedFile)
{
    const QDir folder = QFileInfo(checksumFilePath).absoluteDir();
    return folder.relativeFilePath(QFileInfo(describedFile).absoluteFilePath());
}

int writeFileAtomically(const QString& path, const QByteArray& content, bool syncToDisk)
{
    const QByteArray target = pathToBytes(path);
    const qsizetype slash = target.lastIndexOf('/');
    const QByteArray folder = slash < 0 ? QByteArray(".") : target.left(slash + 1);
    const QByteArray name = target.mid(slash + 1);
    // A hidden name of its own beside the target: the rename stays within one file system.
    QByteArray temporary;
    FileDescriptor file;
    for (int attempt = 0; attempt < 100 && !file.isOpen(); ++attempt) {
        temporary = folder + (slash < 0 ? "/." : ".") + name + ".rangecopy-" +
                    QByteArray::number(QRandomGenerator::global()->generate(), 16);
        file = FileDescriptor(
            ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
        if (!file.isOpen() && errno != EEXIST)
            return errno;
    }
    if (!file.isOpen())
        return EEXIST;
    const auto failed = [&](int error) {
        ::unlink(temporary.constData());
        return error;
    };
    qint64 done = 0;
    while (done < content.size()) {
        const ssize_t written = ::write(file.get(), content.constData() + done,
                                        static_cast<size_t>(content.size() - done));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return failed(errno);
        }
        done += written;
    }
    if (syncToDisk && ::fsync(file.get()) != 0)
        return failed(errno);
    if (const int error = file.close(); error != 0)
        return failed(error);
    if (::rename(temporary.constData(), target.constData()) != 0)
        return failed(errno);
    return 0;
}

} // namespace rangecopy
