import Testing
@testable import SparkbookEngine

/// `try_add`/`try_subtract`/`try_multiply`, results and types recorded from PySpark 4.3.0.
@Suite struct TryArithmeticFunctionsTests {
    func call(_ name: String, _ a: Value, _ b: Value, _ ta: DataType, _ tb: DataType) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, [.column("a"), .column("b")]),
                                         StructType([StructField("a", ta), StructField("b", tb)]), [a, b])
    }

    @Test func overflowIsNull() throws {
        #expect(try call("try_add", .integer(.max), .integer(1), .integer, .integer) == .null)
        #expect(try call("try_add", .long(.max), .long(.max), .long, .long) == .null)
        #expect(try call("try_subtract", .long(-.max), .long(.max), .long, .long) == .null)
        #expect(try call("try_multiply", .long(.max), .long(.max), .long, .long) == .null)
        #expect(try call("try_add", .integer(1982), .integer(15), .integer, .integer) == .integer(1997))
        #expect(try call("try_multiply", .integer(6000), .long(15), .integer, .long) == .long(90000))
    }

    /// `try_divide`: null for a zero divisor; decimals divide as `/` does (`try_divide(d, a)` is 1.500000000000).
    @Test func divisionByZeroIsNull() throws {
        #expect(try call("try_divide", .integer(1234), .integer(0), .integer, .integer) == .null)
        #expect(try call("try_divide", .integer(6000), .integer(15), .integer, .integer) == .double(400))
        let d = DataType.decimal(precision: 5, scale: 1)
        let half = try call("try_divide", .decimal(DecimalValue(unscaled: 15, precision: 5, scale: 1)), .integer(1), d, .integer)
        #expect(ValueCast.cast(half, to: .string) == .string("1.500000000000"))
        #expect(try call("try_divide", .decimal(DecimalValue(unscaled: 15, precision: 5, scale: 1)), .integer(0), d, .integer) == .null)
    }

    @Test func datesShiftByDays() throws {
        let day = Value.date(16708)  // 2015-09-30
        #expect(try call("try_add", day, .integer(1), .date, .integer) == .date(16709))
        #expect(try call("try_subtract", day, .integer(1), .date, .integer) == .date(16707))
    }

    @Test func typesFollowTheOperators() throws {
        let f = try FunctionRegistry.builtIn.lookup("try_multiply")
        let d = DataType.decimal(precision: 5, scale: 1)
        #expect(try f.signature([d, d], context: FunctionContext()).result == .decimal(precision: 11, scale: 2))
        #expect(try f.signature([.integer, .double], context: FunctionContext()).result == .double)
        let add = try FunctionRegistry.builtIn.lookup("try_add")
        #expect(try add.signature([.integer, .string], context: FunctionContext()).result == .long)
        #expect(throws: SparkError.self) { try add.signature([.string, .string], context: FunctionContext()) }
    }
}
