#!/usr/bin/env python3
"""The Python contenders of run_benchmarks.py, written as a Python user would write them.

  python_peers.py copyfile SRC DST
      shutil.copyfile (on Linux it moves the bytes with os.sendfile).
  python_peers.py range SRC DST OFFSET COUNT
      COUNT bytes from OFFSET of SRC into a new DST, os.sendfile in a loop.
  python_peers.py small SRC FOLDER COPIES SIZE [--open-source-per-copy | --like-engine
                                                 | --like-engine-overwrite]
      COPIES copies of SIZE bytes into FOLDER/copy-NNNNN.bin, each with os.sendfile, at the
      same offsets as rangecopy-bench-engine. Prints one JSON object with the loop's time.
      --like-engine makes the system calls rangecopy-cli --batch makes for a copy in replace
      mode to a name that holds no file, with the source kept open (fstat the source, look
      up the destination, open an unnamed file in its folder with O_TMPFILE, fstatfs it,
      sendfile, fstat the source again, link the file in through /proc/self/fd, close), to
      tell the kernel's cost from ours; --like-engine-overwrite those of one runTransfer()
      in overwrite mode (open and fstat the source, look up the destination, create it with
      O_EXCL, sendfile, fstat the source again, close both).
"""

import json
import os
import resource
import shutil
import subprocess
import sys
import time

OFFSET_STRIDE = 7919  # as in enginebench.cpp
MAX_PER_CALL = 0x7FFFF000  # the kernel's limit for one sendfile call


def sendfile_range(src_fd, dst_fd, offset, count):
    sent = 0
    while sent < count:
        n = os.sendfile(dst_fd, src_fd, offset + sent, min(count - sent, MAX_PER_CALL))
        if n == 0:
            break
        sent += n
    return sent


def copy_range(src, dst, offset, count):
    src_fd = os.open(src, os.O_RDONLY)
    dst_fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        return sendfile_range(src_fd, dst_fd, offset, count)
    finally:
        os.close(dst_fd)
        os.close(src_fd)


def small_copies(src, folder, copies, size, variant, cli=None):
    blocks = os.stat(src).st_size // size - 1
    paths = [os.path.join(folder, "copy-%05d.bin" % i) for i in range(copies)]
    offsets = [(i * OFFSET_STRIDE) % blocks * size for i in range(copies)]
    total = 0
    started = time.perf_counter()
    if variant == "--batch":
        # rangecopy-cli --batch: the same copies as JSON lines, in one process; timed around
        # the whole process (its start-up included), the jobs file written before the clock.
        jobs = os.path.join(os.path.dirname(folder), "jobs.jsonl")
        with open(jobs, "w") as f:
            for path, offset in zip(paths, offsets):
                f.write(json.dumps({"source": src, "destination": path, "offset": offset,
                                    "count": size}) + "\n")
        started = time.perf_counter()
        subprocess.run([cli, "--batch", jobs, "-q"], check=True)
        total = sum(os.stat(path).st_size for path in paths)
        seconds = time.perf_counter() - started
        os.unlink(jobs)
    elif variant == "--like-engine":
        src_fd = os.open(src, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
        # os.link() follows the /proc link (linkat with AT_SYMLINK_FOLLOW) only when given a
        # folder descriptor.
        proc_fds = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        for path, offset in zip(paths, offsets):
            os.fstat(src_fd)
            try:
                os.lstat(path)
            except FileNotFoundError:
                pass
            dst_fd = os.open(folder, os.O_RDWR | os.O_TMPFILE | os.O_CLOEXEC, 0o644)
            os.fstatvfs(dst_fd)
            total += sendfile_range(src_fd, dst_fd, offset, size)
            os.fstat(src_fd)
            os.link(str(dst_fd), path, src_dir_fd=proc_fds, follow_symlinks=True)
            os.close(dst_fd)
        os.close(proc_fds)
        os.close(src_fd)
    elif variant == "--like-engine-overwrite":
        create = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        for path, offset in zip(paths, offsets):
            src_fd = os.open(src, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
            os.fstat(src_fd)
            try:
                os.lstat(path)
            except FileNotFoundError:
                pass
            dst_fd = os.open(path, create, 0o644)
            total += sendfile_range(src_fd, dst_fd, offset, size)
            os.fstat(src_fd)
            os.close(dst_fd)
            os.close(src_fd)
    elif variant == "--open-source-per-copy":
        for path, offset in zip(paths, offsets):
            total += copy_range(src, path, offset, size)
    else:
        src_fd = os.open(src, os.O_RDONLY)
        for path, offset in zip(paths, offsets):
            dst_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            total += sendfile_range(src_fd, dst_fd, offset, size)
            os.close(dst_fd)
        os.close(src_fd)
    if variant != "--batch":
        seconds = time.perf_counter() - started
    if total != copies * size:
        sys.exit("short copies")
    print(json.dumps({
        "copies": copies,
        "bytes": total,
        "seconds": seconds,
        "copies_per_second": copies / seconds,
        "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))


def main(argv):
    if len(argv) >= 3 and argv[0] == "copyfile":
        shutil.copyfile(argv[1], argv[2])
    elif len(argv) == 5 and argv[0] == "range":
        copy_range(argv[1], argv[2], int(argv[3]), int(argv[4]))
    elif len(argv) >= 5 and argv[0] == "small":
        small_copies(argv[1], argv[2], int(argv[3]), int(argv[4]),
                     argv[5] if len(argv) > 5 else None, argv[6] if len(argv) > 6 else None)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
