import Testing
@testable import SparkbookEngine

@Suite struct ArrayConstructorTests {
    @Test func elementsWidenToACommonType() throws {
        let signature = try ArrayConstructor().signature([.integer, .long], argumentsNullable: [false, false],
                                                         context: FunctionContext())
        #expect(signature.result == .array(element: .long, containsNull: false))
        #expect(signature.inputs == [.long, .long])
    }

    @Test func containsNullWhenAnArgumentMayBeNull() throws {
        let signature = try ArrayConstructor().signature([.string, .string], argumentsNullable: [true, false],
                                                         context: FunctionContext())
        #expect(signature.result == .array(element: .string, containsNull: true))
        #expect(!ArrayConstructor().resultNullable(argumentsNullable: [true], argumentTypes: [.string]))
    }

    @Test func buildsOneArrayPerRow() throws {
        let schema = StructType([StructField("a", .string), StructField("b", .string)])
        let batch = EngineTestData.batch(schema, [[.string("x"), .null], [.string("y"), .string("z")]])
        let bound = try ExpressionBinder(schema: schema).bind(.function("array", [.column("a"), .column("b")]))
        let column = try bound.evaluate(batch)
        #expect(column.value(at: 0) == .array([.string("x"), .null]))
        #expect(column.value(at: 1) == .array([.string("y"), .string("z")]))
        #expect(bound.dataType == .array(element: .string, containsNull: true))
    }

    @Test func incompatibleElementsAreRefused() {
        #expect(throws: SparkError.self) {
            try ArrayConstructor().signature([.boolean, .date], context: FunctionContext())
        }
    }
}
