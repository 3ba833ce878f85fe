# raise in finally, raising non-exceptions, raising classes vs instances, stored exceptions
def raise_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    raise_in_finally()
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
class E(Exception):
    pass
for exc in (E, E("with arg"), ValueError("v")):
    try:
        raise exc
    except Exception as e:
        print("caught", repr(e))
err = None
try:
    raise OSError("stored")
except OSError as e:
    err = e
print(repr(err), isinstance(err, Exception))
try:
    raise err
except OSError as e:
    print("raised stored:", e, e is err)
def handler_scope():
    try:
        raise ValueError
    except ValueError as exc:
        pass
    return "exc" in locals()
print(handler_scope())
