# Subscripts and slices
s = "abcdefghij"
L = list(range(10))
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[100:], s[-100:3], s[5:2], s[3:3])
print(L[1:9:3], L[-1:-8:-3], L[::3])
print(L[slice(2, 6)], L[slice(None, None, -4)])
t = (1, 2, 3, 4, 5)
print(t[1:-1], t[::-1], t[10:])
d = {"a": 1, (1, 2): "tuple", 3: [4, 5]}
print(d["a"], d[(1, 2)], d[1, 2], d[3][1])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
m[0][1] = 20
print(m)
L2 = L[:]
L2[2:5] = ["x"]
print(L2)
L2[::2] = [0] * len(L2[::2])
print(L2)
del L2[1:3]
print(L2)
del L2[::2]
print(L2)
class Idx:
    def __getitem__(self, k):
        return k
i = Idx()
print(i[1], i[1:2], i[::3], i[1, 2], i[1:2, 3], i[...], i[:, None])
print(slice(1, 10, 2).indices(5))
print(slice(None, None, -1).indices(4))
sl = slice(1, 5)
print(sl.start, sl.stop, sl.step)
print("hello"[1:4][::-1])
b = b"bytes"
print(b[0], b[1:3], b[::-1])
print(range(10)[2:8:2], range(10)[-1], list(range(10)[::-3]))
x = [0, 1, 2, 3, 4, 5]
x[1:1] = [9, 9]
print(x)
x[-2:] = []
print(x)
x[len(x):] = [7]
print(x)
