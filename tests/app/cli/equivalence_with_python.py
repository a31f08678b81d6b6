#!/usr/bin/env python3
"""rangecopy-cli against Python's os.sendfile, byte for byte.

Usage: equivalence_with_python.py RANGECOPY_CLI [SAMPLE]

For a fixed random seed, runs a few hundred random copies (source sizes including 0, offsets
at and past the end, counts of 0 and past the end, the overwrite, append and replace modes,
random destination content and destination offsets) twice: once through rangecopy-cli --json
and once through os.sendfile in a loop on an identical copy of the files. The destination
bytes, bytes_sent and eof must agree. Then reproduces the issue's seed program exactly and
compares it with the CLI's result. One difference is on purpose: replacing a file that holds
bytes with an empty range is refused (exit 1, the file untouched) instead of emptying it.

Exits non-zero with a message per mismatch; the last line says how many cases passed.
"""

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

SEED = 20240917
CASES = 200
SENDFILE_CHUNK = 64 * 1024
MODES = ("overwrite", "append", "replace")
METHODS = ("auto", "sendfile", "copy_file_range", "read-write")


def python_copy(src, dst, offset, count, mode, dest_offset):
    """The reference: os.sendfile in a loop, as a Python program would write it."""
    src_fd = os.open(src, os.O_RDONLY)
    flags = os.O_RDWR | os.O_CREAT
    if mode == "replace":
        flags |= os.O_TRUNC
    dest_fd = os.open(dst, flags, 0o644)
    try:
        if mode == "append":
            start = os.lseek(dest_fd, 0, os.SEEK_END)
        elif mode == "overwrite":
            start = os.lseek(dest_fd, dest_offset, os.SEEK_SET)
        else:
            start = 0
        sent = 0
        while count is None or sent < count:
            want = SENDFILE_CHUNK if count is None else min(SENDFILE_CHUNK, count - sent)
            n = os.sendfile(dest_fd, src_fd, offset + sent, want)
            if n == 0:  # "0 is returned if EOF is reached"
                break
            sent += n
        eof = count is not None and sent < count
        return sent, eof, start
    finally:
        os.close(dest_fd)
        os.close(src_fd)


def run_cli(cli, args, cwd=None):
    env = dict(os.environ, LC_ALL="C")
    env.pop("RANGECOPY_TEST_FAST_PATH_ERRNO", None)
    env.pop("RANGECOPY_TEST_CHUNK_DELAY_MS", None)
    return subprocess.run([cli] + args, cwd=cwd, env=env, capture_output=True, timeout=120)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def pick(rng, weighted):
    """One of the (weight, value) pairs, chosen by weight."""
    weights, values = zip(*weighted)
    return rng.choices(values, weights=weights)[0]


def pick_size(rng):
    return pick(rng, [
        (1, 0),
        (1, 1),
        (2, rng.randint(2, 100)),
        (3, rng.randint(100, 5000)),
        (2, rng.randint(5000, 300_000)),
        (1, 4096),
        (1, 65536 + rng.randint(-2, 2)),
    ])


def pick_offset(rng, size):
    return pick(rng, [
        (3, 0),
        (4, rng.randint(0, size)),  # inside (or at the end)
        (1, size),  # at the end
        (1, size + rng.randint(1, 10_000)),  # past the end
    ])


def pick_count(rng, available):
    return pick(rng, [
        (2, None),  # to the end of the source
        (1, 0),
        (4, rng.randint(0, available)),  # inside
        (1, available),  # exactly to the end
        (2, available + rng.randint(1, 10_000)),  # past the end
    ])


def pick_chunk(rng, count, size):
    # Small chunks only where they stay cheap, so the loops run many times.
    if max(size, count or 0) <= 20_000 and rng.random() < 0.3:
        return str(rng.choice([1, 7, 512]))
    return rng.choice([None, "4K", "64K", "1M"])


def describe(case):
    return ", ".join(f"{k}={v!r}" for k, v in case.items())


def random_case(rng, index, cli, work):
    """Runs one random case; returns a list of mismatch messages (empty when it passed)."""
    size = pick_size(rng)
    source = rng.randbytes(size)
    offset = pick_offset(rng, size)
    count = pick_count(rng, max(size - offset, 0))
    mode = rng.choice(MODES)
    method = rng.choice(METHODS)
    has_dest = rng.random() < 0.85
    dest_bytes = rng.randbytes(rng.choice([0, rng.randint(1, 1000), rng.randint(0, 2 * size + 1)]))
    dest_offset = 0
    if mode == "overwrite":
        dest_offset = rng.choice([0, rng.randint(0, len(dest_bytes)), len(dest_bytes),
                                  len(dest_bytes) + rng.randint(1, 5000)])
    chunk = pick_chunk(rng, count, size)
    case = dict(index=index, size=size, offset=offset, count=count, mode=mode, method=method,
                dest_exists=has_dest, dest_size=len(dest_bytes), dest_offset=dest_offset,
                chunk=chunk)

    folder = os.path.join(work, f"case-{index:03d}")
    os.mkdir(folder)
    src = os.path.join(folder, "source.bin")
    cli_dst = os.path.join(folder, "cli-dest.bin")
    py_dst = os.path.join(folder, "python-dest.bin")
    write(src, source)
    if has_dest:
        write(cli_dst, dest_bytes)
        write(py_dst, dest_bytes)

    args = ["--json", "--mode", mode, "--method", method, "--offset", str(offset)]
    if count is not None:
        args += ["--count", str(count)]
    if mode == "overwrite":
        args += ["--dest-offset", str(dest_offset)]
    if chunk is not None:
        args += ["--chunk-size", chunk]
    proc = run_cli(cli, args + ["--", src, cli_dst])

    # Where RangeCopy differs on purpose: replacing a file that holds bytes with an empty range
    # would only empty it, so it is refused and the file stays (RELIABILITY.md).
    in_range = max(size - offset, 0) if count is None else min(count, max(size - offset, 0))
    if mode == "replace" and has_dest and dest_bytes and in_range == 0:
        problems = []
        if proc.returncode != 1 or b"would leave it empty" not in proc.stderr:
            problems.append(f"expected a refusal, got exit {proc.returncode}, {proc.stderr!r}")
        if read(cli_dst) != dest_bytes:
            problems.append("the refused copy changed the destination")
        if problems:
            return [f"case {describe(case)}: {p}" for p in problems]
        shutil.rmtree(folder)
        return []

    sent, eof, start = python_copy(src, py_dst, offset, count, mode, dest_offset)

    problems = []
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    if proc.returncode != 0 or proc.stderr:
        problems.append(f"exit {proc.returncode}, stderr {proc.stderr!r}")
    elif len(lines) != 1:
        problems.append(f"expected one line of JSON, got {proc.stdout!r}")
    result = json.loads(lines[0]) if len(lines) == 1 else {}
    expected = {"bytes_sent": sent, "eof": eof, "dest_offset": start, "offset": offset,
                "count": count, "mode": mode}
    for key, value in expected.items():
        if result.get(key) != value:
            problems.append(f"{key}: rangecopy-cli says {result.get(key)!r}, Python {value!r}")
    cli_bytes, py_bytes = read(cli_dst), read(py_dst)
    if cli_bytes != py_bytes:
        first = next((i for i, (a, b) in enumerate(zip(cli_bytes, py_bytes)) if a != b),
                     min(len(cli_bytes), len(py_bytes)))
        problems.append(f"destinations differ: rangecopy-cli {len(cli_bytes)} bytes, Python "
                        f"{len(py_bytes)} bytes, first difference at byte {first}")
    if problems:
        problems = [f"case {describe(case)}: {p}" for p in problems]
    else:
        shutil.rmtree(folder)
    return problems


def seed_program(sample, work, cli):
    """The issue's seed program and `rangecopy-cli Python_intro.txt newfile.txt --count 100
    --preview`, each in a folder of its own; returns a list of mismatch messages."""
    problems = []
    for index, existing in enumerate((None, b"an older, longer newfile.txt " * 10)):
        label = "new newfile.txt" if existing is None else "existing newfile.txt"
        py_dir = os.path.join(work, f"seed-{index}-python")
        cli_dir = os.path.join(work, f"seed-{index}-cli")
        for folder in (py_dir, cli_dir):
            os.mkdir(folder)
            shutil.copyfile(sample, os.path.join(folder, "Python_intro.txt"))
            if existing is not None:
                write(os.path.join(folder, "newfile.txt"), existing)

        # The seed, as written in the issue.
        cwd = os.getcwd()
        os.chdir(py_dir)
        try:
            src_fd = os.open('Python_intro.txt', os.O_RDONLY)
            dest_fd = os.open('newfile.txt', os.O_RDWR | os.O_CREAT)
            bytesSent = os.sendfile(dest_fd, src_fd, 0, 100)
            os.lseek(dest_fd, 0, 0)
            seed_preview = os.read(dest_fd, bytesSent)
            os.close(dest_fd)
            os.close(src_fd)
        finally:
            os.chdir(cwd)

        # The seed's O_RDWR | O_CREAT is the overwrite mode; on a new file replace is the same.
        args = ["Python_intro.txt", "newfile.txt", "--count", "100", "--preview"]
        if existing is not None:
            args += ["--mode", "overwrite"]
        proc = run_cli(cli, args, cwd=cli_dir)
        expected_out = f"{bytesSent} bytes sent\n".encode() + seed_preview + b"\n"
        if proc.returncode != 0 or proc.stderr:
            problems.append(f"seed ({label}): exit {proc.returncode}, stderr {proc.stderr!r}")
        if proc.stdout != expected_out:
            problems.append(f"seed ({label}): rangecopy-cli printed {proc.stdout!r}, "
                            f"the seed gives {expected_out!r}")
        py_bytes = read(os.path.join(py_dir, "newfile.txt"))
        cli_bytes = read(os.path.join(cli_dir, "newfile.txt"))
        if py_bytes != cli_bytes:
            problems.append(f"seed ({label}): newfile.txt differs: rangecopy-cli {cli_bytes!r}, "
                            f"seed {py_bytes!r}")
        if bytesSent != 100:
            problems.append(f"seed ({label}): os.sendfile sent {bytesSent} bytes, not 100")
    return problems


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    cli = os.path.abspath(sys.argv[1])
    here = os.path.dirname(os.path.abspath(__file__))
    sample = sys.argv[2] if len(sys.argv) == 3 else os.path.join(
        here, os.pardir, os.pardir, os.pardir, "resources", "samples", "Python_intro.txt")
    if not os.access(cli, os.X_OK):
        sys.exit(f"rangecopy-cli not found or not executable: {cli}")
    if not os.path.isfile(sample):
        sys.exit(f"sample not found: {sample}")

    rng = random.Random(SEED)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="rangecopy-equivalence-") as work:
        seed_problems = seed_program(sample, work, cli)
        for message in seed_problems:
            print(f"MISMATCH {message}", file=sys.stderr)
        print("seed program: " + ("MISMATCH" if seed_problems else "identical, byte for byte"))

        for index in range(CASES):
            problems = random_case(rng, index, cli, work)
            for message in problems:
                print(f"MISMATCH {message}", file=sys.stderr)
            if problems:
                failed += 1
            else:
                passed += 1

    print(f"random cases (seed {SEED}): {passed} passed, {failed} failed")
    sys.exit(1 if failed or seed_problems else 0)


if __name__ == "__main__":
    main()
