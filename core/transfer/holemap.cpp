#include "core/transfer/holemap.h"

#include <algorithm>
#include <cerrno>
#include <unistd.h>

namespace rangecopy {

HoleMap::HoleMap(int fd, bool enabled)
    : m_fd(fd)
    , m_enabled(enabled)
{
}

Extent HoleMap::extentAt(qint64 pos, qint64 end)
{
    const Extent allData{end - pos, false};
    if (!m_enabled)
        return allData;
    if (pos < m_dataEnd)
        return {std::min(m_dataEnd, end) - pos, false};
    const off_t data = ::lseek(m_fd, pos, SEEK_DATA);
    if (data < 0) {
        if (errno == ENXIO)
            return {end - pos, true}; // no data from pos to the end of the file
        m_enabled = false;            // the file system cannot tell
        return allData;
    }
    if (data > pos)
        return {std::min<qint64>(data, end) - pos, true};
    const off_t hole = ::lseek(m_fd, pos, SEEK_HOLE);
    if (hole < 0) {
        m_enabled = false;
        return allData;
    }
    // A hole at pos right after SEEK_DATA found data there: the file changed in between.
    m_dataEnd = hole > pos ? qint64(hole) : end;
    return {std::min(m_dataEnd, end) - pos, false};
}

} // namespace rangecopy
