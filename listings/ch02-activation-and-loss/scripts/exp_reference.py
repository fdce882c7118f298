#!/usr/bin/env python3
"""True values of e^x and of the sigmoid at 2 000 points, for measuring in
units in the last place (ulp) how far `fast::exp`, `fast::sigmoid` and the
readable versions are from them.

Each value is computed in 40-digit decimal arithmetic (Python's `decimal`,
whose exp is correctly rounded) and written as two f64s, `high + low`, so
that a test can measure an error of a fraction of an ulp. Half the points
are spread over the whole range where e^x is a normal number, half over
[-40, 40], where the sigmoid is not yet 0 or 1. The points are fixed by a
seed, so the file is the same every time.

    python3 scripts/exp_reference.py > data/exp_reference.txt
"""

import random
from decimal import Decimal, getcontext

getcontext().prec = 40
random.seed(2)

xs = [random.uniform(-708.0, 709.0) for _ in range(1000)]
xs += [random.uniform(-40.0, 40.0) for _ in range(1000)]


def split(value):
    """`value` as two f64s whose sum is `value` to about 2^-106."""
    high = float(value)
    low = float(value - Decimal(high))
    return high, low


print("# x, e^x as high low, sigmoid(x) as high low; see scripts/exp_reference.py")
for x in xs:
    e = Decimal(x).exp()
    s = 1 / (1 + (-Decimal(x)).exp())
    print(x, *split(e), *split(s))
