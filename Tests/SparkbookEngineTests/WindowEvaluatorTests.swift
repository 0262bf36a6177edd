import Testing
@testable import SparkbookEngine

@Suite struct WindowEvaluatorTests {
    @Test func rankingsAndRunningSums() throws {
        let schema = StructType([StructField("g", .string), StructField("v", .integer)])
        var g = ColumnBuilder(type: .string), v = ColumnBuilder(type: .integer)
        for (k, x) in [("a", 3), ("a", 1), ("a", 3), ("b", 5)] { g.append(.string(k)); v.append(.integer(Int32(x))) }
        let input = RecordBatch(schema: schema, columns: [g.finish(), v.finish()], rowCount: 4)
        let value = BoundExpression.column(index: 1, type: .integer)
        let functions: [BoundWindowFunction] = [.rowNumber, .rank, .denseRank, .aggregate(AggregateCall(function: .sum, input: value))]
        let spec = WindowSpec(partitionKeys: [.column(index: 0, type: .string)],
                              orderKeys: [SortKey(expression: value, direction: .ascending)], functions: functions,
                              outputSchema: StructType(schema.fields + functions.indices.map { StructField("w\($0)", $0 == 3 ? .long : .integer) }))
        let out = try WindowEvaluator.evaluate(spec, input)
        let rows = (0..<out.rowCount).map { out.row($0) }
        #expect(rows.map { $0[2] } == [.integer(1), .integer(2), .integer(3), .integer(1)])
        #expect(rows.map { $0[3] } == [.integer(1), .integer(2), .integer(2), .integer(1)])
        #expect(rows.map { $0[4] } == [.integer(1), .integer(2), .integer(2), .integer(1)])
        // RANGE frame: peers (the two 3s) share the running total.
        #expect(rows.map { $0[5] } == [.long(1), .long(7), .long(7), .long(5)])
    }
}
