# np.isclose, np.allclose (rtol/atol/equal_nan, infinities) and np.array_equal.
import numpy as np

a = np.array([1.0, 1e-9, 100.0, np.inf, np.nan, -np.inf])
b = np.array([1.000001, 0.0, 100.001, np.inf, np.nan, np.inf])
print(np.isclose(a, b).tolist(), np.isclose(a, b, equal_nan=True).tolist())
print(np.isclose(a, b, rtol=0, atol=1e-8).tolist(), np.isclose(a, b, rtol=1e-3).tolist())
print(np.isclose(1.0, 1.0 + 1e-9), type(np.isclose(1.0, 2.0)).__name__, np.isclose([1, 2], [1, 3]).tolist())
print(np.isclose(np.arange(3), np.arange(3) + 1e-6).tolist(), np.isclose(np.arange(3), 1).tolist())
print(np.allclose([1.0, 2.0], [1.0, 2.000001]), np.allclose([1.0, 2.0], [1.0, 2.1]), np.allclose(1.0, [1.0, 1.0]))
print(np.allclose(np.array([np.nan]), np.array([np.nan])), np.allclose(np.array([np.nan]), np.array([np.nan]), equal_nan=True))
print(np.allclose(np.ones((2, 3)), np.ones(3) + 1e-9), np.allclose([1e10], [1.00001e10]), np.allclose([1e-10], [0.0]))
print(type(np.allclose([1.0], [1.0])).__name__)
print(np.array_equal([1, 2, 3], np.array([1, 2, 3])), np.array_equal(np.ones(3), np.ones(4)), np.array_equal([1, 2], [1.0, 2.0]))
print(np.array_equal(np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2)), np.array_equal([np.nan], [np.nan]))
print(np.array_equal([np.nan, 1.0], [np.nan, 1.0], equal_nan=True), np.array_equal(np.array([]), np.array([])))
f = np.array([0.1, 0.2], dtype=np.float32)
print(np.isclose(f, [0.1, 0.2]).tolist(), np.allclose(f, np.float32(0.1) + np.float32(0.1) * np.arange(2)))
