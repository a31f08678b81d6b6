#pragma once

#include <QByteArray>
#include <QtGlobal>

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

private:
    const ByteSource& m_whole;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace rangecopy
