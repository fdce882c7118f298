#!/usr/bin/env python3
"""Where one training epoch spends its work: runs the `one epoch` benchmark
under valgrind's callgrind, counting the instructions executed inside
criterion's timing loop (so loading the data is left out), and prints each
part's share of them.

    apt-get install valgrind
    python3 scripts/profile_epoch.py > benches/profile.txt

Instructions are not time: a cache miss or a division costs more than an
addition. But they are counted exactly, and they show what the program
does, which is the question here. Shares are inclusive, so they overlap
where one part calls another (e^x is called by the loss and the softmax).
valgrind does not run AVX-512 instructions, so on an AVX-512 machine the
profile is of the AVX2 path; the script prints which matrix-product kernel
ran.
"""

import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)

# (what the page calls it, the functions callgrind names for it). Shares
# are inclusive: a part counts everything it calls.
PARTS = [
    ("matrix products (matrixmultiply's dgemm)", ["matrixmultiply::gemm::dgemm"]),
    ("running loss and accuracy (Seen::add)", ["reading_digits::training::Seen::add"]),
    ("softmax of the batch, in the gradient", ["reading_digits::softmax::softmax_rows"]),
    ("copying the batch out (Digits::select)", ["reading_digits::dataset::Digits::select"]),
    ("zero-filled new arrays (calloc)", ["calloc"]),
    ("other allocation and freeing (malloc, free)", ["malloc", "free"]),
    ("e^x in the C library", ["exp@@GLIBC_2.29"]),
    ("the step (sgd::step)", ["reading_digits::sgd::step"]),
    ("checking the targets (check_batch)", ["reading_digits::loss::check_batch"]),
]


def bench_binary():
    out = subprocess.run(
        ["cargo", "bench", "--no-run", "--features", "bench", "--bench", "epoch", "--message-format=json"],
        cwd=CRATE, capture_output=True, text=True, check=True,
    )
    for line in out.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "epoch":
            return message["executable"]
    sys.exit("no benchmark binary named epoch")


def main():
    output = "/tmp/profile_epoch.callgrind"
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--toggle-collect=criterion::bencher::Bencher*",
         f"--callgrind-out-file={output}", bench_binary(), "--bench", "--profile-time", "20", "one epoch"],
        check=True, capture_output=True,
    )
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", output],
                               capture_output=True, text=True, check=True).stdout
    counts = {}
    for line in annotated.splitlines():
        m = re.match(r"\s*([\d,]+) \([\s\d.]+%\)\s+([^:\s]*):(.+?) \[", line)
        if m:
            name = m.group(3)
            counts[name] = max(counts.get(name, 0), int(m.group(1).replace(",", "")))
    total = counts.get("criterion::bencher::Bencher<M>::iter")
    if not total:
        sys.exit("callgrind counted nothing inside the timing loop")
    kernels = sorted(n.rsplit("kernel_target_", 1)[1] for n in counts if "dgemm_kernel::kernel_target_" in n)
    print(f"instructions executed in the timed epochs: {total:,}")
    # valgrind does not run AVX-512 code, so under it matrixmultiply picks a
    # narrower kernel than it does natively on an AVX-512 machine.
    print(f"matrixmultiply's kernel under valgrind: {', '.join(kernels) or 'unknown'}")
    print("share of them by part (inclusive, so e^x is also counted in the loss and the softmax)")
    for label, names in PARTS:
        # A name callgrind did not see (another C library, a renamed
        # function) would print as 0 %: stop instead.
        missing = [n for n in names if n not in counts]
        if missing:
            sys.exit(f"callgrind saw no function named {missing} for '{label}'")
        share = sum(counts[n] for n in names) / total
        print(f"{label:<46} {share:>6.1%}")


if __name__ == "__main__":
    main()
