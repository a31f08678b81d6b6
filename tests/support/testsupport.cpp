#include "support/testsupport.h"

#include "core/transfer/partfile.h"
#include "core/transfer/transferengine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace rangecopy {

char* toString(TransferError error)
{
    return qstrdup(errorKindName(error).toUtf8().constData());
}
char* toString(CopyMethod method)
{
    return qstrdup(methodName(method).toUtf8().constData());
}
char* toString(DestinationMode mode)
{
    return qstrdup(modeName(mode).toUtf8().constData());
}
char* toString(Verification verification)
{
    return qstrdup(verificationName(verification).toUtf8().constData());
}

} // namespace rangecopy

namespace rangecopy::testsupport {

namespace {

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

// Writes a short text to a /proc file, with system calls only (it runs in forked children).
bool writeProcFile(const char* path, const char* text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = writeAll(fd, text, std::strlen(text));
    return ::close(fd) == 0 && ok;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Files

QByteArray patternBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 2463534242u ^ (seed * 2654435761u);
    for (qsizetype i = 0; i < size; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes.data()[i] = char(state & 0xff);
    }
    return bytes;
}

QByteArray steppedBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7) % 251);
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(data) == data.size() && file.flush();
}

bool writeSparseFile(const QString& path, qint64 size, const QList<Marker>& markers)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    bool ok = ::ftruncate(fd, size) == 0;
    for (const Marker& marker : markers) {
        ok = ok && ::pwrite(fd, marker.bytes.constData(), size_t(marker.bytes.size()),
                            marker.offset) == marker.bytes.size();
    }
    return ::close(fd) == 0 && ok;
}

QByteArray readAt(const QString& path, qint64 offset, qint64 length)
{
    QByteArray bytes(length, '\0');
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QByteArrayLiteral("<cannot open>");
    const ssize_t got = ::pread(fd, bytes.data(), size_t(length), offset);
    ::close(fd);
    if (got < 0)
        return QByteArrayLiteral("<cannot read>");
    bytes.truncate(got);
    return bytes;
}

qint64 fileSize(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? qint64(info.st_size) : -1;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<cannot read ") + QFile::encodeName(path) + '>';
    return file.readAll();
}

bool exists(const QString& path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

QString modeText(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("<missing>");
    return octal(info.st_mode & 07777);
}

QString octal(mode_t mode)
{
    return QStringLiteral("0") + QString::number(mode, 8);
}

bool setMode(const QString& path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList partFilesIn(const QString& folder)
{
    QStringList parts;
    for (const QString& name : folderEntries(folder)) {
        if (PartFile::isPartFileName(QFile::encodeName(name)) || name.endsWith(u".part"))
            parts << name;
    }
    return parts;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

QStringList unnamedFilesIn(const QString& folder)
{
    // The kernel shows such a file's link as "FOLDER/#INODE (deleted)".
    const QByteArray prefix = QFile::encodeName(QDir(folder).canonicalPath()) + "/#";
    QStringList files;
    DIR* descriptors = ::opendir("/proc/self/fd");
    if (descriptors == nullptr)
        return files;
    while (const dirent* entry = ::readdir(descriptors)) {
        const QByteArray link = QByteArray("/proc/self/fd/") + entry->d_name;
        char target[PATH_MAX];
        const ssize_t length = ::readlink(link.constData(), target, sizeof target);
        const QByteArray named(target, length > 0 ? qsizetype(length) : 0);
        if (named.startsWith(prefix) && named.endsWith(" (deleted)"))
            files << QString::fromLatin1(link);
    }
    ::closedir(descriptors);
    return files;
}

Snapshot snapshot(const QString& root)
{
    Snapshot result;
    const QDir rootDir(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString name = rootDir.relativeFilePath(info.filePath());
        if (info.isSymLink())
            result.insert(name, "symlink to " + QFile::encodeName(info.symLinkTarget()));
        else if (info.isDir())
            result.insert(name + u'/', {});
        else if (info.isFile())
            result.insert(name, readFile(info.filePath()));
        else
            result.insert(name, "special file"); // a FIFO or socket: never opened here
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Requests and expected results

std::optional<qint64> countOf(qint64 count)
{
    return count == kNoCount ? std::nullopt : std::optional<qint64>(count);
}

TransferRequest makeRequest(const QString& source, const QString& destination, DestinationMode mode)
{
    TransferRequest request;
    request.sourcePath = source;
    request.destinationPath = destination;
    request.mode = mode;
    return request;
}

QByteArray expectedContent(const QByteArray& old, DestinationMode mode, qint64 destinationOffset,
                           const QByteArray& copied)
{
    switch (mode) {
    case DestinationMode::Replace:
    case DestinationMode::CreateNew:
        return copied;
    case DestinationMode::Append:
        return old + copied;
    case DestinationMode::Overwrite: {
        QByteArray result = old;
        const qint64 end = destinationOffset + copied.size();
        if (!copied.isEmpty() && result.size() < end)
            result.append(QByteArray(end - result.size(), '\0')); // the kernel leaves a hole
        result.replace(destinationOffset, copied.size(), copied);
        return result;
    }
    }
    return {};
}

void addMethodModeRows(std::initializer_list<CopyMethod> methods,
                       std::initializer_list<DestinationMode> modes)
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<DestinationMode>("mode");
    for (const CopyMethod method : methods) {
        for (const DestinationMode mode : modes) {
            QTest::addRow("%s, %s", qPrintable(modeName(mode)), qPrintable(methodName(method)))
                << method << mode;
        }
    }
}

ScopedEnvironment::ScopedEnvironment(const char* name, const QByteArray& value)
    : m_name(name)
{
    qputenv(m_name, value);
}

ScopedEnvironment::~ScopedEnvironment()
{
    qunsetenv(m_name);
}

// ---------------------------------------------------------------------------------------------
// Transfers in a forked child

ChildOutcome runInChild(const TransferRequest& request, const std::function<bool()>& prepare,
                        const std::function<QByteArray()>& inspect)
{
    ChildOutcome outcome;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return outcome;
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return outcome;
    }
    if (pid == 0) {
        ::close(fds[0]);
        if (!prepare())
            ::_exit(kChildSetupFailed);
        const TransferResult result = runTransfer(request);
        const QByteArray message = result.message.toUtf8();
        const QByteArray inspection = inspect ? inspect() : QByteArray();
        const qint64 header[3] = {result.bytesSent, static_cast<qint64>(result.error),
                                  static_cast<qint64>(message.size())};
        writeAll(fds[1], reinterpret_cast<const char*>(header), sizeof header);
        writeAll(fds[1], message.constData(), static_cast<std::size_t>(message.size()));
        writeAll(fds[1], inspection.constData(), static_cast<std::size_t>(inspection.size()));
        ::_exit(static_cast<int>(result.error));
    }
    ::close(fds[1]);
    QByteArray report;
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(fds[0], buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        report.append(buffer, got);
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    outcome.exited = WIFEXITED(status);
    outcome.exitCode = outcome.exited ? WEXITSTATUS(status) : -1;
    outcome.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    qint64 header[3] = {};
    if (report.size() >= qsizetype(sizeof header)) {
        std::memcpy(header, report.constData(), sizeof header);
        outcome.reported = true;
        outcome.bytesSent = header[0];
        outcome.error = static_cast<TransferError>(header[1]);
        outcome.message = QString::fromUtf8(report.mid(sizeof header, header[2]));
        outcome.inspection = report.mid(qsizetype(sizeof header) + header[2]);
    }
    return outcome;
}

bool limitFileSize(rlim_t bytes)
{
    // Without this the kernel kills the writer with SIGXFSZ instead of failing the write.
    std::signal(SIGXFSZ, SIG_IGN);
    const struct rlimit limit {
        bytes, bytes
    };
    return ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

bool enterPrivateMountNamespace()
{
    if (::geteuid() == 0) {
        if (::unshare(CLONE_NEWNS) != 0)
            return false;
    } else {
        // Not root: a user namespace where we are root may mount, and only there.
        char uidMap[32];
        char gidMap[32];
        std::snprintf(uidMap, sizeof uidMap, "0 %u 1", unsigned(::geteuid()));
        std::snprintf(gidMap, sizeof gidMap, "0 %u 1", unsigned(::getegid()));
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0 ||
            !writeProcFile("/proc/self/setgroups", "deny") ||
            !writeProcFile("/proc/self/uid_map", uidMap) ||
            !writeProcFile("/proc/self/gid_map", gidMap))
            return false;
    }
    return ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
}

bool mountSmallFilesystem(const QByteArray& folder, const char* size)
{
    char options[64];
    std::snprintf(options, sizeof options, "size=%s", size);
    return enterPrivateMountNamespace() &&
           ::mount("tmpfs", folder.constData(), "tmpfs", 0, options) == 0;
}

bool mountReadOnly(const QByteArray& folder)
{
    return enterPrivateMountNamespace() &&
           ::mount(folder.constData(), folder.constData(), nullptr, MS_BIND, nullptr) == 0 &&
           ::mount(nullptr, folder.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY,
                   nullptr) == 0;
}

FileDescriptor bindUnixSocket(const QString& path)
{
    FileDescriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (!socket.isOpen() || name.size() >= qsizetype(sizeof address.sun_path))
        return FileDescriptor();
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    if (::bind(socket.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
        return FileDescriptor();
    return socket;
}

bool dropToNobody()
{
    return ::setgroups(0, nullptr) == 0 && ::setgid(kNobody) == 0 && ::setuid(kNobody) == 0 &&
           ::geteuid() == kNobody;
}

// ---------------------------------------------------------------------------------------------
// Runs of rangecopy-cli

QByteArray CliRun::describe() const
{
    return "finished: " + QByteArray(finished ? "yes" : "no") +
           ", exit code: " + QByteArray::number(exitCode) +
           (crashed ? QByteArray(" (killed by a signal)") : QByteArray()) + "\nstdout: " + out +
           "\nstderr: " + err;
}

QString cliPath()
{
    return QStringLiteral(RANGECOPY_CLI_PATH);
}

QStringList cliWrapper()
{
    return QProcess::splitCommand(qEnvironmentVariable("RANGECOPY_CLI_WRAPPER"));
}

QProcessEnvironment cliEnvironment(const QMap<QString, QString>& extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RANGECOPY_TEST_FAST_PATH_ERRNO"));
    environment.remove(QStringLiteral("RANGECOPY_TEST_CHUNK_DELAY_MS"));
    environment.remove(QStringLiteral("RANGECOPY_TEST_PAUSE_AFTER_BYTES"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

void startCli(QProcess& process, const QStringList& arguments, const QString& workingDirectory,
              const QProcessEnvironment& environment, const std::function<void()>& childSetup)
{
    startCliCopy(process, cliPath(), arguments, workingDirectory, environment, childSetup);
}

void startCliCopy(QProcess& process, const QString& program, const QStringList& arguments,
                  const QString& workingDirectory, const QProcessEnvironment& environment,
                  const std::function<void()>& childSetup)
{
    const QStringList wrapper = cliWrapper();
    if (wrapper.isEmpty()) {
        process.setProgram(program);
        process.setArguments(arguments);
    } else {
        process.setProgram(wrapper.first());
        process.setArguments(wrapper.mid(1) + QStringList{program} + arguments);
    }
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(environment);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start();
}

CliRun finishCli(QProcess& process)
{
    CliRun run;
    run.finished = process.waitForFinished(kCliTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun runCli(const QStringList& arguments, const QString& workingDirectory,
              const QProcessEnvironment& environment, const std::function<void()>& childSetup)
{
    return runCliCopy(cliPath(), arguments, workingDirectory, environment, childSetup);
}

CliRun runCliCopy(const QString& program, const QStringList& arguments,
                  const QString& workingDirectory, const QProcessEnvironment& environment,
                  const std::function<void()>& childSetup)
{
    QProcess process;
    startCliCopy(process, program, arguments, workingDirectory, environment, childSetup);
    return finishCli(process);
}

QString copyCliInto(const QString& folder)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("rangecopy-cli"));
    if (!QFile::copy(cliPath(), copy) || !setMode(copy, 0755))
        return {};
    return copy;
}

QProcessEnvironment cliEnvironmentIn(const QString& folder)
{
    QProcessEnvironment environment = cliEnvironment();
    static const QRegularExpression kSuppressions(QStringLiteral("suppressions=([^ :]+)"));
    for (const char* name : {"ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"}) {
        const QString variable = QString::fromLatin1(name);
        QString options = environment.value(variable);
        const QRegularExpressionMatch match = kSuppressions.match(options);
        if (!match.hasMatch())
            continue;
        const QString copy = QDir(folder).filePath(variable + QStringLiteral(".supp"));
        if (QFile::copy(match.captured(1), copy) && setMode(copy, 0644))
            options.replace(match.capturedStart(1), match.capturedLength(1), copy);
        environment.insert(variable, options);
    }
    return environment;
}

void addSpecialFileRows()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<bool>("sourceRefused");
    QTest::addColumn<QString>("reason");
    QTest::newRow("FIFO source, no writer") << QStringLiteral("fifo") << QStringLiteral("dest.bin")
                                            << true << QStringLiteral("is a pipe or a socket");
    QTest::newRow("FIFO destination, no reader")
        << QStringLiteral("source.bin") << QStringLiteral("fifo") << false
        << QStringLiteral("is not a regular file");
}

} // namespace rangecopy::testsupport
