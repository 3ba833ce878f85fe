# Float math ufuncs on arrays, lists and scalars, with numpy's result dtypes.
import numpy as np

x = np.array([0.0, 0.25, 1.0, 4.0, 16.0])
print(np.sqrt(x).tolist(), np.sqrt(np.arange(5)).dtype, np.sqrt([1, 4, 9]).tolist())
print(np.exp(np.array([0.0, 1.0, -1.0])).tolist(), np.log(np.array([1.0, np.e, 0.0])).tolist())
print(np.log2(np.array([1.0, 8.0, 0.5])).tolist(), np.log10(np.array([1.0, 1000.0, 0.01])).tolist(), np.exp2([3, -1]).tolist())
print(np.sin(np.array([0.0, np.pi / 2, np.pi / 6])).tolist(), np.cos(np.array([0.0, np.pi])).tolist())
print(np.tan(np.array([0.0, np.pi / 4])).tolist(), np.arctan(np.array([0.0, 1.0])).tolist(), np.arcsin(np.array([0.0, 1.0])).tolist())
print(np.arccos(np.array([1.0, 0.0, -1.0])).tolist(), np.tanh(np.array([0.0, 20.0])).tolist())
print(np.sinh(np.array([0.0])).tolist(), np.cosh(np.array([0.0])).tolist(), np.expm1([0.0, 1e-10]).tolist(), np.log1p([0.0, 1e-10]).tolist())
print(np.deg2rad(np.array([0.0, 90.0, 180.0])).tolist(), np.rad2deg(np.array([0.0, np.pi])).tolist(), np.degrees(np.pi / 2), np.radians(180))
print(np.sqrt(np.array([-1.0, np.inf, -np.inf, np.nan])).tolist(), np.log(np.array([-1.0, 0.0])).tolist())
print(np.square(np.array([3, -4])).tolist(), np.square(np.array([1.5])).tolist(), np.reciprocal(np.array([2.0, 0.0, -4.0])).tolist())
print(np.reciprocal(np.array([1, 2, -1, 3])).tolist(), np.cbrt(np.array([8.0, -64.0, 0.125])).tolist())
print(np.hypot(np.array([3.0, 5.0]), 4).tolist(), np.arctan2(np.array([1.0, -1.0, 0.0]), np.array([1.0, -1.0, -1.0])).tolist())
print(np.copysign(np.array([1.0, 2.0, 3.0]), np.array([-1.0, 0.0, -0.0])).tolist())
for f in ['sqrt', 'exp', 'sin', 'log', 'arctan2', 'hypot']:
    g = getattr(np, f)
    r = g(np.arange(3, dtype=np.int32)) if f not in ('arctan2', 'hypot') else g(np.arange(3), np.arange(3, dtype=np.int16))
    print(f, r.dtype, np.asarray(g(np.arange(2, dtype=np.float32)) if f not in ('arctan2', 'hypot') else g(np.float32(1), np.float32(1))).dtype)
r = np.sqrt(2)
print(type(r).__name__, r.item(), type(np.sqrt(np.float32(4))).__name__, np.exp(0).item(), np.sin(np.float64(0.0)).item())
print(np.sqrt(np.array([4.0, 9.0], dtype=np.float32)).tolist(), np.exp(np.array([0.0, 1.0], dtype=np.float32)).dtype)
