# In-place operators update the array itself, casting the result with the same_kind rule.
import numpy as np

a = np.arange(6)
alias = a
a += 1
a *= 2
a -= np.array([1, 1, 1, 1, 1, 1])
a //= 3
print(a.tolist(), alias is a)
f = np.arange(4, dtype=np.float32)
f += 0.5
f *= np.arange(4)
f /= 2
print(f.dtype, f.tolist())
m = np.zeros((2, 3))
m += np.arange(3)
m[1] += 10
m[:, 0] *= -1
print(m.tolist())
v = m[0]
v += 100
print(m.tolist())
b = np.arange(5)
b[1:] += b[:-1]
print(b.tolist())
c = np.arange(4)
c += c[::-1]
print(c.tolist())
for op in ['+=', '/=', '**=']:
    x = np.arange(3)
    try:
        if op == '+=': x += 1.5
        elif op == '/=': x /= 2
        else: x **= 0.5
    except TypeError as e:
        print(type(e).__name__, e)
try:
    y = np.arange(3)
    y += np.arange(6).reshape(2, 3)
except ValueError as e:
    print('ValueError:', e)
u = np.array([250], dtype=np.uint8); u += 10; print(u.tolist())
i = np.array([1, 2], dtype=np.int32); i += np.array([1.0, 2.0]).astype(np.int64); print(i.dtype, i.tolist())
s = np.ones(2) * 3; s **= 2; print(s.tolist())
