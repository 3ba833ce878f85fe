# complex128 arrays: real and imaginary parts formatted separately, the
# imaginary part with a sign; complex scalars print like Python complex.
import numpy as np

a = np.zeros(3, dtype=np.complex128)
a.real[...] = np.array([1.0, 3.0, 0.0])
a.imag[...] = np.array([2.0, -1.0, 0.5])
print(a)
print(repr(a))
for x in a:
    print(x, repr(x))
b = np.zeros((2, 2), dtype=np.complex128)
b.real[...] = np.array([[1e-5, 2.0], [-3.5, float("nan")]])
b.imag[...] = np.array([[1e10, -0.0], [float("inf"), 1.0]])
print(b)
print(repr(b))
for x in b.reshape(-1):
    print(x, repr(x))
c = np.ones(30, dtype=np.complex128)
c.imag[...] = np.linspace(0, 1, 30)
print(c)
print(repr(np.zeros(4, dtype=np.complex128)))
