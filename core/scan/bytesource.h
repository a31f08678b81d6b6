#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace rangecopy {

// Random access to the bytes a scan looks at: a file (read with pread) or bytes in memory
// (tests, fuzz targets). Parsers read what they need through it and never trust a length a
// header gives them: reads past the end come back short.
class ByteSource {
public:
    virtual ~ByteSource() = default;

    [[nodiscard]] virtual qint64 size() const = 0;
    // Up to length bytes from offset: fewer at the end, none past it (or on a read error).
    [[nodiscard]] virtual QByteArray read(qint64 offset, qint64 length) const = 0;
    // The same into buffer, whose memory is reused from one call to the next (the scan's
    // 4 MiB blocks: no new allocation, no fresh pages to fault in, per block).
    virtual void readInto(QByteArray& buffer, qint64 offset, qint64 length) const
    {
        buffer = read(offset, length);
    }

    // Whether whoever reads it gave up (a scan cancelled): a long walk inside one item (a
    // stream decoded to its end) stops between reads.
    [[nodiscard]] virtual bool isCancelled() const { return m_cancelled && m_cancelled(); }
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    // length, when the source holds all of [offset, offset + length); else none, as an item a
    // header places past the end has no length the scan can stand by.
    [[nodiscard]] std::optional<qint64> heldLength(qint64 offset, qint64 length) const
    {
        if (offset < 0 || length < 0 || offset > size() || length > size() - offset)
            return std::nullopt;
        return length;
    }

private:
    std::function<bool()> m_cancelled;
};

class MemoryByteSource : public ByteSource {
public:
    explicit MemoryByteSource(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }

    [[nodiscard]] qint64 size() const override { return m_bytes.size(); }
    [[nodiscard]] QByteArray read(qint64 offset, qint64 length) const override;

private:
    QByteArray m_bytes;
};

// An open file, read with pread (EINTR retried). The descriptor stays the caller's.
class FileByteSource : public ByteSource {
public:
    FileByteSource(int fd, qint64 size)
        : m_fd(fd)
        , m_size(size)
    {
    }

    [[nodiscard]] qint64 size() const override { return m_size; }
    [[nodiscard]] QByteArray read(qint64 offset, qint64 length) const override;
    void readInto(QByteArray& buffer, qint64 offset, qint64 length) const override;

private:
    int m_fd;
    qint64 m_size;
};

// A range of another source, seen as a source of its own: offsets from the range's start,
// nothing past its end. The other source must outlive it.
class SliceByteSource : public ByteSource {
public:
    // [offset, offset + length) of whole, cut to what whole holds.
    SliceByteSource(const ByteSource& whole, qint64 offset, qint64 length);

    [[nodiscard]] qint64 size() const override { return m_length; }
    [[nodiscard]] QByteArray read(qint64 offset, qint64 length) const override;
    [[nodiscard]] bool isCancelled() const override { return m_whole.isCancelled(); }

private:
    const ByteSource& m_whole;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace rangecopy
