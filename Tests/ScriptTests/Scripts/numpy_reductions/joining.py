import numpy as np
a = np.arange(4).reshape(2, 2)
print(np.concatenate([a, a]).tolist(), np.concatenate([a, a], axis=1).tolist(), np.concatenate([a, a], axis=None).tolist())
print(np.concatenate([[1, 2], [3.5]]).tolist(), np.concatenate(([1], [True])).dtype)
print(np.stack([[1, 2], [3, 4]]).tolist(), np.stack([[1, 2], [3, 4]], axis=1).tolist(), np.stack([a, a], axis=-1).shape)
print(np.vstack([[1, 2], [3, 4]]).tolist(), np.vstack([a, [9, 9]]).tolist(), np.hstack([[1, 2], [3]]).tolist(), np.hstack([a, a]).tolist())
print(np.column_stack([[1, 2], [3, 4]]).tolist(), np.column_stack([a, [7, 8]]).tolist())
print(np.append([1, 2], [[3, 4]]).tolist(), np.append(a, [[9, 9]], axis=0).tolist(), np.append(a, 5).tolist())
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: np.concatenate([np.arange(6).reshape(2, 3), np.arange(4).reshape(2, 2)]))
attempt(lambda: np.concatenate([np.arange(6).reshape(2, 3), np.arange(3)]))
attempt(lambda: np.concatenate([]))
attempt(lambda: np.stack([[1, 2], [3]]))
attempt(lambda: np.concatenate([a, a], axis=2))
