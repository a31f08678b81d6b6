#pragma once

#include <utility>

namespace rangecopy {

// Owns a file descriptor. close() reports its result, because a failed close can be the
// first sign of a failed write; the destructor closes quietly what nobody closed.
class FileDescriptor {
public:
    FileDescriptor() = default;
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {
    }
    FileDescriptor(FileDescriptor&& other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {
    }
    FileDescriptor& operator=(FileDescriptor&& other) noexcept;
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor();

    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }

    // Closes the descriptor; returns 0, or the errno of a failed close.
    int close();

private:
    int m_fd = -1;
};

} // namespace rangecopy
