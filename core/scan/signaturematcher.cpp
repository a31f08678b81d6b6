#include "core/scan/signaturematcher.h"

namespace rangecopy {

SignatureMatcher::SignatureMatcher(const QList<QByteArray>& patterns)
    : m_patterns(patterns)
{
    for (int index = 0; index < patterns.size(); ++index) {
        const QByteArray& pattern = patterns.at(index);
        Q_ASSERT(pattern.size() >= 2);
        const unsigned key = unsigned(uchar(pattern.at(0))) | unsigned(uchar(pattern.at(1))) << 8;
        m_bitmap[key >> 6] |= quint64(1) << (key & 63);
        m_byPrefix[quint16(key)].append(index);
        m_longest = std::max(m_longest, pattern.size());
    }
}

} // namespace rangecopy
