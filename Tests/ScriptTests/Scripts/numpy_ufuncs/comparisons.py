# Comparisons return bool arrays; mixed types compare by value; non-numbers compare unequal.
import numpy as np

a = np.array([1, 2, 3, 4])
b = np.array([4, 2, 2, 4])
print((a < b).tolist(), (a <= b).tolist(), (a == b).tolist(), (a != b).tolist(), (a > b).tolist(), (a >= b).tolist())
print((a == 2).tolist(), (2 < a).tolist(), (a >= 2.5).tolist(), (a == [1, 0, 3, 0]).tolist())
print((a < b).dtype, (np.array([1.5, np.nan]) == np.array([1.5, np.nan])).tolist())
n = np.array([np.nan, 1.0])
print((n < 1).tolist(), (n >= 1).tolist(), (n != n).tolist())
print((np.array([True, False]) < np.array([True, True])).tolist(), (np.array([True]) == 1).tolist())
print((np.array([-1], dtype=np.int8) < np.array([255], dtype=np.uint8)).tolist())
print((np.array([0.1], dtype=np.float32) == 0.1).tolist(), (np.array([0.5], dtype=np.float32) == 0.5).tolist())
print((a == None).tolist(), (a != None).tolist(), (a == 'x').tolist())
m = np.arange(6).reshape(2, 3)
print((m > np.array([[1], [4]])).tolist(), (m == m.T[:, 0][:2, None]).tolist())
print(3 in a, 7 in a)
x = np.int64(5)
print(x == 5, x < 6.5, x > np.float32(4.5), 5 == x, type(x == 5).__name__, type(x < 3).__name__)
try:
    a < None
except TypeError as e:
    print('TypeError')
