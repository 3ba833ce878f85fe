# Ufuncs are objects: repr, names and arity; they broadcast over lists and scalars and take out=.
import numpy as np

print(repr(np.add), np.add.__name__, np.sqrt.nin, np.add.nin, np.add.nout, type(np.add).__name__)
print(repr(np.mod), repr(np.true_divide), repr(np.abs), repr(np.bitwise_not), np.degrees.__name__)
print(np.add([1, 2], [3, 4]).tolist(), np.multiply([[1], [2]], [1, 10]).tolist(), np.subtract(5, [1, 2]).tolist())
r = np.add(2, 3)
print(type(r).__name__, r.item(), type(np.add(2.0, 3)).__name__, type(np.add(np.int8(1), 1)).__name__)
print(np.divide(1, 4).item(), np.floor_divide(-7, 2).item(), np.remainder(-7, 2).item(), np.power(2, 10).item())
print(np.greater([1, 5], 3).tolist(), np.equal(2, 2.0), np.not_equal([1, 2], [1, 3]).tolist(), np.less_equal(3, [2, 3, 4]).tolist())
out = np.zeros(3)
res = np.add(np.arange(3), 1, out=out)
print(res is out, out.tolist())
o2 = np.empty((2, 3))
np.multiply(np.arange(3), np.array([[1], [2]]), o2)
print(o2.tolist())
o3 = np.zeros(3, dtype=np.float32)
np.sqrt(np.array([1.0, 4.0, 9.0]), out=o3)
print(o3.dtype, o3.tolist())
o4 = np.zeros(4, dtype=np.int64)
np.negative(np.arange(4), out=o4)
print(o4.tolist())
for f in [lambda: np.add(np.arange(3), 1.5, out=np.zeros(3, dtype=np.int64)),
          lambda: np.add(np.arange(3), 1, out=np.zeros(2)),
          lambda: np.add(np.arange(6).reshape(2, 3), 1, out=np.zeros(3))]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
fs = [np.sin, np.cos, np.sqrt]
print([f(0.0).item() for f in fs], np.maximum.__name__)
