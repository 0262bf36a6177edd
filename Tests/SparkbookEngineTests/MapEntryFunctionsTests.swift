import Testing
@testable import SparkbookEngine

/// `map_concat`, `map_entries`, `map_from_entries`, `str_to_map`, and the key dedup policy they share.
@Suite struct MapEntryFunctionsTests {
    private let type = DataType.map(key: .integer, value: .string, valueContainsNull: true)
    private func map(_ pairs: [(Int32, String?)]) -> Value {
        .map(keys: pairs.map { .integer($0.0) }, values: pairs.map { $0.1.map(Value.string) ?? .null })
    }

    @Test func concatenatesMapsAndFollowsTheDedupPolicy() throws {
        let schema = StructType([StructField("a", type), StructField("b", type)])
        let row = [map([(1, "a"), (2, "b")]), map([(2, "c"), (3, nil)])]
        let call = Expression.function("map_concat", [.column("a"), .column("b")])
        let error = #expect(throws: SparkError.self) { try FunctionTestSupport.evaluate(call, schema, row) }
        #expect(error?.errorClass == "DUPLICATED_MAP_KEY")
        let bound = try ExpressionBinder(schema: schema, context: FunctionContext(mapKeyLastWins: true)).bind(call)
        let batch = RecordBatch(schema: schema, columns: row.enumerated().map { ColumnVector.constant($1, type: schema[$0].dataType, count: 1) }, rowCount: 1)
        #expect(try bound.evaluate(batch).value(at: 0) == map([(1, "a"), (2, "c"), (3, nil)]))
        #expect(Expression.function("map_concat", [.column("a"), .column("b")]).generatedName == "map_concat(a, b)")
    }

    @Test func entriesRoundTrip() throws {
        let schema = StructType([StructField("m", type)])
        let m = map([(1, "a"), (2, nil)])
        let entries = try FunctionTestSupport.evaluate(.function("map_entries", [.column("m")]), schema, [m])
        #expect(entries == .array([.structure(names: ["key", "value"], values: [.integer(1), .string("a")]),
                                   .structure(names: ["key", "value"], values: [.integer(2), .null])]))
        let back = try FunctionTestSupport.evaluate(.function("map_from_entries", [.function("map_entries", [.column("m")])]), schema, [m])
        #expect(back == m)
        let bound = try ExpressionBinder(schema: schema).bind(.function("map_entries", [.column("m")]))
        #expect(bound.dataType == .array(element: .structure(StructType([StructField("key", .integer, nullable: false),
                                                                         StructField("value", .string)])), containsNull: false))
    }

    @Test func stringToMapSplitsPairsThenKeysFromValues() throws {
        let schema = StructType([StructField("s", .string)])
        func toMap(_ s: String, _ delimiters: [String]) throws -> Value {
            try FunctionTestSupport.evaluate(.function("str_to_map", [.column("s")] + delimiters.map { .literal(.string($0)) }), schema, [.string(s)])
        }
        #expect(try toMap("a:1,b:2,c", [",", ":"]) == .map(keys: [.string("a"), .string("b"), .string("c")],
                                                         values: [.string("1"), .string("2"), .null]))
        #expect(try toMap("d=4;e=5", [",", "="]) == .map(keys: [.string("d")], values: [.string("4;e=5")]))
    }
}
