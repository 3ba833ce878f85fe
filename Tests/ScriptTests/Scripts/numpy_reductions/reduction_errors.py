import numpy as np
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: np.max([]))
attempt(lambda: np.min(np.zeros((0, 3)), axis=0))
attempt(lambda: np.sum([1, 2], axis=2))
attempt(lambda: np.arange(6).reshape(2, 3).mean(axis=-3))
attempt(lambda: np.sum(np.arange(6).reshape(2, 3), axis=(0, 0)))
attempt(lambda: np.argmin(np.zeros(0)))
attempt(lambda: np.cumsum([1, 2], axis=1))
attempt(lambda: np.nanmax(np.array([])))
attempt(lambda: np.ptp(np.array([True, False])))
attempt(lambda: np.sum(np.arange(3), axis=1.5))
print(issubclass(np.exceptions.AxisError, ValueError), issubclass(np.exceptions.AxisError, IndexError))
