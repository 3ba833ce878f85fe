import XCTest
final class UpdraftInterpreterTestsPlaceholder: XCTestCase { func testNothing() {} }
