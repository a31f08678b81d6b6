#include "core/scan/forwardreader.h"

#include "core/scan/bytesource.h"

#include <algorithm>
#include <cstring>

namespace rangecopy {

namespace {

constexpr qint64 kStep = 64 * 1024;

} // namespace

ForwardReader::ForwardReader(const ByteSource& source, qint64 position)
    : m_source(source)
    , m_position(position)
{
}

bool ForwardReader::fill(qint64 at)
{
    if (at >= m_bufferStart && at < m_bufferStart + m_buffer.size())
        return true;
    m_bufferStart = at;
    m_buffer = m_source.read(at, kStep);
    return !m_buffer.isEmpty();
}

std::optional<quint8> ForwardReader::byte()
{
    if (!fill(m_position))
        return std::nullopt;
    return quint8(m_buffer.at(m_position++ - m_bufferStart));
}

QByteArray ForwardReader::bytes(qint64 count)
{
    QByteArray result;
    while (count > 0 && fill(m_position)) {
        const qint64 from = m_position - m_bufferStart;
        const qint64 take = std::min(count, m_buffer.size() - from);
        result.append(m_buffer.constData() + from, take);
        m_position += take;
        count -= take;
    }
    return result;
}

bool ForwardReader::skip(qint64 count)
{
    if (count < 0 || count > m_source.size() - m_position) {
        m_position = m_source.size();
        return false;
    }
    m_position += count;
    return true;
}

void ForwardReader::seek(qint64 position)
{
    m_position = std::clamp<qint64>(position, 0, m_source.size());
}

qint64 ForwardReader::find(const QByteArray& needle, qint64 limit)
{
    const qint64 stop = std::min(m_source.size(), m_position + std::max<qint64>(limit, 0));
    const qint64 length = needle.size();
    while (m_position < stop && length > 0) {
        // The buffer must hold the position and a needle starting there.
        if (m_position < m_bufferStart || m_position + length > m_bufferStart + m_buffer.size()) {
            m_bufferStart = m_position;
            m_buffer = m_source.read(m_position, std::max(kStep, length));
            if (m_buffer.size() < length)
                break;
        }
        const qint64 from = m_position - m_bufferStart;
        const void* match = ::memmem(m_buffer.constData() + from, size_t(m_buffer.size() - from),
                                     needle.constData(), size_t(length));
        if (match != nullptr) {
            const qint64 at =
                m_bufferStart + (static_cast<const char*>(match) - m_buffer.constData());
            if (at >= stop)
                break;
            m_position = at;
            return at;
        }
        // On from where a needle could still start: past the buffer, so the next turn reads.
        m_position = m_bufferStart + m_buffer.size() - (length - 1);
    }
    m_position = stop;
    return -1;
}

} // namespace rangecopy
