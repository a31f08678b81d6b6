#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace rangecopy {

class ByteSource;

// Reads a ByteSource forward in steps of 64 KiB, for parsers that walk a format a few bytes at
// a time (GIF blocks, JPEG segments) or look for an end marker. Never reads past the source.
class ForwardReader {
public:
    ForwardReader(const ByteSource& source, qint64 position);

    [[nodiscard]] qint64 position() const { return m_position; }
    // The next byte, or none at the end.
    [[nodiscard]] std::optional<quint8> byte();
    // The next `count` bytes (fewer at the end).
    [[nodiscard]] QByteArray bytes(qint64 count);
    // Moves on by `count` bytes; false when that passes the end.
    bool skip(qint64 count);
    // Moves to `position` (at most the end).
    void seek(qint64 position);
    // Where `needle` next occurs, from the position on, within `limit` bytes; the position
    // moves to it. -1 (position at the end of what was searched) when it does not.
    [[nodiscard]] qint64 find(const QByteArray& needle, qint64 limit);

private:
    bool fill(qint64 at);

    const ByteSource& m_source;
    qint64 m_position;
    QByteArray m_buffer;
    qint64 m_bufferStart = 0;
};

} // namespace rangecopy
