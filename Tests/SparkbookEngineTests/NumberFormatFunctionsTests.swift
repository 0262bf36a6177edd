import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct NumberFormatFunctionsTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    func dec(_ unscaled: Int128, _ scale: Int) -> Value { .decimal(DecimalValue(unscaled: unscaled, precision: 10, scale: scale)) }

    @Test func toCharLaysOutPlaces() throws {
        func char(_ v: Value, _ f: String) throws -> Value { try call("to_char", [v, .string(f)]) }
        #expect(try char(dec(7812, 2), "$99.99") == .string("$78.12"))
        #expect(try char(.double(78.12), "$99.99") == .string("$78.12"))
        #expect(try char(dec(-124548, 1), "99,999.9S") == .string("12,454.8-"))
        #expect(try char(.integer(454), "0000.00") == .string("0454.00"))
        #expect(try char(.integer(5), "999") == .string("  5"))
        #expect(try char(.integer(5), "000") == .string("005"))
        #expect(try char(.integer(454), "9,999") == .string("  454"))
        #expect(try char(.integer(454), "99") == .string("##"))
        #expect(try char(dec(4545, 1), "999") == .string("###"))
        #expect(try char(dec(4545, 1), "999.9999") == .string("454.5000"))
        #expect(try char(.integer(-454), "999") == .string("454"))
        #expect(try char(.integer(-454), "S999") == .string("-454"))
        #expect(try char(.integer(454), "S999") == .string("+454"))
        #expect(try char(.integer(7), "S999") == .string("  +7"))
        #expect(try char(.integer(-5), "999MI") == .string("  5-"))
        #expect(try char(dec(7812, 2), "$99.99MI") == .string("$78.12 "))
        #expect(try char(dec(-7812, 2), "$99.99PR") == .string("<$78.12>"))
        #expect(try char(dec(5, 1), "9.99") == .string("0.50"))
        #expect(try char(.integer(5), "$999") == .string("$  5"))
    }

    @Test func toNumberReadsTheFormat() throws {
        func number(_ s: String, _ f: String) throws -> Value { try call("to_number", [.string(s), .string(f)]) }
        #expect(try number("$78.12", "$99.99") == .decimal(DecimalValue(unscaled: 7812, precision: 4, scale: 2)))
        #expect(try number("-454", "S999") == .decimal(DecimalValue(unscaled: -454, precision: 3, scale: 0)))
        #expect(try number("12,454.8-", "99,999.9S") == .decimal(DecimalValue(unscaled: -124548, precision: 6, scale: 1)))
        #expect(try number("<454>", "999PR") == .decimal(DecimalValue(unscaled: -454, precision: 3, scale: 0)))
        #expect(try number("12", "999.99") == .decimal(DecimalValue(unscaled: 1200, precision: 5, scale: 2)))
        #expect(try number("5-", "9MI") == .decimal(DecimalValue(unscaled: -5, precision: 1, scale: 0)))
        #expect(throws: SparkError.self) { try number("1234", "9,999") }
        #expect(throws: SparkError.self) { try number("12.345", "99.99") }
        #expect(throws: SparkError.self) { try number("5", "$999") }
        #expect(throws: SparkError.self) { try number("abc", "999") }
        #expect(try call("try_to_number", [.string("77"), .string("$99.99")]) == .null)
    }

    @Test func toNumberIsTypedByItsFormat() throws {
        let bound = try ExpressionBinder(schema: StructType([])).bind(.function("to_number", [.literal(.string("1")), .literal(.string("$99.99"))]))
        #expect(bound.dataType == .decimal(precision: 4, scale: 2))
    }
}
