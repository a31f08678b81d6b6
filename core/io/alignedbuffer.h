#pragma once

#include <QtGlobal>

#include <cstdlib>
#include <memory>

namespace rangecopy {

// A page-aligned byte buffer for the loops that move data through user space (the read/write
// copy and --verify). Copying between the page cache and a buffer that starts on a page
// boundary and fits in the CPU's cache ran several times faster than through a misaligned or
// an 8 MiB one (BENCHMARKS.md), so callers keep to kPreferredBytes at a time.
class AlignedBuffer {
public:
    static constexpr std::size_t kAlignment = 4096;
    static constexpr qint64 kPreferredBytes = 256 * 1024;

    // Room for at least size bytes, uninitialized; earlier contents are not kept when it grows.
    [[nodiscard]] char* reserve(std::size_t size)
    {
        if (size > m_size || !m_data) {
            const std::size_t rounded = (size + kAlignment - 1) / kAlignment * kAlignment;
            m_data.reset(static_cast<char*>(std::aligned_alloc(kAlignment, rounded)));
            m_size = m_data ? rounded : 0;
        }
        return m_data.get();
    }

private:
    struct Free {
        void operator()(char* data) const { std::free(data); }
    };

    std::unique_ptr<char, Free> m_data;
    std::size_t m_size = 0;
};

} // namespace rangecopy
