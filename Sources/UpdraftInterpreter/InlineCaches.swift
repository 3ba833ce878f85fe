// Inline caches for attribute sites. Each `obj.name` site remembers the instance shape and
// class (with its version) it last saw and where the attribute lives, so the common case
// costs two pointer comparisons and an array read instead of hashing the name.

import UpdraftRuntime

/// Whether instances of `cls` may have `name` read or written straight from their slots:
/// not when the class defines a property of that name or hooks attribute access.
func slotAccessAllowed(_ cls: PyType, _ name: String, writing: Bool) -> Bool {
    if cls.isBuiltin { return false }
    if let attr = cls.lookup(name), case .object(let o) = attr, o is PyProperty { return false }
    let hook = writing ? "__setattr__" : "__getattribute__"
    if let h = cls.lookup(hook), case .object(let o) = h, !(o is PyNativeMethod) { return false }
    return true
}

// Cache fields are unowned(unsafe): they are only compared by identity (a strong load would
// retain and release on every hit); shapes live forever in the transition tree, and the
// class is re-checked through the instance, which keeps it alive.
final class LoadAttributeCache {
    unowned(unsafe) var shape: Shape = .root
    unowned(unsafe) var cls: PyType = .object
    var version = -1
    var index = 0

    @inline(__always)
    func load(_ inst: PyInstance) -> Value? {
        if inst.shape === shape, inst.cls === cls, inst.cls.version == version {
            return inst.slotValues[index]
        }
        return nil
    }

    func fill(_ inst: PyInstance, _ name: String) {
        guard let i = inst.shape.slot(of: name), slotAccessAllowed(inst.cls, name, writing: false) else { return }
        shape = inst.shape
        cls = inst.cls
        version = inst.cls.version
        index = i
    }
}

final class StoreAttributeCache {
    unowned(unsafe) var cls: PyType = .object
    var version = -1
    /// Existing attribute: its shape and slot.
    unowned(unsafe) var shape: Shape = .root
    var index = -1
    /// New attribute: the shape before and after adding it.
    unowned(unsafe) var fromShape: Shape = .root
    unowned(unsafe) var toShape: Shape = .root
    var hasTransition = false

    @inline(__always)
    func store(_ inst: PyInstance, _ value: Value) -> Bool {
        guard inst.cls === cls, inst.cls.version == version else { return false }
        if index >= 0 && inst.shape === shape {
            inst.slotValues[index] = value
            return true
        }
        if hasTransition && inst.shape === fromShape {
            inst.appendAttribute(value, shape: toShape)
            return true
        }
        return false
    }

    func fill(_ inst: PyInstance, before: Shape, _ name: String) {
        guard slotAccessAllowed(inst.cls, name, writing: true), !(inst is PyExceptionObject),
              let i = inst.shape.slot(of: name) else { return }
        cls = inst.cls
        version = inst.cls.version
        if inst.shape === before {
            shape = inst.shape
            index = i
        } else if inst.shape.names.count == before.names.count + 1 {
            fromShape = before
            toShape = inst.shape
            hasTransition = true
        }
    }
}

/// A method call site: the shape (proving the instance does not shadow the name), the class
/// version, and the function found.
final class MethodCache {
    unowned(unsafe) var shape: Shape = .root
    unowned(unsafe) var cls: PyType = .object
    var version = -1
    var method: InterpretedFunction?

    @inline(__always)
    func lookup(_ inst: PyInstance) -> InterpretedFunction? {
        if inst.shape === shape, inst.cls === cls, inst.cls.version == version { return method }
        return nil
    }

    func fill(_ inst: PyInstance, _ name: String) -> InterpretedFunction? {
        let c = inst.cls
        guard !c.isBuiltin, inst.shape.slot(of: name) == nil, let m = c.lookup(name),
              case .object(let mo) = m, let fn = mo as? InterpretedFunction else { return nil }
        if let h = c.lookup("__getattribute__"), case .object(let o) = h, !(o is PyNativeMethod) { return nil }
        shape = inst.shape
        cls = c
        version = c.version
        method = fn
        return fn
    }
}
