# The first_sight notebook's HeavyFunction, undecorated and called once. Nothing tells the
# runtime to compile it: its loop nest gets hot, and with tiering on (the default) the outer
# loop is entered in compiled code mid-run (on-stack replacement). Compare:
#   updraft --tier-log examples/heavy_function.py
#   updraft --jit=off examples/heavy_function.py
import sys
import time

import numpy as np


def HeavyFunction(x, y):
    ret = []
    for elemx in x:
        for elemy in y:
            ret.append(elemx**elemy + elemx*elemy)


a = np.arange(1000)
b = np.linspace(0, 10, 100)
start = time.perf_counter()
print(HeavyFunction(a, b))
elapsed = time.perf_counter() - start
print(f"HeavyFunction(a, b): {elapsed * 1000:.1f} ms", file=sys.stderr)
