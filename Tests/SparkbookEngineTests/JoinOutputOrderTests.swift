import Testing
@testable import SparkbookEngine

@Suite struct JoinOutputOrderTests {
    func batch(_ name: String, _ keys: [Int32?]) -> RecordBatch {
        var b = ColumnBuilder(type: .integer)
        for k in keys { b.append(k.map(Value.integer) ?? .null) }
        return RecordBatch(schema: StructType([StructField(name, .integer)]), columns: [b.finish()], rowCount: keys.count)
    }

    func spec(_ type: JoinType, _ strategy: JoinStrategy) -> JoinSpec {
        let l = StructType([StructField("a", .integer)]), r = StructType([StructField("b", .integer)])
        let outputs: [BoundExpression] = type.keepsRightColumns
            ? [.column(index: 0, type: .integer), .column(index: 1, type: .integer)] : [.column(index: 0, type: .integer)]
        return JoinSpec(type: type, leftKeys: [.column(index: 0, type: .integer)], rightKeys: [.column(index: 0, type: .integer)],
                        residual: nil, leftSchema: l, rightSchema: r, output: outputs,
                        outputSchema: StructType(type.keepsRightColumns ? l.fields + r.fields : l.fields), strategy: strategy)
    }

    /// Row index pairs, as positions in the inputs.
    func order(_ type: JoinType, _ strategy: JoinStrategy, _ left: [Int32?], _ right: [Int32?]) throws -> [[Int?]] {
        let l = batch("a", left), r = batch("b", right)
        var matches: [(Int, Int)] = []
        for i in left.indices where left[i] != nil { for j in right.indices where right[j] == left[i] { matches.append((i, j)) } }
        return try JoinOutputOrder(spec: spec(type, strategy), left: l, right: r, matches: matches).rows().map { [$0.0, $0.1] }
    }

    @Test func broadcastStreamsOneSideInOrderWithBuildMatchesNewestFirst() throws {
        #expect(try order(.inner, .broadcastHash(buildLeft: false), [2, 1], [1, 2, 1]) == [[0, 1], [1, 2], [1, 0]])
        #expect(try order(.inner, .broadcastHash(buildLeft: true), [2, 1, 2], [1, 2]) == [[1, 0], [2, 1], [0, 1]])
        #expect(try order(.left, .broadcastHash(buildLeft: false), [3, 1], [1]) == [[0, nil], [1, 0]])
        #expect(try order(.right, .broadcastHash(buildLeft: true), [1], [3, 1]) == [[nil, 0], [0, 1]])
    }

    @Test func sortMergeOrdersByKeyWithTiesInArrivalOrder() throws {
        #expect(try order(.inner, .sortMerge, [2, 1, 2], [2, 1, 2]) == [[1, 1], [0, 0], [0, 2], [2, 0], [2, 2]])
        #expect(try order(.left, .sortMerge, [2, nil, 1], [1]) == [[1, nil], [2, 0], [0, nil]])
        #expect(try order(.right, .sortMerge, [1, 1], [3, 1]) == [[0, 1], [1, 1], [nil, 0]])
        #expect(try order(.leftAnti, .sortMerge, [3, 1, nil], [1]) == [[2, nil], [0, nil]])
    }

    @Test func fullSortMergePlacesUnmatchedRightRowsByKeyAfterLeftNulls() throws {
        // Spark: left null-key rows, right null-key rows, then keys ascending (observed with createDataFrame).
        #expect(try order(.full, .sortMerge, [3, 1, nil, 9], [nil, 3, 8, 1]) ==
                [[2, nil], [nil, 0], [1, 3], [0, 1], [nil, 2], [3, nil]])
    }
}
