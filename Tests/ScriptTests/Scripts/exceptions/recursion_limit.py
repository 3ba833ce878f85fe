# RecursionError caught, stack unwinding, recovery afterwards
import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(deep(500))
depth_reached = [0]
def probe(n):
    depth_reached[0] = n
    probe(n + 1)
try:
    probe(0)
except RecursionError:
    print("probe overflowed; depth > 500:", depth_reached[0] > 500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
try:
    deep(500)
except RecursionError as e:
    print("with limit 200:", type(e).__name__)
print(deep(100))
sys.setrecursionlimit(5000)
print(deep(3000))
sys.setrecursionlimit(1000)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for i in range(300):
    n = Node(n)
print(n.length())
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("mutual:", str(e))
log = []
def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        if n == 0:
            log.append("outermost finally ran")
try:
    with_finally(0)
except RecursionError:
    print("caught", log)
print(issubclass(RecursionError, RuntimeError))
