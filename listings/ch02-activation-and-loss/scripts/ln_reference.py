#!/usr/bin/env python3
"""True values of ln x at 2 000 points, for measuring in units in the last
place (ulp) how far `fast::ln` and the C library's `ln` are from them.

Each value is computed in 40-digit decimal arithmetic (Python's `decimal`,
whose ln is correctly rounded) and written as two f64s, `high + low`. A
third of the points are spread over the whole range of positive normal
numbers (a random exponent and a random significand), a third over
[0.5, 2], where ln x is small and an error relative to it is hardest to
keep down, and a third over [1e-7, 1], the probabilities a cross-entropy
takes logarithms of. The points are fixed by a seed, so the file is the
same every time.

    python3 scripts/ln_reference.py > data/ln_reference.txt
"""

import math
import random
from decimal import Decimal, getcontext

getcontext().prec = 40
random.seed(3)

xs = [math.ldexp(random.uniform(0.5, 1.0), random.randint(-1021, 1024)) for _ in range(667)]
xs += [random.uniform(0.5, 2.0) for _ in range(667)]
xs += [random.uniform(1e-7, 1.0) for _ in range(666)]


def split(value):
    """`value` as two f64s whose sum is `value` to about 2^-106."""
    high = float(value)
    low = float(value - Decimal(high))
    return high, low


print("# x, ln x as high low; see scripts/ln_reference.py")
for x in xs:
    print(x, *split(Decimal(x).ln()))
