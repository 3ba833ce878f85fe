# Arrays too large to allocate raise numpy's MemoryError with the size in binary units.
import numpy as np

for shape in [10**12, 10**13, (10**6, 10**7), (3, 10**12)]:
    try:
        np.zeros(shape)
    except MemoryError as e:
        print("MemoryError:", e)
try:
    np.ones((10**6, 10**7), dtype=np.int32)
except MemoryError as e:
    print("MemoryError:", e)
for bad in [10**19, (2, -3)]:
    try:
        np.empty(bad)
    except ValueError as e:
        print("ValueError:", e)
print(np.zeros(10**6).shape)
