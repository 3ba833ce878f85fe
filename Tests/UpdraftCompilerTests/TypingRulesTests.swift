// The type lattice: names as numba prints them, unification, operator promotion, typeof.

import XCTest
import UpdraftArray
import UpdraftRuntime
import UpdraftSyntax
@testable import UpdraftCompiler

final class TypingRulesTests: XCTestCase {
    func testNamesMatchNumba() {
        XCTAssertEqual(NumbaType.boolean.description, "bool")
        XCTAssertEqual(NumbaType.uint8.description, "uint8")
        XCTAssertEqual(NumbaType.optional(.int64).description, "OptionalType(int64)")
        XCTAssertEqual(NumbaType.arr(.float64).description, "array(float64, 1d, C)")
        XCTAssertEqual(NumbaType.array(dtype: .float64, ndim: 1, layout: .C, readonly: true).description, "readonly array(float64, 1d, C)")
        XCTAssertEqual(NumbaType.list(.int64, reflected: true).description, "reflected list(int64)<iv=None>")
        XCTAssertEqual(NumbaType.list(.float64, reflected: false).description, "list(float64)<iv=None>")
        XCTAssertEqual(NumbaType.makeTuple([.int64, .int64]).description, "UniTuple(int64 x 2)")
        XCTAssertEqual(NumbaType.makeTuple([.int64, .float64]).description, "Tuple(int64, float64)")
        XCTAssertEqual(NumbaType.rangeState.description, "range_state_int64")
        XCTAssertEqual(NumbaType.rangeIter.description, "range_iter_int64")
        XCTAssertEqual(NumbaType.arrayIter(.arr(.float64)).description, "iter(array(float64, 1d, C))")
        XCTAssertEqual(NumbaType.pair(.int64, .boolean).description, "pair<int64, bool>")
        XCTAssertEqual(NumbaType.literalInt(3).description, "Literal[int](3)")
        XCTAssertEqual(NumbaType.literalString("text").description, "Literal[str](text)")
        XCTAssertEqual(NumbaType.slice2.description, "slice<a:b>")
        XCTAssertEqual(NumbaType.slice3.description, "slice<a:b:c>")
        XCTAssertEqual(NumbaType.numberClass(.float64).description, "class(float64)")
        XCTAssertEqual(NumbaType.dict(.int64, .float64).description, "DictType[int64,float64]<iv=None>")
        XCTAssertEqual(NumbaType.function(FunctionKey("builtins", "len")).description, "Function(<built-in function len>)")
        XCTAssertEqual(NumbaType.function(FunctionKey("builtins", "range")).description, "Function(<class 'range'>)")
        XCTAssertEqual(NumbaType.function(FunctionKey("numpy", "sqrt")).description, "Function(<ufunc 'sqrt'>)")
        XCTAssertEqual(NumbaType.boundFunction(receiver: .list(.float64, reflected: false), method: "append").description,
                       "BoundFunction(list.append for list(float64)<iv=None>)")
        XCTAssertEqual(NumbaType.exceptionInstance("ValueError").description, "ValueError(...)")
        XCTAssertEqual(CallSignature(args: [.float64], returnType: .none, target: .operator("x")).description, "(float64,) -> none")
        XCTAssertEqual(CallSignature(args: [.arr(.float64), .int64, .float64], returnType: .none, target: .operator("setitem")).description,
                       "(Array(float64, 1, 'C', False, aligned=True), int64, float64) -> none")
    }

    func testUnification() {
        let u = NumbaType.unify
        XCTAssertEqual(u(.int64, .float64), .float64)
        XCTAssertEqual(u(.int32, .int64), .int64)
        XCTAssertEqual(u(.int64, .uint64), .float64)
        XCTAssertEqual(u(.uint8, .int8), .int16)
        XCTAssertEqual(u(.float32, .int16), .float32)
        XCTAssertEqual(u(.float32, .int64), .float64)
        XCTAssertEqual(u(.boolean, .int64), .int64)
        XCTAssertEqual(u(.none, .int64), .optional(.int64))
        XCTAssertEqual(u(.optional(.int64), .float64), .optional(.float64))
        XCTAssertEqual(u(.arr(.float64), .arr(.float64, 1, .A)), .arr(.float64, 1, .A))
        XCTAssertNil(u(.arr(.float64), .arr(.int64)))
        XCTAssertEqual(u(.literalInt(1), .literalInt(2)), .int64)
        XCTAssertEqual(u(.literalString("a"), .unicode), .unicode)
        XCTAssertEqual(u(.uniTuple(.int64, 2), .uniTuple(.float64, 2)), .uniTuple(.float64, 2))
        XCTAssertEqual(u(.uniTuple(.int64, 2), .tuple([.int64, .float64])), .tuple([.int64, .float64]))
        XCTAssertNil(u(.int64, .unicode))
        XCTAssertEqual(u(.list(.int64, reflected: false), .list(.float64, reflected: false)), .list(.float64, reflected: false))
        XCTAssertEqual(u(.list(.undefined, reflected: false), .list(.float64, reflected: false)), .list(.float64, reflected: false))
        XCTAssertEqual(u(.int64, .complex128), .complex128)
    }

    /// Scalar binary operators, checked against numba 0.68's typing context.
    func testScalarPromotionTable() {
        func r(_ op: BinaryOperator, _ a: NumbaType, _ b: NumbaType) -> NumbaType? { scalarBinaryOperator(op, a, b)?.result }
        XCTAssertEqual(r(.add, .int64, .float64), .float64)
        XCTAssertEqual(r(.add, .int32, .int32), .int64)
        XCTAssertEqual(r(.add, .uint64, .int64), .int64)
        XCTAssertEqual(r(.add, .uint8, .uint8), .uint64)
        XCTAssertEqual(r(.add, .float32, .float32), .float32)
        XCTAssertEqual(r(.add, .float32, .int64), .float64)
        XCTAssertEqual(r(.add, .float32, .uint8), .float32)
        XCTAssertEqual(r(.add, .boolean, .boolean), .int64)
        XCTAssertEqual(r(.add, .boolean, .float32), .float32)
        XCTAssertEqual(r(.add, .complex128, .int64), .complex128)
        XCTAssertEqual(r(.div, .int64, .int64), .float64)
        XCTAssertEqual(r(.div, .uint8, .uint8), .float64)
        XCTAssertEqual(r(.div, .float32, .uint8), .float32)
        XCTAssertEqual(r(.floorDiv, .int64, .int64), .int64)
        XCTAssertEqual(r(.floorDiv, .float64, .int64), .float64)
        XCTAssertNil(r(.floorDiv, .complex128, .int64))
        XCTAssertEqual(r(.mod, .int64, .int64), .int64)
        XCTAssertEqual(r(.pow, .int64, .int64), .int64)
        XCTAssertEqual(r(.pow, .float32, .int64), .float32)
        XCTAssertEqual(r(.pow, .int64, .float64), .float64)
        XCTAssertEqual(r(.bitAnd, .boolean, .boolean), .boolean)
        XCTAssertEqual(r(.bitAnd, .int64, .boolean), .int64)
        XCTAssertNil(r(.bitAnd, .float64, .int64))
        XCTAssertEqual(r(.lShift, .uint8, .int64), .uint64)
        XCTAssertEqual(r(.lShift, .int32, .uint64), .int64)
        XCTAssertEqual(r(.add, .literalInt(1), .literalInt(2)), .int64)
        XCTAssertEqual(r(.add, .unicode, .literalString("x")), .unicode)
        XCTAssertNil(r(.add, .literalString("text"), .literalInt(1)))
        XCTAssertEqual(scalarCompare(.lt, .int64, .float64)?.result, .boolean)
        XCTAssertNil(scalarCompare(.lt, .complex128, .float64))
        XCTAssertEqual(scalarUnary(.minus, .boolean), .int64)
        XCTAssertEqual(scalarUnary(.minus, .int32), .int64)
        XCTAssertEqual(scalarUnary(.invert, .boolean), .boolean)
        XCTAssertNil(scalarUnary(.invert, .float64))
        XCTAssertEqual(scalarUnary(.not, .float64), .boolean)
    }

    /// Array operators follow numba's ufunc loop choice (the higher kind wins, within a kind numpy promotes).
    func testArrayPromotion() {
        XCTAssertEqual(arrayBinaryOperator(.add, .arr(.float64), .int64), .arr(.float64))
        XCTAssertEqual(arrayBinaryOperator(.add, .arr(.float32), .int64), .arr(.float32))
        XCTAssertEqual(arrayBinaryOperator(.add, .arr(.float32), .float64), .arr(.float64))
        XCTAssertEqual(arrayBinaryOperator(.add, .arr(.int64, 2, .F), .float32), .arr(.float32, 2, .F))
        XCTAssertEqual(arrayBinaryOperator(.div, .arr(.int64), .int64), .arr(.float64))
        XCTAssertEqual(arrayBinaryOperator(.add, .arr(.int32), .int64), .arr(.int64))
        XCTAssertEqual(arrayBinaryOperator(.add, .arr(.int32), .boolean), .arr(.int32))
        XCTAssertEqual(arrayBinaryOperator(.add, .arr(.boolean), .int64), .arr(.int64))
        XCTAssertEqual(arrayBinaryOperator(.add, .arr(.int64, 2, .F), .arr(.float64)), .arr(.float64, 2, .C))
        XCTAssertEqual(arrayBinaryOperator(.add, .arr(.float32), .arr(.int64)), .arr(.float32))
        XCTAssertEqual(arrayBinaryOperator(.pow, .arr(.int64), .int64), .arr(.int64))
        XCTAssertEqual(arrayBinaryOperator(.mul, .float64, .arr(.float64)), .arr(.float64))
        XCTAssertEqual(arrayCompare(.lt, .arr(.float64), .int64), .arr(.boolean))
        XCTAssertEqual(arrayBinaryOperator(.matMul, .arr(.float64, 2), .arr(.float64, 2)), .arr(.float64, 2))
        XCTAssertEqual(arrayBinaryOperator(.matMul, .arr(.float64), .arr(.float64)), .float64)
    }

    func testTypeof() throws {
        XCTAssertEqual(try typeof(.int(3)), .int64)
        XCTAssertEqual(try typeof(.float(3)), .float64)
        XCTAssertEqual(try typeof(.bool(true)), .boolean)
        XCTAssertEqual(try typeof(.none), NumbaType.none)
        XCTAssertEqual(try typeof(.str("x")), .unicode)
        XCTAssertEqual(try typeof(.list([.int(1), .int(2)])), .list(.int64, reflected: true))
        XCTAssertEqual(try typeof(.tuple([.int(1), .int(2)])), .uniTuple(.int64, 2))
        XCTAssertEqual(try typeof(.tuple([.int(1), .float(2)])), .tuple([.int64, .float64]))
        let a = try NDArray(shape: [3, 4], dtype: .float64)
        XCTAssertEqual(try typeof(.object(a)), .arr(.float64, 2, .C))
        XCTAssertEqual(try typeof(.object(try a.transposed())), .arr(.float64, 2, .F))
        let column = a.view(shape: [3], strides: [32], offset: 0)
        XCTAssertEqual(try typeof(.object(column)), .arr(.float64, 1, .A))
        XCTAssertEqual(try typeof(.object(NPScalar(.float32, .float(1)))), .float32)
        XCTAssertThrowsError(try typeof(.object(PyDict())))
    }
}
