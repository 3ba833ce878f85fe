// Broadcasting: the common shape of several operands, and zero-stride views that stretch an
// array to it without copying.

import UpdraftRuntime

/// numpy's broadcast of `shapes`, or its ValueError naming every shape.
public func broadcastShapes(_ shapes: [[Int]]) throws -> [Int] {
    let nd = shapes.map(\.count).max() ?? 0
    var out = [Int](repeating: 1, count: nd)
    for s in shapes {
        for (i, d) in s.enumerated() {
            let axis = nd - s.count + i
            if out[axis] == 1 { out[axis] = d }
            else if d != 1 && d != out[axis] {
                let listed = shapes.map { $0.count == 1 ? "(\($0[0]),)" : "(" + $0.map(String.init).joined(separator: ",") + ")" }.joined(separator: " ")
                throw PythonError.valueError("operands could not be broadcast together with shapes \(listed) ")
            }
        }
    }
    return out
}

extension NDArray {
    /// A read-only view of this array stretched to `target` (which must be broadcast-compatible).
    public func broadcast(to target: [Int]) throws -> NDArray {
        if target == shape { return self }
        guard target.count >= ndim else {
            throw PythonError.valueError("input operand has more dimensions than allowed by the axis remapping")
        }
        var newStrides = [Int](repeating: 0, count: target.count)
        let lead = target.count - ndim
        for i in 0..<ndim {
            if shape[i] == target[lead + i] { newStrides[lead + i] = strides[i] }
            else if shape[i] == 1 { newStrides[lead + i] = 0 }
            else {
                throw PythonError.valueError("could not broadcast input array from shape \(shapeText(shape)) into shape \(shapeText(target))")
            }
        }
        return view(shape: target, strides: newStrides, offset: offset, writeable: false)
    }
}
