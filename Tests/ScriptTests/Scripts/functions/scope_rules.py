# LEGB scope resolution, shadowing, class scope subtleties
x = "global"
def f():
    return x
def g():
    x = "local g"
    def h():
        return x
    return h()
print(f(), g())
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))
class C:
    x = "class x"
    y = [x for _ in range(1)]
    def method(self):
        return x
print(C.x, C.y, C().method())
def comprehension_scope():
    items = [1, 2, 3]
    return [i * len(items) for i in items]
print(comprehension_scope())
n = 10
def uses_global_n():
    return [n * i for i in range(3)]
print(uses_global_n())
def make():
    v = 1
    def get():
        return v
    v = 2
    return get
print(make()())
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def cond_define(flag):
    if flag:
        val = "set"
    try:
        return val
    except UnboundLocalError:
        return "unbound"
print(cond_define(True), cond_define(False))
total = 0
def add_to_total(v):
    global total
    total += v
for v in range(5):
    add_to_total(v)
print(total)
def nonlocal_chain():
    a = 0
    def l1():
        nonlocal a
        a += 1
        def l2():
            nonlocal a
            a += 10
        l2()
    l1(); l1()
    return a
print(nonlocal_chain())
def param_shadows(x):
    return x
print(param_shadows("param"), x)
def except_var_cleared():
    e = "before"
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "e was deleted"
print(except_var_cleared())
lam_global = lambda: x
x = "rebound global"
print(lam_global(), f())
def default_snapshot(v=x):
    return v
x = "again"
print(default_snapshot())
