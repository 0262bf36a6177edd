import SparkbookEngine

/// `repartitionById` and `repartitionByRange`: partitions chosen by a value rather than by a hash.
extension DataFrame {
    /// `df.repartitionById(n, col)`: each row to partition `col mod n` (Spark's `DirectShufflePartitionID`).
    public func repartitionById(_ n: Int, _ partitionId: Column) throws -> DataFrame {
        try derive { .repartition(n, [DirectPartitionID.call(partitionId.expression)], $0) }
    }

    /// `df.repartitionByRange(n, cols)`: rows in ascending ranges of the keys (nulls first), partition i holding
    /// the keys up to the i-th bound, as Spark's RangePartitioner places them. The bounds are Spark's
    /// `determineBounds` over every key (Spark samples; below its sample size of 20 keys per partition a
    /// sample is every key, each of weight one): a bound each time the running weight passes a multiple of
    /// count / n. A row goes to the number of bounds its key is above.
    public func repartitionByRange(_ n: Int, _ keys: [Column]) async throws -> DataFrame {
        guard n > 0 else {
            throw SparkError(.illegalArgument, errorClass: nil,
                             message: "requirement failed: Number of partitions (\(n)) must be positive.")
        }
        let sampled = try await select(keys).collectBatches(description: "repartitionByRange")
        var rows: [[Value]] = []
        for batch in sampled {
            for row in 0..<batch.rowCount { rows.append(batch.columns.map { $0.value(at: row) }) }
        }
        rows.sort { Self.ascending($0, $1) < 0 }
        var bounds: [[Value]] = []
        let step = Double(rows.count) / Double(n)
        var target = step, cumulative = 0.0
        for row in rows where bounds.count < n - 1 {
            cumulative += 1
            if cumulative >= target {
                if bounds.last.map({ Self.ascending(row, $0) > 0 }) ?? true { bounds.append(row); target += step }
            }
        }
        let above = bounds.map { bound -> Expression in
            .function("casewhen", [Self.greater(keys.map(\.expression), bound), .literal(.integer(1)), .literal(.integer(0))])
        }
        let partition = above.dropFirst().reduce(above.first ?? .literal(.integer(0))) { .binary(.add, $0, $1) }
        return try repartitionById(n, Column(partition))
    }

    /// Keys compared in ascending order, nulls first, field by field.
    private static func ascending(_ l: [Value], _ r: [Value]) -> Int {
        for (a, b) in zip(l, r) {
            switch (a.isNull, b.isNull) {
            case (true, true): continue
            case (true, false): return -1
            case (false, true): return 1
            default: if let c = ValueOrdering.compare(a, b), c != 0 { return c }
            }
        }
        return 0
    }

    /// Whether the keys are above a bound in that order (a null key is below every value).
    private static func greater(_ keys: [Expression], _ bound: [Value]) -> Expression {
        let key = keys[0], value = bound[0]
        let above: Expression = value.isNull ? .unary(.isNotNull, key) : .binary(.greater, key, .literal(value))
        guard keys.count > 1 else { return above }
        let same: Expression = value.isNull ? .unary(.isNull, key) : .binary(.equal, key, .literal(value))
        return .binary(.or, above, .binary(.and, same, greater(Array(keys.dropFirst()), Array(bound.dropFirst()))))
    }
}
