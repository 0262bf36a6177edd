import Testing
@testable import SparkbookEngine

/// Map columns are entry offsets plus typed key and value columns; the map functions as PySpark 4.3 runs them.
@Suite struct MapFunctionsTests {
    private let type = DataType.map(key: .string, value: .long, valueContainsNull: true)
    private let ab = Value.map(keys: [.string("a"), .string("b")], values: [.long(1), .long(2)])

    @Test func mapColumnsHoldOffsetsAndChildColumns() {
        var builder = ColumnBuilder(type: type)
        builder.append(ab)
        builder.appendNull()
        builder.append(.map(keys: [], values: []))
        let column = builder.finish()
        guard case .map(let offsets, let keys, _) = column.storage else { Issue.record("not a map column"); return }
        #expect(offsets == [0, 2, 2, 2] && keys.count == 2)
        #expect(column.value(at: 0) == ab)
        #expect(column.value(at: 1) == .null)
        #expect(column.gather([2, 0]).value(at: 1) == ab)
        #expect(column.gather(padded: [-1, 0]).value(at: 1) == ab)
    }

    @Test func functionsOverMaps() throws {
        let schema = StructType([StructField("m", type)])
        func eval(_ e: Expression) throws -> Value { try FunctionTestSupport.evaluate(e, schema, [ab]) }
        #expect(try eval(.function("map_keys", [.column("m")])) == .array([.string("a"), .string("b")]))
        #expect(try eval(.function("size", [.column("m")])) == .integer(2))
        #expect(try eval(.function("element_at", [.column("m"), .literal(.string("b"))])) == .long(2))
        #expect(try eval(.function(StructFunctions.fieldAccess, [.column("m"), .literal(.string("z"))])) == .null)
        #expect(try eval(.function("map_contains_key", [.column("m"), .literal(.string("a"))])) == .boolean(true))
        #expect(ValueCast.cast(ab, to: .string) == .string("{a -> 1, b -> 2}"))
        #expect(throws: SparkError.self) {
            try eval(.function("map", [.literal(.string("a")), .literal(.integer(1)), .literal(.string("a")), .literal(.integer(2))]))
        }
        #expect(try DDLSchemaParser.parseType("map<string,int>") == .map(key: .string, value: .integer, valueContainsNull: true))
    }
}
