/// The output expressions of an aggregate (`max(v1) - min(v2)`, `corr(v1, v2) ** 2`, `sum(x) / count(x)`),
/// evaluated over the typed result columns a whole column at a time: column references pass through, and
/// arithmetic on same-typed integer or double columns and `POWER` run as loops over the buffers, with no
/// `Value` per row. Anything else, and any row that would raise an ANSI error (an overflow, a division by
/// zero), goes to `BoundExpression.evaluate`, which gives Spark's result or error.
enum AggregateOutputProjection {
    static func evaluate(_ output: [BoundExpression], over result: RecordBatch, schema: StructType) throws -> RecordBatch {
        RecordBatch(schema: schema, columns: try output.map { try evaluate($0, result) }, rowCount: result.rowCount)
    }

    static func evaluate(_ expression: BoundExpression, _ batch: RecordBatch) throws -> ColumnVector {
        try vectorised(expression, batch) ?? expression.evaluate(batch)
    }

    /// The typed result, or nil where the generic evaluation must decide.
    private static func vectorised(_ expression: BoundExpression, _ batch: RecordBatch) throws -> ColumnVector? {
        switch expression {
        case .column(let index, _):
            return batch.columns[index]
        case .binary(let op, let l, let r, let type):
            guard [.add, .subtract, .multiply, .divide].contains(op), l.dataType == type, r.dataType == type,
                  let left = try vectorised(l, batch), let right = try vectorised(r, batch) else { return nil }
            let validity = ValidityMask.union(left.validity, right.validity, count: batch.rowCount)
            switch (left.storage, right.storage, type) {
            case (.int32(let a), .int32(let b), .integer) where op != .divide:
                guard let values = integral(op, a, b, validity, narrow: true) else { return nil }
                return ColumnVector(dataType: type, storage: .int32(values.map { Int32(truncatingIfNeeded: $0) }),
                                    validity: validity)
            case (.int64(let a), .int64(let b), .long) where op != .divide:
                guard let values = integral(op, a, b, validity, narrow: false) else { return nil }
                return ColumnVector(dataType: type, storage: .int64(values), validity: validity)
            case (.float64(let a), .float64(let b), .double):
                var values = [Double](repeating: 0, count: a.count)
                for row in 0..<a.count where validity?.isValid(row) ?? true {
                    switch op {
                    case .add: values[row] = a[row] + b[row]
                    case .subtract: values[row] = a[row] - b[row]
                    case .multiply: values[row] = a[row] * b[row]
                    default:
                        if b[row] == 0 { return nil }  // DIVIDE_BY_ZERO, raised by the generic path
                        values[row] = a[row] / b[row]
                    }
                }
                return ColumnVector(dataType: type, storage: .float64(values), validity: validity)
            default:
                return nil
            }
        case .function(let f, let args) where f.function.name == "power" || f.function.name == "pow":
            guard args.count == 2, let base = try doubles(args[0], batch), let exponent = try doubles(args[1], batch)
            else { return nil }
            let validity = ValidityMask.union(base.validity, exponent.validity, count: batch.rowCount)
            var values = [Double](repeating: 0, count: batch.rowCount)
            for row in 0..<batch.rowCount where validity?.isValid(row) ?? true {
                values[row] = StrictMath.pow(base.values[row], exponent.values[row])
            }
            return ColumnVector(dataType: .double, storage: .float64(values), validity: validity)
        default:
            return nil
        }
    }

    /// A double operand: a double column, or a numeric literal.
    private static func doubles(_ e: BoundExpression, _ batch: RecordBatch) throws
        -> (values: [Double], validity: ValidityMask?)? {
        if case .literal(let v, _) = e, let d = v.doubleValue {
            return ([Double](repeating: d, count: batch.rowCount), nil)
        }
        var inner = e
        if case .cast(let x, .double) = e { inner = x }
        guard let column = try vectorised(inner, batch) else { return nil }
        switch column.storage {
        case .float64(let v): return (v, column.validity)
        case .int32(let v): return (v.map(Double.init), column.validity)
        case .int64(let v): return (v.map(Double.init), column.validity)
        default: return nil
        }
    }

    /// `a op b` per valid row, or nil on an overflow (of `Int32` when `narrow`).
    private static func integral<T: FixedWidthInteger>(_ op: BinaryOperator, _ a: [T], _ b: [T],
                                                       _ validity: ValidityMask?, narrow: Bool) -> [Int64]? {
        var values = [Int64](repeating: 0, count: a.count)
        for row in 0..<a.count where validity?.isValid(row) ?? true {
            let x = Int64(a[row]), y = Int64(b[row])
            let (value, overflow): (Int64, Bool) = switch op {
            case .add: x.addingReportingOverflow(y)
            case .subtract: x.subtractingReportingOverflow(y)
            default: x.multipliedReportingOverflow(by: y)
            }
            if overflow || (narrow && Int32(exactly: value) == nil) { return nil }
            values[row] = value
        }
        return values
    }
}

extension ValidityMask {
    /// Rows valid in both masks (nil: all valid).
    static func union(_ a: ValidityMask?, _ b: ValidityMask?, count: Int) -> ValidityMask? {
        guard a != nil || b != nil else { return nil }
        var mask = ValidityMask(allValid: count)
        for row in 0..<count where !(a?.isValid(row) ?? true) || !(b?.isValid(row) ?? true) { mask.setNull(row) }
        return mask
    }
}
