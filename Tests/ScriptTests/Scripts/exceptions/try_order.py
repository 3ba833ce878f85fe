# try/except/else/finally ordering
def run(case):
    log = []
    try:
        log.append("try")
        if case == "raise":
            raise ValueError("v")
        if case == "other":
            raise KeyError("k")
        if case == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for case in ("ok", "raise", "other", "return"):
    print(case, run(case))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def loop_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_finally())
def nested():
    log = []
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("outer caught " + str(e))
    return log
print(nested())
