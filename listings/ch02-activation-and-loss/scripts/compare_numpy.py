#!/usr/bin/env python3
"""Times numpy doing the same work as each Rust function, on the same
inputs as the criterion benchmarks, and prints the two side by side with
the machine they ran on. Below 1 in the ratio columns means Rust is faster.

    pip install numpy scipy threadpoolctl
    python3 scripts/compare_numpy.py > benches/speed.txt    # about a quarter of an hour

A shared machine's speed drifts from one minute to the next, so Rust and
numpy are measured in pairs: a short criterion run of one benchmark and
numpy right beside it, PAIRS times for every row. The pairs are taken in
rounds: round one measures every row once, then round two, and so on, so a
row's pairs are spread over the whole run (about twenty minutes) rather
than taken back to back; and the order within a pair alternates (Rust
first in odd rounds, numpy first in even ones). Both sides are sampled
alike: criterion takes 100 samples in 1.5 s, and numpy 100 timeit repeats,
each about 15 ms long. Each side's time is the median over the pairs of
its median time per call, with the spread of those medians (highest over
lowest) beside it; the ratio is the median of the pairs' ratios, with the
lowest and the highest beside it. BLAS and
OpenMP are pinned to one thread, as the Rust side uses one (none of these
functions uses BLAS, so this is only hygiene).

Each row pairs a Rust function with the numpy code that does the same
work: the readable sigmoid with the textbook `1 / (1 + np.exp(-x))` (one
exponential, an addition and a division a value), the fast one with
SciPy's `expit` and with `np.exp` alone (less work than any sigmoid);
both softmaxes with numpy's stable softmax; cross-entropy computed with
n logarithms against numpy's n, and with one logarithm against numpy's
one. Last, the fast sigmoid, softmax and dense cross-entropy beside numpy writing every step
into one array made beforehand (`out=`), so that numpy makes no new array
on any call. Before any timing, every numpy statement is checked against
the formula it stands for.

The second table counts minor page faults per call at a million values on
both sides: memory new to the process is mapped and zeroed a page at a
time on first touch. With the malloc settings below there should be
none; the last table shows what glibc's defaults cost numpy. The
third times the fast functions on every instruction set this CPU supports,
one after another. A line after it times `np.exp` with and without numpy's
AVX-512 loops, then a table of numpy's single passes (what each step of
its twins costs, and the floor of a pass at a million values), and a line
with numpy's huge pages on and off, before the last table.
"""

import os
import sys

for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

# glibc's malloc, left to itself, hands large freed arrays back to the
# kernel now and then, and the next arrays have to be mapped and zeroed
# again as they are first touched, a page fault per page (about 800 faults
# a call for numpy's statements at a million values, some 2 ms on this
# machine; numpy asks for large pages for big arrays), on some calls and
# not on others, depending on what ran before.
# Measured that way, numpy's time at a million values swings by a factor of
# two from one row to the next. These settings make malloc keep freed
# memory on both sides (Rust's benchmarks run as children of this
# process), so no call pays for fresh pages; the last lines of the record
# show what the defaults cost. They take effect at start-up, hence the
# re-run of this script with them set.
MALLOC = "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824"
if __name__ == "__main__" and os.environ.get("GLIBC_TUNABLES") != MALLOC:
    os.environ["GLIBC_TUNABLES"] = MALLOC
    os.execv(sys.executable, [sys.executable, *sys.argv])

import contextlib  # noqa: E402
import datetime  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import timeit  # noqa: E402

import numpy as np  # noqa: E402
import scipy  # noqa: E402
import scipy.special  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
SIZES = [10, 1_000, 1_000_000]
BATCHES = [32, 1_442]
SETS = ["avx512", "avx2", "baseline"]
PAIRS = 5
# Short criterion runs: many of them, each followed at once by numpy.
CRITERION = ["--warm-up-time", "0.5", "--measurement-time", "1.5"]
# numpy sampled as criterion samples Rust: 100 samples of about 15 ms.
NUMPY_SAMPLES = 100
SAMPLE_SECONDS = 0.015
NO_AVX512 = "X86_V4 AVX512_ICL AVX512_SPR"
# Seconds of the two profiling runs that count a Rust benchmark's page faults.
SHORT, LONG = 1, 4


def criterion_dir():
    """Where criterion writes its samples: the workspace's target/ or the crate's."""
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=CRATE, capture_output=True, text=True, check=True,
    )
    return os.path.join(json.loads(out.stdout)["target_directory"], "criterion")


def rust(bench, benchmark):
    """One short criterion run of `benchmark` ("group/name/n"); its median time per call in seconds."""
    subprocess.run(["cargo", "bench", "--quiet", "--features", "bench", "--bench", bench, "--",
                    f"^{re.escape(benchmark)}$", *CRITERION],
                   cwd=CRATE, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(criterion_dir(), *benchmark.split("/"), "new", "sample.json")) as f:
        sample = json.load(f)
    return statistics.median(t / i * 1e-9 for t, i in zip(sample["times"], sample["iters"]))


def minor_faults(who=resource.RUSAGE_SELF):
    """Minor page faults so far: each is a page of memory the kernel maps
    (and zeroes) on its first touch, as happens to freshly allocated arrays."""
    return resource.getrusage(who).ru_minflt


def numpy(stmt, env):
    """The median time per call of `stmt` over NUMPY_SAMPLES timeit repeats of
    about SAMPLE_SECONDS each, as criterion samples the Rust side, and the
    minor page faults per call over all those calls."""
    timer = timeit.Timer(stmt, globals=env)
    loops, seconds = timer.autorange()
    number = max(1, round(SAMPLE_SECONDS / (seconds / loops)))
    before = minor_faults()
    times = timer.repeat(repeat=NUMPY_SAMPLES, number=number)
    faults = (minor_faults() - before) / (NUMPY_SAMPLES * number)
    return statistics.median(t / number for t in times), faults


def bench_binaries():
    """The benchmark executables by name, built as `cargo bench` builds them."""
    out = subprocess.run(["cargo", "bench", "--no-run", "--features", "bench", "--message-format=json"],
                         cwd=CRATE, capture_output=True, text=True, check=True)
    found = {}
    for line in out.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message.get("executable"):
            found[message["target"]["name"]] = message["executable"]
    return found


def rust_faults(binary, benchmark, seconds_per_call):
    """Minor page faults per call of a Rust benchmark: the benchmark runs
    for SHORT and then LONG seconds in criterion's profiling mode, each time
    in a new process, and the faults the longer run adds, divided by the
    calls it adds (the extra seconds over the median time per call), are
    the faults per call. Startup's faults are the same in both runs."""
    def run(seconds):
        # Criterion writes under CARGO_TARGET_DIR, as it does under cargo.
        env = dict(os.environ, CARGO_TARGET_DIR=os.path.dirname(criterion_dir()))
        child = subprocess.Popen([binary, "--bench", "--profile-time", str(seconds), f"^{re.escape(benchmark)}$"],
                                 env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        if status != 0:
            sys.exit(f"{benchmark} failed in profiling mode")
        return usage.ru_minflt
    short, long_ = run(SHORT), run(LONG)
    # Not clamped at 0: a negative count says how noisy the difference is.
    return (long_ - short) / ((LONG - SHORT) / seconds_per_call)


def summary(pairs):
    """Both sides' medians and spreads (highest over lowest), and the ratios'
    median, lowest and highest, from (Rust, numpy) pairs."""
    ratios = [r / p for r, p in pairs]
    rust_times, numpy_times = [r for r, _ in pairs], [p for _, p in pairs]
    return (statistics.median(rust_times), max(rust_times) / min(rust_times),
            statistics.median(numpy_times), max(numpy_times) / min(numpy_times),
            statistics.median(ratios), min(ratios), max(ratios))


def stable_softmax(a):
    e = np.exp(a - a.max())
    return e / e.sum()


def stable_softmax_rows(a):
    e = np.exp(a - a.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def sigmoid_into(x, b):
    """The textbook `1 / (1 + np.exp(-x))`, every step written into `b`, an
    array made once outside the timing: no new array on any call, as the
    Rust functions allocate only their output."""
    np.negative(x, out=b)
    np.exp(b, out=b)
    np.add(b, 1.0, out=b)
    return np.divide(1.0, b, out=b)


def stable_softmax_into(x, b):
    """`stable_softmax`, every step written into `b`."""
    np.subtract(x, x.max(), out=b)
    np.exp(b, out=b)
    return np.divide(b, b.sum(), out=b)


def cross_entropy_into(y, u, b):
    """`-np.sum(u * np.log(y + 1e-7))`, every step written into `b`."""
    np.add(y, 1e-7, out=b)
    np.log(b, out=b)
    np.multiply(u, b, out=b)
    return -b.sum()


def check_twins(cases):
    """Every numpy statement computes what its row says, at n = 1,000:
    each against the plain formula evaluated one value at a time with
    Python's math module, to 1e-13 relative (np.exp alone is not a
    sigmoid, and the perceptron's check is its own test in Rust)."""
    x = np.linspace(-5.0, 5.0, 1_000)
    y = stable_softmax(x)
    t = np.zeros(len(x))
    t[len(x) // 2] = 1.0
    u = np.full(len(x), 1.0 / len(x))
    a = np.sin(np.arange(1_000 * 10) * 0.7).reshape(1_000, 10) * 5.0
    env = dict(globals(), expit=scipy.special.expit, x=x, y=y, t=t, u=u, a=a, b=np.empty(len(x)))

    def softmax_of(row):
        top = max(row)
        e = [math.exp(v - top) for v in row]
        return [v / math.fsum(e) for v in e]

    expected = {
        "sigmoid": [1 / (1 + math.exp(-v)) for v in x],
        "relu": [max(0.0, v) for v in x],
        "softmax": softmax_of(x),
        "cross_entropy_error": -math.fsum(tv * math.log(yv + 1e-7) for tv, yv in zip(t, y)),
        "cross_entropy_error_dense": -math.fsum(uv * math.log(yv + 1e-7) for uv, yv in zip(u, y)),
        "softmax_rows": [softmax_of(row) for row in a],
    }
    for *_, name, _, shown, stmt in cases:
        if stmt == "np.exp(x)" or name == "and_gate_fit":
            continue
        kind = name.removeprefix("fast_")
        # A statement's value is that of its last expression.
        *setup, last = stmt.split("; ")
        exec("; ".join(setup), env)
        got = np.asarray(eval(last, env))
        want = np.asarray(expected[kind])
        if not np.allclose(got, want, rtol=1e-13, atol=0):
            sys.exit(f"numpy code {shown!r} does not compute {kind}")


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


def code_state():
    """The commit and the uncommitted changes to the crate's code (the
    records themselves, *.txt, do not count)."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=CRATE, capture_output=True,
                            text=True).stdout.strip() or "unknown"
    dirty = [line for line in subprocess.run(["git", "status", "--porcelain", "--", "."], cwd=CRATE,
                                             capture_output=True, text=True).stdout.splitlines()
             if not line.endswith(".txt")]
    return commit, dirty


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
        # Each package ships its own OpenBLAS (numpy's in numpy.libs, SciPy's in
    # scipy.libs): name the package beside each.
    blas = [f"{os.path.basename(os.path.dirname(lib['filepath'])).removesuffix('.libs')}'s "
            f"{os.path.basename(lib['filepath'])} {lib['version']} ({lib.get('architecture', '?')}, "
            f"{lib['num_threads']} thread)" for lib in threadpoolctl.threadpool_info()]
    thp = "not reported"
    with contextlib.suppress(OSError), open("/sys/kernel/mm/transparent_hugepage/enabled") as f:
        thp = f.read().strip()
    mhz = "clock not reported"
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as f:
        mhz = next((f"{float(line.split(':')[1]):.0f} MHz" for line in f if line.startswith("cpu MHz")), mhz)
    commit, dirty = code_state()
    return [
        f"CPU: {cpu}; vector extensions: {vector}; {mhz}",
        f"caches: {caches or 'not reported'}",
        f"system: Linux {platform.release()}, {os.confstr('CS_GNU_LIBC_VERSION')}",
        f"{rustc}; {', '.join(crates)}; cargo bench (release profile)",
        f"Python {platform.python_version()}, numpy {np.__version__}{extra}; numpy's SIMD {' '.join(simd)}",
        f"BLAS libraries loaded: {'; '.join(blas)}",
        "threads: one on each side (OPENBLAS/OMP/MKL_NUM_THREADS=1)",
        f"pages: transparent huge pages {thp}; numpy asks for them (madvise) on arrays of 4 MiB and more, "
        "Rust's arrays ask for none",
        ("memory: glibc malloc keeps freed memory on both sides (GLIBC_TUNABLES=" + MALLOC + ")"
         if os.environ.get("GLIBC_TUNABLES") == MALLOC else "memory: glibc malloc with its default settings"),
        f"code: commit {commit}" + (f" with uncommitted changes to {', '.join(d[3:] for d in dirty)}" if dirty else ""),
        f"date: {datetime.date.today().isoformat()}; load average before the run: "
        + " ".join(f"{x:.2f}" for x in os.getloadavg()),
    ]


def widest_set():
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as f:
        flags = next((line.split(":", 1)[1].split() for line in f if line.startswith("flags")), [])
        return "avx512" if "avx512f" in flags else "avx2" if "avx2" in flags else "baseline"
    return "baseline"


def on_and_off(run, on, off):
    """`run(on)` and `run(off)` in PAIRS pairs: the median of each side and
    the median, lowest and highest of the ratios off / on."""
    pairs = [(run(on), run(off)) for _ in range(PAIRS)]
    ratios = [b / a for a, b in pairs]
    return (statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs),
            statistics.median(ratios), min(ratios), max(ratios))


def exp_with_and_without_avx512():
    """np.exp at a million values, timed in a fresh Python with numpy's
    AVX-512 loops on and off (NPY_DISABLE_CPU_FEATURES), in pairs."""
    code = ("import timeit, numpy as np; x = np.linspace(-5, 5, 1_000_000); "
            "t = timeit.Timer(lambda: np.exp(x)); n, _ = t.autorange(); "
            "print(sorted(s / n for s in t.repeat(7, n))[3])")
    def run(disable):
        env = dict(os.environ, NPY_DISABLE_CPU_FEATURES=disable) if disable else dict(os.environ)
        return float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                    check=True).stdout)
    return on_and_off(run, "", NO_AVX512)


def numpy_with_default_malloc():
    """Three numpy statements that make new 8 MB arrays, each timed at a
    million values in a fresh Python with glibc's default malloc and with
    the settings the rest of the record uses, in pairs: the median time
    and minor page faults per call, and the ratio of the times."""
    code = "\n".join([
        "import resource, statistics, sys, timeit",
        "import numpy as np",
        "def stable_softmax(a):",
        "    e = np.exp(a - a.max())",
        "    return e / e.sum()",
        "x = np.linspace(-5, 5, 1_000_000)",
        "y = stable_softmax(x)",
        "u = np.full(len(x), 1e-6)",
        "t = timeit.Timer(sys.argv[1], globals=globals())",
        "n, _ = t.autorange()",
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt",
        "times = t.repeat(20, n)",
        "faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before",
        "print(statistics.median(times) / n, faults / (20 * n))",
    ])
    def run(stmt, tunables):
        env = dict(os.environ)
        env.pop("GLIBC_TUNABLES", None)
        if tunables:
            env["GLIBC_TUNABLES"] = tunables
        out = subprocess.run([sys.executable, "-c", code, stmt], env=env, capture_output=True, text=True, check=True)
        return tuple(float(v) for v in out.stdout.split())
    rows = []
    for stmt in ("1 / (1 + np.exp(-x))", "stable_softmax(x)", "-np.sum(u * np.log(y + 1e-7))"):
        pairs = [(run(stmt, ""), run(stmt, MALLOC)) for _ in range(PAIRS)]
        ratios = [d[0] / k[0] for d, k in pairs]
        rows.append((stmt, statistics.median(d[0] for d, _ in pairs), statistics.median(d[1] for d, _ in pairs),
                     statistics.median(k[0] for _, k in pairs), statistics.median(k[1] for _, k in pairs),
                     statistics.median(ratios), min(ratios), max(ratios)))
    return rows


def numpy_passes(env):
    """One numpy pass at a time, written into an array made beforehand, at
    1,000 and a million values: what each step of the numpy twins above
    costs, and the floor any pass over a million values pays to read 8 MB
    and write 8 MB (`np.add`, the least work a pass can do). The median
    of PAIRS medians, and the bytes each call reads and writes over that
    time."""
    rows = []
    for stmt, reads, writes in [("np.add(x, 1.0, out=b)", 1, 1), ("np.multiply(u, x, out=b)", 2, 1),
                                ("np.sum(x)", 1, 0), ("np.divide(1.0, x, out=b)", 1, 1),
                                ("np.exp(x, out=b)", 1, 1), ("np.log(y, out=b)", 1, 1)]:
        for n in SIZES[1:]:
            x = np.linspace(-5.0, 5.0, n)
            env.update(x=x, y=stable_softmax(x), u=np.full(n, 1.0 / n), b=np.empty(n))
            median = statistics.median(numpy(stmt, env)[0] for _ in range(PAIRS))
            rows.append((stmt, n, median, (reads + writes) * 8 * n / median / 1e9))
    return rows


def numpy_with_and_without_huge_pages():
    """numpy asks the kernel for 2 MiB pages (madvise) for arrays of 4 MiB
    and more; Rust's arrays get 4 KiB pages here. The allocation-free
    sigmoid at a million values, timed in a fresh Python with numpy's
    request on and off, in pairs: the median times and the ratio off/on."""
    code = ("import sys, timeit, numpy as np; from numpy._core.multiarray import _set_madvise_hugepage; "
            "_set_madvise_hugepage(sys.argv[1] == 'on'); x = np.linspace(-5, 5, 1_000_000); b = np.empty(len(x)); "
            "f = lambda: (np.negative(x, out=b), np.exp(b, out=b), np.add(b, 1.0, out=b), np.reciprocal(b, out=b)); "
            "t = timeit.Timer(f); n, _ = t.autorange(); print(sorted(s / n for s in t.repeat(21, n))[10])")
    def run(setting):
        return float(subprocess.run([sys.executable, "-c", code, setting], capture_output=True, text=True,
                                    check=True).stdout)
    return on_and_off(run, "on", "off")


def us(seconds):
    return f"{seconds * 1e6:.3f}"


def main():
    subprocess.run(["cargo", "bench", "--no-run", "--quiet", "--features", "bench"], cwd=CRATE, check=True,
                   stdout=sys.stderr)
    code_before = code_state()
    record = machine(f", scipy {scipy.__version__}")
    best = widest_set()
    env = dict(globals(), expit=scipy.special.expit)
    cases = []  # (bench, benchmark, Rust function, n, numpy code shown, numpy code run)
    for n in SIZES:
        for bench, name, stmt in [
            ("activation", "sigmoid", "1 / (1 + np.exp(-x))"),
            ("activation", "fast_sigmoid", "expit(x)"),
            ("activation", "fast_sigmoid", "np.exp(x)"),
            ("activation", "fast_sigmoid", "1 / (1 + np.exp(-x))"),
            ("activation", "relu", "np.maximum(0, x)"),
            ("activation", "softmax", "stable_softmax(x)"),
            ("activation", "fast_softmax", "stable_softmax(x)"),
            ("loss", "cross_entropy_error", "-np.sum(t * np.log(y + 1e-7))"),
            # numpy also finds the nonzero targets (a pass over t, as
            # Rust's) and takes one logarithm for them.
            ("loss", "fast_cross_entropy_error", "nz = np.flatnonzero(t); -np.sum(t[nz] * np.log(y[nz] + 1e-7))"),
            ("loss", "cross_entropy_error_dense", "-np.sum(u * np.log(y + 1e-7))"),
            ("loss", "fast_cross_entropy_error_dense", "-np.sum(u * np.log(y + 1e-7))"),
        ]:
            group = "activation" if bench == "activation" else "loss"
            run = f"{name}_{best}" if name.startswith("fast_") else name
            cases.append((bench, f"{group}/{run}/{n}", name, n, stmt, stmt))
    for rows in BATCHES:
        for name in ("softmax_rows", "fast_softmax_rows"):
            run = f"{name}_{best}" if name.startswith("fast_") else name
            cases.append(("activation", f"rows/{run}/{rows}", name, rows, "stable_softmax_rows(a)",
                          "stable_softmax_rows(a)"))
    cases.append(("perceptron", "perceptron/and_gate_fit", "and_gate_fit", 4, "p = Perceptron(2); p.fit(X, Y)",
                  "p = Perceptron(2); p.fit(X, Y)"))
    # numpy with no new arrays: its steps written into one array made
    # beforehand. Last, so that the figure keeps to the rows above.
    for n in SIZES:
        for bench, name, stmt in [("activation", "fast_sigmoid", "sigmoid_into(x, b)"),
                                  ("activation", "fast_softmax", "stable_softmax_into(x, b)"),
                                  ("loss", "fast_cross_entropy_error_dense", "cross_entropy_into(y, u, b)")]:
            group = "activation" if bench == "activation" else "loss"
            cases.append((bench, f"{group}/{name}_{best}/{n}", name, n, stmt, stmt))
    check_twins(cases)

    pairs = [[] for _ in cases]
    faults = [[] for _ in cases]
    for round_ in range(PAIRS):
        for i, (bench, benchmark, name, n, shown, stmt) in enumerate(cases):
            x = np.linspace(-5.0, 5.0, max(n, 1))
            y = stable_softmax(x)
            t = np.zeros(len(x))
            t[len(x) // 2] = 1.0
            env.update(x=x, y=y, t=t, u=np.full(len(x), 1.0 / len(x)), b=np.empty(len(x)),
                       X=np.array([[0, 0], [0, 1], [1, 0], [1, 1]]), Y=np.array([0, 0, 0, 1]))
            if benchmark.startswith("rows/"):
                env.update(a=np.sin(np.arange(n * 10) * 0.7).reshape(n, 10) * 5.0)
            print(f"round {round_ + 1} of {PAIRS}: {benchmark} …", file=sys.stderr)
            if round_ % 2 == 0:
                r = rust(bench, benchmark)
                p, f = numpy(stmt, env)
            else:
                p, f = numpy(stmt, env)
                r = rust(bench, benchmark)
            pairs[i].append((r, p))
            faults[i].append(f)
    rows = [(name, n, shown) + summary(pairs[i]) for i, (_, _, name, n, shown, _) in enumerate(cases)]

    # Page faults per call at a million values, both sides.
    binaries = bench_binaries()
    rust_fault_cache = {}
    fault_rows = []
    for i, (bench, benchmark, name, n, shown, _) in enumerate(cases):
        if n != SIZES[-1]:
            continue
        if benchmark not in rust_fault_cache:
            median_rust = statistics.median(r for r, _ in pairs[i])
            rust_fault_cache[benchmark] = rust_faults(binaries[bench], benchmark, median_rust)
        fault_rows.append((name, shown, rust_fault_cache[benchmark], statistics.median(faults[i])))

    per_set = []
    present = [s for s in SETS if s == "baseline" or (s == "avx2" and best != "baseline") or best == "avx512"]
    cases = [("activation", "activation", f, n) for f in ("sigmoid", "softmax") for n in SIZES]
    cases += [("activation", "rows", "softmax_rows", b) for b in BATCHES]
    cases += [("loss", "loss", f, n) for f in ("cross_entropy_error", "cross_entropy_error_dense") for n in SIZES]
    for bench, group, f, n in cases:
        per_set.append((f, n, {s: rust(bench, f"{group}/fast_{f}_{s}/{n}") for s in present}))
    exp_on, exp_off, slowdown, low, high = exp_with_and_without_avx512()
    passes = numpy_passes(env)
    huge_on, huge_off, huge_ratio, huge_low, huge_high = numpy_with_and_without_huge_pages()
    default_malloc = numpy_with_default_malloc()

    for line in record:
        print(line)
    print(f"criterion: {' '.join(CRITERION)} seconds a run, 100 samples; numpy: timeit, {NUMPY_SAMPLES} repeats "
          f"of about {SAMPLE_SECONDS * 1e3:.0f} ms; {PAIRS} pairs a row, taken in {PAIRS} rounds over the whole run, "
          "Rust first in rounds 1, 3, 5 and numpy first in rounds 2, 4")
    print()
    print(f"Rust against numpy doing the same work, in {PAIRS} pairs (the fast rows on the widest instruction set);")
    print("spread: each side's highest median over its lowest across the pairs")
    print(f"| {'Rust function':<30} | {'n':>9} | {'Rust us':>11} | {'spread':>6} | {'numpy code':<62} "
          f"| {'numpy us':>11} | {'spread':>6} | {'Rust/numpy':>10} | {'lowest':>6} | {'highest':>7} |")
    print(f"|{'-' * 32}|{'-' * 11}|{'-' * 13}|{'-' * 8}|{'-' * 64}|{'-' * 13}|{'-' * 8}|{'-' * 12}|{'-' * 8}"
          f"|{'-' * 9}|")
    for name, n, code, r, r_spread, p, p_spread, ratio, low_, high_ in rows:
        print(f"| {name:<30} | {n:>9} | {us(r):>11} | {r_spread:>6.2f} | {code:<62} | {us(p):>11} "
              f"| {p_spread:>6.2f} | {ratio:>10.2f} | {low_:>6.2f} | {high_:>7.2f} |")
    print()
    print(f"Minor page faults per call at {SIZES[-1]} values (memory mapped and zeroed on first touch, a page at a time): numpy's")
    print(f"counted by getrusage over all its timed calls (median of the {PAIRS} pairs); Rust's from two runs of")
    print(f"{SHORT} s and {LONG} s in criterion's profiling mode, the faults the longer one adds over the calls it adds")
    print(f"| {'Rust function':<30} | {'numpy code':<62} | {'Rust faults':>11} | {'numpy faults':>12} |")
    print(f"|{'-' * 32}|{'-' * 64}|{'-' * 13}|{'-' * 14}|")
    for name, code, rust_f, numpy_f in fault_rows:
        print(f"| {name:<30} | {code:<62} | {rust_f:>11.1f} | {numpy_f:>12.1f} |")
    print()
    print("The fast functions on each instruction set, one run each: median us, and the baseline's time over this one")
    print("| " + " | ".join([f"{'fast function':<30}", f"{'n':>9}"] + [f"{s + ' us':>12}" for s in present]
                            + [f"{'baseline / ' + s:>20}" for s in present if s != "baseline"]) + " |")
    print("|" + "|".join(["-" * 32, "-" * 11] + ["-" * 14] * len(present)
                         + ["-" * 22] * (len(present) - 1)) + "|")
    for f, n, stats in per_set:
        cells = [f"{'fast_' + f:<30}", f"{n:>9}"] + [f"{us(m):>12}" for m in stats.values()]
        cells += [f"{stats['baseline'] / stats[s]:>20.2f}" for s in present if s != "baseline"]
        print("| " + " | ".join(cells) + " |")
    print()
    print(f"np.exp at 1000000 values, {PAIRS} pairs: {us(exp_on)} us with numpy's AVX-512 loops, {us(exp_off)} us "
          f"without (NPY_DISABLE_CPU_FEATURES=\"{NO_AVX512}\"): {slowdown:.2f} times as long "
          f"(lowest {low:.2f}, highest {high:.2f})")
    print()
    print(f"numpy one pass at a time into an array made beforehand: median us of {PAIRS} medians, and the bytes a call")
    print("reads and writes over its time (at a million values each array is 8 MB: compare the caches above)")
    print(f"| {'numpy code':<30} | {'n':>9} | {'numpy us':>11} | {'ns a value':>10} | {'GB/s':>6} |")
    print(f"|{'-' * 32}|{'-' * 11}|{'-' * 13}|{'-' * 12}|{'-' * 8}|")
    for stmt, n, median, rate in passes:
        print(f"| {stmt:<30} | {n:>9} | {us(median):>11} | {median / n * 1e9:>10.3f} | {rate:>6.1f} |")
    print()
    print(f"numpy's allocation-free sigmoid at 1000000 values, {PAIRS} pairs in a fresh Python: {us(huge_on)} us with "
          f"its 2 MiB pages, {us(huge_off)} us without: {huge_ratio:.2f} times as long (lowest {huge_low:.2f}, "
          f"highest {huge_high:.2f})")
    print()
    print(f"numpy at 1000000 values in a fresh Python, with glibc's default malloc and with the settings above, "
          f"{PAIRS} pairs:")
    print("median us and minor page faults per call; the default's time over the settings' time")
    print(f"| {'numpy code':<50} | {'default us':>10} | {'faults':>6} | {'settings us':>11} | {'faults':>6} "
          f"| {'default/settings':>16} | {'lowest':>6} | {'highest':>7} |")
    print(f"|{'-' * 52}|{'-' * 12}|{'-' * 8}|{'-' * 13}|{'-' * 8}|{'-' * 18}|{'-' * 8}|{'-' * 9}|")
    for stmt, d, d_f, k, k_f, ratio, low_, high_ in default_malloc:
        print(f"| {stmt:<50} | {us(d):>10} | {d_f:>6.1f} | {us(k):>11} | {k_f:>6.1f} | {ratio:>16.2f} "
              f"| {low_:>6.2f} | {high_:>7.2f} |")
    print()
    print("load average after the run: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))
    # Each Rust row is a fresh `cargo bench`, which rebuilds whatever changed
    # since the start: a record is only good if the code stayed as it was.
    code_after = code_state()
    if code_after != code_before:
        print(f"WARNING: the code changed during the run: {code_before} at the start, {code_after} at the end")


if __name__ == "__main__":
    main()
