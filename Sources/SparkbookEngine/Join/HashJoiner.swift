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

/// Joins one shuffle partition of each side: a hash table on the right keys, probed with every left row; the
/// matching pairs are then emitted in the order of the join's strategy.
enum HashJoiner {
    static func join(_ spec: JoinSpec, left: RecordBatch, right: RecordBatch) throws -> RecordBatch {
        let leftKeyColumns = try spec.leftKeys.map { try $0.evaluate(left) }
        let rightKeyColumns = try spec.rightKeys.map { try $0.evaluate(right) }
        var table: [[Value]: [Int]] = [:]
        for r in 0..<right.rowCount {
            let key = rightKeyColumns.map { $0.value(at: r) }
            if key.contains(where: \.isNull) { continue }
            table[key, default: []].append(r)
        }
        // Candidate pairs by key, then the residual condition over them, vectorised.
        var candidates: [(Int, Int)] = []
        for l in 0..<left.rowCount {
            let key = leftKeyColumns.map { $0.value(at: l) }
            if key.contains(where: \.isNull) { continue }
            for r in table[key] ?? [] { candidates.append((l, r)) }
        }
        var matches = candidates
        if let residual = spec.residual, !candidates.isEmpty {
            let pairs = pairBatch(spec, left, right, candidates.map { (Optional($0.0), Optional($0.1)) })
            let keep = try residual.evaluate(pairs)
            matches = candidates.indices.filter { if case .boolean(true) = keep.value(at: $0) { true } else { false } }
                .map { candidates[$0] }
        }
        let rows = try JoinOutputOrder(spec: spec, left: left, right: right, matches: matches).rows()
        let pairs = pairBatch(spec, left, right, rows)
        return RecordBatch(schema: spec.outputSchema, columns: try spec.output.map { try $0.evaluate(pairs) },
                           rowCount: rows.count)
    }

    /// Left and right rows side by side; a missing side is all nulls.
    static func pairBatch(_ spec: JoinSpec, _ left: RecordBatch, _ right: RecordBatch,
                          _ rows: [(Int?, Int?)]) -> RecordBatch {
        func gather(_ batch: RecordBatch, _ column: Int, _ pick: (Int?, Int?) -> Int?) -> ColumnVector {
            var builder = ColumnBuilder(type: batch.schema[column].dataType, capacity: rows.count)
            for row in rows {
                if let i = pick(row.0, row.1) { builder.append(batch.columns[column].value(at: i)) } else { builder.appendNull() }
            }
            return builder.finish()
        }
        let columns = (0..<left.schema.count).map { gather(left, $0) { l, _ in l } }
            + (0..<right.schema.count).map { gather(right, $0) { _, r in r } }
        return RecordBatch(schema: spec.pairSchema, columns: columns, rowCount: rows.count)
    }
}
