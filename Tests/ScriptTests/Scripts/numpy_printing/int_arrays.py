# Integer arrays: right alignment to the widest element, 1-D/2-D/3-D nesting.
import numpy as np

print(np.arange(10))
print(np.arange(-5, 6))
print(np.array([1, -100, 20000]))
print(np.arange(12).reshape(3, 4))
print(np.arange(-6, 6).reshape(2, 3, 2))
print(np.arange(24).reshape(2, 3, 4))
print(np.arange(16).reshape(2, 2, 2, 2))
print(np.array([[7]]))
print(np.array([9223372036854775807, -9223372036854775807]))
print(np.array([0, 255], dtype=np.uint8))
print(np.array([18446744073709551615, 1], dtype=np.uint64))
print(np.array([-128, 127], dtype=np.int8))
print(np.arange(6).reshape(6, 1))
print(np.arange(6).reshape(1, 6))
