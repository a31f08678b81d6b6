#!/usr/bin/env python3
"""Faults, one system call at a time (issue 12, part 6; RELIABILITY.md).

Runs rangecopy-cli in every mode with the fault shim (faultshim.c) preloaded: first once to
count the calls of each kind that touch the test's files, then once for each of those calls
(all of them up to 6 of a kind, else the first three, the middle one and the last two) failing
with EIO, ENOSPC (calls that write), EINTR (calls that read or write bytes), EOPNOTSUPP
(opens), EPERM and EEXIST (links), or with SIGINT arriving at it. After each run it checks RELIABILITY.md's promises:
  - EINTR is retried: the copy succeeds;
  - a failed replace or new leaves the destination as it was, and no part file;
  - a failed overwrite or append touches nothing outside its span;
  - a failure says which file and why, on one line, with exit status 1, 2 or 130;
  - a run that says it succeeded wrote exactly the range.
Usage: fault_sweep.py CLI SHIM
"""
import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile

CLI, SHIM = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
DENSE = bytes((i * 7 + i // 251) % 256 for i in range(200 * 1024))
# The same with a hole at [64 KiB, 128 KiB): written around it, so that it holds no blocks.
HOLE = (64 * 1024, 128 * 1024)
SPARSE = DENSE[:HOLE[0]] + bytes(HOLE[1] - HOLE[0]) + DENSE[HOLE[1]:]
OLD = bytes((i * 13 + 5) % 256 for i in range(64 * 1024))
OFFSET, COUNT, DEST_OFFSET = 1000, 150 * 1024, 3000
WRITES = {"write", "pwrite", "sendfile", "copy_file_range", "fallocate", "ftruncate", "fsync",
          "fdatasync", "ioctl"}
BYTE_IO = {"read", "pread", "write", "pwrite", "sendfile", "copy_file_range"}
MODES = {
    "replace": ["-m", "replace"],
    # Replace where no file is: the copy is written without a name and linked in.
    "replace-nothing": ["-m", "replace"],
    "new": ["-m", "new"],
    "overwrite": ["-m", "overwrite", "--dest-offset", str(DEST_OFFSET)],
    "append": ["-m", "append"],
}
# The digest the range has, for --expect (issue 13): the copy hashes on a second thread.
RANGE_SHA256 = hashlib.sha256(DENSE[OFFSET:OFFSET + COUNT]).hexdigest()
PROOF = ["--hash", "sha256", "--expect", "sha256:" + RANGE_SHA256, "--verify", "--sync"]
# (method, --sparse, the source, more options): every copy path, the holes' (lseek
# SEEK_DATA/SEEK_HOLE, ftruncate, a punched hole in overwrite mode), and the proof's (the
# hashing thread's reads, the flush, the read back, the checksum file written beside).
SCENARIOS = [("auto", "never", DENSE, []), ("read-write", "never", DENSE, []),
             ("copy_file_range", "never", DENSE, []), ("auto", "auto", SPARSE, []),
             ("auto", "auto", DENSE, PROOF), ("auto", "never", DENSE, ["--keep-partial"])]
# A kept part (issue 14) is for the modes that write a part file.
KEEP = "--keep-partial"
KEPT = ".dest.bin.rangecopy-partial"
failures = []


def expected(mode, source):
    copied = source[OFFSET:OFFSET + COUNT]
    if mode in ("replace", "replace-nothing", "new"):
        return copied
    if mode == "append":
        return OLD + copied
    end = DEST_OFFSET + len(copied)
    return OLD[:DEST_OFFSET] + copied + OLD[end:]


def prepare(folder, mode, source):
    for name in os.listdir(folder):
        os.unlink(os.path.join(folder, name))
    with open(os.path.join(folder, "source.bin"), "wb") as f:
        if source is SPARSE:
            f.write(source[:HOLE[0]])
            f.seek(HOLE[1])
            f.write(source[HOLE[1]:])
        else:
            f.write(source)
    if mode not in ("new", "replace-nothing"):
        with open(os.path.join(folder, "dest.bin"), "wb") as f:
            f.write(OLD)


def run(folder, mode, method, sparse, extra, fault):
    env = dict(os.environ, LD_PRELOAD=SHIM, FAULT_DIR=folder, LC_ALL="C")
    env.update(fault)
    arguments = [CLI, "source.bin", "dest.bin", "-o", str(OFFSET), "-n", str(COUNT),
                 "--chunk-size", "64K", "--method", method, "--sparse", sparse] + MODES[mode]
    arguments += extra
    # A checksum file describes a whole file: replace and new mode only.
    if extra == PROOF and mode in ("replace", "replace-nothing", "new"):
        arguments.append("--hash-file")
    return subprocess.run(arguments, cwd=folder, env=env, capture_output=True, timeout=60)


def counts(folder, mode, method, sparse, extra, source):
    prepare(folder, mode, source)
    out = os.path.join(os.path.dirname(folder), "counts")
    result = run(folder, mode, method, sparse, extra, {"FAULT_COUNTS": out})
    if result.returncode != 0:
        sys.exit("the copy without faults failed: %r" % result.stderr)
    with open(out) as f:
        return {name: int(n) for name, n in (line.split() for line in f) if int(n) > 0}


def occurrences(n):
    return list(range(1, n + 1)) if n <= 6 else sorted({1, 2, 3, n // 2, n - 1, n})


def check(folder, mode, source, label, what, result, what_failed=""):
    rc, err = result.returncode, result.stderr.decode(errors="replace")
    destination = os.path.join(folder, "dest.bin")
    content = open(destination, "rb").read() if os.path.exists(destination) else None
    # Part files of the copy, and the temporary files of a checksum file or a kept part's
    # record being written.
    parts = [n for n in os.listdir(folder) if n.endswith(".part") or ".sha256.rangecopy-" in n
             or ".json.rangecopy-" in n]
    kept = os.path.join(folder, KEPT)
    kept_bytes = open(kept, "rb").read() if os.path.exists(kept) else None
    kept_record = os.path.exists(kept + ".json")
    checksum_file = os.path.join(folder, "dest.bin.sha256")
    checksum = open(checksum_file).read() if os.path.exists(checksum_file) else None
    problems = []
    if checksum is not None and checksum != RANGE_SHA256 + "  dest.bin\n":
        problems.append("a wrong checksum file: %r" % checksum)
    # The one failure after the copy is in place: its checksum file could not be written.
    in_place_but_no_checksum_file = rc == 2 and "but its checksum file" in err
    if rc < 0:
        problems.append("killed by signal %d" % -rc)
    elif rc == 0:
        if content != expected(mode, source):
            problems.append("said it succeeded, but the destination is wrong")
    else:
        if rc not in (1, 2, 130):
            problems.append("exit status %d" % rc)
        lines = err.rstrip("\n").split("\n")
        if len(lines) != 1 or not lines[0].startswith("rangecopy-cli: "):
            problems.append("not one error line: %r" % err)
        elif rc != 130 and "'source.bin'" not in err and "'dest.bin'" not in err:
            problems.append("the message names no file: %r" % err)
        if in_place_but_no_checksum_file:
            if content != expected(mode, source) or checksum is not None:
                problems.append("said the copy is in place without its checksum file, but it "
                                "is not so")
        elif mode in ("replace", "replace-nothing", "new"):
            if content != (OLD if mode == "replace" else None):
                problems.append("the destination changed")
        elif mode == "overwrite":
            end = DEST_OFFSET + COUNT
            if content is None or content[:DEST_OFFSET] != OLD[:DEST_OFFSET] or \
                    content[end:] != OLD[end:] or len(content) > max(len(OLD), end):
                problems.append("bytes outside the span changed")
        elif mode == "append":
            if content is None or content[:len(OLD)] != OLD or \
                    len(content) > len(OLD) + COUNT:
                problems.append("the old bytes changed")
    if what == "EINTR" and rc != 0:
        problems.append("EINTR was not retried: %r" % err)
    if parts:
        problems.append("part files left: %s" % parts)
    # A kept part holds a prefix of the range and has its record; a finished copy keeps none.
    if kept_bytes is not None:
        if rc == 0:
            problems.append("a kept part after success")
        if not expected(mode, source).startswith(kept_bytes) or not kept_bytes:
            problems.append("the kept part is not a prefix of the range (%d bytes)"
                            % len(kept_bytes))
        if not kept_record:
            problems.append("a kept part without its record")
    elif kept_record and not what_failed.startswith("unlink"):
        # Only the record's own removal failing may leave it; the next copy to the name
        # removes a record without its part (tst_resume).
        problems.append("a record without a kept part")
    if problems:
        failures.append("%s: %s" % (label, "; ".join(problems)))


def main():
    base = tempfile.mkdtemp(prefix="fault-sweep-")
    folder = os.path.join(base, "files")
    os.mkdir(folder)
    runs = 0
    try:
        for method, sparse, source, extra in SCENARIOS:
            for mode in MODES:
                if KEEP in extra and mode not in ("replace", "replace-nothing", "new"):
                    continue
                for call, n in counts(folder, mode, method, sparse, extra, source).items():
                    for nth in occurrences(n):
                        faults = [("EIO", {"FAULT_ERRNO": str(errno.EIO)}),
                                  ("SIGINT", {"FAULT_SIGNAL": str(signal.SIGINT)})]
                        if call in WRITES:
                            faults.append(("ENOSPC", {"FAULT_ERRNO": str(errno.ENOSPC)}))
                        if call in BYTE_IO:
                            faults.append(("EINTR", {"FAULT_ERRNO": str(errno.EINTR)}))
                        # A file system without unnamed files (O_TMPFILE), a kernel that
                        # refuses linkat(AT_EMPTY_PATH), a name taken before the link.
                        if call == "openat":
                            faults.append(("EOPNOTSUPP", {"FAULT_ERRNO": str(errno.EOPNOTSUPP)}))
                        if call == "linkat":
                            faults += [("EPERM", {"FAULT_ERRNO": str(errno.EPERM)}),
                                       ("EEXIST", {"FAULT_ERRNO": str(errno.EEXIST)})]
                        for what, fault in faults:
                            prepare(folder, mode, source)
                            fault.update(FAULT_CALL=call, FAULT_NTH=str(nth))
                            label = "%s, --method %s --sparse %s %s: %s #%d %s" % (
                                mode, method, sparse, " ".join(extra[:2]), call, nth, what)
                            check(folder, mode, source, label, what,
                                  run(folder, mode, method, sparse, extra, fault), call)
                            runs += 1
    finally:
        shutil.rmtree(base)
    print("%d runs, %d broke a promise" % (runs, len(failures)))
    for failure in failures:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
