import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct PositiveModuloTests {
    func pmod(_ a: Value, _ n: Value) throws -> Value {
        try FunctionTestSupport.evaluate(.function("pmod", [.literal(a), .literal(n)]), StructType([]), [])
    }

    @Test func remainderIsNonNegativeInTheCommonType() throws {
        #expect(try pmod(.integer(-7), .integer(3)) == .integer(2))
        #expect(try pmod(.integer(-5), .long(3)) == .long(1))
        #expect(try pmod(.short(-5), .short(3)) == .short(1))
        #expect(try pmod(.double(-7.25), .integer(2)) == .double(0.75))
        #expect(try pmod(.integer(1), .integer(2)) == .integer(1))
    }

    @Test func zeroDivisorIsAnError() {
        #expect(throws: SparkError.self) { try pmod(.long(1), .long(0)) }
    }
}
