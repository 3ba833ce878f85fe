import numpy as np
n = float('nan')
a = np.array([[1.0, n, 3.0], [n, n, 6.0]])
print(np.nansum(a), np.nansum(a, axis=0).tolist(), np.nansum(a, axis=1).tolist())
print(np.nanmean(a), np.nanmean(a, axis=1).tolist())
print(np.nanmax(a), np.nanmin(a), np.nanmax(a, axis=1).tolist(), np.nanmin(a, axis=0).tolist())
print(np.nansum([1, 2, 3]), np.nanmean([1, 2, 4]), np.nanmax([1, 5, 2]), np.nansum([]))
print(np.sum(a), np.mean(a), np.max(a))
print(np.nansum(np.array([n, n])), np.nanmean(np.array([2.0, n]), keepdims=True).tolist())
