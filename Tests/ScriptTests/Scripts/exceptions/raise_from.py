# re-raise, raise from, raise from None, exception context
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised:", e)
def wrap():
    try:
        {}["key"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    wrap()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
def hide():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
try:
    hide()
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def implicit():
    try:
        int("x")
    except ValueError:
        raise TypeError("during")
try:
    implicit()
except TypeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
def reraise_modified():
    try:
        raise KeyError("a")
    except KeyError as e:
        e.args = ("modified",)
        raise
try:
    reraise_modified()
except KeyError as e:
    print(repr(e))
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e))
try:
    try:
        raise KeyError("inner")
    finally:
        print("finally during propagation")
except KeyError as e:
    print("outer got", e)
