# Loops that store into arrays are entered by OSR; when a guard fails part-way, the stores the
# compiled loop made are undone before the interpreter resumes at the loop header.
import numpy as np


def smooth(a, out):
    n = len(a)
    for i in range(1, n - 1):
        out[i] = (a[i - 1] + a[i] + a[i + 1]) / 3.0
    out[0] = a[0]
    out[n - 1] = a[n - 1]
    return out


def running(counts, step):
    total = 0
    for i in range(len(counts)):
        total = total * step + 1
        counts[i] += total % 7
    return total


def bump(a):
    for i in range(len(a)):
        a[i] += 1
        a[i] *= 2
    return a


a = np.linspace(0.0, 5.0, 3000)
out = smooth(a, np.zeros(3000))
print(out[:4], out[-3:], out.sum())
c = np.zeros(3000, dtype=np.int64)
t = running(c, 1)
print(t, c[:5], c[-5:], c.sum())
c = np.zeros(3000, dtype=np.int64)
t = running(c, 3)
print(t % 1000003, c[:5], c[-5:], c.sum())
b = bump(np.arange(2500))
print(b[:3], b[-3:], b.sum())
try:
    bump(np.arange(5.0))[7]
except IndexError as e:
    print("IndexError", e)
