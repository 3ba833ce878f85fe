# Lists that nothing reads are not copied back from compiled loops; lists that are read
# (later, or by len() in a later pass of an outer loop) are.
import numpy as np


def notebook_heavy(x, y):
    ret = []
    for elemx in x:
        for elemy in y:
            ret.append(elemx**elemy + elemx*elemy)


def counted(n):
    out = []
    sizes = []
    for k in range(n):
        for j in range(40):
            out.append(j * 0.5)
        sizes.append(len(out))
    return sizes[:3], sizes[-1], len(out)


def alias(n):
    seen = []
    keep = seen
    for i in range(n):
        seen.append(i)
    return len(keep), keep[-1]


print(notebook_heavy(np.arange(200), np.linspace(0, 3, 30)))
print(counted(200))
print(alias(3000))
