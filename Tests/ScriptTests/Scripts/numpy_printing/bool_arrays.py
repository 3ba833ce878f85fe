# Bool arrays: " True" is padded to the width of "False" except in 0-d arrays.
import numpy as np

print(np.array([True, False]))
print(np.array([True, True]))
print(np.array([False]))
print(np.eye(3, dtype=bool))
print(repr(np.array([True, False, True])))
print(repr(np.eye(2, dtype=bool)))
print(np.array(True), repr(np.array(False)))
print(np.full((2, 2, 2), True))
print(np.ones(40, dtype=bool))
print(repr(np.zeros(30, dtype=bool)))
