# Iterating arrays: rows of 2-D arrays are views, elements of 1-D arrays are numpy scalars.
import numpy as np

m = np.arange(6).reshape(2, 3)
for row in m:
    print(row.tolist(), row.shape)
for x in np.arange(3):
    print(x, type(x).__name__)
print(list(np.array([1.5, 2.5])), len(m), len(m[0]))
print([v * 1 for v in np.arange(3).tolist()], sum(np.arange(4).tolist()))
print(tuple(np.zeros(2)), 2 in np.arange(3).tolist())
rows = list(m)
rows[0][0] = 50
print(m.tolist())
for plane in np.arange(8).reshape(2, 2, 2):
    for r in plane:
        print(r.tolist(), end=" ")
print()
try:
    len(np.array(5))
except TypeError as e:
    print("TypeError:", e)
try:
    iter(np.array(5))
except TypeError as e:
    print("TypeError:", e)
