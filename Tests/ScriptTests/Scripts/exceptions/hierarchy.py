# built-in exception hierarchy checks
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (StopIteration, Exception), (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (TypeError, ValueError), (UnicodeDecodeError, ValueError),
    (FileNotFoundError, OSError), (AssertionError, Exception), (AttributeError, Exception),
    (ModuleNotFoundError, ImportError), (IndentationError, SyntaxError), (TabError, IndentationError),
    (bool, int), (LookupError, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
def classify(exc):
    try:
        raise exc
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arith"
    except (TypeError, ValueError):
        return "type-or-value"
    except Exception:
        return "other exception"
    except BaseException:
        return "base only"
for exc in (KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(), ValueError(), RuntimeError(), KeyboardInterrupt(), SystemExit(3)):
    print(type(exc).__name__, classify(exc))
e = SystemExit(3)
print(e.code, SystemExit().code, SystemExit("msg").code)
si = StopIteration(42)
print(si.value, StopIteration().value)
k = KeyError("x")
print(k.args, str(k), str(KeyError(1)), str(KeyError("a b")))
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as b:
    print("BaseException caught", type(b).__name__)
o = OSError(2, "No such file")
print(o.errno, o.strerror, str(o))
print(isinstance(ValueError("x"), (TypeError, ValueError)), BaseException in Exception.__mro__)
