#include "core/scan/bytesource.h"

#include <algorithm>
#include <cerrno>
#include <unistd.h>

namespace rangecopy {

QByteArray MemoryByteSource::read(qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0 || offset >= m_bytes.size())
        return {};
    return m_bytes.mid(offset, std::min(length, m_bytes.size() - offset));
}

QByteArray FileByteSource::read(qint64 offset, qint64 length) const
{
    QByteArray bytes;
    readInto(bytes, offset, length);
    return bytes;
}

void FileByteSource::readInto(QByteArray& buffer, qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0 || offset >= m_size) {
        buffer.clear();
        return;
    }
    buffer.resize(std::min(length, m_size - offset)); // keeps its memory when it shrinks
    qint64 done = 0;
    while (done < buffer.size()) {
        const ssize_t got =
            ::pread(m_fd, buffer.data() + done, size_t(buffer.size() - done), offset + done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        done += got;
    }
    buffer.truncate(done);
}

SliceByteSource::SliceByteSource(const ByteSource& whole, qint64 offset, qint64 length)
    : m_whole(whole)
    , m_offset(std::clamp<qint64>(offset, 0, whole.size()))
    , m_length(std::clamp<qint64>(length, 0, whole.size() - m_offset))
{
}

QByteArray SliceByteSource::read(qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0 || offset >= m_length)
        return {};
    return m_whole.read(m_offset + offset, std::min(length, m_length - offset));
}

} // namespace rangecopy
