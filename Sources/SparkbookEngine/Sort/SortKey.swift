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
    /// Row indices of `batch` in sorted order (stable: ties keep their input order).
    public static func order(_ batch: RecordBatch, by keys: [SortKey]) throws -> [Int] {
        let columns = try keys.map { try $0.expression.evaluate(batch) }
        let values = columns.map { c in (0..<batch.rowCount).map { c.value(at: $0) } }
        return Array(0..<batch.rowCount).sorted { a, b in
            compare(a, b, values, keys) < 0 || (compare(a, b, values, keys) == 0 && a < b)
        }
    }

    static func compare(_ a: Int, _ b: Int, _ values: [[Value]], _ keys: [SortKey]) -> Int {
        for (k, key) in keys.enumerated() {
            let c = compareValues(values[k][a], values[k][b], key.direction)
            if c != 0 { return c }
        }
        return 0
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
        var builders = schema.fields.map { ColumnBuilder(type: $0.dataType) }
        var rows = 0
        for batch in batches {
            for (c, column) in batch.columns.enumerated() {
                for r in 0..<batch.rowCount { builders[c].append(column.value(at: r)) }
            }
            rows += batch.rowCount
        }
        return RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: rows)
    }
}
