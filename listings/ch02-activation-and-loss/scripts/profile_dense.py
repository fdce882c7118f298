#!/usr/bin/env python3
"""Where the dense cross-entropy spends its time, readable and fast: runs
each benchmark at a million terms natively under `perf record`, which stops
the program 499 times a second and notes the function it is in, and prints
the share of those stops in the C library's logarithm and everywhere else.

    apt-get install linux-perf      # the `perf` command
    python3 scripts/profile_dense.py > benches/profile_dense.txt

The readable version calls the C library's logarithm once per term; the
fast one takes its own (`fast::ln`), inlined into its loop, so it should
show no time in the library's: a check that no call is left.

Then the fast version's samples are split among its loops. Everything in
it is inlined into one function, so the split is by source line: the
benchmark is built a second time with line tables (same optimisation,
in a target directory of its own), and each sampled address is mapped to
the innermost line of `src/fast/` that it came from.
"""

import json
import os
import re
import subprocess
import sys

# The same lines about the machine, the software and the commit as the
# speed record's.
from compare_numpy import machine

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
HZ = 499
SECONDS = 10
# The C library's natural logarithm: its entry point and the version
# chosen for this CPU (named e.g. __ieee754_log_fma).
LOG = r"log@@GLIBC\S*|__ieee754_log\w*|__log\w*"
BENCHES = [
    ("cross_entropy_error (readable)", "loss/cross_entropy_error_dense/1000000"),
    ("fast cross_entropy_error, AVX-512", "loss/fast_cross_entropy_error_dense_avx512/1000000"),
]


def bench_binary(env=None):
    """The loss benchmark's executable, built as `cargo bench` builds it
    (with `env`, in the environment given)."""
    out = subprocess.run(
        ["cargo", "bench", "--no-run", "--features", "bench", "--bench", "loss", "--message-format=json"],
        cwd=CRATE, env=env, capture_output=True, text=True, check=True,
    )
    for line in out.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "loss":
            return message["executable"]
    sys.exit("no benchmark binary named loss")


def shares(binary, bench):
    """Self time by function, in percent of all samples, and the samples."""
    data = "/tmp/profile_dense.perf.data"
    subprocess.run(["perf", "record", "-F", str(HZ), "-o", data, binary, "--bench", "--profile-time",
                    str(SECONDS), f"^{re.escape(bench)}$"], check=True, capture_output=True)
    report = subprocess.run(["perf", "report", "-i", data, "-n", "--percent-limit", "0", "--stdio"],
                            capture_output=True, text=True, check=True).stdout
    own, samples = {}, 0
    for line in report.splitlines():
        m = re.match(r"\s*([\d.]+)%\s+(\d+)\s+\S+\s+\S+\s+\[\.\]\s+(.+?)\s*$", line)
        if m:
            own[m.group(3)] = own.get(m.group(3), 0.0) + float(m.group(1))
            samples += int(m.group(2))
    if not samples:
        sys.exit(f"perf took no samples of {bench}")
    return own, samples


# The fast dense kernel's loops, by the source lines they come from.
LOOPS = [
    ("the logarithms (fast::ln, and t times it)", lambda f, line, kernel: f == "ln.rs" or line in kernel["log"]),
    ("the compensated sums", lambda f, line, kernel: f == "compensated_sum.rs" or line in kernel["sum"]),
    ("the count of terms that need a logarithm", lambda f, line, kernel: line in kernel["count"]),
]


ELSEWHERE = "other lines (the standard library's among them)"


def kernel_lines():
    """The lines of kernels.rs in each loop of `add_block`, found by their
    text so that an edit above them does not shift the split."""
    with open(os.path.join(CRATE, "src", "fast", "kernels.rs")) as f:
        lines = f.read().splitlines()
    def find(text):
        found = [i + 1 for i, line in enumerate(lines) if text in line]
        if len(found) != 1:
            sys.exit(f"kernels.rs: expected one line with {text!r}, found {len(found)}")
        return found[0]
    log = find("*term = t * ln(")
    sums = find("totals[j].add(group[j])")
    count = find("y.iter().zip(t).filter(|&(&y, &t)| needs_log(y, t)).count()")
    needs = find("fn needs_log(")
    return {"log": {log - 1, log}, "sum": {sums - 2, sums - 1, sums}, "count": {count} | set(range(needs, needs + 4))}


def line_table_binary():
    """The loss benchmark built again with line tables, in a target
    directory of its own so that the timed build is left as it is."""
    target = os.path.join(os.path.dirname(os.path.dirname(bench_binary())), "..", "line-tables")
    return bench_binary(dict(os.environ, CARGO_TARGET_DIR=os.path.abspath(target),
                             CARGO_PROFILE_BENCH_DEBUG="line-tables-only"))


def file_offset_to_address(binary):
    """perf names a sample by its offset in the file; addr2line wants the
    address the section is loaded at."""
    sections = subprocess.run(["readelf", "-S", "-W", binary], capture_output=True, text=True, check=True).stdout
    spans = []
    for m in re.finditer(r"\]\s+\S+\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        address, offset, size = (int(v, 16) for v in m.groups())
        spans.append((offset, offset + size, address - offset))
    def convert(offset):
        return next((offset + delta for start, end, delta in spans if start <= offset < end), offset)
    return convert


def loop_shares(bench):
    """The fast kernel's samples by loop: counts, and the samples in all."""
    binary = line_table_binary()
    data = "/tmp/profile_dense_lines.perf.data"
    subprocess.run(["perf", "record", "-F", str(HZ), "-o", data, binary, "--bench", "--profile-time",
                    str(SECONDS), f"^{re.escape(bench)}$"], check=True, capture_output=True)
    report = subprocess.run(["perf", "report", "-i", data, "-n", "--sort", "srcline", "--percent-limit", "0",
                             "--stdio"], capture_output=True, text=True, check=True).stdout
    convert = file_offset_to_address(binary)
    kernel = kernel_lines()
    counts, samples = {label: 0 for label, _ in LOOPS}, 0
    # perf names the innermost line, so a standard-library function inlined
    # into a loop (a slice's iterator, `f64::abs`) counts here, not there.
    counts[ELSEWHERE] = 0
    by_addr2line = 0
    for m in re.finditer(r"^\s*[\d.]+%\s+(\d+)\s+(\S.*?)\s*$", report, re.M):
        n, where = int(m.group(1)), m.group(2)
        samples += n
        # perf names the innermost source line itself ("ln.rs:82") when it
        # can read the line tables, and else the offset in the file
        # ("loss-…[2601a7]"), which addr2line then reads.
        offset = re.fullmatch(r"\S+\[([0-9a-f]+)\]", where)
        if offset:
            frames = subprocess.run(["addr2line", "-e", binary, "-i", hex(convert(int(offset.group(1), 16)))],
                                    capture_output=True, text=True, check=True).stdout.split()
            # The innermost frame, as perf's own names give it.
            where = os.path.basename(frames[0]) if frames else ""
            by_addr2line += n
        name, _, line = where.partition(":")
        number = re.match(r"\d+", line)
        line = int(number.group()) if number else 0
        label = next((lab for lab, belongs in LOOPS
                      if belongs(name, line if name == "kernels.rs" else -1, kernel)), ELSEWHERE)
        counts[label] += n
    if not samples:
        sys.exit(f"perf took no samples of {bench}")
    return counts, samples, by_addr2line


def main():
    binary = bench_binary()
    perf = subprocess.run(["perf", "--version"], capture_output=True, text=True).stdout.strip()
    for line in machine(f"; {perf}"):
        print(line)
    print()
    print(f"perf, {HZ} samples a second for {SECONDS} s of each benchmark (cpu-clock), at 1,000,000 terms;")
    print("self time: each sample counts for the one function it stopped in")
    print()
    print(f"| {'function':34} | {'samples':>7} | {'in the C library log':>20} | {'everywhere else':>15} |")
    print(f"|{'-' * 36}|{'-' * 9}|{'-' * 22}|{'-' * 17}|")
    for label, bench in BENCHES:
        own, samples = shares(binary, bench)
        log = sum(share for name, share in own.items() if re.fullmatch(LOG, name))
        # A C library whose logarithm has another name would print 0 % for
        # the readable version: stop instead.
        if log == 0 and "readable" in label:
            sys.exit(f"perf saw no logarithm matching {LOG!r} in {bench}")
        print(f"| {label:34} | {samples:7,} | {log:19.1f}% | {100 - log:14.1f}% |")
    fast_label, fast_bench = BENCHES[-1]
    counts, samples, by_addr2line = loop_shares(fast_bench)
    print()
    print(f"{fast_label}: its samples by the innermost source line they came from (a build with line")
    print(f"tables), {samples:,} samples")
    print()
    print(f"| {'loop':48} | {'samples':>7} | {'share':>6} |")
    print(f"|{'-' * 50}|{'-' * 9}|{'-' * 8}|")
    for label, n in counts.items():
        print(f"| {label:48} | {n:7,} | {100 * n / samples:5.1f}% |")
    print()
    print(f"lines named by perf: {samples - by_addr2line:,} samples; by addr2line from the file offset: {by_addr2line:,}")


if __name__ == "__main__":
    main()
