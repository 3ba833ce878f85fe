# Empty arrays: str is [], repr names dtype (and shape unless it is (0,)).
import numpy as np

print(np.zeros(0))
print(repr(np.zeros(0)))
print(np.zeros((2, 0)))
print(repr(np.zeros((2, 0))))
print(repr(np.zeros((0, 3), dtype=np.int32)))
print(repr(np.arange(0)))
print(repr(np.zeros(0, dtype=bool)))
print(repr(np.zeros((3, 0, 2), dtype=np.float32)))
print(repr(np.ones(0, dtype=np.uint8)))
print(repr(np.array([])))
print(np.array([[]]), repr(np.array([[]])))
print(repr(np.zeros(0, dtype=np.complex128)))
