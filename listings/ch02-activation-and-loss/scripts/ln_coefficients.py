#!/usr/bin/env python3
"""The coefficients of `fast::ln`'s polynomial, and its worst error.

With s = f / (2 + f), ln(1 + f) = 2 atanh(s) = 2s + s R(s^2), where
R(z) = 2z/3 + 2z^2/5 + 2z^3/7 + ... For |s| <= (sqrt 2 - 1)/(sqrt 2 + 1),
z = s^2 is at most 0.0295. R(z)/z is matched by the polynomial of degree 6
that equals it at 7 Chebyshev points of [0, b], b a hair above that bound,
which is within a whisker of the best possible (minimax) one. Computed in
50-digit arithmetic, rounded to f64, and checked at 2 001 points with the
rounded coefficients: the error printed is that of z times the polynomial
against R(z), which is what ends up in ln; ln m itself is about 2s, so the
error relative to ln m is at most half of it.

    pip install mpmath
    python3 scripts/ln_coefficients.py
"""

import mpmath as mp

mp.mp.dps = 50
DEGREE = 6
largest_s = (mp.sqrt(2) - 1) / (mp.sqrt(2) + 1)
b = largest_s**2 * mp.mpf("1.0001")


def r_over_z(z):
    """R(z) / z, with its limit 2/3 at z = 0."""
    if z == 0:
        return mp.mpf(2) / 3
    s = mp.sqrt(z)
    return (2 * mp.atanh(s) / s - 2) / z


n = DEGREE + 1
nodes = [b / 2 + b / 2 * mp.cos(mp.pi * (k + mp.mpf(1) / 2) / n) for k in range(n)]
vandermonde = mp.matrix([[x**j for j in range(n)] for x in nodes])
coefficients = mp.lu_solve(vandermonde, mp.matrix([r_over_z(x) for x in nodes]))
rounded = [float(coefficients[j]) for j in range(n)]

worst = 0
for i in range(2001):
    z = b * i / 2000
    p = mp.mpf(0)
    for c in reversed(rounded):
        p = p * z + mp.mpf(c)
    worst = max(worst, abs(z * (p - r_over_z(z))))

for c in rounded:
    print(repr(c))
print(f"largest error of z times the polynomial against R(z): {mp.nstr(worst, 3)}")
