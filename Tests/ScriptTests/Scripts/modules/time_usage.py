# time.perf_counter / time.time used without printing their values
import time
start = time.perf_counter()
t0 = time.time()
total = 0
for i in range(20000):
    total += i % 7
elapsed = time.perf_counter() - start
wall = time.time() - t0
print(total)
print(type(start).__name__, type(t0).__name__, elapsed >= 0, wall >= -1.0, elapsed < 60)
print(t0 > 1.6e9)
marks = []
for _ in range(5):
    marks.append(time.perf_counter())
print(all(b >= a for a, b in zip(marks, marks[1:])))
def timed(fn, *args):
    s = time.perf_counter()
    r = fn(*args)
    return r, time.perf_counter() - s
r, dt = timed(sum, range(1000))
print(r, dt >= 0.0, isinstance(dt, float))
deadline = time.perf_counter() + 0.005
spins = 0
while time.perf_counter() < deadline:
    spins += 1
after = time.perf_counter()
print(after - start >= 0.005, spins > 0)
def bench(n):
    t = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i
    return x, time.perf_counter() - t
results = [bench(n)[0] for n in (10, 100, 1000)]
print(results)
print(round(1.5), "done")
