/// Operators over whole columns: each node's operands are computed first (a literal stays one value), then one
/// kernel loop over their typed buffers (`VectorArithmetic`, `VectorComparison`, `VectorLogic`, `VectorCast`);
/// an operator no kernel covers (decimal arithmetic, casts from text) runs the scalar rule per row over its
/// operands' columns. Errors have one implementation, the row path's: wherever a row would raise, the kernels
/// throw `VectorRowRaises` (and a nested call's error propagates), and `evaluate(_:)` redoes the expression row
/// by row, which raises Spark's error for the first failing row exactly as before.
extension BoundExpression {
    /// The expression over every row of `batch`; throws where any row would raise.
    func vectorValue(_ batch: RecordBatch) throws -> VectorValue {
        let count = batch.rowCount
        switch self {
        case .column(let index, _):
            return .column(batch.columns[index])
        case .literal(let value, let type):
            return VectorValue(literal: value, type: type)
        case .function:
            return .column(try evaluate(batch))
        case .unary(let op, let inner, let type):
            let x = try inner.vectorValue(batch)
            switch op {
            case .isNull, .isNotNull: return .column(VectorLogic.isNull(x, null: op == .isNull, count: count))
            case .not: return .column(VectorLogic.not(x, count: count))
            case .negate:
                if let column = try VectorArithmetic.negate(x, type: type, count: count) { return .column(column) }
                return try rowwise(type: type, count: count, x) { try Self.apply(op, $0[0]) }
            }
        case .binary(let op, let l, let r, _) where op == .and || op == .or:
            return .column(try VectorLogic.combine(op, l, r, of: batch))
        case .binary(let op, let l, let r, let type):
            let left = try l.vectorValue(batch), right = try r.vectorValue(batch)
            let column: ColumnVector?
            switch op {
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
                column = VectorComparison.apply(op, left, right, count: count)
            default:
                column = try VectorArithmetic.apply(op, left, right, type: type, count: count)
            }
            if let column { return .column(column) }
            return try rowwise(type: type, count: count, left, right) { try Self.apply(op, $0[0], $0[1], type: type) }
        case .cast(let inner, let type):
            let x = try inner.vectorValue(batch)
            if let column = try VectorCast.apply(x, to: type, count: count) { return .column(column) }
            return try rowwise(type: type, count: count, x) { try ValueCast.ansiCast($0[0], to: type) }
        }
    }

    /// `rule` per row over the operands' values; shared operands give a shared result, computed once.
    private func rowwise(type: DataType, count: Int, _ operands: VectorValue...,
                         rule: ([Value]) throws -> Value) throws -> VectorValue {
        if operands.allSatisfy({ if case .scalar = $0 { true } else { false } }) {
            return VectorValue(literal: try rule(operands.map { $0.value(at: 0) }), type: type)
        }
        var builder = ColumnBuilder(type: type, capacity: count)
        for row in 0..<count { builder.append(try rule(operands.map { $0.value(at: row) })) }
        return .column(builder.finish())
    }
}

/// A kernel found a row that raises; the row path raises the error itself.
struct VectorRowRaises: Error {}
