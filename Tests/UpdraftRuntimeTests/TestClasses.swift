// Swift versions of the small classes the expected outputs were computed with in CPython:
//
//     class Seq:                       # __len__ + __getitem__ (old sequence protocol)
//         def __init__(self, n): self.n = n
//         def __len__(self): return self.n
//         def __getitem__(self, i):
//             if i >= self.n or i < 0: raise IndexError(i)
//             return i * 10
//     class Rev:                       # __reversed__
//         def __reversed__(self): return iter([3, 2, 1])
//     class Idx:                       # __index__
//         def __index__(self): return 5
//     class Box:                       # __lt__ and an attribute
//         def __init__(self, v=0): self.v = v
//         def __lt__(self, other): return self.v < other.v
//         def __repr__(self): return 'Box(%r)' % (self.v,)
//     class Countdown:                 # an iterator class
//         def __init__(self): self.n = 3
//         def __iter__(self): return self
//         def __next__(self):
//             if self.n == 0: raise StopIteration
//             self.n -= 1
//             return self.n
//     class Base: pass
//     class Derived(Base): pass
//     def sortlog(xs, **kw):           # comparisons made by sorted(), in order
//         log = []
//         class LB:
//             def __init__(self, v): self.v = v
//             def __lt__(self, o):
//                 log.append((self.v, o.v))
//                 return self.v < o.v
//         r = sorted([LB(x) for x in xs], **kw)
//         h = 0
//         for a, b in log:
//             h = (h * 1000003 + a * 1009 + b) % (2**61 - 1)
//         return (len(log), h, [x.v for x in r] == sorted(xs, **kw))

@testable import UpdraftRuntime

enum TestClasses {
    static let seqType = defineClass("Seq", [
        "__init__": { a in try setAttribute(a[0], "n", a[1]); return .none },
        "__len__": { a in try getAttribute(a[0], "n") },
        "__getitem__": { a in
            let n = try indexValue(try getAttribute(a[0], "n"))
            let k = try indexValue(a[1])
            if k >= n || k < 0 { throw PythonError(PyExceptionObject(cls: .indexError, args: [a[1]])) }
            return .int(k * 10)
        },
    ])
    static let revType = defineClass("Rev", [
        "__reversed__": { _ in .object(try getIterator(.list([.int(3), .int(2), .int(1)]))) },
    ])
    static let idxType = defineClass("Idx", ["__index__": { _ in .int(5) }])
    static let boxType = defineClass("Box", [
        "__init__": { a in try setAttribute(a[0], "v", a.count > 1 ? a[1] : .int(0)); return .none },
        "__lt__": { a in try compare(.lt, try getAttribute(a[0], "v"), try getAttribute(a[1], "v")) },
        "__repr__": { a in .str("Box(\(try repr(try getAttribute(a[0], "v"))))") },
    ])
    static let countdownType = defineClass("Countdown", [
        "__init__": { a in try setAttribute(a[0], "n", .int(3)); return .none },
        "__iter__": { a in a[0] },
        "__next__": { a in
            let n = try indexValue(try getAttribute(a[0], "n"))
            if n == 0 { throw PythonError.stopIteration() }
            try setAttribute(a[0], "n", .int(n - 1))
            return .int(n - 1)
        },
    ])
    static let baseType = defineClass("Base", [:])
    static let derivedType = defineClass("Derived", bases: [baseType], [:])
}

func Seq(_ n: Int) throws -> Value { try instantiate(TestClasses.seqType, Args([.int(n)])) }
func Rev() -> Value { instance(TestClasses.revType) }
func Idx() -> Value { instance(TestClasses.idxType) }
func Box(_ v: Value) throws -> Value { try instantiate(TestClasses.boxType, Args([v])) }
func Countdown() throws -> Value { try instantiate(TestClasses.countdownType, Args()) }
func Base() -> Value { instance(TestClasses.baseType) }
func Derived() -> Value { instance(TestClasses.derivedType) }

/// `lambda x: -x` and friends.
let negate = pyFunction("<lambda>") { a in try unaryOp(.minus, a[0]) }

/// A builtin function or class by name, for passing as an argument (`key=abs`).
func bi(_ name: String) -> Value {
    Runtime.bootstrap()
    return Runtime.builtins.get(name) ?? .none
}
