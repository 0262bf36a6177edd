import Testing
@testable import SparkbookEngine

@Suite struct ArrayFunctionsTests {
    let schema = StructType([StructField("xs", .array(element: .string, containsNull: true)),
                             StructField("s", .string)])

    func evaluate(_ e: Expression, _ xs: Value, _ s: Value = .null) throws -> Value {
        let bound = try ExpressionBinder(schema: schema).bind(e)
        return try bound.evaluate(EngineTestData.batch(schema, [[xs, s]])).value(at: 0)
    }

    func fn(_ name: String, _ args: Expression...) -> Expression { .function(name, args) }
    let abc = Value.array([.string("b"), .string("a"), .string("c")])

    @Test func sizeCountsElementsAndIsNullForNull() throws {
        #expect(try evaluate(fn("size", .column("xs")), abc) == .integer(3))
        #expect(try evaluate(fn("size", .column("xs")), .array([])) == .integer(0))
        #expect(try evaluate(fn("size", .column("xs")), .null) == .null)
    }

    @Test func arrayContainsIsNullWhenANullElementMightMatch() throws {
        #expect(try evaluate(fn("array_contains", .column("xs"), .literal(.string("a"))), abc) == .boolean(true))
        #expect(try evaluate(fn("array_contains", .column("xs"), .literal(.string("z"))), abc) == .boolean(false))
        #expect(try evaluate(fn("array_contains", .column("xs"), .literal(.string("z"))), .array([.string("a"), .null])) == .null)
        #expect(throws: SparkError.self) { try evaluate(fn("array_contains", .column("xs"), .literal(.null)), abc) }
    }

    @Test func elementAtIsOneBasedAndFailsOutOfBounds() throws {
        #expect(try evaluate(fn("element_at", .column("xs"), .literal(.integer(1))), abc) == .string("b"))
        #expect(try evaluate(fn("element_at", .column("xs"), .literal(.integer(-1))), abc) == .string("c"))
        let outOfBounds = #expect(throws: SparkError.self) {
            try evaluate(fn("element_at", .column("xs"), .literal(.integer(4))), abc)
        }
        #expect(outOfBounds?.errorClass == "INVALID_ARRAY_INDEX_IN_ELEMENT_AT")
        let zero = #expect(throws: SparkError.self) { try evaluate(fn("element_at", .column("xs"), .literal(.integer(0))), abc) }
        #expect(zero?.errorClass == "INVALID_INDEX_OF_ZERO")
    }

    @Test func itemAccessIsZeroBasedAndNamedWithBrackets() throws {
        let item = fn(ArrayFunctions.itemAccess, .column("xs"), .literal(.integer(0)))
        #expect(try evaluate(item, abc) == .string("b"))
        #expect(item.generatedName == "xs[0]")
        let error = #expect(throws: SparkError.self) {
            try evaluate(fn(ArrayFunctions.itemAccess, .column("xs"), .literal(.integer(-1))), abc)
        }
        #expect(error?.errorClass == "INVALID_ARRAY_INDEX")
        let base = #expect(throws: SparkError.self) {
            try evaluate(fn(ArrayFunctions.itemAccess, .column("s"), .literal(.integer(0))), abc)
        }
        #expect(base?.errorClass == "INVALID_EXTRACT_BASE_FIELD_TYPE")
    }

    @Test func sortsPlaceNullsAsSparkDoes() throws {
        let withNull = Value.array([.string("b"), .null, .string("a")])
        #expect(try evaluate(fn("sort_array", .column("xs")), withNull) == .array([.null, .string("a"), .string("b")]))
        #expect(try evaluate(fn("sort_array", .column("xs"), .literal(.boolean(false))), withNull)
                == .array([.string("b"), .string("a"), .null]))
        #expect(try evaluate(fn("array_sort", .column("xs")), withNull) == .array([.string("a"), .string("b"), .null]))
        #expect(fn("sort_array", .column("xs")).generatedName == "sort_array(xs, true)")
        #expect(fn("array_sort", .column("xs")).generatedName.hasPrefix("array_sort(xs, lambdafunction("))
    }

    @Test func nonArrayArgumentIsSparksMismatch() {
        let error = #expect(throws: SparkError.self) { try evaluate(fn("size", .column("s")), .null) }
        #expect(error?.message == "Cannot resolve \"size(s)\" due to data type mismatch: The first parameter requires the (\"ARRAY\" or \"MAP\") type, however \"s\" has the type \"STRING\".")
    }

    @Test func concatWsFlattensArrays() throws {
        let joined = fn("concat_ws", .literal(.string("-")), .column("xs"), .column("s"))
        #expect(try evaluate(joined, .array([.string("a"), .null, .string("b")]), .string("c")) == .string("a-b-c"))
    }

    @Test func nullabilityFollowsTheArguments() throws {
        let nonNull = StructType([StructField("xs", .array(element: .string, containsNull: false), nullable: false)])
        let bound = try ExpressionBinder(schema: nonNull).bind(fn("size", .column("xs")))
        #expect(!bound.nullable(in: nonNull))
        #expect(bound.nullable(in: StructType([StructField("xs", .array(element: .string, containsNull: false))])))
    }
}
