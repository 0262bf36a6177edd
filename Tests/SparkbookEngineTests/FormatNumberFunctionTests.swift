import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct FormatNumberFunctionTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    @Test func formatNumberRoundsHalfEven() throws {
        func dec(_ unscaled: Int128, _ scale: Int) -> Value { .decimal(DecimalValue(unscaled: unscaled, precision: 38, scale: scale)) }
        #expect(try call("format_number", [.long(5), .integer(4)]) == .string("5.0000"))
        #expect(try call("format_number", [dec(1234567891, 3), .integer(2)]) == .string("1,234,567.89"))
        #expect(try call("format_number", [dec(-5, 1), .integer(0)]) == .string("-0"))
        #expect(try call("format_number", [dec(15, 1), .integer(0)]) == .string("2"))
        #expect(try call("format_number", [dec(25, 1), .integer(0)]) == .string("2"))
        #expect(try call("format_number", [dec(12332123456, 6), .string("##################.###")]) == .string("12332.123"))
        #expect(try call("format_number", [.long(5), .integer(-1)]) == .null)
        #expect(try call("format_number", [.double(1e20), .integer(3)]) == .string("100,000,000,000,000,000,000.000"))
    }
}
