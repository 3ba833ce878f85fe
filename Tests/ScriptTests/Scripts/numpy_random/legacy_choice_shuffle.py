# Legacy choice, shuffle and permutation.
import numpy as np

np.random.seed(2024)
c = np.random.choice(5)
print(c, type(c).__name__)
print(np.random.choice(10, 5).tolist())
print(np.random.choice(10, 5, replace=False).tolist())
print(np.random.choice(5, (2, 3), p=[0.1, 0.2, 0.3, 0.2, 0.2]).tolist())
print(np.random.choice(6, 4, replace=False, p=[0.05, 0.25, 0.3, 0.2, 0.1, 0.1]).tolist())
e = np.random.choice([1.5, 2.5, 3.5])
print(e, type(e).__name__)
print(np.random.choice([10, 20, 30], size=4).tolist())
z = np.random.choice([10, 20, 30], size=())
print(z.shape, z.tolist())
print(np.random.choice(np.array([True, False]), 3).tolist())

x = np.arange(10)
np.random.shuffle(x)
print(x.tolist())
l = ["a", "b", "c", "d", "e"]
np.random.shuffle(l)
print(l)
m = np.arange(12).reshape(4, 3)
np.random.shuffle(m)
print(m.tolist())
f = np.linspace(0, 1, 6)[::-1]
np.random.shuffle(f)
print(f.tolist())

print(np.random.permutation(8).tolist())
src = np.array([1.5, 2.5, 3.5, 4.5])
p = np.random.permutation(src)
print(p.tolist(), src.tolist())
print(np.random.permutation(np.arange(6).reshape(3, 2)).tolist())
print(np.random.permutation([5, 6, 7]).tolist())
