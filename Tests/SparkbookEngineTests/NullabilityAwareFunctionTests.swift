import Testing
@testable import SparkbookEngine

@Suite struct NullabilityAwareFunctionTests {
    let schema = StructType([StructField("a", .string, nullable: false), StructField("b", .string)])

    @Test func nullIntolerantRuleFollowsArguments() {
        let size = FunctionRegistry.builtIn.function(named: "size") as? any NullabilityAwareFunction
        #expect(size?.resultNullable(argumentsNullable: [false], argumentTypes: [.array(element: .long, containsNull: false)]) == false)
        #expect(size?.resultNullable(argumentsNullable: [true], argumentTypes: [.array(element: .long, containsNull: false)]) == true)
    }

    @Test func boundExpressionReadsColumnNullabilityFromTheSchema() throws {
        let bound = try ExpressionBinder(schema: schema).bind(.function("split", [.column("a"), .literal(.string(","))]))
        #expect(!bound.nullable(in: schema))
        let other = try ExpressionBinder(schema: schema).bind(.function("split", [.column("b"), .literal(.string(","))]))
        #expect(other.nullable(in: schema))
    }

    @Test func functionsThatMayProduceNullStayNullable() throws {
        let bound = try ExpressionBinder(schema: schema).bind(.function("to_date", [.column("a")]))
        #expect(bound.nullable(in: schema))
    }
}
