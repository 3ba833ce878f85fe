// Iteration over an array: its sub-arrays along axis 0 (views), or numpy scalars when 1-D.

import UpdraftRuntime

final class ArrayIterator: PyIterator, PositionedIterator {
    private let array: NDArray
    private var index = 0

    init(_ array: NDArray) { self.array = array }

    var iterationSource: PyObject { array }
    var position: Int { index }

    override func next() throws -> Value? {
        guard index < array.shape[0] else { return nil }
        defer { index += 1 }
        let off = index * array.strides[0]
        if array.ndim == 1 { return elementValue(array.dtype, array.scalar(atOffset: off)) }
        return .object(array.view(shape: Array(array.shape.dropFirst()), strides: Array(array.strides.dropFirst()),
                                  offset: array.offset + off))
    }
}
