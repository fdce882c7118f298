#!/usr/bin/env python3
"""Times the post's numpy code on the same inputs as the criterion benchmarks
and prints Rust-time / numpy-time for each, measured on this machine in one
run. Below 1 means the Rust listing is faster.

    pip install numpy
    python3 scripts/compare_numpy.py            # runs `cargo bench --features bench` first
    python3 scripts/compare_numpy.py --no-bench # reuses target/criterion
    python3 scripts/compare_numpy.py > benches/speed.txt

The `fast_` rows are `activation_and_loss::fast`, timed against the same
numpy code as the readable ones. The last line compares the fast sigmoid
with the memory-bandwidth floor: one multiplication per value.
"""

import json
import os
import subprocess
import sys
import timeit

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
SIZES = [10, 1_000, 1_000_000]


def criterion_dir():
    """Where criterion wrote its estimates: the workspace's target/ or the crate's."""
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=CRATE, capture_output=True, text=True, check=True,
    )
    return os.path.join(json.loads(out.stdout)["target_directory"], "criterion")


def rust_seconds(group, name, size=None):
    parts = [criterion_dir(), group, name] + ([str(size)] if size is not None else [])
    with open(os.path.join(*parts, "new", "estimates.json")) as f:
        return json.load(f)["median"]["point_estimate"] * 1e-9


def numpy_seconds(stmt, setup_globals):
    timer = timeit.Timer(stmt, globals=setup_globals)
    loops, _ = timer.autorange()
    return min(timer.repeat(repeat=5, number=loops)) / loops


# The post's code, as the post writes it.
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def relu(x):
    return np.maximum(0, x)


def softmax(a):
    exp_a = np.exp(a)
    sum_exp_a = np.sum(exp_a)
    return exp_a / sum_exp_a


def cross_entropy_error(y, t):
    delta = 1e-7
    return -np.sum(t * np.log(y + delta))


class Perceptron:
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


def cpu():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform
    return platform.processor() or "unknown"


def main():
    if "--no-bench" not in sys.argv:
        subprocess.run(["cargo", "bench", "--quiet", "--features", "bench"], cwd=CRATE, check=True, stdout=sys.stderr)

    rows = []
    for n in SIZES:
        x = np.linspace(-5.0, 5.0, n)
        y = softmax(x)
        t = np.zeros(n)
        t[n // 2] = 1.0
        env = dict(globals(), x=x, y=y, t=t)
        for group, name, stmt in [
            ("activation", "sigmoid", "sigmoid(x)"),
            ("activation", "fast_sigmoid", "sigmoid(x)"),
            ("activation", "relu", "relu(x)"),
            ("activation", "softmax", "softmax(x)"),
            ("activation", "fast_softmax", "softmax(x)"),
            ("loss", "cross_entropy_error", "cross_entropy_error(y, t)"),
            ("loss", "fast_cross_entropy_error", "cross_entropy_error(y, t)"),
        ]:
            rows.append((name, n, rust_seconds(group, name, n), numpy_seconds(stmt, env)))

    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    Y = np.array([0, 0, 0, 1])
    env = dict(globals(), X=X, Y=Y)
    fit = "p = Perceptron(2); p.fit(X, Y)"
    rows.append(("and_gate_fit", 4, rust_seconds("perceptron", "and_gate_fit"), numpy_seconds(fit, env)))

    import datetime
    print(f"CPU: {cpu()} ({os.cpu_count()} logical cores)")
    print(f"numpy {np.__version__}, {datetime.date.today().isoformat()}")
    print("median Rust time (criterion) / best numpy time (timeit)")
    print(f"| {'function':<24} | {'n':>9} | {'Rust':>10} | {'numpy':>10} | {'Rust/numpy':>10} |")
    print(f"|{'-' * 26}|{'-' * 11}|{'-' * 12}|{'-' * 12}|{'-' * 12}|")
    for name, n, rust, numpy in rows:
        print(f"| {name:<24} | {n:>9} | {rust * 1e6:>8.2f}us | {numpy * 1e6:>8.2f}us | {rust / numpy:>10.2f} |")
    n = SIZES[-1]
    stream, fast = rust_seconds("activation", "stream", n), rust_seconds("activation", "fast_sigmoid", n)
    print(f"fast_sigmoid / stream at n = {n}: {fast / stream:.2f} ({fast * 1e6:.0f}us / {stream * 1e6:.0f}us)")


if __name__ == "__main__":
    main()
