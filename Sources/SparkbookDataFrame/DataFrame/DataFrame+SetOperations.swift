import SparkbookEngine

/// `intersect`, `intersectAll`, `subtract` and `exceptAll`: columns matched by position, named as this frame's,
/// rows compared as whole values with nulls equal (Spark's `<=>`). Each is planned as Spark rewrites
/// `ExceptAll`/`IntersectAll`: a union of both sides tagged with a per-side count column, an aggregate that
/// sums those counts per distinct row, a filter on the counts and, for the `All` forms, a generator that
/// emits each row as many times as it survives.
extension DataFrame {
    public func intersect(_ other: DataFrame) throws -> DataFrame {
        try setOperation("INTERSECT", other, keep: { l, r in .binary(.and, .binary(.greater, l, zero), .binary(.greater, r, zero)) })
    }

    public func intersectAll(_ other: DataFrame) throws -> DataFrame {
        try setOperation("INTERSECT ALL", other, keep: { l, r in .binary(.and, .binary(.greater, l, zero), .binary(.greater, r, zero)) },
                         copies: { l, r in [l, r] })
    }

    /// `subtract`: the distinct rows of this frame that the other lacks (SQL `EXCEPT DISTINCT`).
    public func subtract(_ other: DataFrame) throws -> DataFrame {
        try setOperation("EXCEPT", other, keep: { l, r in .binary(.and, .binary(.greater, l, zero), .binary(.equal, r, zero)) })
    }

    /// `exceptAll`: each row as many times as it occurs here more often than in the other frame.
    public func exceptAll(_ other: DataFrame) throws -> DataFrame {
        try setOperation("EXCEPT ALL", other, keep: { l, r in .binary(.greater, .binary(.subtract, l, r), zero) },
                         copies: { l, r in [.binary(.subtract, l, r)] })
    }

    private var zero: Expression { .literal(.long(0)) }

    private func setOperation(_ operation: String, _ other: DataFrame,
                              keep: (Expression, Expression) -> Expression,
                              copies: ((Expression, Expression) -> [Expression])? = nil) throws -> DataFrame {
        let names = try columns(), theirs = try other.columns()
        guard names.count == theirs.count else {
            throw SparkError(.analysis, errorClass: "NUM_COLUMNS_MISMATCH",
                             message: "\(operation) can only be performed on inputs with the same number of columns, but the first input has \(names.count) columns and the second input has \(theirs.count) columns.",
                             sqlState: "42826")
        }
        let (leftCount, rightCount) = ("__set_left", "__set_right")
        let positional = names.enumerated().map { Expression.columnAt($0.offset, name: $0.element) }
        func tagged(_ plan: LogicalPlan, left: Int64) -> LogicalPlan {
            .project(positional + [.alias(.literal(.long(left)), name: leftCount),
                                   .alias(.literal(.long(1 - left)), name: rightCount)], plan)
        }
        let keys = names.map { Expression.column($0) }
        let (l, r) = (Expression.column(leftCount), Expression.column(rightCount))
        return try derive(with: other) { mine, theirs in
            let counted = LogicalPlan.aggregate(
                groupBy: keys,
                output: keys + [.alias(.aggregate(.sum, l), name: leftCount), .alias(.aggregate(.sum, r), name: rightCount)],
                .union(tagged(mine, left: 1), tagged(theirs, left: 0)))
            let kept = LogicalPlan.filter(keep(l, r), counted)
            guard let copies else { return .project(keys, kept) }
            let copy = Expression.alias(.function("explode", [.function(ReplicateRows.name, copies(l, r))]), name: "__set_copy")
            return .project(keys, .project(keys + [copy], kept))
        }
    }
}
