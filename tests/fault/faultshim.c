/* A fault injector for rangecopy-cli, loaded with LD_PRELOAD by tests/fault/fault_sweep.py.
 *
 * It counts the calls of each system call wrapper that touch a file under FAULT_DIR (by path,
 * or by a descriptor whose /proc/self/fd link lies there), and makes the FAULT_NTH such call
 * of FAULT_CALL fail with errno FAULT_ERRNO, or raise signal FAULT_SIGNAL first. Calls on
 * other files (Qt's libraries, its configuration) are neither counted nor failed. With
 * FAULT_COUNTS set, it writes "name count" lines there when the program exits. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
    C_OPENAT,
    C_READ,
    C_PREAD,
    C_WRITE,
    C_PWRITE,
    C_SENDFILE,
    C_COPY_FILE_RANGE,
    C_IOCTL,
    C_FALLOCATE,
    C_FTRUNCATE,
    C_FSYNC,
    C_FDATASYNC,
    C_LSEEK,
    C_FSTAT,
    C_RENAMEAT,
    C_LINKAT,
    C_UNLINKAT,
    C_CLOSE,
    C_COUNT
};
static const char* const names[C_COUNT] = {
    "openat",          "read",  "pread",     "write",     "pwrite",   "sendfile",
    "copy_file_range", "ioctl", "fallocate", "ftruncate", "fsync",    "fdatasync",
    "lseek",           "fstat", "renameat",  "linkat",    "unlinkat", "close"};

static const char* dir;
static size_t dirLength;
static int target = -1;
static long nth;
static int failErrno;
static int failSignal;
static long counts[C_COUNT];

__attribute__((constructor)) static void setUp(void)
{
    dir = getenv("FAULT_DIR");
    dirLength = dir ? strlen(dir) : 0;
    const char* call = getenv("FAULT_CALL");
    for (int i = 0; call && i < C_COUNT; ++i)
        if (strcmp(call, names[i]) == 0)
            target = i;
    nth = getenv("FAULT_NTH") ? atol(getenv("FAULT_NTH")) : 0;
    failErrno = getenv("FAULT_ERRNO") ? atoi(getenv("FAULT_ERRNO")) : 0;
    failSignal = getenv("FAULT_SIGNAL") ? atoi(getenv("FAULT_SIGNAL")) : 0;
}

__attribute__((destructor)) static void report(void)
{
    const char* out = getenv("FAULT_COUNTS");
    if (!out)
        return;
    FILE* file = fopen(out, "w");
    if (!file)
        return;
    for (int i = 0; i < C_COUNT; ++i)
        fprintf(file, "%s %ld\n", names[i], __atomic_load_n(&counts[i], __ATOMIC_SEQ_CST));
    fclose(file);
}

static int pathInDir(const char* path)
{
    if (!dir || !path)
        return 0;
    if (path[0] != '/')
        return 1; /* relative: the sweep runs the program in FAULT_DIR */
    return strncmp(path, dir, dirLength) == 0;
}

static int fdInDir(int fd)
{
    if (!dir || fd < 0)
        return 0;
    char link[64];
    char linkTarget[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const int saved = errno;
    const ssize_t n = readlink(link, linkTarget, sizeof linkTarget - 1);
    errno = saved;
    if (n <= 0)
        return 0;
    linkTarget[n] = '\0';
    return strncmp(linkTarget, dir, dirLength) == 0;
}

/* Counts the call; nonzero when it is to fail (errno set). */
static int injected(int call, int touches)
{
    if (!touches)
        return 0;
    const long count = __atomic_add_fetch(&counts[call], 1, __ATOMIC_SEQ_CST);
    if (call != target || count != nth)
        return 0;
    if (failSignal)
        raise(failSignal); /* arrives at this call; the call then goes ahead */
    if (!failErrno)
        return 0;
    errno = failErrno;
    return 1;
}

/* The next definition of a function (libc's), looked up once. */
#define REAL(name)                                                                                 \
    static __typeof__(&name) real_##name;                                                          \
    if (!real_##name)                                                                              \
    real_##name = (__typeof__(&name))dlsym(RTLD_NEXT, #name)

int openat(int dirfd, const char* path, int flags, ...)
{
    REAL(openat);
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = va_arg(args, mode_t);
        va_end(args);
    }
    if (injected(C_OPENAT, pathInDir(path)))
        return -1;
    return real_openat(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char* path, int flags, ...) __attribute__((alias("openat")));

int open(const char* path, int flags, ...)
{
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = va_arg(args, mode_t);
        va_end(args);
    }
    return openat(AT_FDCWD, path, flags, mode);
}

int open64(const char* path, int flags, ...) __attribute__((alias("open")));

ssize_t read(int fd, void* buffer, size_t count)
{
    REAL(read);
    if (injected(C_READ, fdInDir(fd)))
        return -1;
    return real_read(fd, buffer, count);
}

ssize_t pread64(int fd, void* buffer, size_t count, off_t offset)
{
    REAL(pread64);
    if (injected(C_PREAD, fdInDir(fd)))
        return -1;
    return real_pread64(fd, buffer, count, offset);
}

ssize_t pread(int fd, void* buffer, size_t count, off_t offset) __attribute__((alias("pread64")));

ssize_t write(int fd, const void* buffer, size_t count)
{
    REAL(write);
    if (injected(C_WRITE, fdInDir(fd)))
        return -1;
    return real_write(fd, buffer, count);
}

ssize_t pwrite64(int fd, const void* buffer, size_t count, off_t offset)
{
    REAL(pwrite64);
    if (injected(C_PWRITE, fdInDir(fd)))
        return -1;
    return real_pwrite64(fd, buffer, count, offset);
}

ssize_t pwrite(int fd, const void* buffer, size_t count, off_t offset)
    __attribute__((alias("pwrite64")));

ssize_t sendfile64(int out, int in, off_t* offset, size_t count)
{
    REAL(sendfile64);
    if (injected(C_SENDFILE, fdInDir(out) || fdInDir(in)))
        return -1;
    return real_sendfile64(out, in, offset, count);
}

ssize_t sendfile(int out, int in, off_t* offset, size_t count) __attribute__((alias("sendfile64")));

ssize_t copy_file_range(int in, off_t* inOffset, int out, off_t* outOffset, size_t count,
                        unsigned int flags)
{
    REAL(copy_file_range);
    if (injected(C_COPY_FILE_RANGE, fdInDir(out) || fdInDir(in)))
        return -1;
    return real_copy_file_range(in, inOffset, out, outOffset, count, flags);
}

int ioctl(int fd, unsigned long request, ...)
{
    REAL(ioctl);
    va_list args;
    va_start(args, request);
    void* argument = va_arg(args, void*);
    va_end(args);
    if (injected(C_IOCTL, fdInDir(fd)))
        return -1;
    return real_ioctl(fd, request, argument);
}

int fallocate64(int fd, int mode, off_t offset, off_t length)
{
    REAL(fallocate64);
    if (injected(C_FALLOCATE, fdInDir(fd)))
        return -1;
    return real_fallocate64(fd, mode, offset, length);
}

int fallocate(int fd, int mode, off_t offset, off_t length) __attribute__((alias("fallocate64")));

int ftruncate64(int fd, off_t length)
{
    REAL(ftruncate64);
    if (injected(C_FTRUNCATE, fdInDir(fd)))
        return -1;
    return real_ftruncate64(fd, length);
}

int ftruncate(int fd, off_t length) __attribute__((alias("ftruncate64")));

int fsync(int fd)
{
    REAL(fsync);
    if (injected(C_FSYNC, fdInDir(fd)))
        return -1;
    return real_fsync(fd);
}

int fdatasync(int fd)
{
    REAL(fdatasync);
    if (injected(C_FDATASYNC, fdInDir(fd)))
        return -1;
    return real_fdatasync(fd);
}

off_t lseek64(int fd, off_t offset, int whence)
{
    REAL(lseek64);
    if (injected(C_LSEEK, fdInDir(fd)))
        return -1;
    return real_lseek64(fd, offset, whence);
}

off_t lseek(int fd, off_t offset, int whence) __attribute__((alias("lseek64")));

int fstat64(int fd, struct stat64* status)
{
    REAL(fstat64);
    if (injected(C_FSTAT, fdInDir(fd)))
        return -1;
    return real_fstat64(fd, status);
}

int fstat(int fd, struct stat* status)
{
    return fstat64(fd, (struct stat64*)status); /* the same layout on 64-bit systems */
}

int renameat2(int oldDir, const char* oldPath, int newDir, const char* newPath, unsigned flags)
{
    REAL(renameat2);
    if (injected(C_RENAMEAT, pathInDir(oldPath) || pathInDir(newPath)))
        return -1;
    return real_renameat2(oldDir, oldPath, newDir, newPath, flags);
}

int renameat(int oldDir, const char* oldPath, int newDir, const char* newPath)
{
    return renameat2(oldDir, oldPath, newDir, newPath, 0);
}

int rename(const char* oldPath, const char* newPath)
{
    return renameat2(AT_FDCWD, oldPath, AT_FDCWD, newPath, 0);
}

int linkat(int oldDir, const char* oldPath, int newDir, const char* newPath, int flags)
{
    REAL(linkat);
    if (injected(C_LINKAT, pathInDir(oldPath) || pathInDir(newPath)))
        return -1;
    return real_linkat(oldDir, oldPath, newDir, newPath, flags);
}

int link(const char* oldPath, const char* newPath)
{
    return linkat(AT_FDCWD, oldPath, AT_FDCWD, newPath, 0);
}

int unlinkat(int dirfd, const char* path, int flags)
{
    REAL(unlinkat);
    if (injected(C_UNLINKAT, pathInDir(path)))
        return -1;
    return real_unlinkat(dirfd, path, flags);
}

int unlink(const char* path)
{
    return unlinkat(AT_FDCWD, path, 0);
}

int close(int fd)
{
    REAL(close);
    /* A failed close still closes the descriptor, as Linux does. */
    const int fail = injected(C_CLOSE, fdInDir(fd));
    const int saved = errno;
    const int result = real_close(fd);
    if (fail) {
        errno = saved;
        return -1;
    }
    return result;
}
