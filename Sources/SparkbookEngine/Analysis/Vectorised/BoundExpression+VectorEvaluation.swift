/// Operators over whole columns: each node's operands are computed first (a literal stays one value), then one
/// kernel loop over their typed buffers (`VectorArithmetic`, `VectorComparison`, `VectorLogic`, `VectorCast`);
/// an operator no kernel covers (decimal arithmetic, casts from text) runs the scalar rule per row over its
/// operands' columns. Errors have one implementation, the row path's: wherever a row would raise, the kernels
/// throw `VectorRowRaises` (and a nested call's error propagates), and `evaluate(_:)` redoes the expression row
/// by row, which raises Spark's error for the first failing row exactly as before.
extension BoundExpression {
    /// The expression over every row of `batch`; throws where any row would raise. An operator whose
    /// operands are all shared (literals, `CAST(3 AS BIGINT)`) is computed once and its result shared too.
    func vectorValue(_ batch: RecordBatch) throws -> VectorValue {
        switch self {
        case .column(let index, _):
            return .column(batch.columns[index])
        case .literal(let value, let type):
            return VectorValue(literal: value, type: type)
        case .function:
            return .column(try evaluate(batch))
        case .binary(let op, let l, let r, _) where op == .and || op == .or:
            return .column(try VectorLogic.combine(op, l, r, of: batch))
        case .unary(let op, let inner, let type):
            let x = try inner.vectorValue(batch)
            let rows = x.isScalar ? 1 : batch.rowCount
            let column: ColumnVector
            switch op {
            case .isNull, .isNotNull: column = VectorLogic.isNull(x, null: op == .isNull, count: rows)
            case .not: column = VectorLogic.not(x, count: rows)
            case .negate:
                column = try VectorArithmetic.negate(x, type: type, count: rows)
                    ?? Self.rowwise(type: type, rows: rows, x) { try Self.apply(op, $0[0]) }
            }
            return x.isScalar ? .scalar(column) : .column(column)
        case .binary(let op, let l, let r, let type):
            let left = try l.vectorValue(batch), right = try r.vectorValue(batch)
            let shared = left.isScalar && right.isScalar
            let rows = shared ? 1 : batch.rowCount
            let column: ColumnVector?
            switch op {
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
                column = VectorComparison.apply(op, left, right, count: rows)
            default:
                column = try VectorArithmetic.apply(op, left, right, type: type, count: rows)
            }
            let result = try column ?? Self.rowwise(type: type, rows: rows, left, right) {
                try Self.apply(op, $0[0], $0[1], type: type)
            }
            return shared ? .scalar(result) : .column(result)
        case .cast(let inner, let type):
            let x = try inner.vectorValue(batch)
            let rows = x.isScalar ? 1 : batch.rowCount
            let column = try VectorCast.apply(x, to: type, count: rows)
                ?? Self.rowwise(type: type, rows: rows, x) { try ValueCast.ansiCast($0[0], to: type) }
            return x.isScalar ? .scalar(column) : .column(column)
        }
    }

    /// `rule` per row over the operands' values, for the operators no kernel covers.
    private static func rowwise(type: DataType, rows: Int, _ operands: VectorValue...,
                                rule: ([Value]) throws -> Value) throws -> ColumnVector {
        var builder = ColumnBuilder(type: type, capacity: rows)
        for row in 0..<rows { builder.append(try rule(operands.map { $0.value(at: row) })) }
        return builder.finish()
    }
}

/// A kernel found a row that raises; the row path raises the error itself.
struct VectorRowRaises: Error {}
