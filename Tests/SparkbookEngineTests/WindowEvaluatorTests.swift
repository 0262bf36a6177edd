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

    @Test func ntileCumeDistAndNthValue() throws {
        // Spark's answers for partition a = (1, 2, 3) and b = (2, 8) ordered by v, and nth_value with a null.
        let schema = StructType([StructField("g", .string), StructField("v", .integer), StructField("n", .integer)])
        var g = ColumnBuilder(type: .string), v = ColumnBuilder(type: .integer), nv = ColumnBuilder(type: .integer)
        for (k, x, y) in [("a", 1, Value.null), ("a", 2, .integer(20)), ("a", 3, .integer(30)), ("b", 8, .integer(8)),
                          ("b", 2, .integer(2))] {
            g.append(.string(k)); v.append(.integer(Int32(x))); nv.append(y)
        }
        let input = RecordBatch(schema: schema, columns: [g.finish(), v.finish(), nv.finish()], rowCount: 5)
        let order = BoundExpression.column(index: 1, type: .integer), n = BoundExpression.column(index: 2, type: .integer)
        func nth(_ f: AggregateFunction) -> BoundWindowFunction {
            let input = BoundExpression.function(BoundFunction(function: AggregateArguments.literalsFunction,
                                                               signature: FunctionSignature(inputs: [.integer, .integer], result: .integer),
                                                               context: FunctionContext()),
                                                 [n, .literal(.integer(2), type: .integer)])
            return .aggregate(AggregateCall(function: f, input: input), frame: .aggregateDefault(ordered: true))
        }
        let functions: [BoundWindowFunction] = [.ntile(2), .cumeDist, nth(.nthValue), nth(.nthValueIgnoreNulls)]
        let spec = WindowSpec(partitionKeys: [.column(index: 0, type: .string)],
                              orderKeys: [SortKey(expression: order, direction: .ascending)], functions: functions,
                              outputSchema: StructType(schema.fields + functions.map { StructField("w", $0.resultType) }))
        let out = try WindowEvaluator.evaluate(spec, input)
        let rows = (0..<out.rowCount).map { out.row($0) }
        #expect(rows.map { $0[3] } == [1, 1, 2, 1, 2].map { Value.integer($0) })
        #expect(rows.map { $0[4] } == [1.0 / 3, 2.0 / 3, 1, 0.5, 1].map { Value.double($0) })
        #expect(rows.map { $0[5] } == [.null, .integer(20), .integer(20), .null, .integer(8)])
        #expect(rows.map { $0[6] } == [.null, .null, .integer(30), .null, .integer(8)])
    }
}
