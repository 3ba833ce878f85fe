# while loops implementing classic algorithms
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(v) for v in (0, 1, 15, 16, 17, 10**20)])
def binsearch(arr, target):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid
        elif arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -lo - 1
arr = list(range(0, 100, 7))
print([binsearch(arr, t) for t in (0, 7, 49, 50, 98, 200)])
def digits(n):
    out = []
    while True:
        n, r = divmod(n, 10)
        out.append(r)
        if n == 0:
            break
    return out[::-1]
print(digits(0), digits(907), digits(2**64))
def to_base(n, b):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = chars[r] + s
    return "-" + s if neg else s
print(to_base(255, 16), to_base(255, 2), to_base(-100, 7), to_base(10**12, 36))
a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
def bubble(xs):
    xs = xs[:]
    n = len(xs)
    swapped = True
    passes = 0
    while swapped:
        swapped = False
        passes += 1
        for i in range(n - 1):
            if xs[i] > xs[i + 1]:
                xs[i], xs[i + 1] = xs[i + 1], xs[i]
                swapped = True
    return xs, passes
print(bubble([5, 1, 4, 2, 8, 0, 2]))
