import Testing
@testable import SparkbookEngine

@Suite struct MathFunctionsTests {
    func call(_ name: String, _ x: Value, _ literals: [Value] = []) throws -> Value {
        try FunctionTestSupport.call(name, x, literals)
    }

    @Test func logarithmsAreNullOutsideTheirDomain() throws {
        #expect(try call("ln", .double(0)) == .null)
        #expect(try call("log10", .double(-1)) == .null)
        #expect(try call("log2", .double(8)) == .double(3))
        #expect(try FunctionTestSupport.evaluate(.function("log", [.literal(.double(10)), .column("x")]),
                                                 StructType([StructField("x", .double)]), [.double(3)]) == .double(0.4771212547196623))
        #expect(try FunctionTestSupport.evaluate(.function("log", [.literal(.double(-2)), .column("x")]),
                                                 StructType([StructField("x", .double)]), [.double(3)]) == .null)
    }

    @Test func tryDivideGivesNullForAZeroDivisor() throws {
        #expect(try call("try_divide", .double(3), [.integer(0)]) == .null)
        #expect(try call("try_divide", .double(3), [.integer(2)]) == .double(1.5))
    }

    @Test func namesFollowSparksSpelling() {
        #expect(Expression.function("power", [.column("x"), .literal(.integer(2))]).generatedName == "POWER(x, 2)")
        #expect(Expression.function("pow", [.column("x"), .literal(.integer(2))]).generatedName == "pow(x, 2)")
        #expect(Expression.function("ln", [.column("x")]).generatedName == "ln(x)")
        #expect(Expression.function("log", [.literal(.double(2)), .column("x")]).generatedName == "LOG(2.0, x)")
        #expect(Expression.function("log10", [.column("x")]).generatedName == "LOG10(x)")
    }

    @Test func constantsAndRoundingAsJavaComputesThem() throws {
        #expect(try FunctionTestSupport.evaluate(.function("pi", []), StructType([]), []) == .double(3.141592653589793))
        #expect(Expression.function("e", []).generatedName == "E()")
        #expect(try call("rint", .double(10.5)) == .double(10))
        #expect(try call("rint", .double(11.5)) == .double(12))
        #expect(try call("cbrt", .double(-8)) == .double(-2))
        #expect(try call("cbrt", .double(Double.pi / 2)) == .double(1.1624473515096265))
        #expect(try call("cbrt", .double(-0.5)) == .double(-0.7937005259840998))
        #expect(try call("log1p", .double(-1)) == .null)
        #expect(Expression.function("log1p", [.column("x")]).generatedName == "LOG1P(x)")
        #expect(Expression.function("rint", [.column("x")]).generatedName == "rint(x)")
    }

    @Test func binFactorialAndPositive() throws {
        #expect(try FunctionTestSupport.call("bin", .long(9), type: .long) == .string("1001"))
        #expect(try FunctionTestSupport.call("bin", .long(-1), type: .long) == .string(String(repeating: "1", count: 64)))
        #expect(try FunctionTestSupport.call("factorial", .integer(9), type: .integer) == .long(362880))
        #expect(try FunctionTestSupport.call("factorial", .integer(21), type: .integer) == .null)
        #expect(try FunctionTestSupport.call("factorial", .integer(0), type: .integer) == .long(1))
        #expect(Expression.function("positive", [.column("value")]).generatedName == "(+ value)")
    }

    /// `power`'s vector kernel gives what its rule gives row by row, nulls and NaN included.
    @Test func powerOverColumnsMatchesItsRule() throws {
        let schema = StructType([StructField("x", .double), StructField("y", .double)])
        let batch = VectorTestSupport.batch([.double, .double], rows: 200, seed: 5, edges: true)
        guard case .function(let call, _) = try ExpressionBinder(schema: schema).bind(.function("power", [.column("x"), .column("y")])),
              let power = call.function as? RowFunction else { Issue.record("power is a row function"); return }
        let column = try power.evaluate(batch.columns, rowCount: 200, signature: call.signature, context: call.context)
        for row in 0..<200 {
            let x = batch.columns[0].value(at: row), y = batch.columns[1].value(at: row)
            let expected = x.isNull || y.isNull ? Value.null : try power.rule([x, y], call.context)
            #expect(VectorTestSupport.identical(column.value(at: row), expected))
        }
    }
}
