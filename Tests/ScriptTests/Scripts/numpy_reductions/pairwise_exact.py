import numpy as np
x = np.linspace(0, 1, 1001)
print(repr(float(x.sum())), repr(float(x.mean())), repr(float(x.std())), repr(float(x.var())))
for n in [7, 8, 9, 63, 127, 128, 129, 255, 256, 1000, 4099, 10007]:
    y = np.linspace(-1.5, 2.25, n)
    print(n, repr(float(y.sum())), repr(float(np.mean(y))))
z = np.linspace(0, 3, 100000)
print(repr(float(z.sum())), repr(float(z.mean())), repr(float(z.std())))
w = np.linspace(1e-3, 1e3, 200001)
print(repr(float(w.sum())), repr(float(w[::3].sum())), repr(float(w[::-1].sum())))
