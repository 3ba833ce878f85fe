# reshape, ravel, flatten, transpose, swapaxes, squeeze, astype, fill, copy, item, tolist.
import numpy as np

a = np.arange(24)
print(a.reshape(2, 3, 4).shape, a.reshape((4, 6)).shape, a.reshape(-1, 8).shape, a.reshape(3, -1).shape)
t = a.reshape(2, 3, 4)
print(t.transpose().shape, t.transpose(1, 0, 2).shape, t.transpose((2, 0, 1)).shape, t.T.shape)
print(t.swapaxes(0, 2).shape, t[:, :1, :].squeeze().shape, np.zeros((1, 3, 1)).squeeze().shape)
print(t.transpose(1, 0, 2).ravel().tolist()[:8])
print(t.T.flatten().tolist()[:6])
f = np.arange(4).astype(np.float64)
print(f.tolist(), f.dtype, np.array([1.9, -1.9, 2.5]).astype(int).tolist())
print(np.array([0, 1, 2]).astype(bool).tolist(), np.arange(3).astype("float32").dtype)
z = np.zeros(4)
z.fill(2.5)
print(z.tolist())
print(np.arange(6).reshape(2, 3).item(4), np.arange(6).reshape(2, 3).item(1, 2), np.array([7]).item())
print(np.arange(6).reshape(2, 3).tolist(), type(np.arange(3).tolist()[0]).__name__)
print(type(np.linspace(0, 1, 3).tolist()[1]).__name__, np.array(5).tolist())
for bad in [lambda: a.reshape(5, 5), lambda: a.reshape(-1, -1), lambda: np.arange(6).item()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
