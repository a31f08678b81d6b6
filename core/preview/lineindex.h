#pragma once

#include <QByteArrayView>
#include <QObject>
#include <QString>
#include <QStringConverter>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <vector>

namespace rangecopy {

class PagedFile;

// Counts the newlines of a file in the background, block by block, so that a view can tell
// the line number at any offset of a file far too large to count on the GUI thread: the index
// keeps the number of newlines before each block, and the rest is counted inside one block,
// which the view reads through its page cache anyway.
//
// The counting thread reads the file through a descriptor of its own (pread, holes skipped
// with SEEK_DATA) and can be cancelled between blocks. It is never waited for: a count stuck
// in a read (a mount that stopped answering) is left to end on its own, holding only its own
// state (Count), and its reports go nowhere. Everything else, queries included, belongs to
// the thread that owns the object (the GUI's).
class LineIndex : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kDefaultBlockSize = 64 * 1024;
    // Past this many blocks a block grows instead, so the index stays under 8 MiB whatever
    // the file's size (the default blocks reach that at 64 GiB).
    static constexpr qint64 kMaxBlocks = qint64(1) << 20;

    explicit LineIndex(QObject* parent = nullptr);
    // blockSize is rounded up to a multiple of 4, so no UTF-16 or UTF-32 unit straddles two
    // blocks.
    explicit LineIndex(qint64 blockSize, QObject* parent = nullptr);
    ~LineIndex() override;

    // Forgets any earlier count and starts counting the newlines of the first `size` bytes
    // of path, in the units of encoding (a UTF-16 newline is two bytes at an even offset).
    // finished() follows, also when the file cannot be read (see errorString()).
    void start(const QString& path, qint64 size,
               QStringConverter::Encoding encoding = QStringConverter::Utf8);
    // Asks the count to stop after the current block and returns at once; what is counted
    // stays usable, and finished() follows.
    void cancel();
    // Stops the count and forgets everything, without waiting for the counting thread.
    void clear();
    // Holds the count after the current block until unpaused (also a count started while
    // paused), so that it does not compete with a copy for the disk, the page cache and the
    // CPU; cancel() and clear() still end it at once.
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    // For tests: counting threads started and not yet ended, of all LineIndex objects.
    [[nodiscard]] static int runningThreads();

    [[nodiscard]] bool isRunning() const { return m_running; }
    // The count reached the end of the file.
    [[nodiscard]] bool isComplete() const { return m_complete; }
    [[nodiscard]] QString path() const { return m_path; }
    // The size given to start(), or less when the file turned out to be shorter.
    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] QStringConverter::Encoding encoding() const { return m_encoding; }
    // The block size in use: the constructor's, or more for a very large file.
    [[nodiscard]] qint64 blockSize() const { return m_blockSize; }
    // The newlines in [0, indexedBytes()) are counted.
    [[nodiscard]] qint64 indexedBytes() const;
    [[nodiscard]] std::optional<qint64> newlineCount() const;
    // The 1-based number of the line holding offset (1 + the newlines before it), once the
    // index has reached the block holding offset; counts inside that block with bytes read
    // from file, which must show the same file.
    [[nodiscard]] std::optional<qint64> lineNumberAt(qint64 offset, PagedFile& file) const;
    [[nodiscard]] QString errorString() const { return m_error; }

    // Bytes per code unit: 1 for UTF-8, Latin-1 and the system encoding, 2 for UTF-16,
    // 4 for UTF-32.
    [[nodiscard]] static int unitSize(QStringConverter::Encoding encoding);
    // The newline units in bytes, which start at a multiple of unitSize(encoding); a last
    // incomplete unit is not counted.
    [[nodiscard]] static qint64 countNewlines(QByteArrayView bytes,
                                              QStringConverter::Encoding encoding);

Q_SIGNALS:
    // At most about 25 times a second while counting.
    void progressed(qint64 indexedBytes, qint64 size);
    // The count ended: complete, cancelled or failed.
    void finished();

private:
    struct Outcome {
        quint64 generation = 0;
        bool complete = false;
        qint64 size = 0; // less than asked for when the file is shorter
        QString error;
    };
    // What one count and its thread share with the owner; it lives as long as either.
    struct Count {
        qint64 blockSize = 0;
        QStringConverter::Encoding encoding = QStringConverter::Utf8;
        std::stop_source stop;
        // counts[i] is the number of newlines before block i. The counting thread writes
        // entries past indexedBlocks, then publishes them by raising it; the owner reads only
        // the entries up to it.
        std::vector<qint64> counts;
        std::atomic<qint64> indexedBlocks{0};
        // Guards paused and owner; wakes the thread from a test delay or a pause.
        std::mutex mutex;
        std::condition_variable_any wake;
        bool paused = false;
        LineIndex* owner = nullptr; // null once the owner moved on: reports go nowhere
    };

    static void count(const std::shared_ptr<Count>& state, QString path, qint64 size,
                      quint64 generation);
    // Runs report(owner) on the owner's thread, if the count still has an owner.
    template <typename Report> static void post(Count& state, Report report);
    // RANGECOPY_TEST_LINE_INDEX_DELAY_MS=20 waits that long after every block read, so a
    // test can cancel a count midway (a variable of its own: the engine's chunk delay must
    // not slow the previews of a test that slows a copy).
    static void waitForTesting(Count& state, std::chrono::milliseconds delay);
    static void waitWhilePaused(Count& state);
    void finish(const Outcome& outcome);
    // Stops the current count (if any) and lets it go.
    void releaseCount();

    const qint64 m_requestedBlockSize;
    qint64 m_blockSize;
    QString m_path;
    qint64 m_size = 0;
    QStringConverter::Encoding m_encoding = QStringConverter::Utf8;
    bool m_running = false;
    bool m_complete = false;
    bool m_paused = false;
    QString m_error;
    // Stale reports of an earlier count are recognised by their generation.
    quint64 m_generation = 0;
    std::shared_ptr<Count> m_count; // the current count's state; null before start()
};

} // namespace rangecopy
