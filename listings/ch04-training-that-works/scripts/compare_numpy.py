#!/usr/bin/env python3
"""Times the first epoch of the Adam run in Rust (criterion, `benches/epoch.rs`)
and in numpy doing the same operations, on this machine in one run, and
prints the Rust/numpy ratio with the machine it ran on. Below 1 means Rust
is faster.

    pip install numpy threadpoolctl
    python3 scripts/compare_numpy.py > benches/speed.txt   # runs criterion 10 times

The same operations: what `train_one_epoch` does for each batch of 32 (copy
the batch out, build its one-hot targets, one forward pass, the batch's
loss, the gradient of the logits, one backward pass, which in the crate's
layers also works out the gradient at the first layer's input, and Adam's
step on all four parameters), with the shuffle inside the timing on both
sides. Each side is written its usual way: numpy's Adam as whole-array
expressions, the crate's as one loop over each parameter. numpy shuffles
with its own generator, so its batches come in another order; before any
timing, the timed numpy code is run once in the crate's order and must give
the twin's (`train_numpy.py`) loss and weights, and the Rust run's first
epoch (`output/adam_run.txt`). The targets are checked as the Rust loss
checks them before each use.

Every timed call is the first epoch from the starting weights, on both
sides: criterion builds a fresh network, Adam and generator for each call
(untimed), and numpy copies fresh ones for each of its samples, so neither
side times a network trained for thousands of epochs. Both sides use one
thread (OPENBLAS_NUM_THREADS=1 for numpy; ndarray's matrixmultiply is
built without threads) and one CPU (the script pins itself, and so the
benchmark it starts, to logical CPU 1), and both are given the same
statistic: the median time per call over 100 samples.

This machine's speed drifts from one minute to the next, so the script
takes PAIRS pairs, each a short criterion run and a numpy run right beside
it, Rust first in odd pairs and numpy first in even ones. It prints each
pair's two medians and their ratio; the ratio it reports is the median of
the pairs' ratios, with the lowest and highest beside it, and each side's
time is the median of its pairs' medians.
"""

import os

for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

# As in chapter 2's record: glibc's malloc keeps freed memory on both sides,
# so that no timed call pays for fresh pages. Set at start-up, hence the
# re-run of this script with it.
MALLOC = "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824"
if __name__ == "__main__" and os.environ.get("GLIBC_TUNABLES") != MALLOC:
    import sys
    os.environ["GLIBC_TUNABLES"] = MALLOC
    os.execv(sys.executable, [sys.executable, *sys.argv])

import contextlib  # noqa: E402
import datetime  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

import train_numpy as twin  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
EYE = np.eye(10)
CPU = 1
PAIRS = 10
SAMPLES = 100
# Short criterion runs, each with numpy right beside it; numpy warms up for
# as long as criterion does.
CRITERION = ["--warm-up-time", "1", "--measurement-time", "3"]
WARM_UP_SECONDS = 1.0


def criterion_sample():
    """criterion's last run of the benchmark: its sampling mode, the calls in
    each sample, and the median time per call."""
    out = subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"],
                         cwd=CRATE, capture_output=True, text=True, check=True)
    target = json.loads(out.stdout)["target_directory"]
    with open(os.path.join(target, "criterion", "first epoch", "new", "sample.json")) as f:
        sample = json.load(f)
    if len(sample["iters"]) != SAMPLES:
        sys.exit(f"criterion took {len(sample['iters'])} samples, not {SAMPLES}")
    median = statistics.median(t / i * 1e-9 for t, i in zip(sample["times"], sample["iters"]))
    return sample.get("sampling_mode", "?"), sorted(set(int(i) for i in sample["iters"])), median


CRITERION_SAMPLING = {}


def rust_run():
    """A short criterion run of the benchmark, then its median."""
    subprocess.run(["cargo", "bench", "--quiet", "--features", "bench", "--bench", "epoch", "--", "first epoch",
                    *CRITERION],
                   cwd=CRATE, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mode, iters, median = criterion_sample()
    CRITERION_SAMPLING.setdefault("modes", set()).add(mode)
    CRITERION_SAMPLING.setdefault("iters", set()).update(iters)
    return median


def check_targets(t):
    """What `check_batch` checks, as the Rust loss does before each use."""
    assert (t >= 0).all() and (np.abs(t.sum(axis=1) - 1.0) <= 1e-9).all()


def epoch_like_rust(params, adam, x, labels, order):
    """`train_one_epoch` with the crate's layers and Adam, in `order`: the
    twin's epoch with the crate's target checks, its loss as the crate
    computes it (log-sum-exp times the one-hot targets), and the first
    layer's input gradient, which the crate's layers work out."""
    w1, b1, w2, b2 = params
    total, steps = 0.0, 0
    for start in range(0, len(order) - twin.BATCH_SIZE + 1, twin.BATCH_SIZE):
        batch = order[start:start + twin.BATCH_SIZE]
        xb, lb = x[batch], labels[batch]            # train.select(indices)
        tb = EYE[lb]                                # one_hot_rows
        z1 = xb @ w1 + b1                           # network.forward
        h = np.maximum(z1, 0.0)
        logits = h @ w2 + b2
        check_targets(tb)                           # mean_cross_entropy_from_logits
        m = logits.max(axis=1, keepdims=True)
        lse = m[:, 0] + np.log(np.exp(logits - m).sum(axis=1))
        total += np.sum((lse[:, None] - logits) * tb) / len(batch)
        steps += 1
        check_targets(tb)                           # cross_entropy_gradient
        delta2 = (twin.softmax(logits) - tb) / len(batch)
        g_w2, g_b2 = h.T @ delta2, delta2.sum(axis=0)   # network.backward
        delta1 = (delta2 @ w2.T) * (z1 > 0)
        g_w1, g_b1 = xb.T @ delta1, delta1.sum(axis=0)
        _ = delta1 @ w1.T                           # the first layer's input gradient
        adam.step(params, [g_w1, g_b1, g_w2, g_b2])  # optimiser.update
    return total / steps


def check_the_timed_code(x, labels, start):
    """The timed code, run once in the crate's order from the starting
    weights, does what the twin does and what the Rust run printed."""
    rng = twin.Pcg64(twin.SEED)
    twin.initial_weights(rng)  # the generator where training starts
    order = rng.permutation(len(x))
    ours, theirs = [p.copy() for p in start], [p.copy() for p in start]
    loss = epoch_like_rust(ours, twin.Adam(ours), x, labels, order)
    twin_loss = twin.one_epoch(theirs, twin.Adam(theirs), x, labels, order)
    assert abs(loss - twin_loss) < 1e-12, (loss, twin_loss)
    assert all(np.max(np.abs(a - b)) < 1e-12 for a, b in zip(ours, theirs))
    with open(os.path.join(CRATE, "output", "adam_run.txt")) as f:
        first = next(line for line in f if line.startswith("1 "))
    assert first.split()[1] == f"{loss:.6f}", (first, loss)


def numpy_run(x, labels, start):
    """The median time of SAMPLES first epochs, each from fresh copies of the
    starting weights, a fresh Adam and a fresh generator, after warming up
    for WARM_UP_SECONDS."""
    def one(seed):
        params = [p.copy() for p in start]
        adam = twin.Adam(params)
        order_rng = np.random.default_rng(seed)
        began = time.perf_counter()
        epoch_like_rust(params, adam, x, labels, order_rng.permutation(len(x)))
        return time.perf_counter() - began

    until = time.perf_counter() + WARM_UP_SECONDS
    while time.perf_counter() < until:
        one(twin.SEED)
    return statistics.median(one(twin.SEED) for _ in range(SAMPLES))


def steal_ticks():
    """The CPU time the hypervisor gave to others, and all CPU time, so far."""
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:]]
    return fields[7], sum(fields)


def machine(extra):
    """Lines recording the machine, the software, the code and the settings."""
    lscpu = {}
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout.splitlines():
            key, _, value = line.partition(":")
            lscpu[key.strip()] = value.strip()
    flags = set(lscpu.get("Flags", "").split())
    vector = " ".join(f for f in ("avx512f", "avx2", "fma") if f in flags) or "none of avx512f, avx2, fma"
    cpu = (f"{lscpu.get('Model name', platform.processor() or 'unknown')} (family {lscpu.get('CPU family', '?')}, "
           f"model {lscpu.get('Model', '?')}), {os.cpu_count()} logical cores, "
           f"{lscpu.get('Thread(s) per core', '?')} thread(s) per core"
           + (f", a {lscpu['Hypervisor vendor']} virtual machine" if "Hypervisor vendor" in lscpu else ""))
    caches = ", ".join(f"{name} {lscpu[name]}" for name in ("L1d cache", "L2 cache", "L3 cache") if name in lscpu)
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    metadata = json.loads(subprocess.run(["cargo", "metadata", "--format-version", "1", "--all-features"], cwd=CRATE,
                                         capture_output=True, text=True, check=True).stdout)
    crates = sorted({f"{p['name']} {p['version']}" for p in metadata["packages"]
                     if p["name"] in ("ndarray", "matrixmultiply", "criterion")})
    runtime = io.StringIO()
    with contextlib.redirect_stdout(runtime):
        np.show_runtime()
    simd = [line.strip() for line in runtime.getvalue().splitlines() if "'found'" in line]
    import threadpoolctl
    blas = [f"{os.path.basename(os.path.dirname(lib['filepath'])).removesuffix('.libs')}'s "
            f"{os.path.basename(lib['filepath'])} {lib['version']} ({lib.get('architecture', '?')}, "
            f"{lib['num_threads']} thread)" for lib in threadpoolctl.threadpool_info()]
    mhz = "clock not reported"
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as f:
        mhz = next((f"{float(line.split(':')[1]):.0f} MHz nominal (/proc/cpuinfo)" for line in f if line.startswith("cpu MHz")), mhz)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=CRATE, capture_output=True,
                            text=True).stdout.strip() or "unknown"
    # Uncommitted changes to the code: the records themselves (*.txt) do not count.
    dirty = [line for line in subprocess.run(["git", "status", "--porcelain", "--", "."], cwd=CRATE,
                                             capture_output=True, text=True).stdout.splitlines()
             if not line.endswith(".txt")]
    return [
        f"CPU: {cpu}; vector extensions: {vector}; {mhz}",
        f"caches: {caches or 'not reported'}",
        f"system: Linux {platform.release()}, {os.confstr('CS_GNU_LIBC_VERSION')}",
        f"{rustc}; {', '.join(crates)}; cargo bench (release profile)",
        f"Python {platform.python_version()}, numpy {np.__version__}{extra}; numpy's SIMD {' '.join(simd)}",
        f"BLAS libraries loaded: {'; '.join(blas)}",
        "threads: one on each side (OPENBLAS/OMP/MKL_NUM_THREADS=1, and numpy's BLAS reports its threads "
        "above; matrixmultiply built without its threading feature)",
        "Rust's own loops: RUSTFLAGS " + (repr(os.environ["RUSTFLAGS"]) if os.environ.get("RUSTFLAGS")
                                          else "unset, so baseline x86-64 (SSE2)")
        + "; matrixmultiply picks its kernel from the CPU's features when it runs (its avx512 feature is on)",
        ("memory: glibc malloc keeps freed memory on both sides (GLIBC_TUNABLES=" + MALLOC + ")"
         if os.environ.get("GLIBC_TUNABLES") == MALLOC else "memory: glibc malloc with its default settings"),
        f"code: commit {commit}" + (f" with uncommitted changes to {', '.join(d[3:] for d in dirty)}" if dirty else ""),
        f"date: {datetime.date.today().isoformat()}",
    ]


def main():
    os.sched_setaffinity(0, {CPU})
    load_before = os.getloadavg()
    steal_before, total_before = steal_ticks()
    # Build the benchmark once, before any timing.
    subprocess.run(["cargo", "bench", "--no-run", "--features", "bench", "--bench", "epoch"], cwd=CRATE,
                   check=True, stdout=sys.stderr)
    record = machine("")
    x, labels, _, _, start, _ = twin.setup()
    check_the_timed_code(x, labels, start)
    pairs = []
    for pair in range(PAIRS):
        print(f"pair {pair + 1} of {PAIRS} …", file=sys.stderr)
        if pair % 2 == 0:
            r = rust_run()
            p = numpy_run(x, labels, start)
        else:
            p = numpy_run(x, labels, start)
            r = rust_run()
        pairs.append((r, p))
    steal_after, total_after = steal_ticks()
    ratios = [r / p for r, p in pairs]
    rust_times, numpy_times = [r for r, _ in pairs], [p for _, p in pairs]
    for line in record:
        print(line)
    print(f"CPU affinity: both sides pinned to logical CPU {CPU}; steal time during the run: "
          f"{100 * (steal_after - steal_before) / max(1, total_after - total_before):.1f} % of all CPU time")
    print("load average before the run: " + " ".join(f"{v:.2f}" for v in load_before)
          + "; after: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))
    print(f"what is timed: the first epoch from the starting weights, a fresh network, Adam and shuffle "
          f"for every call on both sides; {SAMPLES} samples a side in each pair")
    print(f"criterion: {' '.join(CRITERION)} seconds a run, sampling "
          f"{', '.join(sorted(CRITERION_SAMPLING['modes']))}, "
          f"{'-'.join(str(i) for i in (min(CRITERION_SAMPLING['iters']), max(CRITERION_SAMPLING['iters'])))} "
          f"calls a sample; numpy: one call a sample, after {WARM_UP_SECONDS:.0f} s of untimed calls")
    print(f"{PAIRS} pairs, Rust first in odd pairs and numpy first in even ones; each side's time is the median "
          "of its pairs' medians, the ratio the median of the pairs' ratios; spread: a side's slowest pair's "
          "median over its fastest")
    print()
    print(f"| {'':11} | {'Rust':>9} | {'spread':>6} | {'numpy':>9} | {'spread':>6} | {'Rust/numpy':>10} "
          f"| {'lowest':>6} | {'highest':>7} |")
    print(f"|{'-' * 13}|{'-' * 11}|{'-' * 8}|{'-' * 11}|{'-' * 8}|{'-' * 12}|{'-' * 8}|{'-' * 9}|")
    print(f"| first epoch | {statistics.median(rust_times) * 1e3:6.3f} ms "
          f"| {max(rust_times) / min(rust_times):6.2f} | {statistics.median(numpy_times) * 1e3:6.3f} ms "
          f"| {max(numpy_times) / min(numpy_times):6.2f} | {statistics.median(ratios):10.2f} "
          f"| {min(ratios):6.2f} | {max(ratios):7.2f} |")
    print()
    print("each pair, in the order the pairs ran: Rust, numpy, Rust/numpy")
    for r, p in pairs:
        print(f"  {r * 1e3:6.3f} ms  {p * 1e3:6.3f} ms  {r / p:.2f}")


if __name__ == "__main__":
    main()
