# Recursive fibonacci: function-call overhead on small ints.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

results = [fib(27) for _ in range(45)]
print("fib(27) =", results[-1], "runs:", len(results))
