// Placeholder: boolean-mask and integer-array indexing (to be implemented).

import UpdraftRuntime

func installAdvancedIndexing() {}

func advancedGetItem(_ a: NDArray, _ key: Value) throws -> Value {
    throw PythonError.indexError("advanced indexing is not supported yet")
}

func advancedSetItem(_ a: NDArray, _ key: Value, _ value: Value) throws {
    throw PythonError.indexError("advanced indexing is not supported yet")
}
