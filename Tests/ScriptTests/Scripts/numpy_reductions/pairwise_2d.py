import numpy as np
m = np.linspace(-2.5, 7.75, 30000).reshape(100, 300)
print(repr(float(m.sum())), repr(float(m.T.sum())))
print([repr(v) for v in m.sum(axis=0).tolist()[:4]])
print([repr(v) for v in m.sum(axis=1).tolist()[:4]])
s = m[:, :250]
print(repr(float(s.sum())), repr(float(s.mean())), repr(float(s.std())))
t = np.linspace(0.1, 9.9, 60000).reshape(10, 20, 300)
print(repr(float(t[:, ::2, :250].sum())), [repr(v) for v in t.sum(axis=(0, 2)).tolist()[:3]])
print([repr(v) for v in t[:, :, :250].sum(axis=(1, 2)).tolist()[:3]])
print([repr(v) for v in t.mean(axis=0).ravel().tolist()[:3]])
