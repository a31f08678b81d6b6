#include "core/preview/lineindex.h"

#include "core/io/filedescriptor.h"
#include "core/io/fileerror.h"
#include "core/io/readfully.h"
#include "core/io/regularfile.h"
#include "core/preview/pagedfile.h"
#include "core/text/characterdecoder.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rangecopy {

namespace {

// About 25 reports a second: enough for a gutter to fill in, few enough not to flood.
constexpr qint64 kProgressIntervalMs = 40;

qint64 roundUp(qint64 value, qint64 multiple)
{
    return (value + multiple - 1) / multiple * multiple;
}

} // namespace

LineIndex::LineIndex(QObject* parent)
    : LineIndex(kDefaultBlockSize, parent)
{
}

LineIndex::LineIndex(qint64 blockSize, QObject* parent)
    : QObject(parent)
    , m_requestedBlockSize(roundUp(std::max<qint64>(blockSize, 4), 4))
    , m_blockSize(m_requestedBlockSize)
{
}

LineIndex::~LineIndex()
{
    // The counting thread posts to this object and writes m_counts: it must end first.
    stopWorker();
}

int LineIndex::unitSize(QStringConverter::Encoding encoding)
{
    return codeUnitSize(textCodecFor(encoding));
}

qint64 LineIndex::countNewlines(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    const int unit = unitSize(encoding);
    if (unit == 1)
        return std::count(bytes.begin(), bytes.end(), '\n');
    // The newline is the unit's low byte; every other byte of the unit is zero.
    const qsizetype lowByte = isBigEndian(textCodecFor(encoding)) ? unit - 1 : 0;
    qint64 newlines = 0;
    const qsizetype whole = bytes.size() / unit * unit;
    for (qsizetype pos = 0; pos < whole; pos += unit) {
        bool newline = true;
        for (qsizetype i = 0; i < unit && newline; ++i)
            newline = bytes[pos + i] == (i == lowByte ? '\n' : '\0');
        newlines += newline ? 1 : 0;
    }
    return newlines;
}

void LineIndex::start(const QString& path, qint64 size, QStringConverter::Encoding encoding)
{
    clear();
    m_path = path;
    m_size = std::max<qint64>(size, 0);
    m_encoding = encoding;
    m_blockSize = std::max(m_requestedBlockSize,
                           roundUp(roundUp(m_size, kMaxBlocks) / kMaxBlocks, m_requestedBlockSize));
    m_counts.assign(size_t(roundUp(m_size, m_blockSize) / m_blockSize + 1), 0);
    m_running = true;
    m_worker = std::jthread([this, path, size = m_size, generation = m_generation](
                                std::stop_token stop) { count(stop, path, size, generation); });
}

void LineIndex::cancel()
{
    m_worker.request_stop();
}

void LineIndex::setPaused(bool paused)
{
    {
        const std::lock_guard lock(m_wakeMutex);
        m_paused = paused;
    }
    m_wake.notify_all();
}

void LineIndex::clear()
{
    stopWorker();
    ++m_generation; // whatever the old count still has queued is stale now
    m_counts.clear();
    m_indexedBlocks.store(0, std::memory_order_relaxed);
    m_path.clear();
    m_size = 0;
    m_running = false;
    m_complete = false;
    m_error.clear();
    m_blockSize = m_requestedBlockSize;
}

void LineIndex::stopWorker()
{
    if (!m_worker.joinable())
        return;
    m_worker.request_stop();
    m_worker.join();
}

qint64 LineIndex::indexedBytes() const
{
    return std::min(m_indexedBlocks.load(std::memory_order_acquire) * m_blockSize, m_size);
}

std::optional<qint64> LineIndex::newlineCount() const
{
    if (!m_complete)
        return std::nullopt;
    return m_counts[size_t(m_indexedBlocks.load(std::memory_order_acquire))];
}

std::optional<qint64> LineIndex::lineNumberAt(qint64 offset, PagedFile& file) const
{
    if (m_counts.empty() || offset < 0)
        return std::nullopt;
    offset = std::min(offset, m_size);
    const qint64 block = offset / m_blockSize;
    if (block > m_indexedBlocks.load(std::memory_order_acquire))
        return std::nullopt;
    const qint64 blockStart = block * m_blockSize;
    qint64 newlines = m_counts[size_t(block)];
    if (offset > blockStart)
        newlines += countNewlines(file.read(blockStart, offset - blockStart), m_encoding);
    return newlines + 1;
}

void LineIndex::count(std::stop_token stop, QString path, qint64 size, quint64 generation)
{
    Outcome outcome;
    outcome.generation = generation;
    const auto report = [this, &outcome] {
        QMetaObject::invokeMethod(
            this, [this, result = outcome] { finish(result); }, Qt::QueuedConnection);
    };

    RegularFile opened = openRegularFileForReading(
        path, {.notRegular = tr("cannot count the lines of %1: it is not a regular file")});
    if (!opened.ok()) {
        outcome.error = opened.error;
        report();
        return;
    }
    const FileDescriptor file = std::move(opened.descriptor);
    struct stat status = opened.status;
    ::posix_fadvise(file.get(), 0, 0, POSIX_FADV_SEQUENTIAL);

    // Where the file ends: the size asked for, or less where the file turns out shorter
    // (it shrank since the view read its size).
    qint64 end = std::min<qint64>(size, status.st_size);
    const qint64 blockSize = m_blockSize;
    const QStringConverter::Encoding encoding = m_encoding;
    const std::chrono::milliseconds testDelay(
        qEnvironmentVariableIntValue("RANGECOPY_TEST_LINE_INDEX_DELAY_MS"));
    QByteArray buffer(blockSize, Qt::Uninitialized);
    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto publish = [&](qint64 blocks) {
        m_indexedBlocks.store(blocks, std::memory_order_release);
        if (sinceReport.elapsed() < kProgressIntervalMs)
            return;
        sinceReport.restart();
        const qint64 indexed = std::min(blocks * blockSize, end);
        QMetaObject::invokeMethod(
            this,
            [this, generation, indexed, end] {
                if (generation == m_generation)
                    Q_EMIT progressed(indexed, end);
            },
            Qt::QueuedConnection);
    };

    qint64 block = 0;
    qint64 newlines = 0;
    // Data is known to reach here; past it, SEEK_DATA tells where the next data starts.
    qint64 dataEnd = -1;
    while (block * blockSize < end && !stop.stop_requested()) {
        waitWhilePaused(stop);
        if (stop.stop_requested())
            break;
        const qint64 pos = block * blockSize;
        if (pos >= dataEnd) {
            qint64 data = ::lseek(file.get(), pos, SEEK_DATA);
            if (data < 0 && errno == ENXIO) {
                // No data up to the end of the file, which may be nearer than it was.
                if (::fstat(file.get(), &status) == 0)
                    end = std::min<qint64>(end, status.st_size);
                data = end;
            } else if (data < 0) {
                data = pos; // no hole support: everything is data
                dataEnd = end;
            }
            // A hole has no newlines: its whole blocks take the count before them.
            const qint64 holeBlocks = std::min(data, end) / blockSize - block;
            if (holeBlocks > 0) {
                std::fill_n(m_counts.begin() + block + 1, holeBlocks, newlines);
                block += holeBlocks;
                publish(block);
                continue;
            }
            if (dataEnd < pos) {
                const qint64 hole = ::lseek(file.get(), data, SEEK_HOLE);
                dataEnd = hole < 0 ? end : hole;
            }
        }

        const qint64 wanted = std::min(blockSize, end - pos);
        const ReadOutcome read = readFully(file.get(), buffer.data(), wanted, pos);
        if (!read.ok()) {
            outcome.error = fileErrorMessage(tr("cannot read %1: %2"), path, read.error);
            report();
            return;
        }
        const qint64 got = read.bytes;
        newlines += countNewlines(QByteArrayView(buffer.constData(), got), encoding);
        m_counts[size_t(block + 1)] = newlines;
        ++block;
        if (got < wanted)
            end = pos + got; // the file ends here now
        publish(block);
        if (testDelay.count() > 0)
            waitForTesting(stop, testDelay);
    }
    outcome.size = end;
    outcome.complete = block * blockSize >= end;
    report();
}

void LineIndex::waitForTesting(std::stop_token stop, std::chrono::milliseconds delay)
{
    // Wakes at once on cancel, so a slowed-down count still stops promptly.
    std::unique_lock lock(m_wakeMutex);
    m_wake.wait_for(lock, stop, delay, [] { return false; });
}

void LineIndex::waitWhilePaused(std::stop_token stop)
{
    std::unique_lock lock(m_wakeMutex);
    m_wake.wait(lock, stop, [this] { return !m_paused; });
}

void LineIndex::finish(const Outcome& outcome)
{
    if (outcome.generation != m_generation)
        return;
    if (m_worker.joinable())
        m_worker.join(); // it is past its last post: this returns at once
    m_running = false;
    m_complete = outcome.complete && outcome.error.isEmpty();
    m_error = outcome.error;
    if (m_error.isEmpty())
        m_size = std::min(m_size, outcome.size);
    if (m_complete)
        Q_EMIT progressed(m_size, m_size);
    Q_EMIT finished();
}

} // namespace rangecopy
