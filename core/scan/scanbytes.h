#pragma once

#include <QByteArray>
#include <QtEndian>

namespace rangecopy::scanbytes {

// Fixed-size numbers in header bytes. The caller has checked that at + size fits in bytes
// (has()); header fields are never trusted beyond that.
[[nodiscard]] inline bool has(const QByteArray& bytes, qint64 at, qint64 size)
{
    return at >= 0 && size >= 0 && at <= bytes.size() && size <= bytes.size() - at;
}

[[nodiscard]] inline const uchar* at(const QByteArray& bytes, qint64 offset)
{
    return reinterpret_cast<const uchar*>(bytes.constData()) + offset;
}

[[nodiscard]] inline quint8 u8(const QByteArray& bytes, qint64 offset)
{
    return *at(bytes, offset);
}
[[nodiscard]] inline quint16 le16(const QByteArray& bytes, qint64 offset)
{
    return qFromLittleEndian<quint16>(at(bytes, offset));
}
[[nodiscard]] inline quint32 le32(const QByteArray& bytes, qint64 offset)
{
    return qFromLittleEndian<quint32>(at(bytes, offset));
}
[[nodiscard]] inline quint64 le64(const QByteArray& bytes, qint64 offset)
{
    return qFromLittleEndian<quint64>(at(bytes, offset));
}
[[nodiscard]] inline quint16 be16(const QByteArray& bytes, qint64 offset)
{
    return qFromBigEndian<quint16>(at(bytes, offset));
}
[[nodiscard]] inline quint32 be32(const QByteArray& bytes, qint64 offset)
{
    return qFromBigEndian<quint32>(at(bytes, offset));
}
[[nodiscard]] inline quint64 be64(const QByteArray& bytes, qint64 offset)
{
    return qFromBigEndian<quint64>(at(bytes, offset));
}

} // namespace rangecopy::scanbytes
