#!/usr/bin/env python3
"""Times numpy doing the same work as each Rust function, on the same
inputs as the criterion benchmarks, and prints the two side by side with
the machine they ran on. Below 1 in the last column means Rust is faster.

    pip install numpy scipy threadpoolctl
    python3 scripts/compare_numpy.py            # runs `cargo bench --features bench` first
    python3 scripts/compare_numpy.py --no-bench # reuses target/criterion
    python3 scripts/compare_numpy.py > benches/speed.txt

Both sides are given the same statistic: the median time per call, with
the interquartile range (the middle half of the samples) as its spread.
Rust's samples are criterion's; numpy's are 31 timeit repeats. BLAS and
OpenMP are pinned to one thread, as the Rust side uses one (none of these
functions uses BLAS, so this is only hygiene).

Each row pairs a Rust function with the numpy code that does the same
work: the readable sigmoid with the post's `1 / (1 + np.exp(-x))` (one
exponential, an addition and a division a value), the fast one with
scipy's `expit` and with `np.exp` alone (less work than any sigmoid);
both softmaxes with numpy's stable softmax; cross-entropy computed with
n logarithms against numpy's n, and with one logarithm against numpy's
one. The second table times the fast functions on every instruction set
this CPU supports.
"""

import os

for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

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
import scipy  # noqa: E402
import scipy.special  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
SIZES = [10, 1_000, 1_000_000]
BATCHES = [32, 1_442]
SETS = ["avx512", "avx2", "baseline"]


def criterion_dir():
    """Where criterion wrote its samples: the workspace's target/ or the crate's."""
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=CRATE, capture_output=True, text=True, check=True,
    )
    return os.path.join(json.loads(out.stdout)["target_directory"], "criterion")


def median_and_iqr(samples):
    q1, median, q3 = statistics.quantiles(samples, n=4, method="inclusive")
    return median, q3 - q1


def rust(group, name, size=None):
    """Median and IQR of criterion's per-call times, in seconds; None if not run."""
    parts = [criterion_dir(), group, name] + ([str(size)] if size is not None else [])
    path = os.path.join(*parts, "new", "sample.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        sample = json.load(f)
    return median_and_iqr([t / i * 1e-9 for t, i in zip(sample["times"], sample["iters"])])


def numpy(stmt, env):
    timer = timeit.Timer(stmt, globals=env)
    loops, _ = timer.autorange()
    return median_and_iqr([t / loops for t in timer.repeat(repeat=31, number=loops)])


def stable_softmax(a):
    e = np.exp(a - a.max())
    return e / e.sum()


def stable_softmax_rows(a):
    e = np.exp(a - a.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class Perceptron:
    """The post's perceptron, as the post writes it."""

    def __init__(self, input_size, learning_rate=0.2, epochs=10):
        self.weights = np.zeros(input_size + 1)
        self.learning_rate = learning_rate
        self.epochs = epochs

    def activation_function(self, x):
        return 1 if x > 0 else 0

    def predict(self, inputs):
        summation = np.dot(inputs, self.weights[1:]) + self.weights[0]
        return self.activation_function(summation)

    def fit(self, X, y):
        for _ in range(self.epochs):
            for inputs, target in zip(X, y):
                prediction = self.predict(inputs)
                self.weights[1:] += self.learning_rate * (target - prediction) * inputs
                self.weights[0] += self.learning_rate * (target - prediction)


def machine():
    """Lines naming the CPU, the software and the settings."""
    model, mhz, flags = "unknown", "?", set()
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as f:
        for line in f:
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key == "model name":
                model = value
            elif key == "cpu MHz":
                mhz = f"{float(value):.0f}"
            elif key == "flags":
                flags = set(value.split())
    vector = " ".join(f for f in ("avx512f", "avx2", "fma") if f in flags) or "none of avx512f, avx2, fma"
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    runtime = io.StringIO()
    with contextlib.redirect_stdout(runtime):
        np.show_runtime()
    simd = [line.strip() for line in runtime.getvalue().splitlines()
            if any(k in line for k in ("'baseline'", "'found'", "'not_found'", "internal_api", "num_threads"))]
    return [
        f"CPU: {model}, {mhz} MHz, {os.cpu_count()} logical cores; vector extensions: {vector}",
        f"{rustc}; numpy {np.__version__}, scipy {scipy.__version__}, Python {platform.python_version()}",
        "numpy's show_runtime(): " + " ".join(simd),
        "threads: one on each side (OPENBLAS/OMP/MKL_NUM_THREADS=1; matrixmultiply is not used here)",
        f"date: {datetime.date.today().isoformat()}",
        "times: median per call and interquartile range (IQR); Rust: criterion's samples, numpy: 31 timeit repeats",
    ]


def us(seconds):
    return f"{seconds * 1e6:.3f}"


def main():
    if "--no-bench" not in sys.argv:
        subprocess.run(["cargo", "bench", "--quiet", "--features", "bench"], cwd=CRATE, check=True,
                       stdout=sys.stderr)

    rows = []  # (Rust function, n, Rust stats, numpy code, numpy stats)
    env = dict(globals(), expit=scipy.special.expit)
    for n in SIZES:
        x = np.linspace(-5.0, 5.0, n)
        y = stable_softmax(x)
        one_hot = np.zeros(n)
        one_hot[n // 2] = 1.0
        env.update(x=x, y=y, t=one_hot, u=np.full(n, 1.0 / n))
        # The fast one-hot row: numpy also finds the nonzero targets (a pass
        # over t, as Rust's) and takes one logarithm for them.
        for group, name, stmt in [
            ("activation", "sigmoid", "1 / (1 + np.exp(-x))"),
            ("activation", "fast_sigmoid", "expit(x)"),
            ("activation", "fast_sigmoid", "np.exp(x)"),
            ("activation", "relu", "np.maximum(0, x)"),
            ("activation", "softmax", "stable_softmax(x)"),
            ("activation", "fast_softmax", "stable_softmax(x)"),
            ("loss", "cross_entropy_error", "-np.sum(t * np.log(y + 1e-7))"),
            ("loss", "fast_cross_entropy_error", "nz = np.flatnonzero(t); -np.sum(t[nz] * np.log(y[nz] + 1e-7))"),
            ("loss", "cross_entropy_error_dense", "-np.sum(u * np.log(y + 1e-7))"),
            ("loss", "fast_cross_entropy_error_dense", "-np.sum(u * np.log(y + 1e-7))"),
        ]:
            # The fast functions' row is the widest set this CPU has.
            run = name if not name.startswith("fast_") else next(
                f"{name}_{s}" for s in SETS if rust(group, f"{name}_{s}", n))
            rows.append((name, n, rust(group, run, n), stmt.replace("u *", "t *"), numpy(stmt, env)))
    for batch in BATCHES:
        env.update(a=np.sin(np.arange(batch * 10) * 0.7).reshape(batch, 10) * 5.0)
        for name in ("softmax_rows", "fast_softmax_rows"):
            run = name if name == "softmax_rows" else next(
                f"{name}_{s}" for s in SETS if rust("rows", f"{name}_{s}", batch))
            rows.append((name, batch, rust("rows", run, batch), "stable_softmax_rows(a)",
                         numpy("stable_softmax_rows(a)", env)))
    env.update(X=np.array([[0, 0], [0, 1], [1, 0], [1, 1]]), Y=np.array([0, 0, 0, 1]))
    rows.append(("and_gate_fit", 4, rust("perceptron", "and_gate_fit"), "Perceptron(2).fit(X, Y)",
                 numpy("p = Perceptron(2); p.fit(X, Y)", env)))

    for line in machine():
        print(line)
    print()
    print("Rust against numpy doing the same work (the fast rows on the widest instruction set)")
    print(f"| {'Rust function':<30} | {'n':>9} | {'median us':>11} | {'IQR us':>9} "
          f"| {'numpy code':<62} | {'median us':>11} | {'IQR us':>9} | {'Rust/numpy':>10} |")
    print(f"|{'-' * 32}|{'-' * 11}|{'-' * 13}|{'-' * 11}|{'-' * 64}|{'-' * 13}|{'-' * 11}|{'-' * 12}|")
    for name, n, (r, r_iqr), code, (p, p_iqr) in rows:
        print(f"| {name:<30} | {n:>9} | {us(r):>11} | {us(r_iqr):>9} "
              f"| {code:<62} | {us(p):>11} | {us(p_iqr):>9} | {r / p:>10.2f} |")

    print()
    print("The fast functions on each instruction set: median us (IQR us), and the baseline's time over this one")
    present = [s for s in SETS if rust("activation", f"fast_sigmoid_{s}", SIZES[-1])]
    print("| " + " | ".join([f"{'fast function':<30}", f"{'n':>9}"]
                            + [f"{s + ' us':>20}" for s in present]
                            + [f"{'baseline / ' + s:>20}" for s in present if s != "baseline"]) + " |")
    print("|" + "|".join(["-" * 32, "-" * 11] + ["-" * 22] * (2 * len(present) - 1)) + "|")
    cases = [("activation", f, n) for f in ("sigmoid", "softmax") for n in SIZES]
    cases += [("rows", "softmax_rows", b) for b in BATCHES]
    cases += [("loss", f, n) for f in ("cross_entropy_error", "cross_entropy_error_dense") for n in SIZES]
    for group, f, n in cases:
        stats = {s: rust(group, f"fast_{f}_{s}", n) for s in present}
        base = stats["baseline"][0]
        cells = [f"{'fast_' + f:<30}", f"{n:>9}"]
        cells += [f"{us(m) + ' (' + us(q) + ')':>20}" for m, q in stats.values()]
        cells += [f"{base / stats[s][0]:>20.2f}" for s in present if s != "baseline"]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
