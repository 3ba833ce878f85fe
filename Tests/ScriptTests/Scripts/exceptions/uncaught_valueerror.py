# Ends with an uncaught exception: stdout before it must still be flushed.
def parse(items):
    out = []
    for s in items:
        out.append(int(s))
        print("parsed", s)
    return out
print("start")
total = 0
for i in range(5):
    total += i * i
    print("partial total", total)
values = parse(["1", "22", "333"])
print("values", values, sum(values))
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def pop(self):
        return self.items.pop()
s = Stack()
for v in values:
    s.push(v)
print("popped", s.pop(), s.pop())
try:
    parse(["4", "x"])
except ValueError as e:
    print("handled:", e)
print("about to fail")
parse(["5", "six", "7"])
print("never printed")
