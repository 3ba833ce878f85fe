# default_rng (PCG64 seeded through SeedSequence): random, normals, uniform for many seeds.
import numpy as np

for seed in [0, 1, 42, 12345, 2**32 - 1, 2**64 + 5, 2**130 + 3, [1, 2], [2**40, 3, 4, 5, 6]]:
    g = np.random.default_rng(seed)
    x = g.random()
    print(seed, x, type(x).__name__)
    print(g.random(3).tolist())
    print(g.random((2, 2)).tolist())
    f = g.random(3, dtype=np.float32)
    print(f.dtype, f.tolist())
    print(g.standard_normal(4).tolist())
    print(g.normal(), g.normal(5, 0.5, size=2).tolist())
    print(g.uniform(), g.uniform(-3, 3, size=3).tolist())

g = np.random.default_rng(99)
z = g.standard_normal(20000).tolist()
print([v for v in z if abs(v) > 3.6])
print(g.normal([0, 10, 100], [[1], [2]]).tolist())
print(g.uniform([0, 1], [1, 2], size=(2, 2)).tolist())
print(np.random.default_rng(np.int64(3)).random(), np.random.default_rng((7, 8)).random())
print(np.random.default_rng(np.array([7, 8])).random(), np.random.default_rng([]).random())
h = np.random.default_rng(5)
print(np.random.default_rng(h) is h, type(h).__name__)
print(np.random.Generator(np.random.PCG64(5)).random() == np.random.default_rng(5).random())
f32 = np.random.default_rng(8).standard_normal(6, dtype=np.float32)
print(f32.dtype, f32.tolist(), np.random.default_rng(8).standard_normal(dtype=np.float32))
