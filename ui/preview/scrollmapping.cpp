#include "ui/preview/scrollmapping.h"

#include <algorithm>
#include <climits>

namespace rangecopy {

namespace {
// Products of a 64-bit position and the scaled range need more than 64 bits.
__extension__ using Wide = __int128;
} // namespace

ScrollMapping::ScrollMapping(qint64 maximum)
    : m_maximum(std::max<qint64>(maximum, 0))
{
}

int ScrollMapping::barMaximum() const
{
    return isScaled() ? kScaledRange : int(m_maximum);
}

int ScrollMapping::barValue(qint64 position) const
{
    position = std::clamp<qint64>(position, 0, m_maximum);
    if (!isScaled())
        return int(position);
    return int(Wide(position) * kScaledRange / m_maximum);
}

qint64 ScrollMapping::position(int barValue) const
{
    const qint64 value = std::clamp<qint64>(barValue, 0, barMaximum());
    if (!isScaled())
        return value;
    return qint64(Wide(value) * m_maximum / kScaledRange);
}

int ScrollMapping::pageStep(qint64 positions) const
{
    const Wide step = isScaled() ? Wide(positions) * kScaledRange / m_maximum : Wide(positions);
    return int(std::clamp<Wide>(step, 1, INT_MAX));
}

} // namespace rangecopy
