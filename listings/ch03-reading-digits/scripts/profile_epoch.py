#!/usr/bin/env python3
"""Where one training epoch spends its time: runs the `one epoch` benchmark
natively under `perf record`, sampling where the program is 499 times a
second with its whole call stack, and prints each part's share of the
samples taken inside `train_one_epoch` (so loading the data is left out).

    apt-get install linux-perf      # the `perf` command
    python3 scripts/profile_epoch.py > benches/profile.txt

A sample is a moment of time, so the shares are shares of time, on the
code path the benchmark really takes (matrixmultiply picks its kernel
when the program runs: AVX-512 on the machine of benches/profile.txt). They are estimates
from a few thousand samples: a share of a few percent is good to about one
percentage point. Shares are inclusive, so they overlap where one part calls
another (e^x is counted again in the loss and the softmax), except for the C
library's parts, which count their own code only.

The benchmark is built with limited debug information (`CARGO_PROFILE_BENCH_DEBUG`) so
that perf can name functions the compiler inlined. Debug information is not
meant to change the machine code, but this script does not check that it
did not.
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
SECONDS = 15
EPOCH = "reading_digits::training::train_one_epoch"

# (what the page calls it, a pattern for the function names perf reports
# for it). Shares are inclusive: a part counts everything it calls.
PARTS = [
    ("matrix products (matrixmultiply)", r"matrixmultiply::gemm::gemm_loop"),
    ("the activation's derivative, in backward", r"reading_digits::activation::Activation::derivative"),
    ("running loss and accuracy (Seen::add)", r"reading_digits::training::Seen::add"),
    ("softmax of the batch, in the gradient", r"reading_digits::softmax::softmax_rows"),
    ("copying the batch out (Digits::select)", r"reading_digits::dataset::Digits::select"),
    ("the step (sgd::step)", r"reading_digits::sgd::step"),
    ("checking the targets (check_batch)", r"reading_digits::loss::check_batch"),
]
# Parts inside the C library are counted by the time spent in their own
# code (self time), added up over the library's names for them: its entry
# points and the versions it picks for this CPU are separate functions, and
# the allocator's call one another.
LIBRARY_PARTS = [
    ("e^x in the C library", r"__ieee754_exp\w*|__exp\w*|exp@@GLIBC\S*|exp"),
    ("allocating and freeing (malloc, calloc, free)",
     r"(__libc_)?(malloc|calloc|free|realloc)|_int_(malloc|free|realloc)|malloc_consolidate|unlink_chunk\S*"),
]


def bench_binary(env):
    out = subprocess.run(
        ["cargo", "bench", "--no-run", "--features", "bench", "--bench", "epoch", "--message-format=json"],
        cwd=CRATE, capture_output=True, text=True, check=True, env=env,
    )
    for line in out.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "epoch":
            return message["executable"]
    sys.exit("no benchmark binary named epoch")


def main():
    env = dict(os.environ, CARGO_PROFILE_BENCH_DEBUG="limited")
    data = "/tmp/profile_epoch.perf.data"
    subprocess.run(
        ["perf", "record", "-F", str(HZ), "-g", "--call-graph", "dwarf,16384", "-o", data,
         bench_binary(env), "--bench", "--profile-time", str(SECONDS), "one epoch"],
        check=True, capture_output=True,
    )
    report = subprocess.run(
        ["perf", "report", "-i", data, "--children", "-g", "none", "--percent-limit", "0", "--stdio"],
        capture_output=True, text=True, check=True,
    ).stdout
    by_command = subprocess.run(
        ["perf", "report", "-i", data, "-n", "--sort", "comm", "-g", "none", "--stdio"],
        capture_output=True, text=True, check=True,
    ).stdout
    samples = sum(int(m.group(1)) for m in re.finditer(r"^\s*[\d.]+%\s+[\d.]+%\s+(\d+)\s+", by_command, re.M))
    children, own = {}, {}
    for line in report.splitlines():
        m = re.match(r"\s*([\d.]+)%\s+([\d.]+)%\s+\S+\s+\S+\s+\[\.\]\s+(.+?)(?: \(inlined\))?\s*$", line)
        if m:
            name = m.group(3)
            children[name] = max(children.get(name, 0.0), float(m.group(1)))
            own[name] = own.get(name, 0.0) + float(m.group(2))
    epoch = children.get(EPOCH)
    if not epoch:
        sys.exit(f"perf saw no samples in {EPOCH}")
    kernels = sorted({n.rsplit("kernel_target_", 1)[1] for n in children if "dgemm_kernel::kernel_target_" in n})
    perf = subprocess.run(["perf", "--version"], capture_output=True, text=True).stdout.strip()
    for line in machine(f"; {perf}"):
        print(line)
    print()
    print(f"perf samples in the timed epochs: {round(samples * epoch / 100):,} of {samples:,} "
          f"({HZ} a second for {SECONDS} s, cpu-clock, call stacks from DWARF)")
    print(f"matrixmultiply's kernel: {', '.join(kernels) or 'unknown'}")
    print("share of the epoch's time by part (inclusive: a part counts what it calls, so e^x, in the last rows,")
    print("is also counted in the loss and the softmax; the C library's parts count their own code only)")
    for label, pattern in PARTS:
        found = [n for n in children if re.fullmatch(pattern, n)]
        # A name perf did not see (another C library, a function renamed)
        # would print as 0 %: stop instead.
        if not found:
            sys.exit(f"perf saw no function matching {pattern!r} for '{label}'")
        share = max(children[n] for n in found) / epoch
        print(f"{label:<46} {share:>6.1%}")
    for label, pattern in LIBRARY_PARTS:
        found = [n for n in own if re.fullmatch(pattern, n)]
        if not found:
            sys.exit(f"perf saw no function matching {pattern!r} for '{label}'")
        print(f"{label:<46} {sum(own[n] for n in found) / epoch:>6.1%}")


if __name__ == "__main__":
    main()
