import Testing
@testable import SparkbookEngine

/// Expected values were printed by PySpark 4.3.0's `hash(...)` over the same rows.
struct HashFunctionTests {
    static let schema = StructType([StructField("a", .integer), StructField("b", .long), StructField("s", .string)])

    @Test func hashesItsArgumentsAsSparkDoes() throws {
        let hash = { (row: [Value], args: [Expression]) in
            try FunctionTestSupport.evaluate(.function("hash", args), Self.schema, row)
        }
        #expect(try hash([.integer(5), .null, .string("")], [.column("a")]) == .integer(1_023_896_466))
        #expect(try hash([.integer(7), .long(4), .null], [.column("a"), .column("b")]) == .integer(1_479_127_793))
        #expect(try hash([.null, .long(1), .string("x")], [.column("a"), .column("b")]) == .integer(-1_712_319_331))
        #expect(try hash([.null, .null, .string("x")], [.column("a")]) == .integer(42))
    }

    @Test func isAnIntThatIsNeverNull() throws {
        let function = try FunctionRegistry.builtIn.lookup("hash")
        #expect(try function.signature([.string, .long], context: FunctionContext()).result == .integer)
        #expect((function as? any NullabilityAwareFunction)?.resultNullable(argumentsNullable: [true], argumentTypes: [.integer]) == false)
        #expect(Expression.function("hash", [.column("a"), .column("b")]).generatedName == "hash(a, b)")
    }
}
