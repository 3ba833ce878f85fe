# custom exceptions with __init__/args, hierarchies, str/repr
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return "%s: %s" % (self.field, self.message)
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__("missing %r" % (key,))
class NoSuperInit(AppError):
    def __init__(self, code):
        self.code = code
errs = [AppError(), AppError("one"), AppError("a", 2), ValidationError("age", "must be positive"), NotFound("k"), NoSuperInit(7)]
for e in errs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
for e in errs:
    try:
        raise e
    except ValidationError as v:
        print("validation on", v.field)
    except NotFound as n:
        print("not found", n.key)
    except AppError as a:
        print("app error", a.args)
print(issubclass(ValidationError, AppError), issubclass(AppError, Exception), issubclass(AppError, BaseException))
print(isinstance(NotFound("x"), Exception), NoSuperInit(3).code)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(str(WithDefault()), str(WithDefault("custom")), repr(WithDefault()))
e = ValueError("x", 1)
print(str(e), repr(e), e.args, str(ValueError()), repr(ValueError()), str(ValueError(None)))
print(str(KeyError("k")), str(KeyError("k", "j")), repr(KeyError("k")), str(KeyError()))
e2 = Exception("msg")
e2.extra = "attached"
print(e2.extra, e2.args)
e3 = RuntimeError("a")
e3.args = ("changed",)
print(str(e3))
class Chain(Exception):
    pass
def layered(n):
    if n == 0:
        raise Chain("bottom")
    try:
        layered(n - 1)
    except Chain as e:
        raise Chain("level %d" % n) from e
try:
    layered(3)
except Chain as e:
    msgs = []
    cur = e
    while cur is not None:
        msgs.append(str(cur))
        cur = cur.__cause__
    print(msgs)
class Multi(Exception):
    def __init__(self, *codes):
        super().__init__(*codes)
        self.codes = codes
try:
    raise Multi(1, 2, 3)
except Multi as m:
    print(m.codes, m.args, str(m))
