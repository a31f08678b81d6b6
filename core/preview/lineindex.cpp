#include "core/preview/lineindex.h"

#include "core/io/filedescriptor.h"
#include "core/io/fileerror.h"
#include "core/io/readfully.h"
#include "core/io/regularfile.h"
#include "core/io/timedwork.h"
#include "core/preview/pagedfile.h"
#include "core/text/characterdecoder.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
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
    releaseCount();
}

namespace {
std::atomic<int> g_runningThreads{0};
} // namespace

int LineIndex::runningThreads()
{
    return g_runningThreads.load();
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
    auto state = std::make_shared<Count>();
    state->blockSize = m_blockSize;
    state->encoding = m_encoding;
    state->counts.assign(size_t(roundUp(m_size, m_blockSize) / m_blockSize + 1), 0);
    state->paused = m_paused;
    state->owner = this;
    m_count = state;
    m_running = true;
    ++g_runningThreads;
    // Detached: nobody waits for it (see the class comment); it holds state until it ends.
    std::thread([state, path, size = m_size, generation = m_generation] {
        count(state, path, size, generation);
        --g_runningThreads;
    }).detach();
}

void LineIndex::cancel()
{
    if (m_count)
        m_count->stop.request_stop();
}

void LineIndex::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_count)
        return;
    {
        const std::lock_guard lock(m_count->mutex);
        m_count->paused = paused;
    }
    m_count->wake.notify_all();
}

void LineIndex::releaseCount()
{
    if (!m_count)
        return;
    m_count->stop.request_stop(); // also wakes it from a pause or a test delay
    {
        const std::lock_guard lock(m_count->mutex);
        m_count->owner = nullptr;
    }
    m_count.reset();
}

void LineIndex::clear()
{
    releaseCount();
    ++m_generation; // whatever the old count still has queued is stale now
    m_path.clear();
    m_size = 0;
    m_running = false;
    m_complete = false;
    m_error.clear();
    m_blockSize = m_requestedBlockSize;
}

qint64 LineIndex::indexedBytes() const
{
    if (!m_count)
        return 0;
    return std::min(m_count->indexedBlocks.load(std::memory_order_acquire) * m_blockSize, m_size);
}

std::optional<qint64> LineIndex::newlineCount() const
{
    if (!m_complete)
        return std::nullopt;
    return m_count->counts[size_t(m_count->indexedBlocks.load(std::memory_order_acquire))];
}

std::optional<qint64> LineIndex::lineNumberAt(qint64 offset, PagedFile& file) const
{
    if (!m_count || offset < 0)
        return std::nullopt;
    offset = std::min(offset, m_size);
    const qint64 block = offset / m_blockSize;
    if (block > m_count->indexedBlocks.load(std::memory_order_acquire))
        return std::nullopt;
    const qint64 blockStart = block * m_blockSize;
    qint64 newlines = m_count->counts[size_t(block)];
    if (offset > blockStart)
        newlines += countNewlines(file.read(blockStart, offset - blockStart), m_encoding);
    return newlines + 1;
}

template <typename Report> void LineIndex::post(Count& state, Report report)
{
    // Under the mutex, so that the owner cannot be destroyed while this posts to it; what was
    // posted before is dropped by Qt with the owner.
    const std::lock_guard lock(state.mutex);
    if (state.owner == nullptr)
        return;
    LineIndex* owner = state.owner;
    QMetaObject::invokeMethod(
        owner, [owner, report = std::move(report)] { report(*owner); }, Qt::QueuedConnection);
}

void LineIndex::count(const std::shared_ptr<Count>& state, QString path, qint64 size,
                      quint64 generation)
{
    const std::stop_token stop = state->stop.get_token();
    Outcome outcome;
    outcome.generation = generation;
    const auto report = [&state, &outcome] {
        post(*state, [result = outcome](LineIndex& owner) { owner.finish(result); });
    };

    TimedWork::waitTestDelay(); // a test's file that does not answer, as for every worker
    RegularFile opened = openRegularFileForReading(
        path, {.notRegular = tr("cannot count the lines of %1: it is not a regular file")},
        BlockDevices::Accept);
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
    const qint64 blockSize = state->blockSize;
    const QStringConverter::Encoding encoding = state->encoding;
    std::vector<qint64>& counts = state->counts;
    const std::chrono::milliseconds testDelay(
        qEnvironmentVariableIntValue("RANGECOPY_TEST_LINE_INDEX_DELAY_MS"));
    QByteArray buffer(blockSize, Qt::Uninitialized);
    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto publish = [&](qint64 blocks) {
        state->indexedBlocks.store(blocks, std::memory_order_release);
        if (sinceReport.elapsed() < kProgressIntervalMs)
            return;
        sinceReport.restart();
        const qint64 indexed = std::min(blocks * blockSize, end);
        post(*state, [generation, indexed, end](LineIndex& owner) {
            if (generation == owner.m_generation)
                Q_EMIT owner.progressed(indexed, end);
        });
    };

    qint64 block = 0;
    qint64 newlines = 0;
    // Data is known to reach here; past it, SEEK_DATA tells where the next data starts.
    qint64 dataEnd = -1;
    while (block * blockSize < end && !stop.stop_requested()) {
        waitWhilePaused(*state);
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
                std::fill_n(counts.begin() + block + 1, holeBlocks, newlines);
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
        counts[size_t(block + 1)] = newlines;
        ++block;
        if (got < wanted)
            end = pos + got; // the file ends here now
        publish(block);
        if (testDelay.count() > 0)
            waitForTesting(*state, testDelay);
    }
    outcome.size = end;
    outcome.complete = block * blockSize >= end;
    report();
}

void LineIndex::waitForTesting(Count& state, std::chrono::milliseconds delay)
{
    // Wakes at once on cancel, so a slowed-down count still stops promptly.
    std::unique_lock lock(state.mutex);
    state.wake.wait_for(lock, state.stop.get_token(), delay, [] { return false; });
}

void LineIndex::waitWhilePaused(Count& state)
{
    std::unique_lock lock(state.mutex);
    state.wake.wait(lock, state.stop.get_token(), [&state] { return !state.paused; });
}

void LineIndex::finish(const Outcome& outcome)
{
    if (outcome.generation != m_generation)
        return;
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
