/// A bound sort key: the expression to sort by and its direction.
public struct SortKey: Sendable, Hashable {
    public let expression: BoundExpression
    public let direction: SortDirection

    public init(expression: BoundExpression, direction: SortDirection) {
        self.expression = expression
        self.direction = direction
    }

    /// Splits `col.desc_nulls_last()`-style expressions into the inner expression and its direction.
    public static func unwrap(_ e: Expression) -> (Expression, SortDirection) {
        switch e {
        case .sortOrder(let inner, let direction): (inner, direction)
        case .alias(let inner, _): unwrap(inner)
        default: (e, .ascending)
        }
    }
}

/// Sorts the rows of batches by sort keys with Spark's ordering: nulls first or last as asked, NaN largest.
public enum RowSorter {
    /// Row indices of `batch` in sorted order (stable: ties keep their input order); see `SortKernel`.
    public static func order(_ batch: RecordBatch, by keys: [SortKey]) throws -> [Int] {
        try SortKernel.order(batch, by: keys)
    }

    public static func compareValues(_ x: Value, _ y: Value, _ direction: SortDirection) -> Int {
        switch (x.isNull, y.isNull) {
        case (true, true): return 0
        case (true, false): return direction.nullsFirst ? -1 : 1
        case (false, true): return direction.nullsFirst ? 1 : -1
        default:
            let c = ValueOrdering.compare(x, y) ?? 0
            return direction.ascending ? c : -c
        }
    }

    /// All batches merged into one, for operators that need every row of a partition at once.
    public static func concatenate(_ batches: [RecordBatch], schema: StructType) -> RecordBatch {
        if batches.count == 1 { return batches[0] }
        return .concatenating(batches, schema: schema)
    }
}
