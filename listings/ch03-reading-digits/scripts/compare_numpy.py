#!/usr/bin/env python3
"""Times one epoch, and the whole run, of the chapter's training in Rust
(criterion, `benches/epoch.rs`) and in numpy (`train_numpy.py`), on this
machine in one run, and prints the Rust/numpy ratio. Below 1 means Rust is
faster.

    pip install numpy
    python3 scripts/compare_numpy.py                 # runs `cargo bench --features bench` first
    python3 scripts/compare_numpy.py --no-bench      # reuses target/criterion
    python3 scripts/compare_numpy.py > benches/speed.txt

The numpy side gets its shuffles and starting weights before the clock
starts (drawing them in pure Python would be slow and is not numpy's
fault); the Rust side draws its own inside the timing. Rust's time is
criterion's median, numpy's the best of five repeats.
"""

import datetime
import json
import os
import platform
import subprocess
import sys
import timeit

import numpy as np

import train_numpy as twin

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)


def criterion_dir():
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=CRATE, capture_output=True, text=True, check=True,
    )
    return os.path.join(json.loads(out.stdout)["target_directory"], "criterion")


def rust_seconds(*names):
    with open(os.path.join(criterion_dir(), *names, "new", "estimates.json")) as f:
        return json.load(f)["median"]["point_estimate"] * 1e-9


def best_seconds(function):
    timer = timeit.Timer(function)
    loops, _ = timer.autorange()
    return min(timer.repeat(repeat=5, number=loops)) / loops


def cpu():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main():
    if "--no-bench" not in sys.argv:
        subprocess.run(["cargo", "bench", "--features", "bench", "--bench", "epoch"], cwd=CRATE, check=True,
                       stdout=sys.stderr)
    x, labels, t, (test_x, test_labels), params, rng = twin.setup()
    orders = [rng.permutation(len(x)) for _ in range(twin.EPOCHS)]
    start = [p.copy() for p in params]

    def one_epoch():
        twin.one_epoch(params, x, t, orders[0])

    def whole_run():
        run = [p.copy() for p in start]
        for order in orders:
            twin.one_epoch(run, x, t, order)
            for data, data_labels in ((x, labels), (test_x, test_labels)):
                twin.accuracy(run, data, data_labels)
                logits = np.maximum(data @ run[0] + run[1], 0.0) @ run[2] + run[3]
                np.log(twin.softmax(logits)[np.arange(len(data)), data_labels])

    rows = [
        ("one epoch", rust_seconds("one epoch"), best_seconds(one_epoch)),
        ("30 epochs", rust_seconds("whole run", "30 epochs"), best_seconds(whole_run)),
    ]
    print(f"CPU: {cpu()} ({os.cpu_count()} logical cores)")
    print(f"numpy {np.__version__}, Python {platform.python_version()}, "
          f"{datetime.date.today().isoformat()}")
    print(f"{'':10}  {'Rust':>9}  {'numpy':>9}  {'Rust/numpy':>10}")
    for name, rust, numpy in rows:
        print(f"{name:10}  {rust * 1e3:6.2f} ms  {numpy * 1e3:6.2f} ms  {rust / numpy:10.2f}")


if __name__ == "__main__":
    main()
