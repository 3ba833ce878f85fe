# @jit functions that type inference rejects run in object mode with their loops lifted.
from numba import jit


@jit
def summary(n, label):
    s = 0.0
    for i in range(n):
        s += i * 0.5
    count = 0
    k = 0
    while k < n:
        if k % 3 == 0:
            count += 1
        k += 1
    return {"label": label, "sum": s, "count": count, "last": i}


@jit
def collect(n, tag):
    out = []
    for i in range(n):
        out.append(i * i)
    return tag + str(len(out)) + ":" + str(out[-1])


print(summary(1000, "half"))
print(summary(10, "ten"))
print(collect(50, "n="))
print(collect(1, "one="))
