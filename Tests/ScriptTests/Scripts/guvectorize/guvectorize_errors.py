# Misuse of @guvectorize and of the gufuncs it makes: numba's and numpy's messages.
import numpy as np
from numba import guvectorize, float64


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        # numba's typing errors are long and coloured: their class is enough here.
        text = "" if type(e).__name__ == "TypingError" else str(e)
        print(label, type(e).__name__, text)


def first(x, out):
    out[0] = x[0]


def returns(x, out):
    out[0] = x[0]
    return 1


attempt("void", lambda: guvectorize([(float64[:], float64[:])], "(n)->()")(returns))
attempt("arity", lambda: guvectorize([(float64[:], float64[:], float64[:])], "(n)->()")(first))
attempt("symbols", lambda: guvectorize([(float64[:], float64[:])], "(n)->(m)")(first))
attempt("target", lambda: guvectorize([(float64[:], float64[:])], "(n)->()", target="gpu")(first))
attempt("args", lambda: guvectorize([(float64[:], float64[:])], "(n)->()", 3)(first))
attempt("ndim", lambda: guvectorize([(float64[:, :], float64[:])], "(n)->()")(first))
attempt("scalar", lambda: guvectorize([(float64, float64[:])], "(n)->()")(first))
for layout in ["(n)-()", "(n),->()", "n->()", "(n)->()->()", "(n,)->()", "(1)->()", "(n?)->()", "->()"]:
    attempt(layout, lambda: guvectorize([(float64[:], float64[:])], layout)(first))

g = guvectorize([(float64[:], float64[:])], "(n)->()")(first)


@guvectorize([(float64[:], float64, float64[:])], "(n),()->(n)")
def shift(x, c, out):
    for i in range(x.shape[0]):
        out[i] = x[i] + c


a = np.arange(6.0).reshape(2, 3)
attempt("0-d input", lambda: g(5.0))
attempt("too few", lambda: shift(a))
attempt("too many", lambda: shift(a, 1.0, np.zeros((2, 3)), np.zeros((2, 3))))
attempt("keyword", lambda: g(np.arange(4.0), bogus=1))
attempt("both outs", lambda: shift(np.arange(3.0), 1.0, np.zeros(3), out=np.zeros(3)))
attempt("out tuple", lambda: shift(np.arange(3.0), 1.0, out=(np.zeros(3), np.zeros(3))))
attempt("out list", lambda: shift(np.arange(3.0), 1.0, out=[np.zeros(3)]))
attempt("out int", lambda: shift(np.arange(3.0), 1.0, 5))
attempt("string", lambda: shift(np.arange(3.0), "a"))
attempt("none", lambda: shift(np.arange(3.0), None))
attempt("complex in", lambda: g(np.arange(3, dtype=np.complex128)))
attempt("core size", lambda: shift(np.arange(3.0), 1.0, np.zeros(4)))
attempt("broadcast", lambda: shift(a, np.ones(3)))
attempt("broadcast 2", lambda: shift(a, np.ones((4, 3))))
attempt("broadcast out", lambda: shift(a, 1.0, np.zeros((3, 3))))
attempt("reduction", lambda: shift(a, 1.0, np.zeros(3)))
attempt("reduction 0", lambda: shift(a, 1.0, np.zeros((1, 3))))
attempt("cast out", lambda: g(np.arange(4.0), np.zeros((), dtype=np.int64)))
attempt("short out", lambda: g(np.arange(8.0).reshape(2, 4), np.zeros(3)))
attempt("big int", lambda: shift(np.arange(3.0), 2 ** 70))
attempt("not enough out", lambda: shift(np.arange(3.0), 1.0, np.zeros(())))
