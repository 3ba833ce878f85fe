# slice assignment and deletion on lists
L = list(range(10))
L[2:4] = ["a", "b", "c"]
print(L)
L[:0] = [-2, -1]
print(L)
L[len(L):] = [100]
print(L)
L[1:-1] = []
print(L)
L = list(range(10))
L[::2] = "ABCDE"
print(L)
try:
    L[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
L[::-3] = [7, 8, 9, 10]
print(L)
del L[::3]
print(L)
del L[1:3]
print(L)
del L[-2:]
print(L)
del L[:]
print(L)
M = [1, 2, 3, 4, 5]
M[1:3] = M
print(M)
M = [1, 2, 3]
M[0:1] = range(3)
print(M)
M[5:10] = [9]
print(M)
M[-100:1] = ["start"]
print(M)
M[2:2] = "xy"
print(M)
M[3:1] = [0]
print(M)
try:
    M[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
N = list(range(20))
print(N[::5], N[1::5], N[18:3:-4], N[-1::-7])
del N[5:15:2]
print(N)
N[:] = [0]
print(N)
P = [0] * 6
for i in range(3):
    P[i::3] = [i + 1] * 2
print(P)
Q = list("abcdef")
Q[1:5] = Q[4:0:-1]
print(Q)
R = [1, 2, 3, 4]
R[1:3] = [[5, 6]]
print(R)
