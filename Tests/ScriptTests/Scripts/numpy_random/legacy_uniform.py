# Legacy np.random: seeds, random/random_sample/rand and their shapes and result types.
import numpy as np

for seed in [0, 1, 42, 2**32 - 1]:
    np.random.seed(seed)
    x = np.random.random()
    print(seed, x, type(x).__name__)
    print(np.random.random(3).tolist())
    print(np.random.random_sample((2, 2)).tolist())
    r = np.random.rand(2, 1)
    print(r.shape, r.dtype, r.tolist())
    print(np.random.rand())
    print(np.random.random(()).shape, np.random.random(0).tolist())

np.random.seed(7)
first = np.random.random(4).tolist()
np.random.seed(7)
print(first == np.random.random(4).tolist())
np.random.seed([1, 2, 3])
print(np.random.random(2).tolist())
np.random.seed(np.array([5, 2**32 - 1]))
print(np.random.random(2).tolist())
np.random.seed(np.int64(11))
print(np.random.sample(2).tolist(), np.random.ranf())
