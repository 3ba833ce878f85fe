# Broadcasting 2-D with 1-D rows, column vectors and newaxis views; numpy's shape error.
import numpy as np

m = np.arange(12).reshape(3, 4)
row = np.array([10, 20, 30, 40])
col = np.arange(3).reshape(3, 1)
print((m + row).tolist())
print((m * col).tolist())
print((col + row).tolist(), (col + row).shape)
print((row[:, None] - row[None, :]).tolist())
print((m.T + col.T).tolist())
print((m[::2, ::-1] * 2).tolist())
print((m[:, 1] + m[1, :3]).tolist())
cube = np.arange(24).reshape(2, 3, 4)
print((cube + m).shape, (cube * col).tolist()[1])
print((np.ones((2, 1, 3)) + np.arange(4).reshape(4, 1)).shape)
print((np.zeros((0, 3)) + np.arange(3)).shape, (m + np.array(5)).tolist()[0])
for a, b in [(np.ones(3), np.ones(4)), (m, np.ones(3)), (np.ones((2, 3)), np.ones((3, 2))), (cube, np.ones((4, 4)))]:
    try:
        a + b
    except ValueError as e:
        print('ValueError:', e)
print((m + [1, 2, 3, 4]).tolist()[2], (m > [0, 5, 10, 15]).tolist())
