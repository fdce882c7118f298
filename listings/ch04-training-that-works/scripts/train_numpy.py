#!/usr/bin/env python3
"""The run of `cargo run --example adam_run`, written with numpy: the same
digits, split, centring, network, starting weights, shuffles, batches and
Adam steps, and the same report after each epoch.

Its random numbers come from the same generator as the Rust crate's
(`rand_pcg::Pcg64` seeded with `seed_from_u64`), re-implemented below, so
both start from the same weights and see the batches in the same order.
The two differ in the order their sums are added up in (numpy's BLAS
against `matrixmultiply`, and elsewhere) and in `exp` and `log` (numpy's
own vectorised routines against the C library's), which move only the last
bits of the numbers.

    pip install numpy
    python3 scripts/train_numpy.py > scripts/train_numpy.txt

`compare_numpy.py` imports it to time one epoch against the Rust crate's.
`tests/numpy_twin.rs` checks that its committed output is the Rust run's.
"""

import gzip
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data", "digits.csv.gz")

HIDDEN, LEARNING_RATE, BATCH_SIZE, EPOCHS, SEED, EVERY = 64, 0.01, 32, 20, 1, 5
BETA1, BETA2, EPSILON = 0.9, 0.999, 1e-8

M64, M128 = (1 << 64) - 1, (1 << 128) - 1


def rotate_right(x, r, bits):
    mask = (1 << bits) - 1
    return ((x >> r) | (x << ((bits - r) % bits))) & mask


class Pcg64:
    """PCG XSL RR 128/64, seeded the way rand_core's `seed_from_u64` does."""

    MULTIPLIER = 0x2360_ED05_1FC6_5DA4_4385_DF64_9FCC_F645

    def __init__(self, seed):
        state, seed_bytes = seed, b""
        for _ in range(8):  # 32 seed bytes, 4 at a time, from a PCG32
            state = (state * 0x5851_F42D_4C95_7F2D + 0xA176_54E4_6FBE_17F3) & M64
            xorshifted = (((state >> 18) ^ state) >> 27) & 0xFFFF_FFFF
            seed_bytes += rotate_right(xorshifted, state >> 59, 32).to_bytes(4, "little")
        words = [int.from_bytes(seed_bytes[8 * i:8 * i + 8], "little") for i in range(4)]
        self.increment = (words[2] | (words[3] << 64)) | 1
        self.state = ((words[0] | (words[1] << 64)) + self.increment) & M128
        self.step()

    def step(self):
        self.state = (self.state * self.MULTIPLIER + self.increment) & M128

    def next_u64(self):
        self.step()
        xsl = ((self.state >> 64) ^ self.state) & M64
        return rotate_right(xsl, self.state >> 122, 64)

    def uniform(self, limit):
        unit = (self.next_u64() >> 11) / float(1 << 53)
        return (2.0 * unit - 1.0) * limit

    def permutation(self, n):
        order = list(range(n))
        for i in range(n - 1, 0, -1):
            j = (self.next_u64() * (i + 1)) >> 64
            order[i], order[j] = order[j], order[i]
        return np.array(order)


def load():
    with gzip.open(DATA, "rt") as f:
        rows = np.loadtxt(f, delimiter=",", dtype=np.int64)
    return rows[:, :64] / 16.0, rows[:, 64]


def every_fifth(images, labels):
    """Every fifth example of each digit, and the rest."""
    seen, rest, kept = np.zeros(10, dtype=int), [], []
    for i, label in enumerate(labels):
        seen[label] += 1
        (kept if seen[label] % EVERY == 0 else rest).append(i)
    return (images[rest], labels[rest]), (images[kept], labels[kept])


def uniform_weights(rng, inputs, outputs, limit):
    return np.array([[rng.uniform(limit) for _ in range(outputs)] for _ in range(inputs)])


def initial_weights(rng):
    """He's weights into the hidden layer, Xavier's into the output, biases 0."""
    w1 = uniform_weights(rng, 64, HIDDEN, np.sqrt(6.0 / 64))
    w2 = uniform_weights(rng, HIDDEN, 10, np.sqrt(6.0 / (HIDDEN + 10)))
    return [w1, np.zeros(HIDDEN), w2, np.zeros(10)]


def log_sum_exp(z):
    m = z.max(axis=1, keepdims=True)
    return (m + np.log(np.exp(z - m).sum(axis=1, keepdims=True)))[:, 0]


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def cross_entropy(logits, labels):
    return float(np.mean(log_sum_exp(logits) - logits[np.arange(len(labels)), labels]))


def forward(params, x):
    w1, b1, w2, b2 = params
    return np.maximum(x @ w1 + b1, 0.0) @ w2 + b2


class Adam:
    """Adam with its bias correction, one pair of averages per parameter."""

    def __init__(self, params):
        self.m = [np.zeros_like(p) for p in params]
        self.h = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, params, grads):
        self.t += 1
        unbias1, unbias2 = 1.0 - BETA1**self.t, 1.0 - BETA2**self.t
        for p, g, m, h in zip(params, grads, self.m, self.h):
            m *= BETA1
            m += (1.0 - BETA1) * g
            h *= BETA2
            h += (1.0 - BETA2) * g * g
            p -= LEARNING_RATE * (m / unbias1) / (np.sqrt(h / unbias2) + EPSILON)


def one_epoch(params, adam, x, labels, order):
    """One pass in the given order, full batches only, an Adam step after
    each; returns the mean of the batches' losses before their steps. Like
    the Rust layers, the first layer also works out the gradient at its
    input, which nothing uses."""
    w1, b1, w2, b2 = params
    total, steps = 0.0, 0
    for start in range(0, len(order) - BATCH_SIZE + 1, BATCH_SIZE):
        batch = order[start:start + BATCH_SIZE]
        xb, tb = x[batch], np.eye(10)[labels[batch]]
        z1 = xb @ w1 + b1
        h = np.maximum(z1, 0.0)
        logits = h @ w2 + b2
        total += cross_entropy(logits, labels[batch])
        steps += 1
        delta2 = (softmax(logits) - tb) / BATCH_SIZE
        grad_w2, grad_b2 = h.T @ delta2, delta2.sum(axis=0)
        delta1 = (delta2 @ w2.T) * (z1 > 0)
        grad_w1, grad_b1 = xb.T @ delta1, delta1.sum(axis=0)
        _ = delta1 @ w1.T
        adam.step(params, [grad_w1, grad_b1, grad_w2, grad_b2])
    return total / steps


def setup():
    """The centred training and validation digits, the starting weights,
    and the generator positioned where the Rust run's is when training
    starts."""
    rest, _test = every_fifth(*load())
    (x, labels), (vx, vlabels) = every_fifth(*rest)
    mean = x.mean(axis=0)
    rng = Pcg64(SEED)
    params = initial_weights(rng)
    return x - mean, labels, vx - mean, vlabels, params, rng


def main():
    x, labels, vx, vlabels, params, rng = setup()
    adam = Adam(params)
    print(f"Adam, η = {LEARNING_RATE}, seed {SEED}, {EPOCHS} epochs, batches of {BATCH_SIZE}")
    print("epoch  train loss  validation loss  validation accuracy")
    for epoch in range(1, EPOCHS + 1):
        train_loss = one_epoch(params, adam, x, labels, rng.permutation(len(x)))
        logits = forward(params, vx)
        accuracy = float(np.mean(logits.argmax(axis=1) == vlabels))
        print(f"{epoch:<5}  {train_loss:<10.6f}  {cross_entropy(logits, vlabels):<15.6f}  {accuracy:.4f}")


if __name__ == "__main__":
    main()
