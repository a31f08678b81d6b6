#include "core/preview/pagedfile.h"

#include "core/io/fileerror.h"
#include "core/io/filesize.h"
#include "core/io/readfully.h"
#include "core/io/regularfile.h"
#include "core/io/timedwork.h"
#include "core/text/pathbytes.h"
#include "core/text/quoted.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace rangecopy {

PagedFile::PagedFile(qint64 pageSize, int maxPages)
    : m_pageSize(std::max<qint64>(pageSize, 1))
    , m_maxPages(std::max(maxPages, 1))
{
    m_pages.reserve(size_t(m_maxPages)); // page() hands out pointers into it
}

QString PagedFile::open(const QString& path)
{
    close();
    m_path = path;
    RegularFile file = openRegularFileForReading(
        path, {.notRegular = tr("cannot show %1: it is not a regular file")}, BlockDevices::Accept);
    if (!file.ok())
        return m_lastError = file.error;
    if (readingConsumes(file.descriptor.get(), pathToBytes(path)))
        return m_lastError = tr("cannot show %1: reading it takes its bytes away (the kernel "
                                "hands each message out once), so only a copy reads it")
                                 .arg(quoted(path));
    m_file = std::make_shared<const FileDescriptor>(std::move(file.descriptor));
    m_size = readableSize(m_file->get(), file.status, kMaxMeasuredSize);
    if (m_size < 0) {
        const int error = errno;
        close();
        return m_lastError = tr("cannot read %1: %2").arg(quoted(path), systemReason(error));
    }
    m_lastError.clear();
    return {};
}

QString PagedFile::openAndRead(const QString& path, qint64 offset, qint64 length)
{
    if (QString error = open(path); !error.isEmpty())
        return error;
    // Only the pages asked for; a file that says it is empty (as /proc's do) is not read.
    (void)read(offset, std::min(length, qint64(m_maxPages) * m_pageSize));
    return m_lastError;
}

void PagedFile::adopt(PagedFile&& other)
{
    close();
    m_file = std::move(other.m_file);
    m_stalled = std::exchange(other.m_stalled, false);
    m_path = std::move(other.m_path);
    m_size = std::exchange(other.m_size, 0);
    m_pages.clear();
    if (m_pageSize == other.m_pageSize)
        for (Page& page : other.m_pages)
            if (int(m_pages.size()) < m_maxPages)
                m_pages.push_back(std::move(page));
    other.m_pages.clear();
    m_useClock = std::max(m_useClock, other.m_useClock);
    m_pageReads += std::exchange(other.m_pageReads, 0);
    m_lastError = std::move(other.m_lastError);
}

void PagedFile::close()
{
    m_file.reset(); // closed here, or by the worker still reading it
    m_stalled = false;
    m_pages.clear();
    m_size = 0;
}

void PagedFile::refresh()
{
    m_pages.clear();
    if (!isOpen() || m_stalled)
        return;
    const auto sizeNow = [file = m_file]() -> std::optional<qint64> {
        struct stat status {};
        if (::fstat(file->get(), &status) != 0)
            return std::nullopt;
        if (const qint64 size = readableSize(file->get(), status, kMaxMeasuredSize); size >= 0)
            return size;
        return std::nullopt;
    };
    std::optional<std::optional<qint64>> answer;
    if (m_readLimit.count() > 0)
        answer = waitForWorker(sizeNow, m_readLimit);
    else
        answer = sizeNow();
    if (!answer) {
        stall();
        return;
    }
    if (*answer)
        m_size = **answer;
}

void PagedFile::stall()
{
    m_stalled = true;
    m_lastError =
        noAnswerMessage(m_path, int(std::chrono::ceil<std::chrono::seconds>(m_readLimit).count()));
    if (m_onStall)
        m_onStall(m_lastError);
}

int PagedFile::readPage(qint64 index, QByteArray& into)
{
    const auto readOne = [file = m_file, pageSize = m_pageSize,
                          index]() -> std::pair<int, QByteArray> {
        QByteArray bytes;
        const ReadOutcome read = readFully(file->get(), bytes, pageSize, index * pageSize);
        return {read.ok() ? 0 : read.error, std::move(bytes)};
    };
    std::optional<std::pair<int, QByteArray>> answer;
    if (m_readLimit.count() > 0)
        answer = waitForWorker(readOne, m_readLimit);
    else
        answer = readOne();
    if (!answer)
        return ETIMEDOUT;
    into = std::move(answer->second);
    return answer->first;
}

QByteArray PagedFile::read(qint64 offset, qint64 length)
{
    QByteArray bytes;
    if (!isOpen() || offset < 0 || length <= 0 || offset >= m_size)
        return bytes;
    length = std::min(length, m_size - offset);
    bytes.reserve(length);
    while (length > 0) {
        const Page* current = page(offset / m_pageSize);
        if (current == nullptr)
            return {};
        const qint64 inPage = offset % m_pageSize;
        const qint64 available = current->bytes.size() - inPage;
        if (available <= 0)
            break; // the file is shorter than it was
        const qint64 take = std::min(available, length);
        bytes.append(current->bytes.constData() + inPage, take);
        offset += take;
        length -= take;
        if (current->bytes.size() < m_pageSize)
            break; // a short page is the end of the file
    }
    return bytes;
}

const PagedFile::Page* PagedFile::page(qint64 index)
{
    ++m_useClock;
    for (Page& cached : m_pages) {
        if (cached.index == index) {
            cached.lastUse = m_useClock;
            return &cached;
        }
    }

    if (m_stalled)
        return nullptr; // m_lastError says why
    Page fresh;
    fresh.index = index;
    fresh.lastUse = m_useClock;
    if (const int error = readPage(index, fresh.bytes); error == ETIMEDOUT) {
        stall();
        return nullptr;
    } else if (error != 0) {
        m_lastError = fileErrorMessage(tr("cannot read %1: %2"), m_path, error);
        return nullptr;
    }
    ++m_pageReads;

    if (int(m_pages.size()) < m_maxPages) {
        m_pages.push_back(std::move(fresh));
        return &m_pages.back();
    }
    auto oldest =
        std::min_element(m_pages.begin(), m_pages.end(),
                         [](const Page& a, const Page& b) { return a.lastUse < b.lastUse; });
    *oldest = std::move(fresh);
    return &*oldest;
}

} // namespace rangecopy
