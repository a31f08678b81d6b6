#include "core/io/filesystemtype.h"
#include "core/transfer/partfile.h"
#include "core/transfer/ratepacer.h"
#include "core/transfer/transferengine.h"
#include "support/foldertest.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <limits>
#include <memory>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace rangecopy;
using namespace rangecopy::testsupport;
using namespace Qt::StringLiterals;

namespace {

class ScopedUmask {
public:
    explicit ScopedUmask(mode_t mask)
        : m_previous(::umask(mask))
    {
    }
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_previous;
};

// A progress callback that holds the engine inside the callback after a chosen chunk until the
// test thread lets it go, so that a cancel or pause lands at a known place in the copy.
class ChunkGate {
public:
    explicit ChunkGate(int stopAtCall)
        : m_stopAtCall(stopAtCall)
    {
    }

    [[nodiscard]] ProgressCallback callback()
    {
        return [this](qint64 bytesDone, qint64) {
            m_lastDone.store(bytesDone);
            if (++m_calls == m_stopAtCall) {
                m_reached.release();
                m_proceed.tryAcquire(1, kWaitMs);
            }
            m_progressed.release();
        };
    }

    // False when the transfer ended (for instance failed) before reaching the chosen chunk.
    [[nodiscard]] bool waitUntilReached()
    {
        return m_reached.tryAcquire(1, kWaitMs) && !m_endedEarly.load();
    }
    void letGo() { m_proceed.release(); }
    void transferEnded()
    {
        if (m_calls.load() < m_stopAtCall) {
            m_endedEarly.store(true);
            m_reached.release();
        }
    }
    // Waits at most timeoutMs for the callback to have returned `calls` times in all.
    [[nodiscard]] bool waitForCalls(int calls, int timeoutMs)
    {
        if (!m_progressed.tryAcquire(calls, timeoutMs))
            return false;
        m_progressed.release(calls);
        return true;
    }
    [[nodiscard]] int calls() const { return m_calls.load(); }
    [[nodiscard]] qint64 lastDone() const { return m_lastDone.load(); }

private:
    const int m_stopAtCall;
    std::atomic<int> m_calls{0};
    std::atomic<qint64> m_lastDone{0};
    std::atomic<bool> m_endedEarly{false};
    QSemaphore m_reached;
    QSemaphore m_proceed;
    QSemaphore m_progressed;
};

// Runs a transfer on a thread of its own, as the window will, so that the test thread can
// cancel or pause it. The destructor cancels and joins, so a failed check never leaves it running.
class BackgroundTransfer {
public:
    BackgroundTransfer(const TransferRequest& request, ProgressCallback progress)
        : m_request(request)
        , m_progress(std::move(progress))
    {
        start();
    }
    // Stopped by a gate: the destructor lets it go, and an early end is passed on to it.
    BackgroundTransfer(const TransferRequest& request, ChunkGate& gate)
        : m_request(request)
        , m_progress(gate.callback())
        , m_unblock([&gate] { gate.letGo(); })
        , m_ended([&gate] { gate.transferEnded(); })
    {
        start();
    }
    ~BackgroundTransfer()
    {
        if (m_thread.joinable()) {
            m_control.cancel();
            m_control.resume();
            if (m_unblock)
                m_unblock();
            m_thread.join();
        }
    }
    BackgroundTransfer(const BackgroundTransfer&) = delete;
    BackgroundTransfer& operator=(const BackgroundTransfer&) = delete;

    [[nodiscard]] TransferControl& control() { return m_control; }
    [[nodiscard]] TransferResult finish()
    {
        m_thread.join();
        return m_result;
    }

private:
    void start()
    {
        m_thread = std::thread([this] {
            m_result = runTransfer(m_request, m_progress, &m_control);
            if (m_ended)
                m_ended();
        });
    }

    TransferRequest m_request;
    ProgressCallback m_progress;
    std::function<void()> m_unblock;
    std::function<void()> m_ended;
    TransferControl m_control;
    TransferResult m_result;
    std::thread m_thread;
};

} // namespace

class TestTransferEngine : public FolderTest {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void writesEveryMode_data();
    void writesEveryMode();
    void honoursOffsetsAndCounts_data();
    void honoursOffsetsAndCounts();
    void copiesEmptySource_data();
    void copiesEmptySource();
    void methodsGiveSameBytes_data();
    void methodsGiveSameBytes();
    void automaticMethodFollowsThePageOffsets_data();
    void automaticMethodFollowsThePageOffsets();
    void automaticMethodCopiesOnTheServer_data();
    void automaticMethodCopiesOnTheServer();
    void fallsBackToReadWrite_data();
    void fallsBackToReadWrite();
    void failsOnOtherFastPathErrors_data();
    void failsOnOtherFastPathErrors();
    void reportsProgressPerChunk_data();
    void reportsProgressPerChunk();

    void cancelKeepsReplacedDestination_data();
    void cancelKeepsReplacedDestination();
    void replacesAFileThatAppearsWhileCopying();
    void consecutiveCopiesShareTheOpenSource();
    void cancelInPlaceReportsWrittenBytes_data();
    void cancelInPlaceReportsWrittenBytes();
    void cancelWithChunkDelayHook();
    void cancelBeforeStart_data();
    void cancelBeforeStart();
    void pauseHoldsProgress();
    void cancelWhilePaused();
    void ratePacerSpacesChunks();
    void rateLimitCutsChunksAndKeepsTheAverage();
    void cancelDuringRateLimitPause();

    void fileSizeLimitKeepsReplacedDestination_data();
    void fileSizeLimitKeepsReplacedDestination();
    void fileSizeLimitInPlaceReportsWrittenBytes_data();
    void fileSizeLimitInPlaceReportsWrittenBytes();
    void reportsDiskFull_data();
    void reportsDiskFull();
    void reportsVerificationMismatch_data();
    void reportsVerificationMismatch();
    void refusesDestinationAppearingInNewMode();

    void refusesIdenticalFiles_data();
    void refusesIdenticalFiles();
    void refusesFolderDestination_data();
    void refusesFolderDestination();
    void refusesMissingDestinationFolder_data();
    void refusesMissingDestinationFolder();
    void refusesExistingDestinationInNewMode();
    void refusesSpecialDestination_data();
    void refusesSpecialDestination();
    void refusesMissingSource_data();
    void refusesMissingSource();
    void refusesToEmptyAFileWithAnEmptyRange_data();
    void refusesToEmptyAFileWithAnEmptyRange();
    void refusesIrregularSource_data();
    void refusesIrregularSource();
    void refusesInvalidRequests_data();
    void refusesInvalidRequests();
    void reportsPermissionDenied_data();
    void reportsPermissionDenied();

    void givesNewFilesSourceModeLessUmask_data();
    void givesNewFilesSourceModeLessUmask();
    void keepsReplacedFileMode_data();
    void keepsReplacedFileMode();

    void verifiesWhenAsked_data();
    void verifiesWhenAsked();
    void syncsToDisk_data();
    void syncsToDisk();
    void writesThroughDestinationSymlink_data();
    void writesThroughDestinationSymlink();
    void replacesFileWithLongName_data();
    void replacesFileWithLongName();
    void acceptsRelativePaths_data();
    void acceptsRelativePaths();

private:
    QString m_source;      // path(u"source.bin"_s)
    QString m_destination; // path(u"dest.bin"_s)
};

void TestTransferEngine::initTestCase()
{
    // The hooks must only be on where a test sets them.
    qunsetenv("RANGECOPY_TEST_FAST_PATH_ERRNO");
    qunsetenv("RANGECOPY_TEST_CHUNK_DELAY_MS");
}

void TestTransferEngine::init()
{
    FolderTest::init();
    m_source = path(u"source.bin"_s);
    m_destination = path(u"dest.bin"_s);
}

// ---------------------------------------------------------------------------------------------
// Modes, ranges, methods

void TestTransferEngine::writesEveryMode_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<qint64>("oldSize"); // -1: no destination yet
    QTest::addColumn<qint64>("destinationOffset");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("count");

    using M = DestinationMode;
    QTest::newRow("replace longer file")
        << M::Replace << qint64(5000) << qint64(0) << qint64(100) << qint64(300);
    QTest::newRow("replace shorter file")
        << M::Replace << qint64(10) << qint64(0) << qint64(0) << kNoCount;
    QTest::newRow("replace missing file")
        << M::Replace << qint64(-1) << qint64(0) << qint64(7) << qint64(1000);
    QTest::newRow("overwrite at 0")
        << M::Overwrite << qint64(1000) << qint64(0) << qint64(0) << qint64(300);
    QTest::newRow("overwrite inside")
        << M::Overwrite << qint64(1000) << qint64(200) << qint64(1000) << qint64(300);
    QTest::newRow("overwrite across the end")
        << M::Overwrite << qint64(1000) << qint64(900) << qint64(50) << qint64(300);
    QTest::newRow("overwrite past the end")
        << M::Overwrite << qint64(1000) << qint64(1500) << qint64(0) << qint64(300);
    QTest::newRow("overwrite to end of source")
        << M::Overwrite << qint64(8000) << qint64(10) << qint64(3000) << kNoCount;
    QTest::newRow("overwrite missing file")
        << M::Overwrite << qint64(-1) << qint64(0) << qint64(0) << qint64(300);
    QTest::newRow("overwrite missing file at offset")
        << M::Overwrite << qint64(-1) << qint64(100) << qint64(0) << qint64(300);
    QTest::newRow("append") << M::Append << qint64(1000) << qint64(0) << qint64(5) << qint64(300);
    QTest::newRow("append to empty file")
        << M::Append << qint64(0) << qint64(0) << qint64(0) << kNoCount;
    QTest::newRow("append missing file")
        << M::Append << qint64(-1) << qint64(0) << qint64(0) << qint64(300);
    QTest::newRow("new") << M::CreateNew << qint64(-1) << qint64(0) << qint64(20) << qint64(2000);
}

void TestTransferEngine::automaticMethodFollowsThePageOffsets_data()
{
    using M = DestinationMode;
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<qint64>("oldSize");
    QTest::addColumn<qint64>("destinationOffset");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<CopyMethod>("expected");
    // The source offset and where the bytes land in the destination, modulo the page size.
    QTest::newRow("whole file") << M::Replace << qint64(-1) << qint64(0) << qint64(0)
                                << CopyMethod::Sendfile;
    QTest::newRow("from a page boundary")
        << M::Replace << qint64(-1) << qint64(0) << qint64(8192) << CopyMethod::Sendfile;
    QTest::newRow("from inside a page")
        << M::Replace << qint64(-1) << qint64(0) << qint64(4097) << CopyMethod::ReadWrite;
    QTest::newRow("overwrite, same place in the page")
        << M::Overwrite << qint64(100) << qint64(5) << qint64(4101) << CopyMethod::Sendfile;
    QTest::newRow("overwrite, different place")
        << M::Overwrite << qint64(100) << qint64(5) << qint64(4096) << CopyMethod::ReadWrite;
    QTest::newRow("append after 4096 bytes")
        << M::Append << qint64(4096) << qint64(0) << qint64(0) << CopyMethod::Sendfile;
    QTest::newRow("append after 10 bytes")
        << M::Append << qint64(10) << qint64(0) << qint64(0) << CopyMethod::ReadWrite;
    QTest::newRow("append after 10 bytes, from offset 10")
        << M::Append << qint64(10) << qint64(0) << qint64(10) << CopyMethod::Sendfile;
}

void TestTransferEngine::automaticMethodFollowsThePageOffsets()
{
    QFETCH(DestinationMode, mode);
    QFETCH(qint64, oldSize);
    QFETCH(qint64, destinationOffset);
    QFETCH(qint64, offset);
    QFETCH(CopyMethod, expected);
    QCOMPARE(::sysconf(_SC_PAGESIZE), 4096L); // the rows are written for 4 KiB pages

    const QByteArray source = patternBytes(3 * 4096, 31);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = oldSize < 0 ? QByteArray() : patternBytes(oldSize, 32);
    if (oldSize >= 0)
        QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination, mode);
    QCOMPARE(request.method, CopyMethod::Auto); // the default
    request.offset = offset;
    request.destinationOffset = destinationOffset;
    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.methodUsed, expected);
    QCOMPARE(readFile(m_destination),
             expectedContent(old, mode, destinationOffset, source.mid(offset)));
}

// No NFS or SMB client can be mounted on the test machines (their kernels have neither), so
// the choice is checked on the file system types that the engine reads with fstatfs().
void TestTransferEngine::automaticMethodCopiesOnTheServer_data()
{
    QTest::addColumn<unsigned long>("fileSystem");
    QTest::addColumn<CopyMethod>("whole");
    QTest::addColumn<CopyMethod>("unaligned");
    constexpr unsigned long nfs = 0x6969, smb1 = 0xff534d42, smb2 = 0xfe534d42;
    constexpr unsigned long ext4 = 0xef53, xfs = 0x58465342, tmpfs = 0x01021994;
    QTest::newRow("nfs") << nfs << CopyMethod::CopyFileRange << CopyMethod::CopyFileRange;
    QTest::newRow("cifs") << smb1 << CopyMethod::CopyFileRange << CopyMethod::CopyFileRange;
    QTest::newRow("smb3") << smb2 << CopyMethod::CopyFileRange << CopyMethod::CopyFileRange;
    QTest::newRow("ext4") << ext4 << CopyMethod::Sendfile << CopyMethod::ReadWrite;
    QTest::newRow("xfs") << xfs << CopyMethod::Sendfile << CopyMethod::ReadWrite;
    QTest::newRow("tmpfs") << tmpfs << CopyMethod::Sendfile << CopyMethod::ReadWrite;
}

void TestTransferEngine::automaticMethodCopiesOnTheServer()
{
    QFETCH(unsigned long, fileSystem);
    QFETCH(CopyMethod, whole);
    QFETCH(CopyMethod, unaligned);
    const bool onTheServer = copiesOnTheServer(fileSystem);
    QCOMPARE(resolveMethod(CopyMethod::Auto, 0, 0, onTheServer), whole);
    QCOMPARE(resolveMethod(CopyMethod::Auto, 4097, 0, onTheServer), unaligned);
    // A method chosen by name is kept everywhere.
    QCOMPARE(resolveMethod(CopyMethod::Sendfile, 0, 0, onTheServer), CopyMethod::Sendfile);
    QCOMPARE(resolveMethod(CopyMethod::ReadWrite, 0, 0, onTheServer), CopyMethod::ReadWrite);
    // The engine reads the type with fstatfs(); the test folder is on a local file system.
    QFile file(m_source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(fileSystemType(file.handle()) != 0);
    QVERIFY(!copiesOnTheServer(fileSystemType(file.handle())));
}

void TestTransferEngine::writesEveryMode()
{
    QFETCH(DestinationMode, mode);
    QFETCH(qint64, oldSize);
    QFETCH(qint64, destinationOffset);
    QFETCH(qint64, offset);
    QFETCH(qint64, count);

    const QByteArray source = patternBytes(4096, 1);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = oldSize < 0 ? QByteArray() : patternBytes(oldSize, 2);
    if (oldSize >= 0)
        QVERIFY(writeFile(m_destination, old));

    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.offset = offset;
    request.count = countOf(count);
    request.destinationOffset = destinationOffset;
    request.method = CopyMethod::Sendfile; // asked for, it serves whatever the offsets
    const TransferResult result = runTransfer(request);

    const QByteArray copied = source.mid(offset, count == kNoCount ? -1 : count);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.error, TransferError::None);
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.bytesSent, qint64(copied.size()));
    QCOMPARE(result.endOfFileReached, false);
    QCOMPARE(result.methodUsed, CopyMethod::Sendfile);
    QCOMPARE(result.verification, Verification::NotAsked);
    QVERIFY(result.elapsedSeconds >= 0.0);
    const qint64 expectedStart = mode == DestinationMode::Overwrite ? destinationOffset
                                 : mode == DestinationMode::Append  ? qMax<qint64>(oldSize, 0)
                                                                    : 0;
    QCOMPARE(result.destinationStart, expectedStart);
    QCOMPARE(readFile(m_destination), expectedContent(old, mode, destinationOffset, copied));
    QCOMPARE(readFile(m_source), source);
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
}

void TestTransferEngine::honoursOffsetsAndCounts_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("expectedBytes");
    QTest::addColumn<bool>("expectedEof");

    struct Case {
        const char* name;
        qint64 offset;
        qint64 count;
        qint64 expectedBytes;
        bool expectedEof;
    };
    // The source holds 1000 bytes.
    const Case cases[] = {
        {"offset 0", 0, 100, 100, false},
        {"offset inside", 250, 300, 300, false},
        {"offset at the end", 1000, 10, 0, true},
        {"offset past the end", 5000, 10, 0, true},
        {"offset far past the end", qint64(1) << 40, 10, 0, true},
        {"count 0", 10, 0, 0, false},
        {"count 0 at the end", 1000, 0, 0, false},
        {"count inside", 0, 999, 999, false},
        {"count exactly to the end", 900, 100, 100, false},
        {"count past the end", 900, 500, 100, true},
        {"count far past the end", 0, qint64(1) << 40, 1000, true},
        {"no count from 0", 0, kNoCount, 1000, false},
        {"no count from inside", 400, kNoCount, 600, false},
        {"no count from the last byte", 999, kNoCount, 1, false},
        {"no count from the end", 1000, kNoCount, 0, false},
        {"no count past the end", 2000, kNoCount, 0, false},
    };
    for (const CopyMethod method : kAllMethods) {
        for (const Case& c : cases) {
            QTest::addRow("%s, %s", qPrintable(methodName(method)), c.name)
                << method << c.offset << c.count << c.expectedBytes << c.expectedEof;
        }
    }
}

void TestTransferEngine::honoursOffsetsAndCounts()
{
    QFETCH(CopyMethod, method);
    QFETCH(qint64, offset);
    QFETCH(qint64, count);
    QFETCH(qint64, expectedBytes);
    QFETCH(bool, expectedEof);

    const QByteArray source = patternBytes(1000, 3);
    QVERIFY(writeFile(m_source, source));
    // An empty range may not empty a file (refusesToEmptyAFileWithAnEmptyRange): then the
    // destination is new.
    if (expectedBytes > 0)
        QVERIFY(writeFile(m_destination, QByteArrayLiteral("old destination bytes")));

    TransferRequest request = makeRequest(m_source, m_destination);
    request.offset = offset;
    request.count = countOf(count);
    request.method = method;
    request.chunkSize = 64;
    int progressCalls = 0;
    const TransferResult result = runTransfer(request, [&](qint64, qint64) { ++progressCalls; });

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, expectedBytes);
    QCOMPARE(result.endOfFileReached, expectedEof);
    QCOMPARE(result.methodUsed, method);
    // Replace: the destination holds exactly the copied bytes, also when there were none.
    QCOMPARE(readFile(m_destination), source.mid(qMin<qint64>(offset, 1000), expectedBytes));
    QCOMPARE(progressCalls, int((expectedBytes + 63) / 64));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestTransferEngine::copiesEmptySource_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("expectedEof");

    for (const DestinationMode mode : kAllModes) {
        const QByteArray name = modeName(mode).toUtf8();
        QTest::addRow("%s, no count", name.constData()) << mode << kNoCount << false;
        QTest::addRow("%s, count 0", name.constData()) << mode << qint64(0) << false;
        QTest::addRow("%s, count 10", name.constData()) << mode << qint64(10) << true;
    }
}

void TestTransferEngine::copiesEmptySource()
{
    QFETCH(DestinationMode, mode);
    QFETCH(qint64, count);
    QFETCH(bool, expectedEof);

    QVERIFY(writeFile(m_source, QByteArray()));
    // Replace may not empty a file that holds bytes (refusesToEmptyAFileWithAnEmptyRange): it
    // replaces an empty one here.
    const QByteArray old = mode == DestinationMode::Replace ? QByteArray() : patternBytes(100, 4);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(m_destination, old));

    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.count = countOf(count);
    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(0));
    QCOMPARE(result.endOfFileReached, expectedEof);
    QVERIFY(exists(m_destination));
    QCOMPARE(readFile(m_destination),
             expectedContent(mode == DestinationMode::CreateNew ? QByteArray() : old, mode, 0,
                             QByteArray()));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestTransferEngine::methodsGiveSameBytes_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<qint64>("count");

    for (const CopyMethod method : kAllMethods) {
        for (const DestinationMode mode : kAllModes) {
            const QByteArray methodText = methodName(method).toUtf8();
            const QByteArray modeText = modeName(mode).toUtf8();
            QTest::addRow("%s, %s, count", methodText.constData(), modeText.constData())
                << method << mode << qint64(60000);
            QTest::addRow("%s, %s, to end", methodText.constData(), modeText.constData())
                << method << mode << kNoCount;
        }
    }
}

void TestTransferEngine::methodsGiveSameBytes()
{
    QFETCH(CopyMethod, method);
    QFETCH(DestinationMode, mode);
    QFETCH(qint64, count);

    const QByteArray source = patternBytes(100000, 5);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old =
        mode == DestinationMode::CreateNew ? QByteArray() : patternBytes(5000, 6);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(m_destination, old));

    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.offset = 123;
    request.count = countOf(count);
    request.destinationOffset = 777;
    request.chunkSize = 7777; // many chunks, none aligned with anything
    const TransferResult result = runTransfer(request);

    const QByteArray copied = source.mid(123, count == kNoCount ? -1 : count);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.methodUsed, method);
    QCOMPARE(result.bytesSent, qint64(copied.size()));
    QCOMPARE(readFile(m_destination), expectedContent(old, mode, 777, copied));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestTransferEngine::fallsBackToReadWrite_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<int>("forcedErrno");
    QTest::addColumn<DestinationMode>("mode");

    for (const int error : {EINVAL, EXDEV, ENOSYS, EOPNOTSUPP}) {
        for (const CopyMethod method : {CopyMethod::Sendfile, CopyMethod::CopyFileRange}) {
            for (const DestinationMode mode :
                 {DestinationMode::Replace, DestinationMode::Overwrite, DestinationMode::Append}) {
                QTest::addRow("%s, %s, %s", strerrorname_np(error), qPrintable(methodName(method)),
                              qPrintable(modeName(mode)))
                    << method << error << mode;
            }
        }
    }
    // The hook is about the fast paths; read-write is not affected by it.
    QTest::newRow("read-write ignores the hook")
        << CopyMethod::ReadWrite << EIO << DestinationMode::Replace;
}

void TestTransferEngine::fallsBackToReadWrite()
{
    QFETCH(CopyMethod, method);
    QFETCH(int, forcedErrno);
    QFETCH(DestinationMode, mode);

    const ScopedEnvironment hook("RANGECOPY_TEST_FAST_PATH_ERRNO", QByteArray::number(forcedErrno));
    const QByteArray source = patternBytes(50000, 7);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = patternBytes(3000, 8);
    QVERIFY(writeFile(m_destination, old));

    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.offset = 11;
    request.destinationOffset = 1500;
    request.chunkSize = 4000;
    qint64 lastDone = 0;
    const TransferResult result =
        runTransfer(request, [&](qint64 bytesDone, qint64) { lastDone = bytesDone; });

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.methodUsed, CopyMethod::ReadWrite);
    QCOMPARE(result.bytesSent, qint64(source.size() - 11));
    QCOMPARE(lastDone, result.bytesSent);
    QCOMPARE(readFile(m_destination), expectedContent(old, mode, 1500, source.mid(11)));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestTransferEngine::failsOnOtherFastPathErrors_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<int>("forcedErrno");
    QTest::addColumn<TransferError>("expectedError");

    struct Case {
        int error;
        TransferError kind;
    };
    // Only "cannot serve these files" falls back; real failures are reported, in their kind.
    for (const Case c :
         {Case{EIO, TransferError::IoError}, Case{ENOSPC, TransferError::DiskFull},
          Case{EDQUOT, TransferError::DiskFull}, Case{EFBIG, TransferError::FileTooLarge},
          Case{EROFS, TransferError::PermissionDenied}}) {
        for (const CopyMethod method : {CopyMethod::Sendfile, CopyMethod::CopyFileRange}) {
            for (const DestinationMode mode :
                 {DestinationMode::Replace, DestinationMode::Overwrite, DestinationMode::Append}) {
                QTest::addRow("%s, %s, %s", strerrorname_np(c.error),
                              qPrintable(methodName(method)), qPrintable(modeName(mode)))
                    << method << mode << c.error << c.kind;
            }
        }
    }
}

void TestTransferEngine::failsOnOtherFastPathErrors()
{
    QFETCH(CopyMethod, method);
    QFETCH(DestinationMode, mode);
    QFETCH(int, forcedErrno);
    QFETCH(TransferError, expectedError);

    const ScopedEnvironment hook("RANGECOPY_TEST_FAST_PATH_ERRNO", QByteArray::number(forcedErrno));
    QVERIFY(writeFile(m_source, patternBytes(20000, 9)));
    const QByteArray old = patternBytes(3000, 10);
    QVERIFY(writeFile(m_destination, old));
    QVERIFY(setMode(m_destination, 0640));

    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.chunkSize = 4096;
    int progressCalls = 0;
    const TransferResult result = runTransfer(request, [&](qint64, qint64) { ++progressCalls; });

    QCOMPARE(result.error, expectedError);
    QCOMPARE(result.systemError, forcedErrno);
    QCOMPARE(result.bytesSent, qint64(0));
    QCOMPARE(progressCalls, 0);
    QVERIFY2(result.message.contains(m_destination), qPrintable(result.message));
    QVERIFY2(result.message.contains(systemReason(forcedErrno)), qPrintable(result.message));
    if (expectedError == TransferError::IoError) // the call was about both files
        QVERIFY2(result.message.contains(m_source), qPrintable(result.message));
    // Nothing published: the old destination is intact, with its mode, and no part file is left.
    QCOMPARE(readFile(m_destination), old);
    QCOMPARE(modeText(m_destination), u"0640"_s);
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
}

void TestTransferEngine::reportsProgressPerChunk_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<qint64>("chunkSize");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("count");

    for (const CopyMethod method : kAllMethods) {
        const QByteArray name = methodName(method).toUtf8();
        for (const qint64 chunk : {1, 2, 3, 7, 512, 4096}) {
            QTest::addRow("%s, chunk %lld, to end", name.constData(), chunk)
                << method << chunk << qint64(0) << kNoCount;
            QTest::addRow("%s, chunk %lld, count", name.constData(), chunk)
                << method << chunk << qint64(5) << qint64(1000);
        }
        QTest::addRow("%s, chunk larger than the range", name.constData())
            << method << qint64(20000) << qint64(0) << kNoCount;
        QTest::addRow("%s, chunk at the per-call cap", name.constData())
            << method << kMaxBytesPerCall << qint64(1) << qint64(5000);
    }
}

void TestTransferEngine::reportsProgressPerChunk()
{
    QFETCH(CopyMethod, method);
    QFETCH(qint64, chunkSize);
    QFETCH(qint64, offset);
    QFETCH(qint64, count);

    const QByteArray source = patternBytes(10000, 11);
    QVERIFY(writeFile(m_source, source));
    TransferRequest request = makeRequest(m_source, m_destination);
    request.method = method;
    request.chunkSize = chunkSize;
    request.offset = offset;
    request.count = countOf(count);

    std::vector<std::pair<qint64, qint64>> calls; // bytesDone, bytesExpected
    const TransferResult result = runTransfer(request, [&](qint64 bytesDone, qint64 bytesExpected) {
        calls.emplace_back(bytesDone, bytesExpected);
    });

    const QByteArray copied = source.mid(offset, count == kNoCount ? -1 : count);
    const qint64 total = copied.size();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.methodUsed, method);
    QCOMPARE(result.bytesSent, total);
    QCOMPARE(readFile(m_destination), copied);

    // One call per chunk: each step is more than nothing and at most a chunk.
    QVERIFY(qint64(calls.size()) >= (total + chunkSize - 1) / chunkSize);
    qint64 previous = 0;
    for (const auto& [bytesDone, bytesExpected] : calls) {
        QVERIFY2(bytesDone > previous, "bytesDone must grow with every call");
        QVERIFY2(bytesDone - previous <= chunkSize, "a step must not exceed the chunk size");
        QCOMPARE(bytesExpected, total);
        previous = bytesDone;
    }
    QCOMPARE(calls.back().first, result.bytesSent);
}

// ---------------------------------------------------------------------------------------------
// Cancel and pause from another thread

void TestTransferEngine::replacesAFileThatAppearsWhileCopying()
{
    // A replace copy to a name that held nothing writes a file without a name; a file that
    // someone puts under the name meanwhile is replaced, as a rename would replace it.
    const QByteArray source = patternBytes(20000, 14);
    QVERIFY(writeFile(m_source, source));
    TransferRequest request = makeRequest(m_source, m_destination, DestinationMode::Replace);
    request.chunkSize = 4096;
    bool planted = false;
    const TransferResult result = runTransfer(request, [&](qint64, qint64) {
        if (!planted)
            planted = writeFile(m_destination, "planted meanwhile");
    });

    QVERIFY(planted);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(readFile(m_destination), source);
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
}

void TestTransferEngine::consecutiveCopiesShareTheOpenSource()
{
    // A batch's copies from one path, one after another, read one open file: each takes its
    // size afresh (a grown source copies to its new end), and a file renamed into the path's
    // place between them is not seen. Without the cache, the path is opened again.
    QVERIFY(writeFile(m_source, "first version"));
    OpenSourceCache openSources;
    TransferRequest request = makeRequest(m_source, path(u"one.bin"_s), DestinationMode::Replace);
    QVERIFY(runTransfer(request, {}, nullptr, &openSources).ok());

    QFile grown(m_source);
    QVERIFY(grown.open(QIODevice::Append));
    QCOMPARE(grown.write(" grown"), qint64(6));
    grown.close();
    request.destinationPath = path(u"two.bin"_s);
    QVERIFY(runTransfer(request, {}, nullptr, &openSources).ok());
    QCOMPARE(readFile(path(u"two.bin"_s)), QByteArray("first version grown"));

    QVERIFY(writeFile(path(u"other.bin"_s), "another file"));
    QVERIFY(::rename(QFile::encodeName(path(u"other.bin"_s)).constData(),
                     QFile::encodeName(m_source).constData()) == 0);
    request.destinationPath = path(u"three.bin"_s);
    QVERIFY(runTransfer(request, {}, nullptr, &openSources).ok());
    QCOMPARE(readFile(path(u"three.bin"_s)), QByteArray("first version grown"));

    request.destinationPath = path(u"four.bin"_s);
    QVERIFY(runTransfer(request).ok());
    QCOMPARE(readFile(path(u"four.bin"_s)), QByteArray("another file"));
}

void TestTransferEngine::cancelKeepsReplacedDestination_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<DestinationMode>("mode");
    for (const CopyMethod method : kAllMethods) {
        QTest::addRow("replace, %s", qPrintable(methodName(method)))
            << method << DestinationMode::Replace;
    }
    QTest::newRow("new, sendfile") << CopyMethod::Sendfile << DestinationMode::CreateNew;
}

void TestTransferEngine::cancelKeepsReplacedDestination()
{
    QFETCH(CopyMethod, method);
    QFETCH(DestinationMode, mode);

    QVERIFY(writeFile(m_source, patternBytes(65536, 12)));
    const QByteArray old = patternBytes(3000, 13);
    const bool hasOld = mode == DestinationMode::Replace;
    if (hasOld) {
        QVERIFY(writeFile(m_destination, old));
        QVERIFY(setMode(m_destination, 0640));
    }

    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.chunkSize = 4096;
    ChunkGate gate(1);
    BackgroundTransfer transfer(request, gate);
    QVERIFY(gate.waitUntilReached());

    // Mid-copy: the bytes go to a temporary file beside the destination, not to it: one with
    // a hidden name when a file is replaced, one without a name (O_TMPFILE) when none exists.
    const QStringList parts = partFilesIn(m_dir->path());
    const QStringList unnamed = unnamedFilesIn(m_dir->path());
    QCOMPARE(parts.size(), hasOld ? 1 : 0);
    QCOMPARE(unnamed.size(), hasOld ? 0 : 1);
    static const QRegularExpression partName(
        u"^\\.dest\\.bin\\.rangecopy-[A-Za-z0-9]{6}\\.part$"_s);
    const QString temporary = hasOld ? path(parts.first()) : unnamed.first();
    if (hasOld)
        QVERIFY2(partName.match(parts.first()).hasMatch(), qPrintable(parts.first()));
    QCOMPARE(QFileInfo(temporary).size(), qint64(4096));
    if (hasOld)
        QCOMPARE(readFile(m_destination), old);
    else
        QVERIFY(!exists(m_destination));

    transfer.control().cancel();
    gate.letGo();
    const TransferResult result = transfer.finish();

    QCOMPARE(result.error, TransferError::Cancelled);
    QCOMPARE(result.bytesSent, qint64(0));
    QCOMPARE(gate.calls(), 1);
    QVERIFY2(result.message.contains(m_destination), qPrintable(result.message));
    if (hasOld) {
        QCOMPARE(readFile(m_destination), old);
        QCOMPARE(modeText(m_destination), u"0640"_s);
        QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
    } else {
        QCOMPARE(folderEntries(m_dir->path()), QStringList({u"source.bin"_s}));
    }
}

void TestTransferEngine::cancelInPlaceReportsWrittenBytes_data()
{
    addMethodModeRows({CopyMethod::Sendfile, CopyMethod::CopyFileRange, CopyMethod::ReadWrite},
                      {DestinationMode::Overwrite, DestinationMode::Append});
}

void TestTransferEngine::cancelInPlaceReportsWrittenBytes()
{
    QFETCH(CopyMethod, method);
    QFETCH(DestinationMode, mode);

    const QByteArray source = patternBytes(65536, 14);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = patternBytes(2000, 15);
    QVERIFY(writeFile(m_destination, old));

    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.offset = 100;
    request.destinationOffset = 500;
    request.chunkSize = 4096;
    ChunkGate gate(3);
    BackgroundTransfer transfer(request, gate);
    QVERIFY(gate.waitUntilReached());
    transfer.control().cancel();
    gate.letGo();
    const TransferResult result = transfer.finish();

    QCOMPARE(result.error, TransferError::Cancelled);
    QCOMPARE(result.bytesSent, qint64(3 * 4096));
    QCOMPARE(result.bytesSent, gate.lastDone());
    QCOMPARE(gate.calls(), 3);
    QVERIFY2(result.message.contains(m_destination), qPrintable(result.message));
    // What was reported is exactly what is in the file.
    QCOMPARE(readFile(m_destination),
             expectedContent(old, mode, 500, source.mid(100, result.bytesSent)));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestTransferEngine::cancelWithChunkDelayHook()
{
    // The engine's own test mode slows every chunk down; the copy would take 20 s uncancelled.
    const ScopedEnvironment hook("RANGECOPY_TEST_CHUNK_DELAY_MS", "20");
    const QByteArray source = patternBytes(1000 * 1024, 16);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = patternBytes(777, 17);
    QVERIFY(writeFile(m_destination, old));

    TransferRequest request = makeRequest(m_source, m_destination, DestinationMode::Append);
    request.chunkSize = 1024;
    QSemaphore progressed;
    std::atomic<qint64> lastDone{0};
    BackgroundTransfer transfer(request, [&](qint64 bytesDone, qint64) {
        lastDone.store(bytesDone);
        progressed.release();
    });
    QVERIFY(progressed.tryAcquire(1, kWaitMs));
    transfer.control().cancel();
    const TransferResult result = transfer.finish();

    QCOMPARE(result.error, TransferError::Cancelled);
    QVERIFY(result.bytesSent > 0);
    QVERIFY(result.bytesSent < source.size());
    QCOMPARE(result.bytesSent, lastDone.load());
    QCOMPARE(result.destinationStart, qint64(old.size()));
    QCOMPARE(readFile(m_destination), old + source.left(result.bytesSent));
}

void TestTransferEngine::cancelBeforeStart_data()
{
    QTest::addColumn<DestinationMode>("mode");
    for (const DestinationMode mode :
         {DestinationMode::Replace, DestinationMode::Overwrite, DestinationMode::Append})
        QTest::newRow(qPrintable(modeName(mode))) << mode;
}

void TestTransferEngine::cancelBeforeStart()
{
    QFETCH(DestinationMode, mode);
    QVERIFY(writeFile(m_source, patternBytes(10000, 18)));
    const QByteArray old = patternBytes(500, 19);
    QVERIFY(writeFile(m_destination, old));

    TransferControl control;
    control.cancel();
    int progressCalls = 0;
    const TransferResult result = runTransfer(
        makeRequest(m_source, m_destination, mode), [&](qint64, qint64) { ++progressCalls; },
        &control);

    QCOMPARE(result.error, TransferError::Cancelled);
    QCOMPARE(result.bytesSent, qint64(0));
    QCOMPARE(progressCalls, 0);
    QCOMPARE(readFile(m_destination), old);
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
}

void TestTransferEngine::pauseHoldsProgress()
{
    const QByteArray source = patternBytes(65536, 20);
    QVERIFY(writeFile(m_source, source));
    TransferRequest request = makeRequest(m_source, m_destination, DestinationMode::Overwrite);
    request.chunkSize = 4096;
    ChunkGate gate(2);
    BackgroundTransfer transfer(request, gate);
    QVERIFY(gate.waitUntilReached());
    transfer.control().pause();
    gate.letGo();
    QVERIFY(gate.waitForCalls(2, kWaitMs));

    // Paused before the third chunk: no progress comes and the file does not grow. Waiting for
    // a third call that must not come is the only way to see that nothing happens.
    QVERIFY(transfer.control().isPaused());
    QVERIFY(!gate.waitForCalls(3, 300));
    QCOMPARE(gate.calls(), 2);
    QCOMPARE(gate.lastDone(), qint64(2 * 4096));
    QCOMPARE(QFileInfo(m_destination).size(), qint64(2 * 4096));

    transfer.control().resume();
    const TransferResult result = transfer.finish();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(source.size()));
    QCOMPARE(gate.calls(), 16);
    QCOMPARE(gate.lastDone(), result.bytesSent);
    QCOMPARE(readFile(m_destination), source);
}

void TestTransferEngine::ratePacerSpacesChunks()
{
    const RatePacer::Clock::time_point start{std::chrono::seconds(100)};
    RatePacer pacer(10000); // 10 000 bytes per second
    QVERIFY(pacer.limits());
    QCOMPARE(pacer.chunkLimit(8 * 1024 * 1024), qint64(4096)); // never below 4 KiB
    QCOMPARE(pacer.chunkLimit(100), qint64(100));
    pacer.chunkDone(start, 5000);
    QCOMPARE(pacer.nextStart(), start + std::chrono::milliseconds(500));
    // A chunk that started late (a pause, a slow disk) leaves no credit for a burst after it.
    pacer.chunkDone(start + std::chrono::seconds(10), 1000);
    QCOMPARE(pacer.nextStart(), start + std::chrono::milliseconds(10100));

    QCOMPARE(RatePacer(20 * 1024 * 1024).chunkLimit(kDefaultChunkSize), qint64(2 * 1024 * 1024));
    RatePacer unlimited(0);
    QVERIFY(!unlimited.limits());
    QCOMPARE(unlimited.chunkLimit(kDefaultChunkSize), kDefaultChunkSize);
    unlimited.chunkDone(start, 1000);
    QCOMPARE(unlimited.nextStart(), RatePacer::Clock::time_point{});
}

void TestTransferEngine::rateLimitCutsChunksAndKeepsTheAverage()
{
    const QByteArray source = patternBytes(32768, 23);
    QVERIFY(writeFile(m_source, source));
    TransferRequest request = makeRequest(m_source, m_destination, DestinationMode::Replace);
    request.rateLimit = 81920; // 80 KiB/s: chunks of 8 KiB, a tenth of a second each
    int calls = 0;
    const TransferResult result = runTransfer(request, [&calls](qint64, qint64) { ++calls; });

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(readFile(m_destination), source);
    QCOMPARE(calls, 4); // the 8 MiB chunk size was cut to the limit's tenth of a second
    // Each chunk is followed by its pause, the last one too: the copy cannot have been faster
    // than the limit (a lower bound that the pacing guarantees, not a measurement).
    QVERIFY2(result.elapsedSeconds >= double(source.size()) / double(request.rateLimit),
             qPrintable(QString::number(result.elapsedSeconds)));
}

void TestTransferEngine::cancelDuringRateLimitPause()
{
    const QByteArray source = patternBytes(65536, 24);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = patternBytes(100000, 25);
    QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination, DestinationMode::Overwrite);
    request.rateLimit = 4096; // a chunk of 4 KiB, then a pause of a second
    ChunkGate gate(1);
    BackgroundTransfer transfer(request, gate);
    QVERIFY(gate.waitUntilReached());
    transfer.control().cancel();
    gate.letGo();
    const TransferResult result = transfer.finish();

    QCOMPARE(result.error, TransferError::Cancelled);
    QCOMPARE(result.bytesSent, qint64(4096));
    QCOMPARE(gate.calls(), 1);
    QByteArray expected = old;
    expected.replace(0, 4096, source.left(4096));
    QCOMPARE(readFile(m_destination), expected);
}

void TestTransferEngine::cancelWhilePaused()
{
    const QByteArray source = patternBytes(65536, 21);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = patternBytes(100000, 22);
    QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination, DestinationMode::Overwrite);
    request.chunkSize = 4096;
    ChunkGate gate(1);
    BackgroundTransfer transfer(request, gate);
    QVERIFY(gate.waitUntilReached());
    transfer.control().pause();
    gate.letGo();
    QVERIFY(gate.waitForCalls(1, kWaitMs));
    transfer.control().cancel(); // never resumed: the cancel alone must end the pause
    const TransferResult result = transfer.finish();

    QCOMPARE(result.error, TransferError::Cancelled);
    QCOMPARE(result.bytesSent, qint64(4096));
    QCOMPARE(gate.calls(), 1);
    QCOMPARE(readFile(m_destination),
             expectedContent(old, DestinationMode::Overwrite, 0, source.left(4096)));
}

// ---------------------------------------------------------------------------------------------
// Failures in the middle of a copy (file size limit in a child process)

void TestTransferEngine::fileSizeLimitKeepsReplacedDestination_data()
{
    addMethodModeRows({CopyMethod::Sendfile, CopyMethod::CopyFileRange, CopyMethod::ReadWrite},
                      {DestinationMode::Replace, DestinationMode::CreateNew});
}

void TestTransferEngine::fileSizeLimitKeepsReplacedDestination()
{
    QFETCH(CopyMethod, method);
    QFETCH(DestinationMode, mode);

    QVERIFY(writeFile(m_source, patternBytes(65536, 23)));
    const QByteArray old = patternBytes(3000, 24);
    const bool hasOld = mode == DestinationMode::Replace;
    if (hasOld) {
        QVERIFY(writeFile(m_destination, old));
        QVERIFY(setMode(m_destination, 0640));
    }
    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.chunkSize = 4096;

    // The temporary file reaches the limit after 4 chunks and the next write fails.
    const ChildOutcome outcome = runInChild(request, [] { return limitFileSize(16384); });

    QVERIFY2(outcome.exited, qPrintable(u"child killed by signal %1"_s.arg(outcome.signal)));
    QVERIFY(outcome.exitCode != kChildSetupFailed);
    QVERIFY(outcome.reported);
    QCOMPARE(outcome.error, TransferError::FileTooLarge);
    QCOMPARE(outcome.exitCode, int(TransferError::FileTooLarge));
    QCOMPARE(outcome.bytesSent, qint64(0));
    QVERIFY2(outcome.message.contains(m_destination), qPrintable(outcome.message));
    if (hasOld) {
        QCOMPARE(readFile(m_destination), old);
        QCOMPARE(modeText(m_destination), u"0640"_s);
        QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
    } else {
        QCOMPARE(folderEntries(m_dir->path()), QStringList({u"source.bin"_s}));
    }
}

void TestTransferEngine::fileSizeLimitInPlaceReportsWrittenBytes_data()
{
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<qint64>("oldSize"); // -1: no destination yet
    QTest::addColumn<qint64>("destinationOffset");
    QTest::addColumn<qint64>("chunkSize");

    for (const CopyMethod method : kAllMethods) {
        const QByteArray name = methodName(method).toUtf8();
        for (const qint64 chunk : {kDefaultChunkSize, qint64(4096), qint64(3000)}) {
            QTest::addRow("%s, overwrite new file, chunk %lld", name.constData(), chunk)
                << method << DestinationMode::Overwrite << qint64(-1) << qint64(0) << chunk;
            QTest::addRow("%s, overwrite at 1000, chunk %lld", name.constData(), chunk)
                << method << DestinationMode::Overwrite << qint64(2000) << qint64(1000) << chunk;
            QTest::addRow("%s, append, chunk %lld", name.constData(), chunk)
                << method << DestinationMode::Append << qint64(2000) << qint64(0) << chunk;
        }
    }
}

void TestTransferEngine::fileSizeLimitInPlaceReportsWrittenBytes()
{
    QFETCH(CopyMethod, method);
    QFETCH(DestinationMode, mode);
    QFETCH(qint64, oldSize);
    QFETCH(qint64, destinationOffset);
    QFETCH(qint64, chunkSize);

    constexpr qint64 kLimit = 10000;
    const QByteArray source = patternBytes(65536, 25);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = oldSize < 0 ? QByteArray() : patternBytes(oldSize, 26);
    if (oldSize >= 0)
        QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.destinationOffset = destinationOffset;
    request.chunkSize = chunkSize;

    const ChildOutcome outcome = runInChild(request, [] { return limitFileSize(kLimit); });

    QVERIFY2(outcome.exited, qPrintable(u"child killed by signal %1"_s.arg(outcome.signal)));
    QVERIFY(outcome.exitCode != kChildSetupFailed);
    QVERIFY(outcome.reported);
    QCOMPARE(outcome.error, TransferError::FileTooLarge);
    QVERIFY2(outcome.message.contains(m_destination), qPrintable(outcome.message));
    const qint64 start = mode == DestinationMode::Append ? oldSize : destinationOffset;
    // Exactly the bytes below the limit were written, and that is what was reported.
    QCOMPARE(outcome.bytesSent, kLimit - start);
    QCOMPARE(QFileInfo(m_destination).size(), kLimit);
    QCOMPARE(readFile(m_destination),
             expectedContent(old, mode, destinationOffset, source.left(outcome.bytesSent)));
}

void TestTransferEngine::reportsDiskFull_data()
{
    addMethodModeRows({CopyMethod::Sendfile, CopyMethod::CopyFileRange, CopyMethod::ReadWrite},
                      {DestinationMode::Replace, DestinationMode::CreateNew,
                       DestinationMode::Overwrite, DestinationMode::Append});
}

void TestTransferEngine::reportsDiskFull()
{
    QFETCH(CopyMethod, method);
    QFETCH(DestinationMode, mode);

    const QByteArray source = patternBytes(1024 * 1024, 47);
    QVERIFY(writeFile(m_source, source));
    const QString small = path(u"small"_s);
    QVERIFY(QDir().mkdir(small));
    const QString destination = small + u"/dest.bin"_s;
    const QByteArray old = patternBytes(1000, 48);
    const bool hasOld = mode != DestinationMode::CreateNew;
    TransferRequest request = makeRequest(m_source, destination, mode);
    request.method = method;
    request.chunkSize = 16384;

    // The 64 KiB file system exists only inside the child: it reports what it holds afterwards.
    const QByteArray smallPath = QFile::encodeName(small);
    const ChildOutcome outcome = runInChild(
        request,
        [&] { return mountSmallFilesystem(smallPath) && (!hasOld || writeFile(destination, old)); },
        [&] { return folderEntries(small).join(u'/').toUtf8() + '\0' + readFile(destination); });
    if (outcome.exitCode == kChildSetupFailed)
        QSKIP("cannot mount a tmpfs in a private mount namespace here");

    QVERIFY2(outcome.exited, qPrintable(u"child killed by signal %1"_s.arg(outcome.signal)));
    QVERIFY(outcome.reported);
    QCOMPARE(outcome.error, TransferError::DiskFull);
    QCOMPARE(outcome.exitCode, int(TransferError::DiskFull));
    QVERIFY2(outcome.message.contains(destination), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(systemReason(ENOSPC)), qPrintable(outcome.message));
    const qsizetype split = outcome.inspection.indexOf('\0');
    QVERIFY(split >= 0);
    const QString entries = QString::fromUtf8(outcome.inspection.left(split));
    const QByteArray content = outcome.inspection.mid(split + 1);
    if (mode == DestinationMode::Replace || mode == DestinationMode::CreateNew) {
        QCOMPARE(outcome.bytesSent, qint64(0));
        QCOMPARE(entries, hasOld ? u"dest.bin"_s : QString()); // no part file left behind
        if (hasOld)
            QCOMPARE(content, old);
    } else {
        // In place: what was reported is what the full file system holds.
        QVERIFY(outcome.bytesSent > 0);
        QVERIFY(outcome.bytesSent < source.size());
        QCOMPARE(entries, u"dest.bin"_s);
        QCOMPARE(content, expectedContent(old, mode, 0, source.left(outcome.bytesSent)));
    }
    QCOMPARE(folderEntries(small), QStringList()); // the mount went with the child
}

void TestTransferEngine::reportsVerificationMismatch_data()
{
    addMethodModeRows({CopyMethod::Sendfile, CopyMethod::CopyFileRange, CopyMethod::ReadWrite},
                      {DestinationMode::Replace, DestinationMode::CreateNew,
                       DestinationMode::Overwrite, DestinationMode::Append});
}

void TestTransferEngine::reportsVerificationMismatch()
{
    QFETCH(CopyMethod, method);
    QFETCH(DestinationMode, mode);

    const QByteArray source = patternBytes(20000, 49);
    QVERIFY(writeFile(m_source, source));
    const bool inPlace = mode == DestinationMode::Overwrite || mode == DestinationMode::Append;
    const QByteArray old =
        mode == DestinationMode::CreateNew ? QByteArray() : patternBytes(1000, 50);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.verify = true;
    request.chunkSize = 4096;
    request.destinationOffset = 50;
    const qint64 start = mode == DestinationMode::Overwrite ? 50
                         : mode == DestinationMode::Append  ? old.size()
                                                            : 0;

    // Something else changes the first copied byte while the copy runs.
    bool corrupted = false;
    bool firstCall = true;
    const TransferResult result = runTransfer(request, [&](qint64, qint64) {
        if (!firstCall)
            return;
        firstCall = false;
        QString target = m_destination;
        if (!inPlace) {
            // A replaced file's hidden part file, or a new file's unnamed one.
            const QStringList parts = partFilesIn(m_dir->path());
            const QStringList unnamed = unnamedFilesIn(m_dir->path());
            if (parts.size() + unnamed.size() != 1)
                return;
            target = parts.isEmpty() ? unnamed.first() : path(parts.first());
        }
        const int fd = ::open(QFile::encodeName(target).constData(), O_RDWR | O_CLOEXEC);
        char byte = 0;
        if (fd >= 0 && ::pread(fd, &byte, 1, start) == 1) {
            byte = char(~byte);
            corrupted = ::pwrite(fd, &byte, 1, start) == 1;
        }
        if (fd >= 0)
            ::close(fd);
    });

    QVERIFY(corrupted);
    QCOMPARE(result.error, TransferError::VerificationFailed);
    QCOMPARE(result.verification, Verification::Differed);
    QVERIFY2(result.message.contains(m_destination), qPrintable(result.message));
    QVERIFY2(result.message.contains(m_source), qPrintable(result.message));
    if (inPlace) {
        QCOMPARE(result.bytesSent, qint64(source.size()));
        QByteArray changed = source;
        changed[0] = char(~changed[0]);
        QCOMPARE(readFile(m_destination), expectedContent(old, mode, 50, changed));
        QCOMPARE(partFilesIn(m_dir->path()), QStringList());
    } else {
        // A copy that does not match is not published.
        QCOMPARE(result.bytesSent, qint64(0));
        if (mode == DestinationMode::Replace) {
            QCOMPARE(readFile(m_destination), old);
            QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
        } else {
            QCOMPARE(folderEntries(m_dir->path()), QStringList({u"source.bin"_s}));
        }
    }
}

void TestTransferEngine::refusesDestinationAppearingInNewMode()
{
    QVERIFY(writeFile(m_source, patternBytes(20000, 51)));
    TransferRequest request = makeRequest(m_source, m_destination, DestinationMode::CreateNew);
    request.chunkSize = 4096;
    const QByteArray theirs = QByteArrayLiteral("written by someone else while we copied");
    bool created = false;
    const TransferResult result = runTransfer(request, [&](qint64, qint64) {
        if (!created)
            created = writeFile(m_destination, theirs);
    });

    QVERIFY(created);
    QCOMPARE(result.error, TransferError::DestinationExists);
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(m_destination), qPrintable(result.message));
    QCOMPARE(readFile(m_destination), theirs);
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
}

// ---------------------------------------------------------------------------------------------
// Refusals

void TestTransferEngine::refusesIdenticalFiles_data()
{
    QTest::addColumn<QString>("link"); // how the destination names the source
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<TransferError>("expectedError");

    for (const QString& link :
         {u"same path"_s, u"dot path"_s, u"symlink"_s, u"symlink chain"_s, u"hard link"_s}) {
        for (const DestinationMode mode :
             {DestinationMode::Replace, DestinationMode::Overwrite, DestinationMode::Append}) {
            QTest::addRow("%s, %s", qPrintable(link), qPrintable(modeName(mode)))
                << link << mode << TransferError::IdenticalFiles;
        }
        // "new" refuses any existing name first.
        QTest::addRow("%s, new", qPrintable(link))
            << link << DestinationMode::CreateNew << TransferError::DestinationExists;
    }
}

void TestTransferEngine::refusesIdenticalFiles()
{
    QFETCH(QString, link);
    QFETCH(DestinationMode, mode);
    QFETCH(TransferError, expectedError);

    const QByteArray source = patternBytes(5000, 27);
    QVERIFY(writeFile(m_source, source));
    QVERIFY(setMode(m_source, 0640));
    QString destination;
    if (link == u"same path"_s) {
        destination = m_source;
    } else if (link == u"dot path"_s) {
        destination = m_dir->path() + u"/./source.bin"_s;
    } else if (link == u"symlink"_s) {
        destination = path(u"link.bin"_s);
        QVERIFY(QFile::link(u"source.bin"_s, destination));
    } else if (link == u"symlink chain"_s) {
        QVERIFY(QFile::link(m_source, path(u"link1.bin"_s)));
        destination = path(u"link2.bin"_s);
        QVERIFY(QFile::link(u"link1.bin"_s, destination));
    } else {
        destination = path(u"hardlink.bin"_s);
        QCOMPARE(::link(QFile::encodeName(m_source).constData(),
                        QFile::encodeName(destination).constData()),
                 0);
    }
    const QStringList entriesBefore = folderEntries(m_dir->path());

    int progressCalls = 0;
    const TransferResult result = runTransfer(makeRequest(m_source, destination, mode),
                                              [&](qint64, qint64) { ++progressCalls; });

    QCOMPARE(result.error, expectedError);
    QCOMPARE(result.bytesSent, qint64(0));
    QCOMPARE(progressCalls, 0);
    QVERIFY2(result.message.contains(destination), qPrintable(result.message));
    if (expectedError == TransferError::IdenticalFiles)
        QVERIFY2(result.message.contains(m_source), qPrintable(result.message));
    QCOMPARE(readFile(m_source), source);
    QCOMPARE(modeText(m_source), u"0640"_s);
    QCOMPARE(folderEntries(m_dir->path()), entriesBefore);
    if (link.startsWith(u"symlink"_s))
        QVERIFY(QFileInfo(destination).isSymLink());
}

void TestTransferEngine::refusesFolderDestination_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<bool>("throughSymlink");
    QTest::addColumn<TransferError>("expectedError");
    for (const bool throughSymlink : {false, true}) {
        for (const DestinationMode mode :
             {DestinationMode::Replace, DestinationMode::Overwrite, DestinationMode::Append}) {
            QTest::addRow("%s%s", qPrintable(modeName(mode)),
                          throughSymlink ? ", through a symlink" : "")
                << mode << throughSymlink << TransferError::DestinationIsFolder;
        }
        QTest::addRow("new%s", throughSymlink ? ", through a symlink" : "")
            << DestinationMode::CreateNew << throughSymlink << TransferError::DestinationExists;
    }
}

void TestTransferEngine::refusesFolderDestination()
{
    QFETCH(DestinationMode, mode);
    QFETCH(bool, throughSymlink);
    QFETCH(TransferError, expectedError);

    QVERIFY(writeFile(m_source, patternBytes(1000, 28)));
    const QString folder = path(u"folder"_s);
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(writeFile(folder + u"/inside.txt"_s, QByteArrayLiteral("inside")));
    QString destination = folder;
    if (throughSymlink) {
        destination = path(u"folderlink"_s);
        QVERIFY(QFile::link(folder, destination));
    }
    const QStringList entriesBefore = folderEntries(m_dir->path());

    const TransferResult result = runTransfer(makeRequest(m_source, destination, mode));

    QCOMPARE(result.error, expectedError);
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(destination), qPrintable(result.message));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(folderEntries(folder), QStringList({u"inside.txt"_s}));
    QCOMPARE(folderEntries(m_dir->path()), entriesBefore);
}

void TestTransferEngine::refusesMissingDestinationFolder_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<QString>("destinationName");
    for (const DestinationMode mode : kAllModes) {
        QTest::addRow("%s, missing folder", qPrintable(modeName(mode)))
            << mode << u"missing/out.bin"_s;
        QTest::addRow("%s, missing folders", qPrintable(modeName(mode)))
            << mode << u"missing/deeper/out.bin"_s;
        QTest::addRow("%s, folder is a file", qPrintable(modeName(mode)))
            << mode << u"source.bin/out.bin"_s;
    }
}

void TestTransferEngine::refusesMissingDestinationFolder()
{
    QFETCH(DestinationMode, mode);
    QFETCH(QString, destinationName);

    const QByteArray source = patternBytes(1000, 29);
    QVERIFY(writeFile(m_source, source));
    const QString destination = path(destinationName);

    const TransferResult result = runTransfer(makeRequest(m_source, destination, mode));

    QCOMPARE(result.error, TransferError::DestinationFolderMissing);
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(destination), qPrintable(result.message));
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"source.bin"_s}));
    QCOMPARE(readFile(m_source), source);
}

void TestTransferEngine::refusesExistingDestinationInNewMode()
{
    QVERIFY(writeFile(m_source, patternBytes(1000, 30)));
    const QByteArray old = patternBytes(200, 31);
    QVERIFY(writeFile(m_destination, old));
    QVERIFY(setMode(m_destination, 0600));

    const TransferResult result =
        runTransfer(makeRequest(m_source, m_destination, DestinationMode::CreateNew));

    QCOMPARE(result.error, TransferError::DestinationExists);
    QCOMPARE(result.systemError, EEXIST);
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(m_destination), qPrintable(result.message));
    QCOMPARE(readFile(m_destination), old);
    QCOMPARE(modeText(m_destination), u"0600"_s);
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
}

void TestTransferEngine::refusesSpecialDestination_data()
{
    QTest::addColumn<DestinationMode>("mode");
    for (const DestinationMode mode :
         {DestinationMode::Replace, DestinationMode::Overwrite, DestinationMode::Append})
        QTest::newRow(qPrintable(modeName(mode))) << mode;
}

void TestTransferEngine::refusesSpecialDestination()
{
    QFETCH(DestinationMode, mode);
    QVERIFY(writeFile(m_source, patternBytes(1000, 32)));
    const QString fifo = path(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

    const TransferResult result = runTransfer(makeRequest(m_source, fifo, mode));

    QCOMPARE(result.error, TransferError::NotRegularFile);
    QCOMPARE(result.bytesSent, qint64(0));
    QVERIFY2(result.message.contains(fifo), qPrintable(result.message));
    QVERIFY(QFileInfo(fifo).isFile() == false && exists(fifo));
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"fifo"_s, u"source.bin"_s}));
}

void TestTransferEngine::refusesMissingSource_data()
{
    QTest::addColumn<QString>("sourceName");
    QTest::addColumn<int>("expectedErrno");
    QTest::newRow("missing file") << u"nope.bin"_s << ENOENT;
    QTest::newRow("missing folder") << u"nowhere/nope.bin"_s << ENOENT;
    QTest::newRow("under a file") << u"dest.bin/nope.bin"_s << ENOTDIR;
    QTest::newRow("dangling symlink") << u"dangling"_s << ENOENT;
}

void TestTransferEngine::refusesToEmptyAFileWithAnEmptyRange_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<std::optional<qint64>>("count");
    QTest::newRow("offset past the end") << qint64(5000) << std::optional<qint64>{};
    QTest::newRow("offset at the end, a count") << qint64(300) << std::optional<qint64>(10);
    QTest::newRow("count 0") << qint64(0) << std::optional<qint64>(0);
}

void TestTransferEngine::refusesToEmptyAFileWithAnEmptyRange()
{
    // A copy that writes nothing must not be able to destroy a file.
    QFETCH(qint64, offset);
    QFETCH(std::optional<qint64>, count);
    QVERIFY(writeFile(m_source, patternBytes(300, 7)));
    const QByteArray old = patternBytes(100, 33);
    QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination);
    request.offset = offset;
    request.count = count;

    const TransferResult refused = runTransfer(request);
    QCOMPARE(refused.error, TransferError::InvalidRange);
    QCOMPARE(
        refused.message,
        u"nothing would be copied, so replacing '%1' would leave it empty"_s.arg(m_destination));
    QCOMPARE(readFile(m_destination), old);
    QVERIFY(partFilesIn(m_dir->path()).isEmpty());
    // The window's check says the same before the copy.
    const TransferCheck check = checkTransfer(request);
    QCOMPARE(check.destination.error, TransferError::InvalidRange);
    QCOMPARE(check.destination.message, refused.message);

    // In place nothing is lost; an empty or missing file has nothing to lose.
    request.mode = DestinationMode::Overwrite;
    QVERIFY(runTransfer(request).ok());
    QCOMPARE(readFile(m_destination), old);
    request.mode = DestinationMode::Replace;
    QVERIFY(writeFile(m_destination, QByteArray()));
    QVERIFY(runTransfer(request).ok());
    request.destinationPath = path(u"new.bin"_s);
    QVERIFY(runTransfer(request).ok());
    QCOMPARE(readFile(request.destinationPath), QByteArray());
}

void TestTransferEngine::refusesMissingSource()
{
    QFETCH(QString, sourceName);
    QFETCH(int, expectedErrno);

    const QByteArray old = patternBytes(300, 33);
    QVERIFY(writeFile(m_destination, old));
    QVERIFY(QFile::link(u"gone.bin"_s, path(u"dangling"_s)));
    const QString source = path(sourceName);
    const QStringList entriesBefore = folderEntries(m_dir->path());

    for (const DestinationMode mode : kAllModes) {
        const QString destination =
            mode == DestinationMode::CreateNew ? path(u"new.bin"_s) : m_destination;
        const TransferResult result = runTransfer(makeRequest(source, destination, mode));
        QCOMPARE(result.error, TransferError::SourceNotFound);
        QCOMPARE(result.systemError, expectedErrno);
        QCOMPARE(result.bytesSent, qint64(0));
        // "cannot open 'SOURCE' for reading: No such file or directory"
        QVERIFY2(result.message.contains(u'\'' + source + u'\''), qPrintable(result.message));
        QVERIFY2(result.message.contains(systemReason(expectedErrno)), qPrintable(result.message));
        QCOMPARE(readFile(m_destination), old);
        QCOMPARE(folderEntries(m_dir->path()), entriesBefore);
    }
}

void TestTransferEngine::refusesIrregularSource_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder") << u"folder"_s;
    QTest::newRow("fifo") << u"fifo"_s;
    QTest::newRow("socket") << u"socket"_s; // character devices serve: tst_devices
}

void TestTransferEngine::refusesIrregularSource()
{
    QFETCH(QString, kind);

    QString source;
    if (kind == u"folder"_s) {
        source = path(u"folder"_s);
        QVERIFY(QDir().mkdir(source));
    } else if (kind == u"fifo"_s) {
        // No writer ever opens it: an engine that waited for one would hang here.
        source = path(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(source).constData(), 0600), 0);
    }
    FileDescriptor socket;
    if (kind == u"socket"_s) {
        source = path(u"socket"_s);
        socket = bindUnixSocket(source);
        QVERIFY(socket.isOpen());
    }
    const QStringList entriesBefore = folderEntries(m_dir->path());

    for (const DestinationMode mode : kAllModes) {
        TransferRequest request = makeRequest(source, m_destination, mode);
        request.count = 100;
        const TransferResult result = runTransfer(request);
        QCOMPARE(result.error, TransferError::NotRegularFile);
        QCOMPARE(result.bytesSent, qint64(0));
        QVERIFY2(result.message.contains(source), qPrintable(result.message));
        QCOMPARE(folderEntries(m_dir->path()), entriesBefore); // no destination was created
    }
}

void TestTransferEngine::refusesInvalidRequests_data()
{
    QTest::addColumn<bool>("emptySource");
    QTest::addColumn<bool>("emptyDestination");
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("destinationOffset");
    QTest::addColumn<qint64>("chunkSize");
    QTest::addColumn<TransferError>("expectedError");

    const qint64 kMax = std::numeric_limits<qint64>::max();
    const qint64 kChunk = kDefaultChunkSize;
    using M = DestinationMode;
    using E = TransferError;
    QTest::newRow("negative offset") << false << false << M::Replace << qint64(-1) << kNoCount
                                     << qint64(0) << kChunk << E::InvalidRange;
    QTest::newRow("negative count") << false << false << M::Replace << qint64(0) << qint64(-5)
                                    << qint64(0) << kChunk << E::InvalidRange;
    QTest::newRow("smallest count")
        << false << false << M::Overwrite << qint64(0) << std::numeric_limits<qint64>::min()
        << qint64(0) << kChunk << E::InvalidRange;
    QTest::newRow("negative destination offset")
        << false << false << M::Overwrite << qint64(0) << qint64(10) << qint64(-1) << kChunk
        << E::InvalidRange;
    QTest::newRow("chunk size 0") << false << false << M::Replace << qint64(0) << qint64(10)
                                  << qint64(0) << qint64(0) << E::InvalidRange;
    QTest::newRow("negative chunk size")
        << false << false << M::Overwrite << qint64(0) << qint64(10) << qint64(0) << qint64(-4096)
        << E::InvalidRange;
    QTest::newRow("chunk size above the per-call cap")
        << false << false << M::Replace << qint64(0) << qint64(10) << qint64(0)
        << kMaxBytesPerCall + 1 << E::InvalidRange;
    QTest::newRow("offset plus count overflows") << false << false << M::Replace << qint64(1)
                                                 << kMax << qint64(0) << kChunk << E::InvalidRange;
    QTest::newRow("offset plus count overflows, large both")
        << false << false << M::Append << kMax / 2 + 1 << kMax / 2 + 1 << qint64(0) << kChunk
        << E::InvalidRange;
    QTest::newRow("destination offset plus count overflows")
        << false << false << M::Overwrite << qint64(0) << qint64(100) << kMax - 50 << kChunk
        << E::InvalidRange;
    QTest::newRow("empty source path") << true << false << M::Replace << qint64(0) << kNoCount
                                       << qint64(0) << kChunk << E::InvalidArgument;
    QTest::newRow("empty destination path")
        << false << true << M::Overwrite << qint64(0) << kNoCount << qint64(0) << kChunk
        << E::InvalidArgument;
    QTest::newRow("both paths empty") << true << true << M::CreateNew << qint64(0) << kNoCount
                                      << qint64(0) << kChunk << E::InvalidArgument;
}

void TestTransferEngine::refusesInvalidRequests()
{
    QFETCH(bool, emptySource);
    QFETCH(bool, emptyDestination);
    QFETCH(DestinationMode, mode);
    QFETCH(qint64, offset);
    QFETCH(qint64, count);
    QFETCH(qint64, destinationOffset);
    QFETCH(qint64, chunkSize);
    QFETCH(TransferError, expectedError);

    QVERIFY(writeFile(m_source, patternBytes(1000, 34)));
    const QByteArray old = patternBytes(100, 35);
    QVERIFY(writeFile(m_destination, old));

    TransferRequest request = makeRequest(emptySource ? QString() : m_source,
                                          emptyDestination ? QString() : m_destination, mode);
    request.offset = offset;
    request.count = countOf(count);
    request.destinationOffset = destinationOffset;
    request.chunkSize = chunkSize;
    int progressCalls = 0;
    const TransferResult result = runTransfer(request, [&](qint64, qint64) { ++progressCalls; });

    QCOMPARE(result.error, expectedError);
    QVERIFY(isInputError(result.error));
    QCOMPARE(result.bytesSent, qint64(0));
    QCOMPARE(progressCalls, 0);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(readFile(m_destination), old);
    QCOMPARE(folderEntries(m_dir->path()), QStringList({u"dest.bin"_s, u"source.bin"_s}));
}

void TestTransferEngine::reportsPermissionDenied_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<DestinationMode>("mode");
    QTest::newRow("unreadable source") << u"source"_s << DestinationMode::Replace;
    QTest::newRow("unreadable source, overwrite") << u"source"_s << DestinationMode::Overwrite;
    QTest::newRow("read-only folder, replace") << u"folder"_s << DestinationMode::Replace;
    QTest::newRow("read-only folder, new") << u"folder"_s << DestinationMode::CreateNew;
    QTest::newRow("read-only file, overwrite") << u"file"_s << DestinationMode::Overwrite;
    QTest::newRow("read-only file, append") << u"file"_s << DestinationMode::Append;
}

void TestTransferEngine::reportsPermissionDenied()
{
    QFETCH(QString, what);
    QFETCH(DestinationMode, mode);

    const bool asRoot = ::geteuid() == 0;
    // As root the check is made by a child that became "nobody"; it must reach the folder.
    QVERIFY(setMode(m_dir->path(), 0755));
    QVERIFY(writeFile(m_source, patternBytes(1000, 36)));
    const QString locked = path(u"locked"_s);
    QVERIFY(QDir().mkdir(locked));
    const auto unlock = qScopeGuard([&] { // let QTemporaryDir remove everything
        setMode(locked, 0755);
        setMode(m_source, 0644);
    });
    QString destination = locked + u"/out.bin"_s;
    QString deniedPath = destination;
    QByteArray old;
    if (what == u"source"_s) {
        QVERIFY(setMode(m_source, asRoot ? 0600 : 0000));
        QVERIFY(setMode(locked, 0777));
        deniedPath = m_source;
    } else if (what == u"folder"_s) {
        QVERIFY(setMode(locked, 0555));
    } else {
        old = patternBytes(300, 37);
        QVERIFY(writeFile(destination, old));
        QVERIFY(setMode(destination, 0444));
        QVERIFY(setMode(locked, 0555));
    }
    const QStringList lockedBefore = folderEntries(locked);

    const TransferRequest request = makeRequest(m_source, destination, mode);
    TransferError error = TransferError::None;
    qint64 bytesSent = -1;
    QString message;
    if (asRoot) {
        const QByteArray folder = QFile::encodeName(m_dir->path());
        const ChildOutcome outcome = runInChild(request, [&folder] {
            return dropToNobody() && ::access(folder.constData(), X_OK) == 0;
        });
        if (outcome.exitCode == kChildSetupFailed)
            QSKIP("cannot become 'nobody' or reach the temporary folder as 'nobody'");
        QVERIFY(outcome.exited);
        QVERIFY(outcome.reported);
        QCOMPARE(outcome.exitCode, int(outcome.error));
        error = outcome.error;
        bytesSent = outcome.bytesSent;
        message = outcome.message;
    } else {
        const TransferResult result = runTransfer(request);
        error = result.error;
        bytesSent = result.bytesSent;
        message = result.message;
        QCOMPARE(result.systemError, EACCES);
    }

    QCOMPARE(error, TransferError::PermissionDenied);
    QCOMPARE(bytesSent, qint64(0));
    QVERIFY2(message.contains(deniedPath), qPrintable(message));
    QVERIFY2(message.contains(systemReason(EACCES)), qPrintable(message));
    QCOMPARE(folderEntries(locked), lockedBefore);
    if (!old.isEmpty())
        QCOMPARE(readFile(destination), old);
}

// ---------------------------------------------------------------------------------------------
// Permission bits

void TestTransferEngine::givesNewFilesSourceModeLessUmask_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<int>("sourceMode");
    QTest::addColumn<int>("expectedMode");

    const std::pair<int, int> cases[] = {{0755, 0755}, {0600, 0600}, {0666, 0644}, {0644, 0644},
                                         {0700, 0700}, {0444, 0444}, {0777, 0755}, {0640, 0640}};
    for (const DestinationMode mode : {DestinationMode::Replace, DestinationMode::CreateNew,
                                       DestinationMode::Overwrite, DestinationMode::Append}) {
        for (const auto& [sourceMode, expectedMode] : cases) {
            QTest::addRow("%s, source 0%o", qPrintable(modeName(mode)), unsigned(sourceMode))
                << mode << sourceMode << expectedMode;
        }
    }
}

void TestTransferEngine::givesNewFilesSourceModeLessUmask()
{
    QFETCH(DestinationMode, mode);
    QFETCH(int, sourceMode);
    QFETCH(int, expectedMode);

    const ScopedUmask mask(022);
    const QByteArray source = patternBytes(2000, 38);
    QVERIFY(writeFile(m_source, source));
    QVERIFY(setMode(m_source, mode_t(sourceMode)));

    const TransferResult result = runTransfer(makeRequest(m_source, m_destination, mode));

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(readFile(m_destination), source);
    QCOMPARE(modeText(m_destination), octal(mode_t(expectedMode)));
    QCOMPARE(modeText(m_source), octal(mode_t(sourceMode)));
}

void TestTransferEngine::keepsReplacedFileMode_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<int>("destinationMode");
    QTest::addColumn<int>("sourceMode");

    const std::pair<int, int> cases[] = {
        {0640, 0755}, {0600, 0644}, {0755, 0600}, {0444, 0644}, {0664, 0600}};
    for (const DestinationMode mode :
         {DestinationMode::Replace, DestinationMode::Overwrite, DestinationMode::Append}) {
        for (const auto& [destinationMode, sourceMode] : cases) {
            // A read-only file can be replaced (the folder is writable), not written in place.
            if (destinationMode == 0444 && mode != DestinationMode::Replace && ::geteuid() != 0)
                continue;
            QTest::addRow("%s, destination 0%o, source 0%o", qPrintable(modeName(mode)),
                          unsigned(destinationMode), unsigned(sourceMode))
                << mode << destinationMode << sourceMode;
        }
    }
}

void TestTransferEngine::keepsReplacedFileMode()
{
    QFETCH(DestinationMode, mode);
    QFETCH(int, destinationMode);
    QFETCH(int, sourceMode);

    const ScopedUmask mask(022);
    const QByteArray source = patternBytes(2000, 39);
    QVERIFY(writeFile(m_source, source));
    QVERIFY(setMode(m_source, mode_t(sourceMode)));
    const QByteArray old = patternBytes(500, 40);
    QVERIFY(writeFile(m_destination, old));
    QVERIFY(setMode(m_destination, mode_t(destinationMode)));
    const bool asRoot = ::geteuid() == 0;
    if (asRoot) // a replaced file also keeps its owner
        QCOMPARE(::chown(QFile::encodeName(m_destination).constData(), kNobody, kNobody), 0);
    struct stat before {};
    QCOMPARE(::stat(QFile::encodeName(m_destination).constData(), &before), 0);

    const TransferResult result = runTransfer(makeRequest(m_source, m_destination, mode));

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(readFile(m_destination), expectedContent(old, mode, 0, source));
    QCOMPARE(modeText(m_destination), octal(mode_t(destinationMode)));
    struct stat after {};
    QCOMPARE(::stat(QFile::encodeName(m_destination).constData(), &after), 0);
    if (asRoot) {
        QCOMPARE(after.st_uid, kNobody);
        QCOMPARE(after.st_gid, gid_t(kNobody));
    }
    // Replace publishes a new file by rename; the in-place modes keep the same one.
    if (mode == DestinationMode::Replace)
        QVERIFY(after.st_ino != before.st_ino);
    else
        QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

// ---------------------------------------------------------------------------------------------
// Verify, sync, symlinks

void TestTransferEngine::verifiesWhenAsked_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<CopyMethod>("method");
    QTest::addColumn<bool>("verify");
    for (const bool verify : {true, false}) {
        for (const DestinationMode mode : kAllModes) {
            for (const CopyMethod method : kAllMethods) {
                QTest::addRow("%s, %s, %s", verify ? "verify" : "no verify",
                              qPrintable(modeName(mode)), qPrintable(methodName(method)))
                    << mode << method << verify;
            }
        }
    }
}

void TestTransferEngine::verifiesWhenAsked()
{
    QFETCH(DestinationMode, mode);
    QFETCH(CopyMethod, method);
    QFETCH(bool, verify);

    const QByteArray source = patternBytes(30000, 41);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = patternBytes(1000, 42);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.method = method;
    request.verify = verify;
    request.offset = 1000;
    request.count = 20000;
    request.destinationOffset = 333;
    request.chunkSize = 5000;

    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.verification, verify ? Verification::MatchedCache : Verification::NotAsked);
    QCOMPARE(result.bytesSent, qint64(20000));
    QCOMPARE(readFile(m_destination),
             expectedContent(mode == DestinationMode::CreateNew ? QByteArray() : old, mode, 333,
                             source.mid(1000, 20000)));
}

void TestTransferEngine::syncsToDisk_data()
{
    QTest::addColumn<DestinationMode>("mode");
    for (const DestinationMode mode : kAllModes)
        QTest::newRow(qPrintable(modeName(mode))) << mode;
}

void TestTransferEngine::syncsToDisk()
{
    QFETCH(DestinationMode, mode);
    const QByteArray source = patternBytes(10000, 43);
    QVERIFY(writeFile(m_source, source));
    const QByteArray old = patternBytes(100, 44);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(m_destination, old));
    TransferRequest request = makeRequest(m_source, m_destination, mode);
    request.syncToDisk = true;
    request.verify = true;

    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(source.size()));
    QCOMPARE(result.verification, Verification::MatchedDisk);
    QCOMPARE(
        readFile(m_destination),
        expectedContent(mode == DestinationMode::CreateNew ? QByteArray() : old, mode, 0, source));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
}

void TestTransferEngine::writesThroughDestinationSymlink_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<QString>("layout");
    for (const QString& layout :
         {u"relative link"_s, u"link into another folder"_s, u"link to a link"_s}) {
        for (const DestinationMode mode :
             {DestinationMode::Replace, DestinationMode::Overwrite, DestinationMode::Append}) {
            QTest::addRow("%s, %s", qPrintable(modeName(mode)), qPrintable(layout))
                << mode << layout;
        }
    }
}

void TestTransferEngine::writesThroughDestinationSymlink()
{
    QFETCH(DestinationMode, mode);
    QFETCH(QString, layout);

    const QByteArray source = patternBytes(6000, 45);
    QVERIFY(writeFile(m_source, source));
    QVERIFY(setMode(m_source, 0755));
    const QString targetFolder = path(u"target"_s);
    QVERIFY(QDir().mkdir(targetFolder));
    const QString target = targetFolder + u"/real.bin"_s;
    const QByteArray old = patternBytes(1200, 46);
    QVERIFY(writeFile(target, old));
    QVERIFY(setMode(target, 0640));

    const QString link = path(u"link.bin"_s);
    QString linkText;
    if (layout == u"relative link"_s) {
        linkText = u"target/real.bin"_s;
        QVERIFY(QFile::link(linkText, link));
    } else if (layout == u"link into another folder"_s) {
        linkText = target;
        QVERIFY(QFile::link(linkText, link));
    } else {
        QVERIFY(QFile::link(u"real.bin"_s, targetFolder + u"/middle.bin"_s));
        linkText = u"target/middle.bin"_s;
        QVERIFY(QFile::link(linkText, link));
    }
    const QStringList entriesBefore = folderEntries(m_dir->path());
    const QStringList targetEntriesBefore = folderEntries(targetFolder);

    TransferRequest request = makeRequest(m_source, link, mode);
    request.offset = 10;
    request.count = 4000;
    request.destinationOffset = 100;
    request.chunkSize = 1000;
    const TransferResult result = runTransfer(request);

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(4000));
    // The link is still the same link; the file it points at holds the copy.
    QVERIFY(QFileInfo(link).isSymLink());
    char buffer[PATH_MAX] = {};
    const ssize_t length =
        ::readlink(QFile::encodeName(link).constData(), buffer, sizeof buffer - 1);
    QCOMPARE(QString::fromLocal8Bit(buffer, qsizetype(length)), linkText);
    QCOMPARE(readFile(target), expectedContent(old, mode, 100, source.mid(10, 4000)));
    QCOMPARE(readFile(link), readFile(target));
    QCOMPARE(modeText(target), u"0640"_s);
    QCOMPARE(folderEntries(m_dir->path()), entriesBefore);
    QCOMPARE(folderEntries(targetFolder), targetEntriesBefore);
}

void TestTransferEngine::replacesFileWithLongName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DestinationMode>("mode");

    const QChar eAcute(0xe9); // two bytes in UTF-8
    const std::pair<const char*, QString> names[] = {
        {"200 bytes", QString(200, u'a')},
        {"232 bytes", QString(232, u'b')},
        {"233 bytes", QString(233, u'c')},
        {"240 bytes", QString(240, u'd')},
        {"255 bytes", QString(255, u'e')},
        {"UTF-8, 241 bytes", u"f"_s + QString(120, eAcute)},
        {"UTF-8, 254 bytes", QString(127, eAcute)},
    };
    for (const DestinationMode mode : {DestinationMode::Replace, DestinationMode::CreateNew}) {
        for (const auto& [label, name] : names)
            QTest::addRow("%s, %s", qPrintable(modeName(mode)), label) << name << mode;
    }
}

void TestTransferEngine::replacesFileWithLongName()
{
    QFETCH(QString, name);
    QFETCH(DestinationMode, mode);

    // Any name the file system takes must work; the temporary name must not be too long.
    const QByteArray source = patternBytes(20000, 52);
    QVERIFY(writeFile(m_source, source));
    const QString destination = path(name);
    if (mode == DestinationMode::Replace)
        QVERIFY(writeFile(destination, patternBytes(300, 53)));
    TransferRequest request = makeRequest(m_source, destination, mode);
    request.chunkSize = 4096;
    QStringList partsMidCopy;
    const TransferResult result = runTransfer(request, [&](qint64 bytesDone, qint64) {
        if (bytesDone == 4096)
            partsMidCopy = partFilesIn(m_dir->path());
    });

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(source.size()));
    // A new file is written without a name (O_TMPFILE) until it is linked in.
    QCOMPARE(partsMidCopy.size(), mode == DestinationMode::Replace ? 1 : 0);
    if (mode == DestinationMode::Replace) {
        const QString part = partsMidCopy.first();
        QVERIFY(QFile::encodeName(part).size() <= NAME_MAX);
        QVERIFY2(!part.contains(QChar::ReplacementCharacter), "a UTF-8 sequence was cut");
        QVERIFY(part.startsWith(u'.' + name.left(100)));
    }
    QCOMPARE(readFile(destination), source);
    QStringList expectedEntries({name, u"source.bin"_s});
    expectedEntries.sort();
    QStringList entries = folderEntries(m_dir->path());
    entries.sort();
    QCOMPARE(entries, expectedEntries);
}

void TestTransferEngine::acceptsRelativePaths_data()
{
    QTest::addColumn<DestinationMode>("mode");
    QTest::addColumn<QString>("destinationName");
    for (const DestinationMode mode : {DestinationMode::Replace, DestinationMode::CreateNew,
                                       DestinationMode::Overwrite, DestinationMode::Append}) {
        QTest::addRow("%s, bare name", qPrintable(modeName(mode))) << mode << u"dest.bin"_s;
        QTest::addRow("%s, dot slash", qPrintable(modeName(mode))) << mode << u"./dest.bin"_s;
        QTest::addRow("%s, in a subfolder", qPrintable(modeName(mode)))
            << mode << u"sub/../sub/dest.bin"_s;
    }
}

void TestTransferEngine::acceptsRelativePaths()
{
    QFETCH(DestinationMode, mode);
    QFETCH(QString, destinationName);

    const QByteArray source = patternBytes(3000, 54);
    QVERIFY(writeFile(m_source, source));
    QVERIFY(QDir().mkdir(path(u"sub"_s)));
    const QString destination = path(destinationName);
    const QByteArray old = patternBytes(100, 55);
    if (mode != DestinationMode::CreateNew)
        QVERIFY(writeFile(destination, old));

    const QString previous = QDir::currentPath();
    const auto restore = qScopeGuard([&previous] { QDir::setCurrent(previous); });
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const TransferResult result = runTransfer(makeRequest(u"source.bin"_s, destinationName, mode));

    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.bytesSent, qint64(source.size()));
    QCOMPARE(
        readFile(destination),
        expectedContent(mode == DestinationMode::CreateNew ? QByteArray() : old, mode, 0, source));
    QCOMPARE(partFilesIn(m_dir->path()), QStringList());
    QCOMPARE(partFilesIn(path(u"sub"_s)), QStringList());
}

QTEST_GUILESS_MAIN(TestTransferEngine)
#include "tst_transferengine.moc"
