# The cost of calling a trivial @njit function from object mode: the dispatcher's type check,
# argument conversion, the native call and boxing the result. Prints ns per call (best of 5).
import time
from numba import njit


@njit
def add(a, b):
    return a + b


N = 1_000_000
add(1, 2)  # compile outside the timing
best = None
for _ in range(5):
    t0 = time.perf_counter()
    i = 0
    while i < N:
        add(i, 1)
        i += 1
    loop_with_calls = time.perf_counter() - t0
    t0 = time.perf_counter()
    i = 0
    while i < N:
        i += 1
    empty_loop = time.perf_counter() - t0
    ns = (loop_with_calls - empty_loop) / N * 1e9
    best = ns if best is None or ns < best else best
print("result", add(20, 22))
print("ns_per_call", round(best, 1))
