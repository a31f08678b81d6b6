#pragma once

#include <QByteArray>
#include <QtEndian>

namespace rangecopy::scanbytes {

// Fixed-size numbers in header bytes. Every reader checks its own bounds and gives 0 for a
// field past the end, so a parser's own size checks are the only ones it needs to think about
// (and the compiler can see that nothing is read past the bytes).
[[nodiscard]] inline bool has(const QByteArray& bytes, qint64 at, qint64 size)
{
    return at >= 0 && size >= 0 && at <= bytes.size() && size <= bytes.size() - at;
}

// The bytes from offset on, for a library that takes a pointer (zlib's crc32, liblzma), once
// the caller has checked that the bytes it passes are there.
[[nodiscard]] inline const uchar* at(const QByteArray& bytes, qint64 offset)
{
    return reinterpret_cast<const uchar*>(bytes.constData()) + offset;
}

template <typename T> [[nodiscard]] T little(const QByteArray& bytes, qint64 offset)
{
    return has(bytes, offset, qint64(sizeof(T))) ? qFromLittleEndian<T>(bytes.constData() + offset)
                                                 : T(0);
}

template <typename T> [[nodiscard]] T big(const QByteArray& bytes, qint64 offset)
{
    return has(bytes, offset, qint64(sizeof(T))) ? qFromBigEndian<T>(bytes.constData() + offset)
                                                 : T(0);
}

[[nodiscard]] inline quint8 u8(const QByteArray& bytes, qint64 offset)
{
    return has(bytes, offset, 1) ? quint8(bytes.at(offset)) : quint8(0);
}
[[nodiscard]] inline quint16 le16(const QByteArray& bytes, qint64 offset)
{
    return little<quint16>(bytes, offset);
}
[[nodiscard]] inline quint32 le32(const QByteArray& bytes, qint64 offset)
{
    return little<quint32>(bytes, offset);
}
[[nodiscard]] inline quint64 le64(const QByteArray& bytes, qint64 offset)
{
    return little<quint64>(bytes, offset);
}
[[nodiscard]] inline quint16 be16(const QByteArray& bytes, qint64 offset)
{
    return big<quint16>(bytes, offset);
}
[[nodiscard]] inline quint32 be32(const QByteArray& bytes, qint64 offset)
{
    return big<quint32>(bytes, offset);
}
[[nodiscard]] inline quint64 be64(const QByteArray& bytes, qint64 offset)
{
    return big<quint64>(bytes, offset);
}

} // namespace rangecopy::scanbytes
