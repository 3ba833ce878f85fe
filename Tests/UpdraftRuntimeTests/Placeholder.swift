import XCTest
final class UpdraftRuntimeTestsPlaceholder: XCTestCase { func testNothing() {} }
