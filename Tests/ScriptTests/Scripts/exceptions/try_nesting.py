# exceptions raised while handling, bare except, base-class handlers, finally in loops
def except_in_except():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("during handling")
    except ValueError as e:
        return (str(e), type(e.__context__).__name__, e.__cause__)
print(except_in_except())
def bare_except():
    try:
        [][1]
    except:
        return "bare caught"
print(bare_except())
def exception_base():
    try:
        {}["x"]
    except LookupError as e:
        return "LookupError caught " + repr(e)
print(exception_base())
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x += 10
finally:
    x += 100
print(x)
def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                return i
        finally:
            print("  finally i=%d" % i)
print(while_finally())
