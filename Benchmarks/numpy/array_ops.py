# Array operations on 5,000,000 float64 elements, timed inside the script.
# Prints one "op best_ms checksum" line per operation; scripts/bench-numpy runs this under
# Updraft and under CPython + numpy and prints the ratios side by side.
import time
import numpy as np

N = 5_000_000
REPEAT = 7

a = np.linspace(0.0, 1.0, N)
b = np.linspace(2.0, 3.0, N)
m = a.reshape(2000, 2500)


def best_ms(fn):
    best = None
    result = None
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        result = fn()
        elapsed = (time.perf_counter() - t0) * 1000.0
        best = elapsed if best is None or elapsed < best else best
    return best, result


def checksum(x):
    # A cheap, order-independent summary printed so both runs can be compared for equality.
    if isinstance(x, np.ndarray):
        return "%s %s %.10e %.10e" % (x.shape, x.dtype, float(x[0] if x.ndim == 1 else x[0, 0]),
                                      float(x[-1] if x.ndim == 1 else x[-1, -1]))
    return "%.17g" % float(x)


ops = [
    ("a*0.5+b", lambda: a * 0.5 + b),
    ("a.sum()", lambda: a.sum()),
    ("np.sqrt(a)", lambda: np.sqrt(a)),
    ("a[::2].copy()", lambda: a[::2].copy()),
    ("m.T.copy()", lambda: m.T.copy()),
]
for name, fn in ops:
    ms, result = best_ms(fn)
    print("%-14s %9.3f  %s" % (name, ms, checksum(result)))
