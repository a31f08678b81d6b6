#!/usr/bin/env python3
"""RangeCopy against cp, dd and Python, side by side (issue 6). Not a test: it measures.

Usage: tests/bench/run_benchmarks.py [--build DIR] [--dir DIR] [--size BYTES] [--runs N]
                                     [--quick] [--only 1,2,...] [--report FILE] [--plot FILE]

Makes its own files in a fresh folder under --dir (default /var/tmp: the real disk, not a
tmpfs), reads each source once so it is in the page cache, then runs every workload --runs
times, the contenders taking turns run by run (in a new, seeded order each round). Every contender
is a process of its own, timed from start to exit, its peak resident memory taken from
GNU time. Prints Markdown tables: the median, the ratio to the best peer, the spread
(min-max) and the peak resident memory. The files are removed at the end.

  1  whole-file copy: rangecopy-cli (each method) vs cp, dd bs=1M, Python shutil.copyfile
  2  range copy (offset 100 MiB + 1, count 512 MiB): rangecopy-cli vs dd, Python os.sendfile
  3  10,000 copies of 4 KiB through the engine in one process vs Python os.sendfile
  4  chunk size sweep 64 KiB .. 64 MiB for each method (and a PNG plot with gnuplot)
  5  the window (rangecopy-bench-window, offscreen) copying 2 GiB vs rangecopy-cli
  6  startup: the window's first frame (offscreen, and on Xvfb when installed) and
     rangecopy-cli copying 100 bytes (with hyperfine when installed)
  7-10  sparse images, shared blocks, a device range, the unaligned range's buffer (issue 12)
  11 digests while copying: rangecopy-cli --hash ALGO for each digest vs the copy alone,
     openssl dgst, md5sum/sha*sum/b2sum and xxhsum on the same file (issue 13)

--quick uses a 64 MiB file, 3 runs and 1,000 small copies, to see that everything works.
Sizes scale with --size: the range is (size * 100/1024 + 1, size / 2), the window copies
twice the size. Runs started while other processes kept the CPUs busy are counted and said.
"""

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB
PYTHON = "/usr/bin/python3"  # Debian's, not a shim that adds its own start-up time
TIME = "/usr/bin/time"  # GNU time (Debian package "time")
METHODS = ("sendfile", "copy_file_range", "read-write")
SWEEP = (64 * KIB, 256 * KIB, 1 * MIB, 4 * MIB, 8 * MIB, 16 * MIB, 64 * MIB)


def parse_size(text):
    units = {"K": KIB, "M": MIB, "G": GIB}
    if text[-1:].upper() in units:
        return int(float(text[:-1]) * units[text[-1:].upper()])
    return int(text)


def human_size(n):
    for unit, size in (("GiB", GIB), ("MiB", MIB), ("KiB", KIB)):
        if n >= size and n % size == 0:
            return "%d %s" % (n // size, unit)
    return "%d B" % n


# --- measuring --------------------------------------------------------------------------


class Machine:
    """Notices when other processes keep the CPUs busy, and waits a little for them."""

    def __init__(self, max_wait):
        self.max_wait = max_wait
        self.busy_starts = 0
        self.runs = 0

    @staticmethod
    def _cpu_times():
        with open("/proc/stat") as stat:
            fields = [int(x) for x in stat.readline().split()[1:]]
        idle = fields[3] + fields[4]
        return idle, sum(fields)

    def busy_fraction(self, window=0.2):
        idle0, total0 = self._cpu_times()
        time.sleep(window)
        idle1, total1 = self._cpu_times()
        return 1.0 - (idle1 - idle0) / max(1, total1 - total0)

    def settle(self):
        self.runs += 1
        deadline = time.monotonic() + self.max_wait
        while self.busy_fraction() > 0.15:
            if time.monotonic() > deadline:
                self.busy_starts += 1
                return


def run(cmd, env=None, cwd=None):
    """Runs one contender; returns (wall seconds, peak RSS KiB, CPU seconds, stdout).

    The peak RSS and CPU time come from GNU time, which is small: a process's ru_maxrss also
    counts the memory of the process it was forked from, before exec, so wait4() from this
    Python script would report at least the script's own 20-odd MiB for every contender.
    """
    # Files, not pipes: nothing waits on us reading, and a chatty stderr cannot block.
    with tempfile.NamedTemporaryFile() as usage, tempfile.TemporaryFile() as out, \
            tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen([TIME, "-f", "%M %U %S", "-o", usage.name] + cmd,
                                stdout=out, stderr=err, env=env, cwd=cwd)
        proc.wait()
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        if proc.returncode != 0:
            raise RuntimeError("%s failed (%d): %s%s" % (" ".join(cmd), proc.returncode, stdout,
                                                         err.read().decode(errors="replace")))
        rss, user, system = usage.read().decode().split()[-3:]
    return wall, int(rss), float(user) + float(system), stdout


def remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.unlink(path)


WARM_BUFFER = bytearray(8 * MIB)


def warm(path):
    """Reads a file so that it is in the page cache. Through one buffer kept for the whole
    run: a new 8 MiB object per read would be mapped and unmapped each time, and the memory
    freed that way is handed back to this virtual machine's host a moment later, which
    slowed a copy started in that moment (the window's) up to five times."""
    with open(path, "rb", buffering=0) as f:
        while f.readinto(WARM_BUFFER):
            pass


def make_file(path, size):
    with open(path, "wb") as f:
        left = size
        while left > 0:
            n = min(left, 8 * MIB)
            f.write(os.urandom(n))
            left -= n
    subprocess.run(["sync"], check=True)  # no write-back of the source during the runs


def scan_fixtures(work):
    """The items workload 13 embeds, made with the usual tools: (name, bytes)."""
    import gzip as gzip_module
    import io
    import lzma
    import struct
    import zipfile
    import zlib
    noise = os.urandom(300 * KIB)
    text = b"".join(b"line %d of some text to compress\n" % i for i in range(20000))
    parts = []
    disk = os.path.join(work, "scan-disk.img")
    with open(disk, "wb") as f:
        f.truncate(24 * MIB)
    script = ('label: gpt\nstart=2048, size=8192, type=EBD0A0A2-B9E5-4433-87C0-68B6B72699C7\n'
              'start=10240, size=32768, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4\n')
    if shutil.which("sfdisk"):
        subprocess.run(["sfdisk", "-q", "--no-reread", "--no-tell-kernel", disk],
                       input=script.encode(), check=True)
        subprocess.run(["mkfs.vfat", "--offset=2048", "-n", "DATA", disk, "4096"],
                       check=True, capture_output=True)
        subprocess.run(["mkfs.ext4", "-q", "-F", "-E", "offset=%d" % (10240 * 512), disk, "16M"],
                       check=True, capture_output=True)
        with open(disk, "rb") as f:
            parts.append(("disk image (GPT, FAT, ext4)", f.read()))
    remove(disk)
    raw = b"".join(b"\x00" + bytes((x * 7 + y) % 256 for x in range(300)) for y in range(100))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    parts.append(("PNG image", b"\x89PNG\r\n\x1a\n"
                  + chunk(b"IHDR", struct.pack(">IIBBBBB", 100, 100, 8, 2, 0, 0, 0))
                  + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")))
    parts.append(("gzip stream", gzip_module.compress(text, mtime=0)))
    parts.append(("xz stream", lzma.compress(text)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("text.txt", text, zipfile.ZIP_DEFLATED)
        z.writestr("noise.bin", noise, zipfile.ZIP_STORED)
    parts.append(("ZIP archive", buffer.getvalue()))
    with open("/bin/ls", "rb") as f:
        parts.append(("ELF program (/bin/ls)", f.read()))
    parts.append(("PDF document", b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"))
    return parts


class Sample:
    def __init__(self, name, peer):
        self.name = name
        self.peer = peer
        self.walls = []
        self.rss = []
        self.cpu = []
        self.extra = []  # what the program reported itself (JSON), if anything

    def median(self):
        return statistics.median(self.walls)


def alternate(machine, contenders, runs, sources=(), prepare=None, after_each=None):
    """Runs the contenders (Sample, cmd, env, check) in turns, in a new order each round,
    after one untimed round. Before each run: the sources are read into the page cache again, the
    CPUs are given a moment to be idle, then prepare(sample) (removing the last destination) is
    called right before the clock starts. On this virtual machine memory freed for a couple
    of seconds is handed back to the host and is slow to get again, so freeing the last
    destination just before the run gives every contender the same memory to write into."""
    # A fresh order every round (seeded, so runs repeat): with a fixed cyclic order each
    # contender always came after the same one, and what that one left in memory counted.
    # read-write after copy_file_range took 0.38-1.29 s for 1 GiB, after itself 0.35 s.
    shuffler = random.Random(len(contenders) * 1000 + runs)
    for r in range(-1, runs):
        order = list(contenders)
        shuffler.shuffle(order)
        for sample, cmd, env, check in order:
            for source in sources:
                warm(source)
            machine.settle()
            if prepare:
                prepare(sample)
            wall, rss, cpu, stdout = run(cmd, env=env)
            if check:
                check()
            if after_each:
                after_each()
            if r < 0:
                continue
            sample.walls.append(wall)
            sample.rss.append(rss)
            sample.cpu.append(cpu)
            if stdout.strip().startswith("{"):
                sample.extra.append(json.loads(stdout.strip().splitlines()[-1]))


# --- reporting ----------------------------------------------------------------------------


def table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |",
             "|" + "|".join(" --- " if i == 0 else " ---: " for i in range(len(headers))) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def timing_table(samples, size):
    peers = [s for s in samples if s.peer]
    best = min(s.median() for s in peers) if peers else None
    rows = []
    for s in samples:
        m = s.median()
        rows.append([
            s.name + (" **(ours)**" if s.peer is False else ""),
            "%.3f" % m,
            "%.3f–%.3f" % (min(s.walls), max(s.walls)),
            "%.0f" % (size / m / MIB) if size else "",
            "%.3f" % statistics.median(s.cpu),
            "%.2f" % (m / best) if best else "",
            "%.1f" % (max(s.rss) / KIB),
        ])
    return table(["contender", "median s", "min–max s", "MiB/s", "CPU s", "÷ best peer",
                  "peak RSS MiB"], rows)


class Report:
    def __init__(self):
        self.parts = []

    def add(self, text=""):
        print(text, flush=True)
        self.parts.append(text)

    def text(self):
        return "\n".join(self.parts) + "\n"


# --- the workloads ------------------------------------------------------------------------


class Bench:
    def __init__(self, args):
        self.args = args
        build = os.path.abspath(args.build)
        self.cli = os.path.join(build, "app", "rangecopy-cli")
        self.engine_bench = os.path.join(build, "tests", "bench", "rangecopy-bench-engine")
        self.window_bench = os.path.join(build, "tests", "bench", "rangecopy-bench-window")
        self.qtcore_bench = os.path.join(build, "tests", "bench", "rangecopy-bench-qtcore")
        self.qthash_bench = os.path.join(build, "tests", "bench", "rangecopy-bench-qthash")
        for program in (self.cli, self.engine_bench, self.window_bench, self.qtcore_bench):
            if not os.access(program, os.X_OK):
                sys.exit("missing %s: build first (cmake --build %s)" % (program, args.build))
        if not os.access(TIME, os.X_OK):
            sys.exit("missing %s: apt-get install time" % TIME)
        self.peers = os.path.join(HERE, "python_peers.py")
        self.work = tempfile.mkdtemp(prefix="rangecopy-bench-", dir=args.dir)
        self.src = os.path.join(self.work, "source.bin")
        self.dst = os.path.join(self.work, "destination.bin")
        self.machine = Machine(args.max_wait)
        self.report = Report()
        self.targets = []
        self.env = dict(os.environ, LC_ALL="C.UTF-8")
        self.gui_env = dict(self.env, QT_QPA_PLATFORM="offscreen",
                            XDG_RUNTIME_DIR=self.work)

    def target(self, what, measured, met):
        self.targets.append((what, measured, "met" if met else "**missed**"))

    def ratio_targets(self, workload, samples):
        best = min(s.median() for s in samples if s.peer)
        for s in samples:
            if s.peer is False:
                self.target("%s: %s within 5%% of the fastest peer" % (workload, s.name),
                            "×%.2f" % (s.median() / best), s.median() / best <= 1.05)

    def check_size(self, expected):
        def check():
            actual = os.path.getsize(self.dst)
            if actual != expected:
                raise RuntimeError("destination holds %d bytes, expected %d" % (actual, expected))
        return check

    def remove_destination(self, sample=None):
        remove(self.dst)

    def describe_machine(self):
        def first_line(cmd):
            try:
                return subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0]
            except (OSError, IndexError):
                return "?"
        cpu = "?"
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as info:
            mem_kib = int(info.readline().split()[1])
        fs = first_line(["findmnt", "-n", "-T", self.work, "-o", "SOURCE,FSTYPE,OPTIONS"])
        qt = first_line(["dpkg-query", "-W", "-f", "${Version}\n", "libqt6core6"])
        self.report.add("## Machine\n")
        self.report.add(table(["", ""], [
            ["CPU", "%s, %d cores" % (cpu, os.cpu_count())],
            ["memory", "%.1f GiB" % (mem_kib / MIB)],
            ["kernel", platform.release()],
            ["system", first_line(["lsb_release", "-ds"])],
            ["files in", "%s (%s)" % (self.work, fs)],
            ["Qt", qt],
            ["cp, dd", first_line(["cp", "--version"])],
            ["Python", first_line([PYTHON, "--version"])],
            ["load at start", open("/proc/loadavg").read().strip()],
            ["runs per contender", str(self.args.runs)],
        ]))
        self.report.add()

    # 1
    def whole_file(self):
        size = self.args.size
        self.report.add("## 1. Whole-file copy (%s)\n" % human_size(size))
        warm(self.src)
        contenders = [(Sample("rangecopy-cli (default method: auto)", False),
                       [self.cli, self.src, self.dst, "--quiet"])]
        for method in METHODS:
            contenders.append((Sample("rangecopy-cli --method " + method, False),
                               [self.cli, self.src, self.dst, "--method", method, "--quiet"]))
        contenders += [
            (Sample("cp", True), ["cp", self.src, self.dst]),
            (Sample("dd bs=1M", True),
             ["dd", "if=" + self.src, "of=" + self.dst, "bs=1M", "status=none"]),
            (Sample("python3 shutil.copyfile", True),
             [PYTHON, self.peers, "copyfile", self.src, self.dst]),
            # What --verify adds: reading the source and the copy back and comparing them.
            (Sample("reference: rangecopy-cli --verify", None),
             [self.cli, self.src, self.dst, "--verify", "--quiet"]),
        ]
        self.time_copies(contenders, size, "whole file")

    def time_copies(self, contenders, expected_size, targets):
        """Runs the contenders alternately, each copy checked to be expected_size bytes, and
        reports their times and the ratio targets named targets."""
        check = self.check_size(expected_size)
        alternate(self.machine, [(s, c, self.env, check) for s, c in contenders], self.args.runs,
                  [self.src], self.remove_destination)
        samples = [s for s, _ in contenders]
        self.report.add(timing_table(samples, expected_size))
        self.report.add()
        self.ratio_targets(targets, samples)

    # 2
    def range_copy(self):
        size = self.args.size
        offset = size * 100 // 1024 + 1
        count = size // 2
        self.report.add("## 2. Range copy (offset %d, count %s, of a %s file)\n"
                        % (offset, human_size(count), human_size(size)))
        warm(self.src)
        contenders = [(Sample("rangecopy-cli (default method: auto)", False),
                       [self.cli, self.src, self.dst, "--offset", str(offset), "--count",
                        str(count), "--quiet"])]
        for method in METHODS:
            contenders.append((Sample("rangecopy-cli --method " + method, False),
                               [self.cli, self.src, self.dst, "--offset", str(offset),
                                "--count", str(count), "--method", method, "--quiet"]))
        contenders += [
            (Sample("dd bs=1M iflag=skip_bytes,count_bytes", True),
             ["dd", "if=" + self.src, "of=" + self.dst, "bs=1M", "iflag=skip_bytes,count_bytes",
              "skip=%d" % offset, "count=%d" % count, "status=none"]),
            (Sample("python3 os.sendfile loop", True),
             [PYTHON, self.peers, "range", self.src, self.dst, str(offset), str(count)]),
            # The same count from a page-aligned offset: what the unaligned offset costs.
            (Sample("reference: rangecopy-cli --method sendfile --offset %d (page-aligned)"
                    % (offset - 1), None),
             [self.cli, self.src, self.dst, "--offset", str(offset - 1), "--count", str(count),
              "--method", "sendfile", "--quiet"]),
        ]
        self.time_copies(contenders, count, "range")

    # 3
    def small_copies(self):
        copies = self.args.copies
        size = 4 * KIB
        folder = os.path.join(self.work, "small")
        self.report.add("## 3. %d copies of 4 KiB in one process\n" % copies)
        engine = [self.engine_bench, self.src, folder, "--copies", str(copies), "--size", str(size)]
        python = [PYTHON, self.peers, "small", self.src, folder, str(copies), str(size)]
        contenders = [
            (Sample("engine: runTransfer() per copy, --mode replace (default)", False), engine),
            (Sample("engine: runTransfer() per copy, --mode overwrite", False),
             engine + ["--mode", "overwrite"]),
            (Sample("rangecopy-cli --batch (one JSON line per copy, replace)", False),
             python + ["--batch", self.cli]),
            (Sample("python3 os.sendfile loop (source opened once)", True), python),
            (Sample("python3 os.sendfile loop, source opened per copy", True),
             python + ["--open-source-per-copy"]),
            (Sample("reference: python3 making --batch's system calls (O_TMPFILE, link)", None),
             python + ["--like-engine"]),
            (Sample("reference: python3 making the engine's overwrite system calls", None),
             python + ["--like-engine-overwrite"]),
        ]
        # Every run gets a folder of its own, and the copies are deleted only at the end: on
        # ext4 without a journal (this machine's), creating files soon after deleting many
        # makes the kernel skip the recently freed inodes one by one, which would time the
        # previous run's clean-up instead of the copies.
        finished = []

        def fresh_folder():
            if os.path.exists(folder):
                finished.append(folder + "-%d" % len(finished))
                os.rename(folder, finished[-1])
            os.mkdir(folder)

        fresh_folder()
        alternate(self.machine, [(s, c, self.env, None) for s, c in contenders],
                  self.args.runs, [self.src], after_each=fresh_folder)
        for path in finished + [folder]:
            remove(path)
        subprocess.run(["sync"], check=True)
        samples = [s for s, _ in contenders]
        best = max(statistics.median(x["copies_per_second"] for x in s.extra)
                   for s in samples if s.peer)
        rows = []
        for s in samples:
            rates = [x["copies_per_second"] for x in s.extra]
            rate = statistics.median(rates)
            rows.append([s.name + (" **(ours)**" if s.peer is False else ""), "%.0f" % rate,
                         "%.0f–%.0f" % (min(rates), max(rates)),
                         "%.1f" % (1e6 / rate), "%.2f" % (rate / best),
                         "%.1f" % (max(s.rss) / KIB)])
        self.report.add(table(["contender", "copies/s (median)", "min–max", "µs per copy",
                               "÷ best peer", "peak RSS MiB"], rows))
        self.report.add()
        for s in samples:
            if s.peer is False:
                rate = statistics.median(x["copies_per_second"] for x in s.extra)
                self.target("small copies, %s: at least the Python loop's rate" % s.name,
                            "%.0f/s vs %.0f/s (×%.2f)" % (rate, best, rate / best), rate >= best)

    # 4
    def chunk_sweep(self):
        size = self.args.size
        self.report.add("## 4. Chunk size sweep (whole-file copy, %s, MiB/s)\n" % human_size(size))
        warm(self.src)
        grid = {}
        contenders = []
        for method in METHODS:
            for chunk in SWEEP:
                sample = Sample("%s %s" % (method, human_size(chunk)), False)
                grid[(method, chunk)] = sample
                contenders.append((sample, [self.cli, self.src, self.dst, "--method", method,
                                            "--chunk-size", str(chunk), "--quiet"]))
        check = self.check_size(size)
        alternate(self.machine, [(s, c, self.env, check) for s, c in contenders], self.args.runs,
                  [self.src], self.remove_destination)
        rows = []
        for chunk in SWEEP:
            row = [human_size(chunk) + (" (default)" if chunk == 8 * MIB else "")]
            for method in METHODS:
                s = grid[(method, chunk)]
                row.append("%.0f (%.1f MiB)" % (size / s.median() / MIB, max(s.rss) / KIB))
            rows.append(row)
        self.report.add("Median throughput, and in brackets the peak RSS.\n")
        self.report.add(table(["chunk size"] + list(METHODS), rows))
        self.report.add()
        data = os.path.join(self.work, "chunk-sweep.dat")
        with open(data, "w") as f:
            f.write("# chunk_bytes " + " ".join(METHODS) + " (MiB/s, median)\n")
            for chunk in SWEEP:
                f.write("%d %s\n" % (chunk, " ".join(
                    "%.1f" % (size / grid[(m, chunk)].median() / MIB) for m in METHODS)))
        if self.args.plot:
            if shutil.which("gnuplot"):
                subprocess.run(["gnuplot", "-e", "datafile='%s'; outfile='%s'; title='%s'" % (
                    data, os.path.abspath(self.args.plot),
                    "Whole-file copy of %s, page cache to ext4, median of %d runs"
                    % (human_size(size), self.args.runs)),
                    os.path.join(HERE, "chunksweep.gp")], check=True)
                self.report.add("Plot written to `%s`.\n" % self.args.plot)
            else:
                self.report.add("(gnuplot is not installed: no plot)\n")

    # 5
    def window_copy(self):
        size = 2 * self.args.size
        source = os.path.join(self.work, "source-2x.bin")
        make_file(source, size)
        warm(source)
        settings = os.path.join(self.work, "settings")
        os.makedirs(settings, exist_ok=True)
        self.report.add("## 5. The window copying %s (offscreen) vs rangecopy-cli\n"
                        % human_size(size))
        # Start is pressed 0.5 s after the source preview appeared (the preview's own work,
        # such as counting lines, may still run) and 5 s after (it has finished).
        quick = Sample("window, Start 0.5 s after the preview", False)
        late = Sample("window, Start 5 s after the preview", False)
        cli = Sample("rangecopy-cli --json (process, start to exit)", False)
        half = Sample("window copying the %s source" % human_size(self.args.size), False)
        window = [self.window_bench, "copy", "--settings", settings]
        # The 1 GiB copy writes a file of its own. Written to the same destination, it left
        # only 1 GiB to free for a 2 GiB copy after it, which then took 1.7-2.9 s instead of
        # 0.5 s getting the rest of its memory back from this virtual machine's host (with
        # the order rotating, the 0.5 s window run always came after it).
        half_dst = self.dst + ".half"
        alternate(self.machine, [
            (quick, window + [source, self.dst], self.gui_env, self.check_size(size)),
            (late, window + ["--think-ms", "5000", source, self.dst], self.gui_env,
             self.check_size(size)),
            (cli, [self.cli, source, self.dst, "--json"], self.env, self.check_size(size)),
            (half, window + [self.src, half_dst], self.gui_env, None),
        ], self.args.runs, [source, self.src],
            # The window harness removes the last copy itself, just before pressing Start.
            lambda sample: None if sample is not cli else remove(self.dst))
        if os.path.getsize(half_dst) != self.args.size:
            raise RuntimeError("the 1 GiB window copy holds %d bytes" % os.path.getsize(half_dst))
        remove(source)
        remove(self.dst)
        remove(half_dst)

        c = cli.median()
        windows = (quick, late)
        copy_time = lambda s: statistics.median(x["seconds"] for x in s.extra)
        gap = lambda s: max(x["max_gap_ms"] for x in s.extra)
        gap_after = lambda s: max(x["max_gap_ms_after_copy"] for x in s.extra)
        spread = lambda values: "%.3f–%.3f" % (min(values), max(values))
        rows = [
            ["copy time, median s"] + ["%.3f" % copy_time(s) for s in windows] + ["%.3f" % c],
            ["min–max s"] + [spread([x["seconds"] for x in s.extra]) for s in windows]
            + [spread(cli.walls)],
            ["engine's own elapsed, median s"]
            + ["%.3f" % statistics.median(x["engine_seconds"] for x in s.extra) for s in windows]
            + ["%.3f" % statistics.median(x["elapsed_s"] for x in cli.extra)],
            ["÷ CLI"] + ["%.3f" % (copy_time(s) / c) for s in windows] + ["1"],
            ["longest event-loop gap during the copy, ms (worst run)"]
            + ["%.1f" % gap(s) for s in windows] + ["–"],
            ["longest gap up to 1 s after the copy, ms (worst run)"]
            + ["%.1f" % gap_after(s) for s in windows] + ["–"],
            ["peak RSS MiB (worst run)"] + ["%.1f" % (max(s.rss) / KIB) for s in windows]
            + ["%.1f" % (max(cli.rss) / KIB)],
        ]
        self.report.add(table(["", quick.name, late.name, "rangecopy-cli"], rows))
        self.report.add()
        self.report.add("Copying the %s source instead, the window's peak RSS was %.1f MiB "
                        "(worst of %d runs).\n"
                        % (human_size(self.args.size), max(half.rss) / KIB, len(half.rss)))
        for s in windows:
            w = copy_time(s)
            self.target("%s: copy of %s within 5%% of the CLI" % (s.name, human_size(size)),
                        "%.3f s vs %.3f s (×%.3f)" % (w, c, w / c), w / c <= 1.05)
        worst_gap = max(max(gap(s), gap_after(s)) for s in windows)
        self.target("no event-loop gap over 50 ms", "%.1f ms" % worst_gap, worst_gap <= 50)
        worst_rss = max(max(s.rss) for s in windows + (half,))
        self.target("window RSS under 80 MB during the copy", "%.1f MiB" % (worst_rss / KIB),
                    worst_rss * KIB < 80e6)
        self.target("rangecopy-cli RSS under 20 MB during the copy", "%.1f MiB"
                    % (max(cli.rss) / KIB), max(cli.rss) * KIB < 20e6)

    # 6
    # 7
    def sparse_image(self):
        """A disk image: 4 GiB holding 64 MiB of data in 8 extents, copied whole, against
        cp --sparse=auto and dd conv=sparse; the space each copy takes is measured too."""
        size, extents, extent = 4 * GIB, 8, 8 * MIB
        image = os.path.join(self.work, "sparse.img")
        with open(image, "wb") as f:
            f.truncate(size)
            for i in range(extents):
                f.seek(i * (size // extents) + MIB)
                f.write(os.urandom(extent))
        subprocess.run(["sync"], check=True)
        self.report.add("## 7. Sparse image (%s holding %s of data)\n"
                        % (human_size(size), human_size(extents * extent)))
        space = {}

        def measured(sample):
            def check():
                if os.path.getsize(self.dst) != size:
                    raise RuntimeError("the copy of the image is not %d bytes" % size)
                space.setdefault(sample.name, []).append(os.stat(self.dst).st_blocks * 512)
            return check

        ours = Sample("rangecopy-cli (default: --sparse auto)", False)
        contenders = [
            (ours, [self.cli, image, self.dst, "--quiet"]),
            (Sample("cp --sparse=auto", True), ["cp", "--sparse=auto", image, self.dst]),
            (Sample("dd bs=1M conv=sparse", True),
             ["dd", "if=" + image, "of=" + self.dst, "bs=1M", "conv=sparse", "status=none"]),
            (Sample("reference: rangecopy-cli --sparse never", None),
             [self.cli, image, self.dst, "--sparse", "never", "--quiet"]),
        ]
        alternate(self.machine, [(s, c, self.env, measured(s)) for s, c in contenders],
                  self.args.runs, [image], self.remove_destination)
        samples = [s for s, _ in contenders]
        self.report.add(timing_table(samples, size))
        self.report.add()
        self.report.add(table(["contender", "space used by the copy"],
                              [[s.name, human_size(max(space.get(s.name, [0])))]
                               for s in samples]))
        self.report.add()
        self.ratio_targets("sparse image", samples)
        remove(image)

    # 8
    def shared_blocks(self):
        """1 GiB on a loop-mounted XFS (reflink) and btrfs, copied whole, against
        cp --reflink=always; the space each copy takes is the file system's free space before
        and after it. Needs root (mkfs, mount); says so and goes on without it."""
        self.report.add("## 8. Shared blocks (1 GiB on XFS and btrfs loop mounts)\n")
        if os.geteuid() != 0:
            self.report.add("Skipped: mounting loop devices needs root.\n")
            return
        size = GIB
        rows = []
        for fs in ("xfs", "btrfs"):
            image = os.path.join(self.work, fs + ".img")
            mount_point = os.path.join(self.work, fs)
            os.makedirs(mount_point, exist_ok=True)
            with open(image, "wb") as f:
                f.truncate(3 * GIB)
            subprocess.run(["mkfs." + fs, "-q", image], check=True, stdout=subprocess.DEVNULL)
            subprocess.run(["mount", "-o", "loop", image, mount_point], check=True)
            try:
                src = os.path.join(mount_point, "source.bin")
                dst = os.path.join(mount_point, "copy.bin")
                make_file(src, size)
                space = {}
                free_before = {}

                def prepare(sample, dst=dst, mount_point=mount_point):
                    remove(dst)
                    subprocess.run(["sync", "-f", mount_point], check=True)
                    st = os.statvfs(mount_point)
                    free_before[0] = st.f_bfree * st.f_frsize

                def measured(sample, dst=dst, mount_point=mount_point):
                    def check():
                        if os.path.getsize(dst) != size:
                            raise RuntimeError("the copy is not %d bytes" % size)
                        subprocess.run(["sync", "-f", mount_point], check=True)
                        st = os.statvfs(mount_point)
                        used = free_before[0] - st.f_bfree * st.f_frsize
                        space.setdefault(sample.name, []).append(max(used, 0))
                    return check

                contenders = [
                    (Sample("%s: rangecopy-cli (default: --method auto)" % fs, False),
                     [self.cli, src, dst, "--quiet"]),
                    (Sample("%s: cp --reflink=always" % fs, True),
                     ["cp", "--reflink=always", src, dst]),
                    (Sample("%s: reference: rangecopy-cli --method sendfile" % fs, None),
                     [self.cli, src, dst, "--method", "sendfile", "--quiet"]),
                ]
                alternate(self.machine, [(s, c, self.env, measured(s)) for s, c in contenders],
                          self.args.runs, [], prepare)
                samples = [s for s, _ in contenders]
                self.report.add(timing_table(samples, size))
                self.report.add()
                rows += [[s.name, human_size(statistics.median(space[s.name]))] for s in samples]
                self.ratio_targets("shared blocks on " + fs, samples)
            finally:
                subprocess.run(["umount", mount_point], check=True)
                remove(image)
        self.report.add(table(["contender", "space used by the copy (median)"], rows))
        self.report.add()

    # 10
    def unaligned_buffers(self):
        """The range copy from an unaligned offset (256 MiB from 100 MiB + 1) with read-write
        buffers of 64, 128 and 256 KiB (--chunk-size caps the buffer), against dd with the
        same block sizes and 1 MiB: which buffer the default should use."""
        offset, count = 100 * MIB + 1, 256 * MIB
        self.report.add("## 10. Unaligned range copy: read-write buffer sizes "
                        "(256 MiB from byte %d)\n" % offset)
        contenders = [(Sample("rangecopy-cli (default)", False),
                       [self.cli, self.src, self.dst, "-o", str(offset), "-n", str(count),
                        "--quiet"])]
        for kib in (64, 128, 256):
            contenders.append((Sample("rangecopy-cli --chunk-size %dK (read-write)" % kib, None),
                               [self.cli, self.src, self.dst, "-o", str(offset), "-n",
                                str(count), "--chunk-size", "%dK" % kib, "--quiet"]))
        for block in ("64K", "256K", "1M"):
            contenders.append((Sample("dd bs=%s" % block, True),
                               ["dd", "if=" + self.src, "of=" + self.dst, "bs=" + block,
                                "iflag=skip_bytes,count_bytes", "skip=%d" % offset,
                                "count=%d" % count, "status=none"]))
        alternate(self.machine, [(s, c, self.env, self.check_size(count)) for s, c in contenders],
                  self.args.runs, [self.src], self.remove_destination)
        samples = [s for s, _ in contenders]
        self.report.add(timing_table(samples, count))
        self.report.add()
        self.ratio_targets("unaligned range", samples)

    # 11
    def digests(self):
        """The copy with each digest against the copy alone and the tools that only hash, on
        the same page-cached file: the digest runs on the second core beside the copy, so the
        copy with SHA-256 should take about as long as SHA-256 alone, and with XXH3 (faster
        than the copy) about as long as the copy alone."""
        size = self.args.size
        self.report.add("## 11. Digests while copying (%s, whole file)\n" % human_size(size))
        copy = [self.cli, self.src, self.dst, "--quiet"]
        alone = Sample("rangecopy-cli, no digest", None)
        ours, peers = {}, {}
        contenders = [(alone, copy)]
        tools = {
            "md5": [["openssl", "dgst", "-md5"], ["md5sum"]],
            "sha1": [["openssl", "dgst", "-sha1"], ["sha1sum"]],
            "sha256": [["openssl", "dgst", "-sha256"], ["sha256sum"]],
            "sha512": [["openssl", "dgst", "-sha512"], ["sha512sum"]],
            "blake2b": [["openssl", "dgst", "-blake2b512"], ["b2sum"]],
            "xxh3": [["xxhsum", "-H3"]],
            "xxh128": [["xxhsum", "-H2"]],
        }
        for algorithm, commands in tools.items():
            ours[algorithm] = Sample("rangecopy-cli --hash " + algorithm, False)
            contenders.append((ours[algorithm], copy + ["--hash", algorithm]))
            peers[algorithm] = []
            for command in commands:
                if shutil.which(command[0]):
                    sample = Sample(" ".join(command), True)
                    peers[algorithm].append(sample)
                    contenders.append((sample, command + [self.src]))
        qt = Sample("QCryptographicHash SHA-256 (rangecopy-bench-qthash)", None)
        contenders.append((qt, [self.qthash_bench, self.src]))
        alternate(self.machine, [(s, c, self.env, None) for s, c in contenders], self.args.runs,
                  [self.src], self.remove_destination)
        self.report.add(timing_table([s for s, _ in contenders], size))
        self.report.add()
        rows = []
        for algorithm in tools:
            best = min(peers[algorithm], key=Sample.median) if peers[algorithm] else None
            rows.append([algorithm, "%.3f" % ours[algorithm].median(),
                         "%.3f (%s)" % (best.median(), best.name) if best else "–",
                         "%.2f" % (ours[algorithm].median() / best.median()) if best else "–",
                         "%.2f" % (ours[algorithm].median() / alone.median())])
        self.report.add(table(["digest", "copy + digest, median s", "fastest tool alone, s",
                               "÷ tool alone", "÷ copy alone"], rows))
        self.report.add()
        openssl = next(s for s in peers["sha256"] if s.name.startswith("openssl"))
        sha = ours["sha256"].median() / openssl.median()
        self.target("copy + SHA-256 within 1.15× of openssl dgst -sha256 alone",
                    "×%.2f" % sha, sha <= 1.15)
        xxh = ours["xxh3"].median() / alone.median()
        self.target("copy + XXH3 within 1.1× of the copy alone", "×%.2f" % xxh, xxh <= 1.1)

    # 9
    def device_range(self):
        """A 256 MiB range of a loop device (over a 1 GiB image of this folder's file system)
        copied into a file, against dd with 1 MiB and 256 KiB blocks. Needs root (losetup)."""
        self.report.add("## 9. A 256 MiB range of a block device (loop device)\n")
        if os.geteuid() != 0:
            self.report.add("Skipped: attaching a loop device needs root.\n")
            return
        image = os.path.join(self.work, "device.img")
        make_file(image, GIB)
        device = subprocess.run(["losetup", "-r", "-f", "--show", image], check=True,
                                capture_output=True, text=True).stdout.strip()
        try:
            offset, count = 256 * MIB, 256 * MIB
            contenders = [
                (Sample("rangecopy-cli (default)", False),
                 [self.cli, device, self.dst, "-o", str(offset), "-n", str(count), "--quiet"]),
                (Sample("dd bs=1M", True),
                 ["dd", "if=" + device, "of=" + self.dst, "bs=1M", "skip=256", "count=256",
                  "status=none"]),
                (Sample("dd bs=256K", True),
                 ["dd", "if=" + device, "of=" + self.dst, "bs=256K", "skip=1024",
                  "count=1024", "status=none"]),
                (Sample("reference: rangecopy-cli --method read-write", None),
                 [self.cli, device, self.dst, "-o", str(offset), "-n", str(count),
                  "--method", "read-write", "--quiet"]),
            ]
            # The device's pages are cached like a file's: read it once before each run.
            alternate(self.machine, [(s, c, self.env, self.check_size(count))
                                     for s, c in contenders],
                      self.args.runs, [device], self.remove_destination)
            samples = [s for s, _ in contenders]
            self.report.add(timing_table(samples, count))
            self.report.add()
            self.ratio_targets("device range", samples)
        finally:
            subprocess.run(["losetup", "-d", device], check=True)
            remove(image)

    def rate_limit(self):
        """--limit-rate against pv -L, the usual way to pace a copy: how close each stays to
        the rate asked, and what the pacing costs in CPU time."""
        size = min(self.args.size, 256 * MIB)
        rate = size // 4  # four seconds at the limit
        src = os.path.join(self.work, "rate-source.bin")
        make_file(src, size)
        self.report.add("## 12. A speed limit: %s at %s/s\n" % (human_size(size),
                                                               human_size(rate)))
        dst = self.dst

        def check():
            if os.path.getsize(dst) != size:
                raise RuntimeError("wrong size")

        contenders = [
            (Sample("rangecopy-cli --limit-rate", False),
             [self.cli, "-q", "--limit-rate", str(rate), src, dst], self.env, check),
        ]
        if shutil.which("pv"):
            contenders.append(
                (Sample("pv -q -L (a pipe)", True),
                 ["sh", "-c", 'pv -q -L %d < "$0" > "$1"' % rate, src, dst], self.env, check))
        runs = max(3, self.args.runs // 2)
        alternate(self.machine, contenders, runs, [src],
                  prepare=lambda sample: remove(dst))
        rows = []
        for s, _, _, _ in contenders:
            achieved = size / s.median()
            rows.append([s.name + (" **(ours)**" if s.peer is False else ""),
                         "%.3f s" % s.median(), "%.3f–%.3f s" % (min(s.walls), max(s.walls)),
                         "%.1f MiB/s" % (achieved / MIB), "%.3f" % (achieved / rate),
                         "%.2f s" % statistics.median(s.cpu)])
            if s.peer is False:
                self.target("speed limit: the average at or below the rate, within 5% of it",
                            "×%.3f of the rate" % (achieved / rate),
                            0.95 <= achieved / rate <= 1.0)
        self.report.add(table(["contender", "time (median)", "min–max", "average rate",
                               "÷ the limit", "CPU time"], rows))
        self.report.add()
        remove(src)

    def scan(self):
        """rangecopy-cli --scan against binwalk on one file: random bytes with a disk image (GPT,
        a FAT and an ext4 partition), archives, streams, images and programs at odd offsets.
        The time of each, and which of the embedded items each one finds."""
        size = min(self.args.size, 128 * MIB)
        path = os.path.join(self.work, "scan-blob.bin")
        parts = scan_fixtures(self.work)
        with open(path, "wb") as f:
            f.write(os.urandom(size))
        embedded = []  # (name, offset, length)
        with open(path, "r+b") as f:
            offset = 1 * MIB + 12345
            step = (size - 2 * MIB) // max(1, len(parts))
            for name, data in parts:
                f.seek(offset)
                f.write(data)
                embedded.append((name, offset, len(data)))
                offset += max(step, len(data) + 4097)
        subprocess.run(["sync"], check=True)
        self.report.add("## 13. What a file holds: %s, %d items embedded\n"
                        % (human_size(size), len(embedded)))
        contenders = [(Sample("rangecopy-cli --scan --json", False),
                       [self.cli, "--scan", path, "--json"], self.env, None)]
        if shutil.which("binwalk"):
            contenders.append((Sample("binwalk (signature scan)", True),
                               ["binwalk", "--csv", "-q", "-f", "/dev/stdout", path],
                               self.env, None))
        runs = max(3, self.args.runs // 2)
        alternate(self.machine, contenders, runs, [path])
        self.report.add(timing_table([s for s, _, _, _ in contenders], size))
        self.report.add()
        # What each finds at the embedded offsets.
        ours = json.loads(run([self.cli, "--scan", path, "--json"], env=self.env)[3])["items"]
        theirs = {}
        if shutil.which("binwalk"):
            out = run(["binwalk", "--csv", "-q", "-f", "/dev/stdout", path], env=self.env)[3]
            for line in out.splitlines():
                fields = line.split(",", 2)
                if len(fields) == 3 and fields[0].isdigit():
                    theirs.setdefault(int(fields[0]), fields[2])
        rows = []
        for name, at, length in embedded:
            mine = [i for i in ours if i["offset"] == at]
            found = ", ".join("%s %s" % (i["type"], i["length"] if i["length"] is not None
                                         else "?") for i in mine) or "—"
            rows.append([name, at, length, found,
                         (theirs.get(at, "—")[:60]).replace("|", "/")])
        self.report.add(table(["embedded", "offset", "length", "rangecopy: type, length",
                               "binwalk"], rows))
        self.report.add()
        if len(contenders) == 2:
            ratio = contenders[1][0].median() / contenders[0][0].median()
            self.target("scan: at least 50x faster than binwalk", "×%.0f" % ratio, ratio >= 50)
        remove(path)

    def small_sample(self, sample):
        """The first 100 bytes of the sample in a file of their own, for cp."""
        path = os.path.join(self.work, "sample-100.txt")
        with open(sample, "rb") as source, open(path, "wb") as target:
            target.write(source.read(100))
        return path

    def startup(self):
        self.report.add("## 6. Startup\n")
        settings = os.path.join(self.work, "startup-settings")
        os.makedirs(settings, exist_ok=True)

        def window_starts(env, label):
            results = []
            for i in range(self.args.startups + 1):  # the first one is the cold, first start
                self.machine.settle()
                launched = time.monotonic_ns()
                _, rss, _, out = run([self.window_bench, "startup", "--settings", settings,
                                      "--launched-ns", str(launched)], env=env)
                result = json.loads(out.strip().splitlines()[-1])
                result["rss"] = rss
                if i > 0:
                    results.append(result)
            shown = [r["shown_ms"] for r in results]
            med = lambda key: statistics.median(r[key] for r in results)
            self.target("window shown in under 300 ms, warm (%s)" % label,
                        "%.1f ms median, %.1f ms worst" % (med("shown_ms"), max(shown)),
                        max(shown) < 300)
            return [label, "%.1f" % statistics.median(shown), "%.1f–%.1f" % (min(shown), max(shown)),
                    "%.1f" % med("main_ms"), "%.1f" % med("application_ms"),
                    "%.1f" % med("window_built_ms"), "%.1f" % med("exposed_ms"),
                    "%.1f" % (max(r["rss"] for r in results) / KIB)]

        rows = [window_starts(self.gui_env, "offscreen")]
        xvfb = shutil.which("Xvfb")
        if xvfb:
            display = ":%d" % (90 + os.getpid() % 100)
            server = subprocess.Popen([xvfb, display, "-screen", "0", "1920x1080x24", "-nolisten",
                                       "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                time.sleep(1.0)
                env = dict(self.env, QT_QPA_PLATFORM="xcb", DISPLAY=display,
                           XDG_RUNTIME_DIR=self.work)
                rows.append(window_starts(env, "xcb on Xvfb (no window manager)"))
            finally:
                server.terminate()
                server.wait()
        self.report.add("The window (rangecopy-bench-window startup, which does what "
                        "app/gui/main.cpp does), %d warm starts after a first one; "
                        "milliseconds since the process was launched.\n" % self.args.startups)
        self.report.add(table(["platform", "first frame painted, median ms", "min–max",
                               "main() entered", "QApplication built", "MainWindow built",
                               "exposed", "peak RSS MiB"], rows))
        self.report.add()

        sample = os.path.join(ROOT, "resources", "samples", "Python_intro.txt")
        out = os.path.join(self.work, "newfile.txt")
        commands = [
            ("rangecopy-cli (100 bytes)", [self.cli, sample, out, "--count", "100", "--quiet"]),
            ("dd bs=100 count=1", ["dd", "if=" + sample, "of=" + out, "bs=100", "count=1",
                                   "status=none"]),
            ("python3 os.sendfile (100 bytes)", [PYTHON, self.peers, "range", sample, out, "0",
                                                 "100"]),
            ("cp (the whole 100 bytes' file)", ["cp", self.small_sample(sample), out]),
            ("reference: a program that only starts Qt Core", [self.qtcore_bench]),
        ]
        rows = []
        if shutil.which("hyperfine"):
            export = os.path.join(self.work, "hyperfine.json")
            quote = lambda cmd: " ".join("'%s'" % a if " " in a else a for a in cmd)
            subprocess.run(["hyperfine", "-N", "--style", "none", "--warmup", "10", "--runs",
                            str(self.args.cli_runs), "--export-json", export]
                           + [quote(c) for _, c in commands],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=self.env)
            with open(export) as f:
                results = json.load(f)["results"]
            timing = [(r["median"], r["min"], r["max"]) for r in results]
            how = "hyperfine -N, %d runs after 10 warm-ups" % self.args.cli_runs
        else:
            timing = []
            for _, cmd in commands:
                walls = [run(cmd, env=self.env)[0] for _ in range(self.args.cli_runs)]
                timing.append((statistics.median(walls), min(walls), max(walls)))
            how = "%d runs" % self.args.cli_runs
        for (name, cmd), (med, lo, hi) in zip(commands, timing):
            rss = max(run(cmd, env=self.env)[1] for _ in range(3))
            rows.append([name, "%.2f" % (med * 1000), "%.2f–%.2f" % (lo * 1000, hi * 1000),
                         "%.1f" % (rss / KIB)])
        remove(out)
        self.report.add("Copying the first 100 bytes of the bundled sample (%s).\n" % how)
        self.report.add(table(["command", "median ms", "min–max ms", "peak RSS MiB"], rows))
        self.report.add()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"),
                        help="the build folder (default: build at the top of the repository)")
    parser.add_argument("--dir", default="/var/tmp",
                        help="where to make the files (default /var/tmp; use a real disk)")
    parser.add_argument("--size", type=parse_size, default=None, help="file size (default 1G)")
    parser.add_argument("--runs", type=int, default=None, help="runs per contender (default 7)")
    parser.add_argument("--copies", type=int, default=None, help="small copies (default 10000)")
    parser.add_argument("--quick", action="store_true", help="64 MiB, 3 runs, 1000 small copies")
    parser.add_argument("--only", default="1,2,3,4,5,6,7,8,9,10,11,12,13",
                        help="workloads to run, e.g. 1,4")
    parser.add_argument("--report", help="also write the Markdown tables to this file")
    parser.add_argument("--plot", help="write the chunk sweep plot (PNG) here")
    parser.add_argument("--max-wait", type=float, default=10.0,
                        help="seconds to wait for idle CPUs before a run (default 10)")
    parser.add_argument("--keep", action="store_true", help="keep the files")
    args = parser.parse_args()
    quick = args.quick
    args.size = args.size or (64 * MIB if quick else GIB)
    args.runs = args.runs or (3 if quick else 7)
    args.copies = args.copies or (1000 if quick else 10000)
    args.startups = 5 if quick else 20
    args.cli_runs = 20 if quick else 100
    if args.size < 4 * MIB:
        sys.exit("--size must be at least 4 MiB")

    bench = Bench(args)
    started = time.monotonic()
    try:
        bench.describe_machine()
        make_file(bench.src, args.size)
        only = {int(x) for x in args.only.split(",")}
        for number, workload in ((1, bench.whole_file), (2, bench.range_copy),
                                 (3, bench.small_copies), (4, bench.chunk_sweep),
                                 (5, bench.window_copy), (6, bench.startup),
                                 (7, bench.sparse_image), (8, bench.shared_blocks),
                                 (9, bench.device_range), (10, bench.unaligned_buffers),
                                 (11, bench.digests), (12, bench.rate_limit),
                                 (13, bench.scan)):
            if number in only:
                workload()
        if bench.targets:
            bench.report.add("## Targets\n")
            bench.report.add(table(["target", "measured", ""], bench.targets))
            bench.report.add()
        bench.report.add("%d of %d runs started while other processes kept the CPUs more than "
                         "15%% busy for %.0f s. The whole run took %.0f s."
                         % (bench.machine.busy_starts, bench.machine.runs, args.max_wait,
                            time.monotonic() - started))
    finally:
        if args.keep:
            print("files kept in", bench.work)
        else:
            remove(bench.work)
    if args.report:
        with open(args.report, "w") as f:
            f.write(bench.report.text())


if __name__ == "__main__":
    main()
