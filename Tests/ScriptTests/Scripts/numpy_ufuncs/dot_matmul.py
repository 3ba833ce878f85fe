# np.dot, np.matmul, @ and ndarray.dot on vectors, matrices and stacks; numpy's shape errors.
import numpy as np

x = np.array([1.0, 2.0, 3.0])
y = np.array([4.0, 5.0, 6.0])
print(np.dot(x, y), x @ y, x.dot(y), type(x @ y).__name__)
A = np.arange(6).reshape(2, 3)
B = np.arange(12).reshape(3, 4)
print((A @ B).tolist(), np.dot(A, B).tolist(), A.dot(B).dtype)
print((A @ np.array([1, 0, 2])).tolist(), (np.array([1, 2]) @ A).tolist(), np.dot(A, [1, 1, 1]).tolist())
print(np.matmul(np.ones((2, 2, 3)), np.ones((3, 2))).tolist(), (np.ones((3, 1, 1, 2)) @ np.ones((4, 2, 1))).shape)
print(np.dot(2, A).tolist(), np.dot(A, 0.5).tolist(), np.dot(np.ones((2, 3)), np.ones((4, 3, 2))).shape)
M = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
N = np.array([[0.7, 0.8], [0.9, 1.1], [1.3, 1.7]])
print((M @ N).tolist(), (M.T @ M).tolist())
print(np.dot(np.array([0.1, 0.2, 0.3]), np.array([0.4, 0.5, 0.6])), (M @ np.array([1.5, 2.5, 3.5])).tolist())
print((np.array([[True, False], [False, False]]) @ np.array([[True, True], [False, True]])).tolist())
print((np.array([[1, 2]], dtype=np.int8) @ np.array([[100], [100]], dtype=np.int8)).tolist(), (A @ B.astype(np.float32)).dtype)
print(np.dot(np.zeros(0), np.zeros(0)), (np.ones((2, 0)) @ np.ones((0, 3))).tolist())
print(np.inner(np.array([1, 2, 3]), np.array([0, 1, 0])), np.outer(np.array([1, 2]), np.array([3, 4, 5])).tolist())
for f in [lambda: np.dot(np.ones((2, 3)), np.ones((2, 3))), lambda: np.ones((2, 3)) @ np.ones((2, 3)),
          lambda: np.dot(np.ones(3), np.ones(4)), lambda: np.ones(3) @ 2, lambda: np.matmul(np.ones(3), np.ones(4))]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
