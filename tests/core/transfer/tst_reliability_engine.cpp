// The reliability matrix of issue 5, for the engine: special files, a destination swapped
// between its check and its open, a source that changes under the copy, the leftovers of
// killed copies, odd names, and a long run of small copies. Rows the older suites already
// cover (tst_transferengine, tst_cli) are listed in RELIABILITY.md and not repeated here.

#include "core/transfer/partfile.h"
#include "core/transfer/testhooks.h"
#include "core/transfer/transferengine.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
// Sanitizers keep freed memory in quarantine on purpose; resident memory says nothing there.
constexpr bool kMeasuresMemory = false;
#else
constexpr bool kMeasuresMemory = true;
#endif

const QRegularExpression kPartName(u"^\\.dest\\.bin\\.rangecopy-[A-Za-z0-9]{6}\\.part$"_s);

// A bound Unix socket at `path`; the descriptor stays open until closed by the caller.
int bindSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || name.size() >= qsizetype(sizeof address.sun_path))
        return -1;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

int openDescriptorCount()
{
    return int(QDir(u"/proc/self/fd"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size());
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// An old modification time, so that any write during a test shows as a change however coarse
// the file system's clock is.
bool ageFile(const QString& path)
{
    const struct timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

// The engine's check-to-open hook, for one test.
class ScopedOpenHook {
public:
    explicit ScopedOpenHook(std::function<void()> hook)
    {
        setBeforeDestinationOpenHook(std::move(hook));
    }
    ~ScopedOpenHook() { setBeforeDestinationOpenHook({}); }
    ScopedOpenHook(const ScopedOpenHook&) = delete;
    ScopedOpenHook& operator=(const ScopedOpenHook&) = delete;
};

bool isInPlace(DestinationMode mode)
{
    return mode == DestinationMode::Overwrite || mode == DestinationMode::Append;
}

} // namespace

class TestReliabilityEngine : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    // Input
    void refusesSocketSource_data();
    void refusesSocketSource();
    void refusesDeviceDestination_data();
    void refusesDeviceDestination();
    void refusesIdenticalFileAliases_data();
    void refusesIdenticalFileAliases();
    void refusesReadOnlyFilesystem_data();
    void refusesReadOnlyFilesystem();
    void handlesDanglingDestinationSymlink_data();
    void handlesDanglingDestinationSymlink();
    void copiesOddFileNames_data();
    void copiesOddFileNames();

    // Faults
    void detectsShrinkingSource_data();
    void detectsShrinkingSource();
    void detectsGrowingSource_data();
    void detectsGrowingSource();
    void detectsSourceWrittenInPlace_data();
    void detectsSourceWrittenInPlace();
    void neverWritesThroughSwappedDestination_data();
    void neverWritesThroughSwappedDestination();
    void removesOnlyStalePartFiles_data();
    void removesOnlyStalePartFiles();
    void killedCopyLeavesARecognizablePartFile();
    void leftoverAppearingAfterAListingIsRemovedSoon();

    // Load
    void manySmallCopiesLeakNothing();

private:
    QString m_source;
    QString m_destination;
};

void TestReliabilityEngine::initTestCase()
{
    qunsetenv("RANGECOPY_TEST_FAST_PATH_ERRNO");
    qunsetenv("RANGECOPY_TEST_CHUNK_DELAY_MS");
}

void TestReliabilityEngine::init()
{
    FolderTest::init();
    m_source = path(u"source.bin"_s);
    m_destination = path(u"dest.bin"_s);
}

// ---------------------------------------------------------------------------------------------
// Input

void TestReliabilityEngine::refusesSocketSource_data()
{
    QTest::addColumn<DestinationMode>("mode");
    for (const DestinationMode mode : kAllModes)
        QTest::newRow(qPrintable(modeName(mode))) << mode;
}

void TestReliabilityEngine::refusesSocketSource()
{
    QFETCH(DestinationMode, mode);
    // Folders, FIFOs and /dev/zero are in tst_transferengine's refusesIrregularSource.
    const QString socketPath = path(u"socket"_s);
    const int fd = bindSocket(socketPath);
    QVERIFY2(fd >= 0, qPrintable(systemReason(errno)));
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
    const QStringList before = folderEntries(m_dir->path());

    TransferRequest request = makeRequest(socketPath, m_destination, mode);
    request.count = 100;
    const TransferResult result = runTransfer(request);

    QCOMPARE(result.error, TransferError::NotRegularFile);
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(u'\'' + socketPath + u'\''), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"it is a pipe or a socket, not a file"_s),
             qPrintable(result.message));
    QCOMPARE(folderEntries(m_dir->path()), before);
}

void TestReliabilityEngine::refusesDeviceDestination_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<TransferError>("expectedError");
    for (const QString& device : {u"/dev/null"_s, u"/dev/full"_s}) {
        for (const DestinationMode mode : kAllModes) {
            QTest::addRow("%s, %s", qPrintable(device), qPrintable(modeName(mode)))
                << device << mode
                << (mode == DestinationMode::CreateNew ? TransferError::DestinationExists
                                                       : TransferError::NotRegularFile);
        }
    }
}

void TestReliabilityEngine::refusesDeviceDestination()
{
    QFETCH(QString, device);
    QFETCH(DestinationMode, mode);
    QFETCH(TransferError, expectedError);
    if (!QFileInfo::exists(device))
        QSKIP("this machine has no such device");
    QVERIFY(writeFile(m_source, patternBytes(1000, 1)));
    const QStringList devEntries = folderEntries(u"/dev"_s);

    const TransferResult result = runTransfer(makeRequest(m_source, device, mode));

    QCOMPARE(result.error, expectedError);
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(device), qPrintable(result.message));
    // Nothing was created beside the device, not even a temporary file.
    QCOMPARE(folderEntries(u"/dev"_s), devEntries);
}

void TestReliabilityEngine::refusesIdenticalFileAliases_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<DestinationMode>("mode");
    // Same path, "./", symlinks and hard links are in tst_transferengine's
    // refusesIdenticalFiles; these are the other ways one file gets two names.
    for (const QString& alias : {u"through a folder symlink"_s, u"double slashes"_s,
                                 u"/proc/self/cwd"_s, u"/proc/self/fd"_s, u"dot-dot"_s}) {
        for (const DestinationMode mode :
             {DestinationMode::Replace, DestinationMode::Overwrite, DestinationMode::Append})
            QTest::addRow("%s, %s", qPrintable(alias), qPrintable(modeName(mode))) << alias << mode;
    }
}

void TestReliabilityEngine::refusesIdenticalFileAliases()
{
    QFETCH(QString, alias);
    QFETCH(DestinationMode, mode);

    QVERIFY(QDir().mkpath(path(u"real/sub"_s)));
    const QString source = path(u"real/source.bin"_s);
    const QByteArray content = patternBytes(5000, 2);
    QVERIFY(writeFile(source, content));
    QVERIFY(QFile::link(u"real"_s, path(u"folderlink"_s)));
    const QString previousFolder = QDir::currentPath();
    const auto restoreFolder = qScopeGuard([&] { QDir::setCurrent(previousFolder); });
    int openFd = -1;
    const auto closeFd = qScopeGuard([&] {
        if (openFd >= 0)
            ::close(openFd);
    });

    QString destination;
    if (alias == u"through a folder symlink"_s) {
        destination = path(u"folderlink/source.bin"_s);
    } else if (alias == u"double slashes"_s) {
        destination = m_dir->path() + u"//real//source.bin"_s;
    } else if (alias == u"/proc/self/cwd"_s) {
        QVERIFY(QDir::setCurrent(m_dir->path()));
        destination = u"/proc/self/cwd/real/source.bin"_s;
    } else if (alias == u"/proc/self/fd"_s) {
        openFd = ::open(QFile::encodeName(source).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(openFd >= 0);
        destination = u"/proc/self/fd/%1"_s.arg(openFd);
    } else {
        QVERIFY(QDir::setCurrent(path(u"real/sub"_s)));
        destination = u"../source.bin"_s;
    }
    const Snapshot before = snapshot(m_dir->path());

    const TransferResult result = runTransfer(makeRequest(source, destination, mode));

    QCOMPARE(result.error, TransferError::IdenticalFiles);
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(destination), qPrintable(result.message));
    QCOMPARE(snapshot(m_dir->path()), before);
    QCOMPARE(readFile(source), content);
}

void TestReliabilityEngine::refusesReadOnlyFilesystem_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<bool>("destinationExists");
    for (const DestinationMode mode : kAllModes) {
        QTest::addRow("%s, missing destination", qPrintable(modeName(mode))) << mode << false;
        if (mode != DestinationMode::CreateNew)
            QTest::addRow("%s, existing destination", qPrintable(modeName(mode))) << mode << true;
    }
}

void TestReliabilityEngine::refusesReadOnlyFilesystem()
{
    QFETCH(DestinationMode, mode);
    QFETCH(bool, destinationExists);

    QVERIFY(writeFile(m_source, patternBytes(20000, 3)));
    const QString readOnly = path(u"readonly"_s);
    QVERIFY(QDir().mkdir(readOnly));
    const QString destination = readOnly + u"/dest.bin"_s;
    const QByteArray old = patternBytes(700, 4);
    if (destinationExists)
        QVERIFY(writeFile(destination, old));
    const Snapshot before = snapshot(m_dir->path());

    // The read-only bind mount exists only in the child's mount namespace.
    const QByteArray folder = QFile::encodeName(readOnly);
    const ChildOutcome outcome =
        runInChild(makeRequest(m_source, destination, mode), [&] { return mountReadOnly(folder); });
    if (outcome.exitCode == kChildSetupFailed)
        QSKIP("cannot bind-mount a folder read-only in a private mount namespace here");

    QVERIFY2(outcome.exited, qPrintable(u"child killed by signal %1"_s.arg(outcome.signal)));
    QVERIFY(outcome.reported);
    QCOMPARE(outcome.error, TransferError::PermissionDenied);
    QCOMPARE(outcome.bytesSent, qint64(0));
    QVERIFY2(outcome.message.contains(destination), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(systemReason(EROFS)), qPrintable(outcome.message));
    QVERIFY(isInputError(outcome.error));
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestReliabilityEngine::handlesDanglingDestinationSymlink_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<TransferError>("expectedError");
    QTest::newRow("replace: the link is replaced")
        << DestinationMode::Replace << TransferError::None;
    QTest::newRow("new: the link exists")
        << DestinationMode::CreateNew << TransferError::DestinationExists;
    QTest::newRow("overwrite: refused")
        << DestinationMode::Overwrite << TransferError::NotRegularFile;
    QTest::newRow("append: refused") << DestinationMode::Append << TransferError::NotRegularFile;
}

void TestReliabilityEngine::handlesDanglingDestinationSymlink()
{
    QFETCH(DestinationMode, mode);
    QFETCH(TransferError, expectedError);

    const QByteArray source = patternBytes(3000, 5);
    QVERIFY(writeFile(m_source, source));
    // A link to a place that does not exist: writing through it would create a file there.
    QVERIFY(QFile::link(u"elsewhere.bin"_s, m_destination));

    const TransferResult result = runTransfer(makeRequest(m_source, m_destination, mode));

    QCOMPARE(result.error, expectedError);
    QVERIFY(!exists(path(u"elsewhere.bin"_s)));
    if (expectedError == TransferError::None) {
        QVERIFY(!QFileInfo(m_destination).isSymLink());
        QCOMPARE(readFile(m_destination), source);
    } else {
        QCOMPARE(result.bytesSent, qint64(0));
        QVERIFY2(result.message.contains(m_destination), qPrintable(result.message));
        QVERIFY(QFileInfo(m_destination).isSymLink());
    }
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestReliabilityEngine::copiesOddFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DestinationMode>("mode");
    const std::pair<const char*, QString> names[] = {
        {"spaces", u" with  spaces .bin"_s},
        {"newline", u"new\nline.bin"_s},
        {"tab and carriage return", u"tab\there\r.bin"_s},
        {"leading dash", u"-n 5"_s},
        {"leading double dash", u"--preview=3"_s},
        {"quotes and backslash", u"it's \"quoted\" \\ here"_s},
        {"glob characters", u"*?[a-z]{1,2}"_s},
        {"non-ASCII UTF-8", u"ünïcødé €ß 漢字.bin"_s},
        {"leading dot", u".hidden"_s},
    };
    for (const auto& [label, name] : names) {
        for (const DestinationMode mode : kAllModes)
            QTest::addRow("%s, %s", label, qPrintable(modeName(mode))) << name << mode;
    }
}

void TestReliabilityEngine::copiesOddFileNames()
{
    QFETCH(QString, name);
    QFETCH(DestinationMode, mode);

    // Source and destination both carry the name; the engine passes bytes, never a shell.
    const QString source = path(u"from "_s + name);
    const QString destination = path(name);
    const QByteArray bytes = patternBytes(9000, 6);
    QVERIFY(writeFile(source, bytes));
    const QByteArray old = patternBytes(500, 7);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(destination, old));
    TransferRequest request = makeRequest(source, destination, mode);
    request.chunkSize = 4096;
    request.verify = true;

    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(bytes.size()));
    QCOMPARE(
        readFile(destination),
        expectedContent(mode == DestinationMode::CreateNew ? QByteArray() : old, mode, 0, bytes));
    QStringList expected{u"from "_s + name, name};
    expected.sort();
    QCOMPARE(folderEntries(m_dir->path()), expected);
}

// ---------------------------------------------------------------------------------------------
// A source that changes under the copy

void TestReliabilityEngine::detectsShrinkingSource_data()
{
    addMethodModeRows({CopyMethod::Sendfile, CopyMethod::CopyFileRange, CopyMethod::ReadWrite},
                      {DestinationMode::Replace, DestinationMode::CreateNew,
                       DestinationMode::Overwrite, DestinationMode::Append});
}

void TestReliabilityEngine::detectsShrinkingSource()
{
    QFETCH(CopyMethod, method);
    QFETCH(DestinationMode, mode);

    constexpr qint64 kShrunkSize = 20000;
    const QByteArray source = patternBytes(65536, 8);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = mode == DestinationMode::CreateNew ? QByteArray() : patternBytes(900, 9);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.chunkSize = 4096;

    // After the second chunk something truncates the source to 20000 bytes.
    int calls = 0;
    const TransferResult result = runTransfer(request, [&](qint64, qint64) {
        if (++calls == 2)
            QCOMPARE(::truncate(QFile::encodeName(m_source).constData(), kShrunkSize), 0);
    });

    QCOMPARE(result.error, TransferError::SourceChanged);
    QVERIFY2(result.message.contains(u'\'' + m_source + u'\''), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"got shorter"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"65536"_s), qPrintable(result.message));
    QVERIFY(!isInputError(result.error));
    if (isInPlace(mode)) {
        // Everything up to the new end was copied, and that is what is reported and on disk.
        QCOMPARE(result.bytesSent, kShrunkSize);
        QCOMPARE(readFile(m_destination), expectedContent(old, mode, 0, source.left(kShrunkSize)));
        QVERIFY2(result.message.contains(u"what was written to '"_s + m_destination +
                                         u"' before that stays"_s),
                 qPrintable(result.message));
    } else {
        QCOMPARE(result.bytesSent, qint64(0));
        if (mode == DestinationMode::Replace)
            QCOMPARE(readFile(m_destination), old);
        else
            QVERIFY(!exists(m_destination));
        QVERIFY2(result.message.contains(u"was left as it was"_s), qPrintable(result.message));
    }
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestReliabilityEngine::detectsGrowingSource_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<qint64>("count");
    for (const CopyMethod method : kAllMethods) {
        for (const DestinationMode mode : kAllModes) {
            for (const qint64 count : {kNoCount, qint64(30000), qint64(100000)}) {
                QTest::addRow("%s, %s, count %lld", qPrintable(modeName(mode)),
                              qPrintable(methodName(method)), count)
                    << method << mode << count;
            }
        }
    }
}

void TestReliabilityEngine::detectsGrowingSource()
{
    QFETCH(CopyMethod, method);
    QFETCH(DestinationMode, mode);
    QFETCH(qint64, count);

    const QByteArray source = patternBytes(65536, 10);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old =
        mode == DestinationMode::CreateNew ? QByteArray() : patternBytes(900, 11);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.chunkSize = 4096;
    request.count = countOf(count);

    // After the first chunk something appends to the source, as a log writer would.
    int calls = 0;
    const TransferResult result = runTransfer(request, [&](qint64, qint64) {
        if (++calls == 1) {
            QFile file(m_source);
            QVERIFY(file.open(QIODevice::Append));
            QCOMPARE(file.write(patternBytes(10000, 12)), qint64(10000));
        }
    });

    // The range was fixed at the start: the copy stopped there, then said what happened.
    const qint64 range = count == kNoCount ? 65536 : qMin<qint64>(count, 65536);
    QCOMPARE(result.error, TransferError::SourceChanged);
    QVERIFY2(result.message.contains(u"changed size from 65536 to 75536 bytes"_s),
             qPrintable(result.message));
    if (isInPlace(mode)) {
        QCOMPARE(result.bytesSent, range);
        QCOMPARE(readFile(m_destination), expectedContent(old, mode, 0, source.left(range)));
    } else {
        QCOMPARE(result.bytesSent, qint64(0));
        if (mode == DestinationMode::Replace)
            QCOMPARE(readFile(m_destination), old);
        else
            QVERIFY(!exists(m_destination));
    }
    QCOMPARE(calls, int((range + 4095) / 4096));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestReliabilityEngine::detectsSourceWrittenInPlace_data()
{
    QTest::addColumn<DestinationMode>("mode");
    for (const DestinationMode mode : kAllModes)
        QTest::newRow(qPrintable(modeName(mode))) << mode;
}

void TestReliabilityEngine::detectsSourceWrittenInPlace()
{
    QFETCH(DestinationMode, mode);

    const QByteArray source = patternBytes(40000, 13);
    QVERIFY(writeFile(m_source, source));
    QVERIFY(ageFile(m_source));
    const QByteArray old =
        mode == DestinationMode::CreateNew ? QByteArray() : patternBytes(300, 14);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.chunkSize = 4096;

    // The size stays; a byte already copied changes. Only the modification time shows it.
    int calls = 0;
    const TransferResult result = runTransfer(request, [&](qint64, qint64) {
        if (++calls == 3) {
            const int fd = ::open(QFile::encodeName(m_source).constData(), O_WRONLY | O_CLOEXEC);
            QVERIFY(fd >= 0);
            QCOMPARE(::pwrite(fd, "!", 1, 10), ssize_t(1));
            ::close(fd);
        }
    });

    QCOMPARE(result.error, TransferError::SourceChanged);
    QVERIFY2(result.message.contains(u"was written to"_s), qPrintable(result.message));
    if (isInPlace(mode)) {
        QCOMPARE(result.bytesSent, qint64(source.size()));
        QCOMPARE(readFile(m_destination), expectedContent(old, mode, 0, source));
    } else {
        QCOMPARE(result.bytesSent, qint64(0));
        if (mode == DestinationMode::Replace)
            QCOMPARE(readFile(m_destination), old);
        else
            QVERIFY(!exists(m_destination));
    }
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

// ---------------------------------------------------------------------------------------------
// The destination changes between its check and its open

void TestReliabilityEngine::neverWritesThroughSwappedDestination_data()
{
    QTest::addColumn<QString>("swap");
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<TransferError>("expectedError");

    using E = TransferError;
    using M = DestinationMode;
    struct Case {
        const char* swap;
        E replace;
        E createNew;
        E inPlace;
    };
    // Replace publishes by rename, which replaces a planted name rather than following it;
    // "new" refuses any name that appeared; in place, the open refuses what it did not check.
    const Case cases[] = {
        {"file becomes a symlink to the victim", E::None, E::DestinationExists,
         E::DestinationChanged},
        {"missing name becomes a symlink to the victim", E::None, E::DestinationExists,
         E::DestinationChanged},
        {"file becomes a hard link to the victim", E::None, E::DestinationExists,
         E::DestinationChanged},
        {"file is removed", E::None, E::None, E::DestinationChanged},
        {"missing name becomes a file", E::None, E::DestinationExists, E::DestinationChanged},
    };
    for (const Case& c : cases) {
        const bool startsMissing = QByteArray(c.swap).startsWith("missing");
        for (const M mode : kAllModes) {
            if (mode == M::CreateNew && !startsMissing)
                continue; // "new" refuses an existing destination before any of this
            const E expected = mode == M::Replace     ? c.replace
                               : mode == M::CreateNew ? c.createNew
                                                      : c.inPlace;
            QTest::addRow("%s, %s", c.swap, qPrintable(modeName(mode)))
                << QString::fromUtf8(c.swap) << mode << expected;
        }
    }
}

void TestReliabilityEngine::neverWritesThroughSwappedDestination()
{
    QFETCH(QString, swap);
    QFETCH(DestinationMode, mode);
    QFETCH(TransferError, expectedError);

    const QByteArray source = patternBytes(12000, 15);
    QVERIFY(writeFile(m_source, source));
    const QString victim = path(u"victim.bin"_s);
    const QByteArray victimBytes = QByteArrayLiteral("a file the copy must never write\n");
    QVERIFY(writeFile(victim, victimBytes));
    const bool startsMissing = swap.startsWith(u"missing"_s);
    const QByteArray old = patternBytes(400, 16);
    if (!startsMissing)
        QVERIFY(writeFile(m_destination, old));
    const QByteArray theirs = QByteArrayLiteral("written by someone else\n");

    const QByteArray destinationName = QFile::encodeName(m_destination);
    const QByteArray victimName = QFile::encodeName(victim);
    bool swapped = false;
    const ScopedOpenHook hook([&] {
        if (swap.contains(u"becomes a symlink"_s)) {
            ::unlink(destinationName.constData());
            swapped = ::symlink(victimName.constData(), destinationName.constData()) == 0;
        } else if (swap.contains(u"hard link"_s)) {
            swapped = ::unlink(destinationName.constData()) == 0 &&
                      ::link(victimName.constData(), destinationName.constData()) == 0;
        } else if (swap == u"file is removed"_s) {
            swapped = ::unlink(destinationName.constData()) == 0;
        } else if (swap == u"missing name becomes a file"_s) {
            swapped = writeFile(m_destination, theirs);
        }
    });
    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.chunkSize = 4096;
    const TransferResult result = runTransfer(request);

    QVERIFY(swapped);
    QCOMPARE(result.error, expectedError);
    // Promise 5: whatever happened, the victim was not written through the planted name.
    QCOMPARE(readFile(victim), victimBytes);
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
    if (expectedError == TransferError::None) {
        QCOMPARE(result.bytesSent, qint64(source.size()));
        QVERIFY(!QFileInfo(m_destination).isSymLink());
        QCOMPARE(readFile(m_destination), source);
        QCOMPARE(readFile(victim), victimBytes);
        return;
    }
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(m_destination), qPrintable(result.message));
    if (expectedError == TransferError::DestinationChanged) {
        QVERIFY2(result.message.contains(u"after it was checked; nothing was written"_s),
                 qPrintable(result.message));
        if (swap.contains(u"symlink"_s)) {
            QVERIFY2(result.message.contains(u"symbolic link"_s), qPrintable(result.message));
            QVERIFY(QFileInfo(m_destination).isSymLink()); // left as the planter left it
        }
    }
    if (swap == u"file is removed"_s)
        QVERIFY(!exists(m_destination)); // not created again behind the remover's back
    if (swap == u"missing name becomes a file"_s)
        QCOMPARE(readFile(m_destination), theirs);
}

// ---------------------------------------------------------------------------------------------
// Leftovers of copies that were killed

void TestReliabilityEngine::removesOnlyStalePartFiles_data()
{
    QTest::addColumn<DestinationMode>("mode");
    for (const DestinationMode mode : kAllModes)
        QTest::newRow(qPrintable(modeName(mode))) << mode;
}

void TestReliabilityEngine::removesOnlyStalePartFiles()
{
    QFETCH(DestinationMode, mode);

    const QByteArray source = patternBytes(5000, 17);
    QVERIFY(writeFile(m_source, source));
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(m_destination, QByteArrayLiteral("old")));
    const QString victim = path(u"victim.bin"_s);
    QVERIFY(writeFile(victim, QByteArrayLiteral("victim")));

    const QString stale = u".dest.bin.rangecopy-Ab12Cd.part"_s;
    const QString stale2 = u".dest.bin.rangecopy-000000.part"_s;
    QVERIFY(writeFile(path(stale), QByteArrayLiteral("left by a killed copy")));
    QVERIFY(writeFile(path(stale2), QByteArray()));
    // Everything else must stay: a copy still running (it holds the lock), other destinations'
    // files, a symlink, a FIFO and names that only look similar.
    const QString live = u".dest.bin.rangecopy-LiVe00.part"_s;
    QVERIFY(writeFile(path(live), QByteArrayLiteral("being written")));
    const int liveFd = ::open(QFile::encodeName(path(live)).constData(), O_RDWR | O_CLOEXEC);
    QVERIFY(liveFd >= 0);
    const auto closeLive = qScopeGuard([liveFd] { ::close(liveFd); });
    QCOMPARE(::flock(liveFd, LOCK_EX | LOCK_NB), 0);
    QStringList kept{live};
    for (const QString& name :
         {u".other.bin.rangecopy-Ot4er0.part"_s, u".dest.bin.rangecopy-toolong.part"_s,
          u".dest.bin.rangecopy-ab_cd!.part"_s, u"dest.bin.rangecopy-Ab12Cd.part"_s,
          u".dest.bin.rangecopy-Ab12Cd.partial"_s, u".dest.bin.rangecopy-Ab12C.part"_s}) {
        QVERIFY(writeFile(path(name), QByteArrayLiteral("not ours to remove")));
        kept << name;
    }
    const QString link = u".dest.bin.rangecopy-Link00.part"_s;
    QVERIFY(QFile::link(victim, path(link)));
    const QString fifo = u".dest.bin.rangecopy-Fifo00.part"_s;
    QCOMPARE(::mkfifo(QFile::encodeName(path(fifo)).constData(), 0600), 0);
    kept << link << fifo;
    if (::geteuid() == 0) {
        const QString foreign = u".dest.bin.rangecopy-N0b0dy.part"_s;
        QVERIFY(writeFile(path(foreign), QByteArrayLiteral("someone else's")));
        QCOMPARE(::chown(QFile::encodeName(path(foreign)).constData(), kNobody, kNobody), 0);
        kept << foreign;
    }

    const TransferResult result = runTransfer(makeRequest(m_source, m_destination, mode));

    QVERIFY2(result.ok(), qPrintable(result.message));
    QStringList expected = kept + QStringList{u"dest.bin"_s, u"source.bin"_s, u"victim.bin"_s};
    expected.sort();
    QCOMPARE(folderEntries(m_dir->path()), expected);
    QCOMPARE(readFile(victim), QByteArrayLiteral("victim"));
    QCOMPARE(readFile(path(live)), QByteArrayLiteral("being written"));
    QCOMPARE(readFile(m_destination),
             expectedContent(mode == DestinationMode::CreateNew ? QByteArray() : "old", mode, 0,
                             source));
}

void TestReliabilityEngine::killedCopyLeavesARecognizablePartFile()
{
    const QByteArray source = patternBytes(256 * 1024, 18);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = patternBytes(3000, 19);
    QVERIFY(writeFile(m_destination, old));

    // A child starts a replace copy and stops inside it after the first chunk, as if hung.
    int fds[2];
    QCOMPARE(::pipe2(fds, O_CLOEXEC), 0);
    TransferRequest request = makeRequest(m_source, m_destination);
    request.chunkSize = 4096;
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        (void)runTransfer(request, [&](qint64, qint64) {
            if (::write(fds[1], "x", 1) == 1) {
                for (;;)
                    ::pause();
            }
        });
        ::_exit(1);
    }
    ::close(fds[1]);
    bool reaped = false;
    const auto reap = qScopeGuard([&] {
        if (!reaped) {
            ::kill(child, SIGKILL);
            ::waitpid(child, nullptr, 0);
        }
    });
    char byte = 0;
    QCOMPARE(::read(fds[0], &byte, 1), ssize_t(1));
    ::close(fds[0]);

    // While the child lives its part file is in use: another copy to the name leaves it.
    const QStringList live = partFilesIn(m_dir->path());
    QCOMPARE(live.size(), 1);
    QVERIFY2(kPartName.match(live.first()).hasMatch(), qPrintable(live.first()));
    TransferRequest other = makeRequest(m_source, m_destination, DestinationMode::Overwrite);
    other.count = 10;
    QVERIFY(runTransfer(other).ok());
    QCOMPARE(partFilesIn(m_dir->path()), live);
    QVERIFY(writeFile(m_destination, old));

    // SIGKILL: nothing can clean up. The old destination is intact; the leftover is
    // recognizable by its name and holds the one chunk written.
    QCOMPARE(::kill(child, SIGKILL), 0);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    reaped = true;
    QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    QCOMPARE(readFile(m_destination), old);
    QCOMPARE(partFilesIn(m_dir->path()), live);
    QCOMPARE(QFileInfo(path(live.first())).size(), qint64(4096));

    // The next copy to the same name removes it.
    const TransferResult result = runTransfer(makeRequest(m_source, m_destination));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(readFile(m_destination), source);
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
}

void TestReliabilityEngine::leftoverAppearingAfterAListingIsRemovedSoon()
{
    // A process lists a folder for leftovers at most every two seconds (so many small copies
    // into one folder stay fast); a leftover that appears after a listing is still removed by
    // a copy to its name once the next listing is due.
    const QByteArray source = patternBytes(3000, 21);
    QVERIFY(writeFile(m_source, source));
    QVERIFY2(runTransfer(makeRequest(m_source, m_destination)).ok(), "first copy");
    const QString stale = path(u".dest.bin.rangecopy-L8tEr0.part"_s);
    QVERIFY(writeFile(stale, QByteArrayLiteral("left by a copy killed after the listing")));

    int copies = 0;
    const bool removed = QTest::qWaitFor(
        [&] {
            const TransferResult result = runTransfer(makeRequest(m_source, m_destination));
            ++copies;
            return result.ok() && !exists(stale);
        },
        10000);
    QVERIFY2(removed, qPrintable(u"still there after %1 copies"_s.arg(copies)));
    QCOMPARE(readFile(m_destination), source);
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
}

// ---------------------------------------------------------------------------------------------
// Load

void TestReliabilityEngine::manySmallCopiesLeakNothing()
{
    constexpr int kCopies = 10000;
    constexpr int kWarmUp = 200;
    const QByteArray source = patternBytes(1000, 20);
    QVERIFY(writeFile(m_source, source));
    QVERIFY(QDir().mkdir(path(u"folder"_s)));

    // Every kind of run, the failing ones included: a descriptor is most easily lost on an
    // error path.
    const auto copyOnce = [&](int i) -> bool {
        TransferRequest request = makeRequest(m_source, path(u"dest-%1.bin"_s.arg(i % 3)));
        TransferControl control;
        TransferError expected = TransferError::None;
        switch (i % 10) {
        case 0:
            break;
        case 1:
            request.mode = DestinationMode::Overwrite;
            request.destinationOffset = 77;
            request.count = 500;
            break;
        case 2:
            request.mode = DestinationMode::Append;
            request.destinationPath = path(u"append.bin"_s);
            request.count = 3;
            break;
        case 3:
            request.mode = DestinationMode::CreateNew;
            request.destinationPath = path(u"new.bin"_s);
            QFile::remove(request.destinationPath);
            break;
        case 4:
            request.method = CopyMethod::ReadWrite;
            request.chunkSize = 64;
            break;
        case 5:
            request.method = CopyMethod::CopyFileRange;
            request.verify = true;
            break;
        case 6:
            request.sourcePath = path(u"missing.bin"_s);
            expected = TransferError::SourceNotFound;
            break;
        case 7:
            request.destinationPath = m_source;
            expected = TransferError::IdenticalFiles;
            break;
        case 8:
            request.destinationPath = path(u"folder"_s);
            expected = TransferError::DestinationIsFolder;
            break;
        case 9:
            control.cancel();
            expected = TransferError::Cancelled;
            break;
        }
        const TransferResult result = runTransfer(request, {}, &control);
        return result.error == expected;
    };

    for (int i = 0; i < kWarmUp; ++i)
        QVERIFY2(copyOnce(i), qPrintable(u"warm-up copy %1"_s.arg(i)));
    const int descriptorsBefore = openDescriptorCount();
    const qint64 residentBefore = residentKiB();
    int failures = 0;
    for (int i = 0; i < kCopies; ++i) {
        if (!copyOnce(i))
            ++failures;
    }
    const int descriptorsAfter = openDescriptorCount();
    const qint64 residentAfter = residentKiB();

    QCOMPARE(failures, 0);
    QCOMPARE(descriptorsAfter, descriptorsBefore);
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
    QCOMPARE(readFile(path(u"dest-0.bin"_s)), source);
    QCOMPARE(QFileInfo(path(u"append.bin"_s)).size(), qint64(3 * (kCopies + kWarmUp) / 10));
    qInfo("%d copies: %d descriptors before and after; resident memory %lld KiB -> %lld KiB",
          kCopies, descriptorsBefore, residentBefore, residentAfter);
    if (kMeasuresMemory) {
        QVERIFY(residentBefore > 0);
        // No growth beyond allocator noise: a leak of even 100 bytes a copy would be 1 MiB.
        QVERIFY2(residentAfter - residentBefore < 1024,
                 qPrintable(u"grew by %1 KiB"_s.arg(residentAfter - residentBefore)));
    }
}

QTEST_GUILESS_MAIN(TestReliabilityEngine)
#include "tst_reliability_engine.moc"
