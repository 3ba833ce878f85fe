# A tiny stack-based virtual machine with an assembler, labels, calls
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op = parts[0].upper()
        arg = parts[1] if len(parts) > 1 else None
        if arg is not None and arg.lstrip("-").isdigit():
            arg = int(arg)
        code.append((op, arg))
    return [(op, labels.get(arg, arg) if isinstance(arg, str) else arg) for op, arg in code]
def run(code, trace=False, limit=100000):
    stack, calls, out, pc, steps = [], [], [], 0, 0
    mem = {}
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit")
        if op == "PUSH": stack.append(arg)
        elif op == "POP": stack.pop()
        elif op == "DUP": stack.append(stack[-1])
        elif op == "SWAP": stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "OVER": stack.append(stack[-2])
        elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
            b, a = stack.pop(), stack.pop()
            stack.append({"ADD": lambda: a + b, "SUB": lambda: a - b, "MUL": lambda: a * b,
                          "DIV": lambda: a // b, "MOD": lambda: a % b,
                          "LT": lambda: int(a < b), "EQ": lambda: int(a == b)}[op]())
        elif op == "JMP": pc = arg
        elif op == "JZ":
            if stack.pop() == 0:
                pc = arg
        elif op == "CALL":
            calls.append(pc)
            pc = arg
        elif op == "RET": pc = calls.pop()
        elif op == "STORE": mem[arg] = stack.pop()
        elif op == "LOAD": stack.append(mem[arg])
        elif op == "PRINT": out.append(stack.pop())
        elif op == "HALT": break
        else:
            raise ValueError("bad op " + op)
        if trace:
            print("  %-5s %-6s %s" % (op, "" if arg is None else arg, stack))
    return out, steps
print(run(assemble("PUSH 2\nPUSH 3\nADD\nPUSH 4\nMUL\nPRINT"), trace=True))
fact = """
    PUSH 1
    STORE acc
    PUSH 20
    STORE n
loop:
    LOAD n
    JZ done
    LOAD acc
    LOAD n
    MUL
    STORE acc
    LOAD n
    PUSH 1
    SUB
    STORE n
    JMP loop
done:
    LOAD acc
    PRINT
    HALT
"""
print(run(assemble(fact)))
fib = """
    PUSH 0
    STORE a
    PUSH 1
    STORE b
    PUSH 15       ; counter
    STORE k
again:
    LOAD k
    JZ end
    LOAD a
    PRINT
    LOAD a
    LOAD b
    ADD
    LOAD b
    STORE a
    STORE b
    LOAD k
    PUSH 1
    SUB
    STORE k
    JMP again
end:
    HALT
"""
print(run(assemble(fib))[0])
sub = """
    PUSH 7
    CALL square
    PRINT
    PUSH 12
    CALL square
    PRINT
    HALT
square:
    DUP
    MUL
    RET
"""
print(run(assemble(sub)))
for bad in ["PUSH 1\nPUSH 0\nDIV", "FOO", "loop:\nJMP loop", "POP"]:
    try:
        print(run(assemble(bad)))
    except (ZeroDivisionError, ValueError, RuntimeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
