# Rows longer than 75 columns wrap with numpy's continuation indentation;
# repr wraps at 74 columns and indents under "array(".
import numpy as np

print(np.arange(40))
print(repr(np.arange(40)))
print(np.arange(100).reshape(4, 25))
print(repr(np.arange(100).reshape(4, 25)))
print(np.linspace(0, 1, 20))
print(repr(np.linspace(0, 1, 20)))
print(np.arange(60).reshape(2, 2, 15))
print(repr(np.arange(26, dtype=np.int32)))
print(repr(np.arange(27, dtype=np.int32)))
print(repr(np.arange(20, dtype=np.int16).reshape(2, 10)))
print(repr(np.linspace(0, 1, 9, dtype=np.float32)))
print(np.full(30, 1e10))
print(repr(np.full((2, 12), -0.5)))
