# floor, ceil, trunc, rint, round/around (half to even, decimals) and ndarray.round.
import numpy as np

x = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.7, -2.7])
print(np.floor(x).tolist(), np.ceil(x).tolist())
print(np.trunc(x).tolist(), np.rint(x).tolist())
print(np.round(x).tolist(), np.around(x).tolist(), x.round().tolist())
y = np.array([1.234, 2.675, -0.125, 0.375, 123.456])
print(np.round(y, 2).tolist(), np.round(y, 1).tolist(), y.round(decimals=3).tolist())
print(np.round(y, -1).tolist(), np.round(np.array([1250.0, 1350.0, -50.0]), -2).tolist())
i = np.array([15, 25, -35, 1234])
print(np.round(i).tolist(), np.round(i).dtype, np.round(i, 2).dtype, np.round(i, -1).tolist(), np.round(i, -2).dtype)
print(np.floor(i).dtype, np.ceil(np.array([1, 2], dtype=np.uint8)).dtype, np.trunc(np.array([True])).dtype, np.rint(i).dtype)
f = np.array([0.5, 1.5, 2.45], dtype=np.float32)
print(np.round(f).dtype, [float(v) for v in np.round(f).tolist()], np.round(f, 1).dtype)
print(np.round(2.5), type(np.round(2.5)).__name__, np.round(7).item(), type(np.round(7)).__name__)
print(np.round(np.float64(0.125), 2).item(), np.floor(-0.5), np.ceil(-0.5), np.floor(np.float32(2.5)).item())
print(np.round(np.array([[1.25, 2.35], [-0.05, 9.995]]), 1).tolist())
print(np.floor([1.5, -1.5]).tolist(), np.rint(np.array([np.inf, -np.inf, np.nan])).tolist())
