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
the innermost line of `src/fast/` that it came from (a line of the
standard library inlined into a loop, such as `f64::mul_add`, counts for
that loop).
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


ELSEWHERE = "elsewhere (the benchmark's setup among them)"


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
    """The fast kernel's samples by loop: counts, and the samples in all.

    Each sample's address in the benchmark binary is mapped by addr2line
    to its chain of inlined frames, and the sample goes to the innermost
    frame in `src/fast/`: a standard-library function inlined into a loop
    (`f64::mul_add`, a slice's iterator) counts for that loop. Samples
    outside the binary, or in none of `src/fast/`'s lines (the benchmark's
    setup among them), count as elsewhere."""
    binary = line_table_binary()
    data = "/tmp/profile_dense_lines.perf.data"
    subprocess.run(["perf", "record", "-F", str(HZ), "-o", data, binary, "--bench", "--profile-time",
                    str(SECONDS), f"^{re.escape(bench)}$"], check=True, capture_output=True)
    script = subprocess.run(["perf", "script", "-i", data, "-F", "ip,dso", "--show-mmap-events"],
                            capture_output=True, text=True, check=True).stdout
    # Where the binary's code was mapped: [start(size) @ file offset].
    maps = [(int(a, 16), int(a, 16) + int(size, 16), int(off, 16))
            for a, size, off, path in re.findall(
                r"PERF_RECORD_MMAP2? [^\[]*\[0x([0-9a-f]+)\(0x([0-9a-f]+)\) @ (0x[0-9a-f]+|0)[^\]]*\]: \S+ (\S+)", script)
            if path == binary]
    if not maps:
        sys.exit(f"perf script shows no mapping of {binary}")
    convert = file_offset_to_address(binary)
    samples, addresses = 0, {}
    for m in re.finditer(r"^\s*([0-9a-f]+)\s+\((\S+)\)\s*$", script, re.M):
        samples += 1
        ip, dso = int(m.group(1), 16), m.group(2)
        where = next((ip - start + off for start, end, off in maps if start <= ip < end), None)
        if dso == binary and where is not None:
            address = convert(where)
            addresses[address] = addresses.get(address, 0) + 1
    kernel = kernel_lines()
    counts = {label: 0 for label, _ in LOOPS}
    counts[ELSEWHERE] = samples - sum(addresses.values())
    ordered = sorted(addresses)
    # One addr2line for every address: with -i it prints each address's
    # inlined frames, innermost first, after the address itself (-a).
    out = subprocess.run(["addr2line", "-e", binary, "-i", "-a", *map(hex, ordered)],
                         capture_output=True, text=True, check=True).stdout
    chains, current = {}, None
    for line in out.splitlines():
        if line.startswith("0x"):
            current = int(line, 16)
            chains[current] = []
        elif current is not None:
            chains[current].append(line)
    for address in ordered:
        n = addresses[address]
        ours = next((frame for frame in chains.get(address, []) if "/src/fast/" in frame), "")
        name, _, line = os.path.basename(ours).partition(":")
        number = re.match(r"\d+", line)
        line = int(number.group()) if number else 0
        label = next((lab for lab, belongs in LOOPS
                      if ours and belongs(name, line if name == "kernels.rs" else -1, kernel)), ELSEWHERE)
        counts[label] += n
    if not samples:
        sys.exit(f"perf took no samples of {bench}")
    return counts, samples, len(addresses)


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
    counts, samples, addresses = loop_shares(fast_bench)
    print()
    print(f"{fast_label}: its samples by the innermost line of src/fast/ they came from (a build with line")
    print(f"tables; lines of the standard library inlined there count for that line), {samples:,} samples")
    print()
    print(f"| {'loop':48} | {'samples':>7} | {'share':>6} |")
    print(f"|{'-' * 50}|{'-' * 9}|{'-' * 8}|")
    for label, n in counts.items():
        print(f"| {label:48} | {n:7,} | {100 * n / samples:5.1f}% |")
    print()
    print(f"frames read by addr2line from the {addresses:,} sampled addresses in the benchmark binary")


if __name__ == "__main__":
    main()
