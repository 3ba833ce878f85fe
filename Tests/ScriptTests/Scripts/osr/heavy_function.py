# The first_sight notebook's HeavyFunction, undecorated and called once: its outer loop is
# entered in compiled code mid-run; the list it fills must hold numpy.float64 items.
import numpy as np


def HeavyFunction(x, y):
    ret = []
    for elemx in x:
        for elemy in y:
            ret.append(elemx**elemy + elemx*elemy)
    return ret


a = np.arange(300)
b = np.linspace(0, 10, 40)
ret = HeavyFunction(a, b)
print(len(ret), type(ret[0]).__name__, type(ret[-1]).__name__)
print(ret[0], ret[41], ret[-1], repr(ret[-2]))
print(sum(ret))
