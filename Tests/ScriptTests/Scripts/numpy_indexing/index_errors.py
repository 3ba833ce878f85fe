# Advanced-indexing errors and their numpy messages.
import numpy as np

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.tolist() if hasattr(r, "tolist") else r)
    except Exception as e:
        print(label, type(e).__name__, e)

def store(a, key, value):
    a[key] = value
    return a

a = np.arange(5)
m = np.arange(12).reshape(3, 4)
attempt("oob", lambda: a[[0, 5]])
attempt("oob neg", lambda: a[[-6]])
attempt("oob axis1", lambda: m[:, [4]])
attempt("oob int", lambda: m[3, [0]])
attempt("float list", lambda: a[[1.0, 2.0]])
attempt("float array", lambda: a[np.array([1.0])])
attempt("empty float array", lambda: a[np.array([])])
attempt("str list", lambda: a[[0, "x"]])
attempt("ragged", lambda: a[[0, [1]]])
attempt("bool len", lambda: m[np.array([True, False])])
attempt("bool axis1", lambda: m[:, np.array([True, False])])
attempt("bool 2d", lambda: m[np.ones((2, 4), dtype=bool)])
attempt("too many", lambda: a[[0], 1])
attempt("too many bool", lambda: a[np.ones((5, 1), dtype=bool)])
attempt("broadcast", lambda: m[[0, 1], [0, 1, 2]])
attempt("broadcast 3", lambda: np.zeros((2, 2, 2))[[0, 1], [[0], [1]], [0, 1, 1]])
attempt("broadcast mask", lambda: m[np.array([True, True, False]), [0, 1, 2]])
attempt("two ellipsis", lambda: m[..., [0], ...])
attempt("set oob", lambda: store(np.arange(5), [7], 1))
attempt("set shape", lambda: store(np.arange(5), [0, 1], [1, 2, 3]))
attempt("set shape 2d", lambda: store(np.zeros((2, 3)), (slice(None), [0, 2]), [[1], [2], [3]]))
attempt("mask count", lambda: store(np.arange(5), np.array([True, False, True, False, False]), [1, 2, 3]))
attempt("mask dims", lambda: store(np.arange(3), np.array([True, True, False]), [[1, 2]]))
attempt("mask rows", lambda: store(np.zeros((2, 3)), np.array([True, False]), [1, 2]))
attempt("overflow", lambda: store(np.arange(3, dtype=np.uint8), [0], 256))
attempt("big int", lambda: store(np.arange(3), [0], 2**70))
c = np.zeros((2, 3, 4))
attempt("order int/broadcast", lambda: c[5, [0, 1], [0, 1, 2]])
attempt("order bool/int", lambda: c[9, np.array([True, False])])
attempt("order set int", lambda: store(c, (9, [0, 1]), [1, 2, 3]))
attempt("order set value", lambda: store(c, ([9], [0, 1]), [1, 2, 3]))
attempt("elem list", lambda: store(np.zeros(3, dtype=np.int64), np.array(1), [1]))
attempt("elem float", lambda: store(np.zeros(3), np.array(1), [1, 2]))
