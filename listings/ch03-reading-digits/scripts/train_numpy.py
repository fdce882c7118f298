#!/usr/bin/env python3
"""The chapter's training run written with numpy: the same data, split,
network, starting weights, shuffles, batches and learning rate as
`cargo run --release --example train`.

Its random numbers come from the same generator as the Rust crate's
(`rand_pcg::Pcg64` seeded with `seed_from_u64`), re-implemented below, so
both start from the same weights and see the batches in the same order.

    pip install numpy
    python3 scripts/train_numpy.py          # trains, prints the last line
                                            # as the Rust example does

`compare_numpy.py` imports it to time one epoch against the Rust crate's.
"""

import gzip
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data", "digits.csv.gz")

HIDDEN, LEARNING_RATE, BATCH_SIZE, EPOCHS, SEED, TEST_EVERY = 64, 0.5, 32, 30, 1, 5

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


def split(images, labels):
    seen, train, test = np.zeros(10, dtype=int), [], []
    for i, label in enumerate(labels):
        seen[label] += 1
        (test if seen[label] % TEST_EVERY == 0 else train).append(i)
    return (images[train], labels[train]), (images[test], labels[test])


def initial_weights(rng):
    he = np.sqrt(6.0 / 64)
    w1 = np.array([[rng.uniform(he) for _ in range(HIDDEN)] for _ in range(64)])
    xavier = np.sqrt(6.0 / (HIDDEN + 10))
    w2 = np.array([[rng.uniform(xavier) for _ in range(10)] for _ in range(HIDDEN)])
    return [w1, np.zeros(HIDDEN), w2, np.zeros(10)]


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def one_epoch(params, x, t, order):
    """One pass in the given order, full batches only, a step after each."""
    w1, b1, w2, b2 = params
    for start in range(0, len(order) - BATCH_SIZE + 1, BATCH_SIZE):
        batch = order[start:start + BATCH_SIZE]
        xb, tb = x[batch], t[batch]
        z1 = xb @ w1 + b1
        h = np.maximum(z1, 0.0)
        logits = h @ w2 + b2
        delta2 = (softmax(logits) - tb) / BATCH_SIZE
        delta1 = (delta2 @ w2.T) * (z1 > 0)
        w2 -= LEARNING_RATE * (h.T @ delta2)
        b2 -= LEARNING_RATE * delta2.sum(axis=0)
        w1 -= LEARNING_RATE * (xb.T @ delta1)
        b1 -= LEARNING_RATE * delta1.sum(axis=0)


def accuracy(params, x, labels):
    w1, b1, w2, b2 = params
    logits = np.maximum(x @ w1 + b1, 0.0) @ w2 + b2
    return float(np.mean(logits.argmax(axis=1) == labels))


def setup():
    """The data, one-hot targets and starting weights, and the generator
    positioned where the Rust run's is when training starts."""
    (x, labels), test = split(*load())
    rng = Pcg64(SEED)
    params = initial_weights(rng)
    t = np.eye(10)[labels]
    return x, labels, t, test, params, rng


def main():
    x, labels, t, (test_x, test_labels), params, rng = setup()
    for _ in range(EPOCHS):
        one_epoch(params, x, t, rng.permutation(len(x)))
    print(f"train accuracy: {accuracy(params, x, labels):.4f}")
    print(f"test accuracy: {accuracy(params, test_x, test_labels):.4f}")


if __name__ == "__main__":
    main()
