import Testing
@testable import SparkbookEngine

@Suite struct HashJoinerTests {
    func batch(_ name: String, _ keys: [Int32?]) -> RecordBatch {
        let schema = StructType([StructField(name, .integer)])
        var b = ColumnBuilder(type: .integer)
        for k in keys { b.append(k.map(Value.integer) ?? .null) }
        return RecordBatch(schema: schema, columns: [b.finish()], rowCount: keys.count)
    }

    func spec(_ type: JoinType) -> JoinSpec {
        let l = StructType([StructField("a", .integer)]), r = StructType([StructField("b", .integer)])
        let outputs: [BoundExpression] = type.keepsRightColumns
            ? [.column(index: 0, type: .integer), .column(index: 1, type: .integer)] : [.column(index: 0, type: .integer)]
        let fields = type.keepsRightColumns ? l.fields + r.fields : l.fields
        return JoinSpec(type: type, leftKeys: [.column(index: 0, type: .integer)], rightKeys: [.column(index: 0, type: .integer)],
                        residual: nil, leftSchema: l, rightSchema: r, output: outputs, outputSchema: StructType(fields))
    }

    func rows(_ b: RecordBatch) -> [[Value]] { (0..<b.rowCount).map { b.row($0) } }

    @Test func innerAndOuterJoinsMatchSQL() throws {
        let left = batch("a", [1, 2, nil]), right = batch("b", [2, 2, 3, nil])
        #expect(rows(try HashJoiner.join(spec(.inner), left: left, right: right)) == [[.integer(2), .integer(2)], [.integer(2), .integer(2)]])
        #expect(try HashJoiner.join(spec(.left), left: left, right: right).rowCount == 4)
        #expect(try HashJoiner.join(spec(.full), left: left, right: right).rowCount == 6)
        #expect(rows(try HashJoiner.join(spec(.leftSemi), left: left, right: right)) == [[.integer(2)]])
        #expect(rows(try HashJoiner.join(spec(.leftAnti), left: left, right: right)) == [[.integer(1)], [.null]])
    }
}
