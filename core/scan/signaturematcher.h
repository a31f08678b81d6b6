#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <array>
#include <cstring>

namespace rangecopy {

// Finds every occurrence of a set of byte strings (signatures, at least two bytes each) in a
// buffer in one pass, as the scan needs for all its parsers' signatures at once: a bitmap of
// the strings' first two bytes picks the few places worth comparing, so most bytes cost one
// look-up in a table of 8 KiB (in the CPU's nearest cache) instead of one pass per string.
class SignatureMatcher {
public:
    explicit SignatureMatcher(const QList<QByteArray>& patterns);

    [[nodiscard]] qsizetype longest() const { return m_longest; }

    // Calls found(position, pattern index) for every occurrence in bytes[0, size) that starts
    // before limit, in the order of positions.
    template <typename Found>
    void find(const char* bytes, qsizetype size, qsizetype limit, Found&& found) const
    {
        const auto* data = reinterpret_cast<const unsigned char*>(bytes);
        const qsizetype end = std::min(limit, size - 1);
        for (qsizetype i = 0; i < end; ++i) {
            const unsigned key = unsigned(data[i]) | unsigned(data[i + 1]) << 8;
            if (((m_bitmap[key >> 6] >> (key & 63)) & 1) == 0)
                continue;
            for (const int index : m_byPrefix.value(quint16(key))) {
                const QByteArray& pattern = m_patterns.at(index);
                if (pattern.size() <= size - i &&
                    std::memcmp(bytes + i, pattern.constData(), size_t(pattern.size())) == 0)
                    found(i, index);
            }
        }
    }

private:
    QList<QByteArray> m_patterns;
    QHash<quint16, QList<int>> m_byPrefix; // the patterns that start with two bytes
    std::array<quint64, 65536 / 64> m_bitmap{};
    qsizetype m_longest = 0;
};

} // namespace rangecopy
