import Testing
@testable import SparkbookEngine

@Suite struct WindowEvaluatorTests {
    @Test func rankingsAndRunningSums() throws {
        let schema = StructType([StructField("g", .string), StructField("v", .integer)])
        var g = ColumnBuilder(type: .string), v = ColumnBuilder(type: .integer)
        for (k, x) in [("a", 3), ("a", 1), ("a", 3), ("b", 5)] { g.append(.string(k)); v.append(.integer(Int32(x))) }
        let input = RecordBatch(schema: schema, columns: [g.finish(), v.finish()], rowCount: 4)
        let value = BoundExpression.column(index: 1, type: .integer)
        let functions: [BoundWindowFunction] = [.rowNumber, .rank, .denseRank, .aggregate(AggregateCall(function: .sum, input: value), frame: .aggregateDefault(ordered: true))]
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

    @Test func slidingRowsFrameAndFirstIgnoringNulls() throws {
        let schema = StructType([StructField("t", .integer), StructField("v", .long)])
        var t = ColumnBuilder(type: .integer), v = ColumnBuilder(type: .long)
        for (k, x) in [(1, Value.null), (2, .long(10)), (3, .long(20)), (4, .null)] { t.append(.integer(Int32(k))); v.append(x) }
        let input = RecordBatch(schema: schema, columns: [t.finish(), v.finish()], rowCount: 4)
        let order = BoundExpression.column(index: 0, type: .integer), value = BoundExpression.column(index: 1, type: .long)
        let functions: [BoundWindowFunction] = [
            .aggregate(AggregateCall(function: .sum, input: value), frame: WindowFrame(.rows, start: -1, end: 1)),
            .aggregate(AggregateCall(function: .firstIgnoreNulls, input: value), frame: WindowFrame(.rows, start: 0, end: 5)),
            .aggregate(AggregateCall(function: .count, input: value), frame: WindowFrame(.range, start: 1, end: 2)),
        ]
        let spec = WindowSpec(partitionKeys: [], orderKeys: [SortKey(expression: order, direction: .ascending)],
                              functions: functions,
                              outputSchema: StructType(schema.fields + functions.indices.map { StructField("w\($0)", .long) }))
        let out = try WindowEvaluator.evaluate(spec, input)
        let rows = (0..<out.rowCount).map { out.row($0) }
        #expect(rows.map { $0[2] } == [.long(10), .long(30), .long(30), .long(20)])
        #expect(rows.map { $0[3] } == [.long(10), .long(10), .long(20), .null])
        // RANGE 1..2 FOLLOWING: keys t+1 and t+2; an empty frame counts 0.
        #expect(rows.map { $0[4] } == [.long(2), .long(1), .long(0), .long(0)])
    }
}
