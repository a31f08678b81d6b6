#pragma once

#include "core/io/filedescriptor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace rangecopy {

// A read-only file seen through a small cache of fixed-size pages, in the manner of Okteta's
// paged file model: a view asks for the bytes it shows, the pages holding them are read with
// pread, and the least recently used page is dropped once the cache is full. Opening and
// jumping around a file of any size costs a few pages, and memory stays at
// pageSize * maxPages whatever the file's size.
//
// Not thread-safe: one thread uses it. On the GUI's (setReadTimeLimit()), each page is read by
// a worker that the GUI waits for a bounded time: a file that stops answering (a network mount
// that went away) costs one wait of the limit, then reads fail at once with lastError() saying
// so, until the file is opened again.
class PagedFile {
    Q_DECLARE_TR_FUNCTIONS(rangecopy::PagedFile)

public:
    static constexpr qint64 kDefaultPageSize = 16 * 1024;
    static constexpr int kDefaultMaxPages = 64;

    explicit PagedFile(qint64 pageSize = kDefaultPageSize, int maxPages = kDefaultMaxPages);

    // Opens path for reading; returns an empty string, or a message naming the file and
    // the reason.
    [[nodiscard]] QString open(const QString& path);
    // What open() does, for a worker: opens path (a regular file only, without blocking) and
    // reads the pages holding [offset, offset + length) into a PagedFile of its own, which
    // the owner then takes with adopt() (a PagedFile may move between threads while nobody
    // else uses it).
    [[nodiscard]] QString openAndRead(const QString& path, qint64 offset, qint64 length);
    // Takes over other's file and cached pages (other is left closed).
    void adopt(PagedFile&& other);
    void close();
    [[nodiscard]] bool isOpen() const { return m_file && m_file->isOpen(); }

    // Reads (and refresh()'s look at the size) on a worker, waiting at most limit for each;
    // 0 (the default) reads on the calling thread, as a worker itself does.
    void setReadTimeLimit(std::chrono::milliseconds limit) { m_readLimit = limit; }
    // A read did not answer within the limit: nothing more is read from this file.
    [[nodiscard]] bool isStalled() const { return m_stalled; }
    // Called (with lastError()) when the file stops answering.
    void setOnStall(std::function<void(const QString&)> onStall) { m_onStall = std::move(onStall); }
    [[nodiscard]] const QString& path() const { return m_path; }

    // A file whose size is unreliable (/proc, /sys: sizeIsUnreliable()) is read to its end to
    // learn it, up to this many bytes (a preview shows no more of it).
    static constexpr qint64 kMaxMeasuredSize = 64 * 1024 * 1024;
    // The size when the file was opened or last refreshed.
    [[nodiscard]] qint64 size() const { return m_size; }
    // Reads the size again and forgets the cached pages (the file may have changed).
    void refresh();

    // Up to length bytes from offset; fewer where the file ends (or ended early because it
    // shrank since the size was read), none on a read error (see lastError()).
    [[nodiscard]] QByteArray read(qint64 offset, qint64 length);
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] qint64 pageSize() const { return m_pageSize; }
    [[nodiscard]] int maxPages() const { return m_maxPages; }
    [[nodiscard]] int cachedPageCount() const { return int(m_pages.size()); }
    // How many pages were read from the file so far (the cache's misses).
    [[nodiscard]] qint64 pageReads() const { return m_pageReads; }

private:
    struct Page {
        qint64 index = 0;
        QByteArray bytes; // shorter than a page at the end of the file
        quint64 lastUse = 0;
    };

    const Page* page(qint64 index);
    // readFully() of one page, on a worker when a time limit is set; errno, or ETIMEDOUT.
    int readPage(qint64 index, QByteArray& into);
    // Gives up on the file after a read that did not answer.
    void stall();

    qint64 m_pageSize;
    int m_maxPages;
    // Shared with a worker whose read did not answer: the descriptor stays open until it ends.
    std::shared_ptr<const FileDescriptor> m_file;
    std::chrono::milliseconds m_readLimit{0};
    bool m_stalled = false;
    std::function<void(const QString&)> m_onStall;
    QString m_path;
    qint64 m_size = 0;
    std::vector<Page> m_pages; // a few dozen: a linear search is cheaper than a map
    quint64 m_useClock = 0;
    qint64 m_pageReads = 0;
    QString m_lastError;
};

} // namespace rangecopy
