# Statement-heavy dispatch without match: dict dispatch, if chains, early return
def op_add(a, b): return a + b
def op_sub(a, b): return a - b
def op_mul(a, b): return a * b
ops = {"+": op_add, "-": op_sub, "*": op_mul}
for expr in ["3 + 4", "10 - 7", "6 * 7", "1 / 2"]:
    a, op, b = expr.split()
    fn = ops.get(op)
    if fn is None:
        print(expr, "-> unsupported")
        continue
    print(expr, "->", fn(int(a), int(b)))
def grade(score):
    if score >= 90: return "A"
    if score >= 80: return "B"
    if score >= 70: return "C"
    return "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i
    return -1
print(first_negative([3, 4, -1, -5]), first_negative([1, 2]))
def process(items):
    out = []
    for it in items:
        if not isinstance(it, int):
            out.append("skip")
            continue
        if it > 100:
            out.append("stop")
            break
        out.append(it * 2)
    else:
        out.append("complete")
    return out
print(process([1, "a", 3]))
print(process([1, 200, 3]))
state = "start"
trace = []
while state != "end":
    trace.append(state)
    if state == "start":
        state = "middle"
    elif state == "middle":
        state = "finish" if len(trace) > 2 else "middle"
    else:
        state = "end"
print(trace)
def nested_returns(x):
    try:
        if x:
            return "truthy"
        return "falsy"
    finally:
        print("finally for", repr(x))
print(nested_returns(1))
print(nested_returns(""))
def no_return():
    pass
print(no_return())
def bare_return():
    return
print(bare_return())
def multi():
    return 1, 2
print(multi(), type(multi()).__name__)
