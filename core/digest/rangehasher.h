#pragma once

#include "core/digest/digester.h"

#include <QList>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace rangecopy {

// Computes the digests of a byte range of an open file on a thread of its own, so that a copy
// of the same range can run at the same time on the other core: both read the range, the
// second read mostly from the page cache the first one filled. The file is read with pread,
// so its position is left alone and the copy can share the descriptor.
class RangeHasher {
public:
    struct Outcome {
        QList<Digest> digests;   // complete only when error == 0 and !endedEarly
        int error = 0;           // errno of a failed read
        bool endedEarly = false; // the file ended before the range did
        bool stopped = false;    // stop() was called before the end
    };

    RangeHasher(int fd, qint64 offset, qint64 length, const QList<DigestAlgorithm>& algorithms);
    ~RangeHasher(); // stops and waits for the thread
    RangeHasher(const RangeHasher&) = delete;
    RangeHasher& operator=(const RangeHasher&) = delete;

    void start();
    // Asks the thread to stop at its next block (a copy that failed or was cancelled).
    void stop() { m_stopRequested.store(true, std::memory_order_relaxed); }
    [[nodiscard]] qint64 bytesHashed() const
    {
        return m_bytesHashed.load(std::memory_order_relaxed);
    }
    // Waits until the range is hashed or `timeout` passed; true when it is done.
    [[nodiscard]] bool waitFor(std::chrono::milliseconds timeout);
    // Waits until done; then what came of it.
    [[nodiscard]] Outcome outcome();

private:
    void run();

    const int m_fd;
    const qint64 m_offset;
    const qint64 m_length;
    Digester m_digester;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<qint64> m_bytesHashed{0};
    std::mutex m_mutex;
    std::condition_variable m_doneChanged;
    bool m_done = false; // guarded by m_mutex
    Outcome m_outcome;   // written by the thread before m_done
    std::thread m_thread;
};

} // namespace rangecopy
