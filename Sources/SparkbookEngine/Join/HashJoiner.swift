/// A bound equi-join (plus an optional residual condition) and the projection of its output.
public struct JoinSpec: Sendable {
    public let type: JoinType
    /// Key expressions over the left and the right input; both sides are cast to common types so that equal
    /// keys hash to the same shuffle partition.
    public let leftKeys: [BoundExpression]
    public let rightKeys: [BoundExpression]
    /// A non-equi remainder of the condition, bound over `left fields + right fields`.
    public let residual: BoundExpression?
    public let leftSchema: StructType
    public let rightSchema: StructType
    /// Output expressions over `left fields + right fields`.
    public let output: [BoundExpression]
    public let outputSchema: StructType
    /// The strategy Spark would pick, which decides the order of the output rows (JoinOutputOrder).
    public var strategy: JoinStrategy = .nestedLoop

    /// The schema the residual and the output are bound over.
    public var pairSchema: StructType {
        StructType(leftSchema.fields.map { StructField($0.name, $0.dataType, nullable: true) }
                   + rightSchema.fields.map { StructField($0.name, $0.dataType, nullable: true) })
    }
}

/// Joins one partition of each side: an inner or semi sort-merge join on one exactly ordered key column by
/// sorting and merging (`SortMergeMatches`); otherwise a hash table on the right side's typed key columns,
/// probed with every left row (`JoinMatches`); the matching pairs are then emitted in the order of the join's strategy (straight
/// from the probe for a broadcast join streaming the left side, by the matched keys' order for an inner or semi
/// sort-merge join, else through `JoinOutputOrder`) and gathered column by column.
enum HashJoiner {
    static func join(_ spec: JoinSpec, left: RecordBatch, right: RecordBatch) throws -> RecordBatch {
        var out: [RecordBatch] = []
        try join(spec, left: left, right: right, batchRows: .max) { out.append($0) }
        return out[0]
    }

    /// The join's output in batches of at most `batchRows` rows (one empty batch when no row matches), handed to
    /// `body` as they are gathered, so the next operator takes them one at a time: only the pairs' row numbers
    /// are held whole, not the output's columns.
    static func join(_ spec: JoinSpec, left: RecordBatch, right: RecordBatch, batchRows: Int,
                     _ body: (RecordBatch) throws -> Void) throws {
        if spec.leftKeys.isEmpty {
            try NestedLoopJoinLimit.check(leftRows: left.rowCount, rightRows: right.rowCount, outputColumns: spec.output.count)
        }
        if spec.residual == nil, spec.strategy == .sortMerge, spec.type == .inner || spec.type == .leftSemi {
            let leftKeys = try spec.leftKeys.map { KeyColumn(try $0.evaluate(left)) }
            let rightKeys = try spec.rightKeys.map { KeyColumn(try $0.evaluate(right)) }
            if SortMergeMatches.applies(left: leftKeys, right: rightKeys) {
                let (rowsLeft, rowsRight) = SortMergeMatches.pairs(spec.type, left: leftKeys[0], leftCount: left.rowCount,
                                                                   right: rightKeys[0], rightCount: right.rowCount)
                return try output(spec, left, right, rowsLeft, rowsRight, batchRows, body)
            }
        }
        let matches = JoinMatches(leftKeys: try spec.leftKeys.map { try $0.evaluate(left) },
                                  rightKeys: try spec.rightKeys.map { try $0.evaluate(right) },
                                  leftCount: left.rowCount, rightCount: right.rowCount)
        let rowsLeft: [Int32], rowsRight: [Int32]
        if spec.residual == nil, case .broadcastHash(buildLeft: false) = spec.strategy {
            (rowsLeft, rowsRight) = matches.streamed(spec.type)
        } else if spec.residual == nil, spec.strategy == .sortMerge, spec.type == .inner || spec.type == .leftSemi {
            (rowsLeft, rowsRight) = matches.sortMerged(spec.type, rightKeys: try spec.rightKeys.map { KeyColumn(try $0.evaluate(right)) })
        } else {
            // Candidate pairs grouped by left row, right rows ascending.
            var (candidateLeft, candidateRight) = matches.candidates()
            // The residual condition over the candidates, vectorised.
            if let residual = spec.residual, !candidateLeft.isEmpty {
                let pairs = pairBatch(spec, left, right, candidateLeft, candidateRight, reading: residual.columnIndices)
                let keep = try residual.evaluate(pairs)
                var kept: [Int] = []
                if case .boolean(let values) = keep.storage {
                    kept = values.indices.filter { values[$0] && !keep.isNull($0) }
                }
                candidateLeft = kept.map { candidateLeft[$0] }
                candidateRight = kept.map { candidateRight[$0] }
            }
            (rowsLeft, rowsRight) = try JoinOutputOrder(spec: spec, left: left, right: right, matchLeft: candidateLeft,
                                                        matchRight: candidateRight).pairs()
        }
        try output(spec, left, right, rowsLeft, rowsRight, batchRows, body)
    }

    /// The join's output over the pairs of rows `rowsLeft[i]`, `rowsRight[i]`, `batchRows` pairs at a time.
    private static func output(_ spec: JoinSpec, _ left: RecordBatch, _ right: RecordBatch, _ rowsLeft: [Int32],
                               _ rowsRight: [Int32], _ batchRows: Int, _ body: (RecordBatch) throws -> Void) throws {
        guard rowsLeft.count > batchRows else { return try body(output(spec, left, right, rowsLeft, rowsRight)) }
        var start = 0
        while start < rowsLeft.count {
            let end = min(start + batchRows, rowsLeft.count)
            try body(output(spec, left, right, Array(rowsLeft[start..<end]), Array(rowsRight[start..<end])))
            start = end
        }
    }

    /// The join's output over the pairs of rows `rowsLeft[i]`, `rowsRight[i]`.
    private static func output(_ spec: JoinSpec, _ left: RecordBatch, _ right: RecordBatch,
                               _ rowsLeft: [Int32], _ rowsRight: [Int32]) throws -> RecordBatch {
        let pairs = pairBatch(spec, left, right, rowsLeft, rowsRight, reading: Set(spec.output.flatMap(\.columnIndices)))
        return RecordBatch(schema: spec.outputSchema, columns: try spec.output.map { try $0.evaluate(pairs) },
                           rowCount: rowsLeft.count)
    }

    /// Left and right rows side by side (-1: the side is missing, all nulls); only the columns in `reading`
    /// are gathered, the others left as null columns nothing reads.
    static func pairBatch(_ spec: JoinSpec, _ left: RecordBatch, _ right: RecordBatch,
                          _ leftRows: [Int32], _ rightRows: [Int32], reading: Set<Int>) -> RecordBatch {
        let schema = spec.pairSchema
        let columns = (0..<schema.count).map { c -> ColumnVector in
            guard reading.contains(c) else { return ColumnVector(dataType: schema[c].dataType, storage: .null(count: leftRows.count)) }
            return c < left.schema.count ? left.columns[c].gather(padded: leftRows)
                : right.columns[c - left.schema.count].gather(padded: rightRows)
        }
        return RecordBatch(schema: schema, columns: columns, rowCount: leftRows.count)
    }
}
