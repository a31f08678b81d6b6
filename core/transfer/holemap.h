#pragma once

#include <QtGlobal>

namespace rangecopy {

// A stretch of a file: data, or a hole (a range that holds no blocks and reads as zeros).
struct Extent {
    qint64 length = 0;
    bool hole = false;
};

// Where a file's data and holes lie, asked of the file system (lseek SEEK_DATA/SEEK_HOLE) as a
// copy goes along, as cp --sparse=auto does. A file system that cannot tell (EINVAL and the
// like) makes everything data from then on. Every answer moves forward by at least one byte,
// so a file written to while it is mapped cannot keep a copy going round (coreutils bug 159):
// its change shows in the copy's check of the source afterwards.
class HoleMap {
public:
    // enabled false: everything is data (SparseMode::Never).
    HoleMap(int fd, bool enabled);

    // The extent that starts at pos, ending at end at the latest (pos < end).
    [[nodiscard]] Extent extentAt(qint64 pos, qint64 end);

private:
    int m_fd;
    bool m_enabled;
    qint64 m_dataEnd = -1; // data is known to reach up to here
};

} // namespace rangecopy
