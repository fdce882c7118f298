#!/usr/bin/env python3
"""Times one epoch of the Adam run in Rust (criterion, `benches/epoch.rs`)
and in numpy doing exactly the same work, on this machine in one run, and
prints the Rust/numpy ratio with the machine it ran on. Below 1 means Rust
is faster.

    pip install numpy threadpoolctl
    python3 scripts/compare_numpy.py > benches/speed.txt   # runs criterion 10 times

The same work: what `train_one_epoch` does for each batch of 32 (copy the
batch out, build its one-hot targets, one forward pass, the batch's loss,
the gradient of the logits, one backward pass, which in the crate's layers
also works out the gradient at the first layer's input, and Adam's step on
all four parameters), with the shuffle inside the timing on both sides (numpy
shuffles with its own generator, so its batches come in a different order;
the work per batch is the same). The targets are checked as the Rust loss
checks them before each use. Both sides use one thread
(OPENBLAS_NUM_THREADS=1 for numpy; ndarray's matrixmultiply is
single-threaded as built here), and both are given the same statistic: the
median time per call, from criterion's samples and from timeit repeats.

This machine's speed drifts from one minute to the next, so the script
takes PAIRS pairs, each a short criterion run and a numpy run right beside
it, and reports the ratio of each pair: its median and its range over the
pairs. The order within a pair alternates: Rust first in odd rounds, numpy
first in even ones. Both sides are sampled alike: as many numpy timeit
repeats (about 30 ms each) as criterion takes samples, 100. Each side's time
is the median over the pairs, with its spread (highest over lowest) beside
it.
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
import timeit  # noqa: E402

import numpy as np  # noqa: E402

import train_numpy as twin  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
EYE = np.eye(10)


def criterion_dir():
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=CRATE, capture_output=True, text=True, check=True,
    )
    return os.path.join(json.loads(out.stdout)["target_directory"], "criterion")


def rust(samples, *names):
    """The median time per call of criterion's last run of a benchmark, which
    must have taken `samples` samples (`benches/epoch.rs` sets them)."""
    with open(os.path.join(criterion_dir(), *names, "new", "sample.json")) as f:
        sample = json.load(f)
    if len(sample["iters"]) != samples:
        sys.exit(f"{'/'.join(names)}: criterion took {len(sample['iters'])} samples, not {samples}")
    return statistics.median(t / i * 1e-9 for t, i in zip(sample["times"], sample["iters"]))


PAIRS = 10
# Short criterion runs, each with numpy right beside it.
CRITERION = ["--warm-up-time", "1", "--measurement-time", "3"]
# numpy sampled as criterion samples Rust: as many samples as criterion
# takes (100), each about SAMPLE_SECONDS long.
SAMPLES = {"one epoch": 100}
SAMPLE_SECONDS = 0.03


CALLS = {}  # numpy's calls per timeit repeat, by row, as last taken


def numpy(row, function):
    """The median time per call over SAMPLES[row] timeit repeats of about
    SAMPLE_SECONDS each (one call each, if a call takes longer)."""
    timer = timeit.Timer(function)
    loops, seconds = timer.autorange()
    number = max(1, round(SAMPLE_SECONDS / (seconds / loops)))
    CALLS[row] = number
    return statistics.median(t / number for t in timer.repeat(repeat=SAMPLES[row], number=number))


def rust_run(row, filter_, *names):
    """A short criterion run of one benchmark, then its median."""
    subprocess.run(["cargo", "bench", "--quiet", "--features", "bench", "--bench", "epoch", "--", filter_,
                    *CRITERION],
                   cwd=CRATE, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return rust(SAMPLES[row], *names)


def check_targets(t):
    """What `check_batch` checks, as the Rust loss does before each use."""
    assert (t >= 0).all() and (np.abs(t.sum(axis=1) - 1.0) <= 1e-9).all()


def epoch_like_rust(params, adam, x, labels, rng):
    """`train_one_epoch` with the crate's layers and Adam, line for line."""
    w1, b1, w2, b2 = params
    order = rng.permutation(len(x))
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
        mhz = next((f"{float(line.split(':')[1]):.0f} MHz" for line in f if line.startswith("cpu MHz")), mhz)
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
        "threads: one on each side (OPENBLAS/OMP/MKL_NUM_THREADS=1)",
        ("memory: glibc malloc keeps freed memory on both sides (GLIBC_TUNABLES=" + MALLOC + ")"
         if os.environ.get("GLIBC_TUNABLES") == MALLOC else "memory: glibc malloc with its default settings"),
        f"code: commit {commit}" + (f" with uncommitted changes to {', '.join(d[3:] for d in dirty)}" if dirty else ""),
        f"date: {datetime.date.today().isoformat()}; load average before the run: "
        + " ".join(f"{x:.2f}" for x in os.getloadavg()),
    ]


def main():
    # Build the benchmark once, before any timing.
    subprocess.run(["cargo", "bench", "--no-run", "--features", "bench", "--bench", "epoch"], cwd=CRATE,
                   check=True, stdout=sys.stderr)
    record = machine("")
    x, labels, _, _, params, _ = twin.setup()
    adam = twin.Adam(params)
    rng = np.random.default_rng(twin.SEED)

    cases = [
        ("one epoch", lambda: rust_run("one epoch", "one epoch", "one epoch"),
         lambda: numpy("one epoch", lambda: epoch_like_rust(params, adam, x, labels, rng))),
    ]
    pairs = {name: [] for name, _, _ in cases}
    for round_ in range(PAIRS):
        for name, time_rust, time_numpy in cases:
            print(f"round {round_ + 1} of {PAIRS}: {name} …", file=sys.stderr)
            if round_ % 2 == 0:
                r = time_rust()
                p = time_numpy()
            else:
                p = time_numpy()
                r = time_rust()
            pairs[name].append((r, p))
    rows = []
    for name, row in pairs.items():
        ratios = [r / p for r, p in row]
        rust_times, numpy_times = [r for r, _ in row], [p for _, p in row]
        rows.append((name, statistics.median(rust_times), max(rust_times) / min(rust_times),
                     statistics.median(numpy_times), max(numpy_times) / min(numpy_times),
                     statistics.median(ratios), min(ratios), max(ratios), ratios))
    for line in record:
        print(line)
    print(f"criterion: {' '.join(CRITERION)} seconds a run; numpy: timeit, as many repeats as criterion's samples, "
          f"each about {SAMPLE_SECONDS * 1e3:.0f} ms or one call; {PAIRS} pairs a row, taken in {PAIRS} rounds over "
          "the whole run, Rust first in odd rounds and numpy first in even ones; medians over the pairs")
    print("samples a run: " + "; ".join(f"{name}: {SAMPLES[name]} on each side, numpy's of {CALLS[name]} call"
                                        + ("s" if CALLS[name] != 1 else "") for name, _, _ in cases))
    print("load average after the run: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))
    print("spread: each side's highest median over its lowest across the pairs")
    print()
    print(f"| {'':10} | {'Rust':>10} | {'spread':>6} | {'numpy':>10} | {'spread':>6} | {'Rust/numpy':>10} "
          f"| {'lowest':>6} | {'highest':>7} |")
    print(f"|{'-' * 12}|{'-' * 12}|{'-' * 8}|{'-' * 12}|{'-' * 8}|{'-' * 12}|{'-' * 8}|{'-' * 9}|")
    for name, r, r_spread, p, p_spread, ratio, low, high, _ in rows:
        print(f"| {name:10} | {r * 1e3:7.3f} ms | {r_spread:6.2f} | {p * 1e3:7.3f} ms | {p_spread:6.2f} "
              f"| {ratio:10.2f} | {low:6.2f} | {high:7.2f} |")
    print()
    print("each pair's ratio, in the order the pairs ran:")
    for name, *_, ratios in rows:
        print(f"{name + ':':11} {' '.join(f'{x:.2f}' for x in ratios)}")

if __name__ == "__main__":
    main()
