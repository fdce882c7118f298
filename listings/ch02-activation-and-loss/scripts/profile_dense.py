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


def bench_binary():
    out = subprocess.run(
        ["cargo", "bench", "--no-run", "--features", "bench", "--bench", "loss", "--message-format=json"],
        cwd=CRATE, capture_output=True, text=True, check=True,
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


if __name__ == "__main__":
    main()
