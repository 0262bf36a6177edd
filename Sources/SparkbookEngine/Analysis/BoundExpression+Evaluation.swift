/// Vector evaluation: a whole column at a time. Column references cost nothing; composite expressions fall
/// back to scalar evaluation per row, which is fine off the hot path (scans and aggregation use typed buffers).
extension BoundExpression {
    public func evaluate(_ batch: RecordBatch) throws -> ColumnVector {
        switch self {
        case .column(let index, _):
            return batch.columns[index]
        case .literal(let value, let type):
            return ColumnVector.constant(value, type: type, count: batch.rowCount)
        default:
            var builder = ColumnBuilder(type: dataType, capacity: batch.rowCount)
            for row in 0..<batch.rowCount {
                builder.append(try evaluate(row: row, of: batch))
            }
            return builder.finish()
        }
    }

    /// The value for one row.
    public func evaluate(row: Int, of batch: RecordBatch) throws -> Value {
        switch self {
        case .column(let index, _):
            return batch.columns[index].value(at: row)
        case .literal(let value, _):
            return value
        case .cast(let inner, let type):
            return ValueCast.cast(try inner.evaluate(row: row, of: batch), to: type)
        case .unary(let op, let inner, _):
            let v = try inner.evaluate(row: row, of: batch)
            switch op {
            case .isNull: return .boolean(v.isNull)
            case .isNotNull: return .boolean(!v.isNull)
            case .not:
                if case .boolean(let b) = v { return .boolean(!b) }
                return .null
            case .negate:
                switch v {
                case .integer(let x): return .integer(0 &- x)
                case .long(let x): return .long(0 &- x)
                case .double(let x): return .double(-x)
                default: return .null
                }
            }
        case .binary(let op, let l, let r, _):
            let left = try l.evaluate(row: row, of: batch)
            // Three-valued logic: `false AND NULL` is false and `true OR NULL` is true.
            if op == .and, case .boolean(false) = left { return .boolean(false) }
            if op == .or, case .boolean(true) = left { return .boolean(true) }
            let right = try r.evaluate(row: row, of: batch)
            return ValueArithmetic.apply(op, left, right)
        }
    }
}
