/// Vector evaluation: a whole column at a time. Column references cost nothing, functions run over whole
/// vectors; operators fall back to scalar evaluation per row (`AND`/`OR` must not evaluate their right side
/// where the left decides, as in Spark, so a guarded division never fails).
extension BoundExpression {
    public func evaluate(_ batch: RecordBatch) throws -> ColumnVector {
        switch self {
        case .column(let index, _):
            return batch.columns[index]
        case .literal(let value, let type):
            return ColumnVector.constant(value, type: type, count: batch.rowCount)
        case .function(let f, let args):
            if let rule = Self.lazyRule(of: f.function) {
                return try Self.lazyColumn(f, rule, args, type: dataType, of: batch)
            }
            let columns = try args.map { try $0.evaluate(batch) }
            return try f.function.evaluate(columns, rowCount: batch.rowCount, signature: f.signature, context: f.context)
        case .unary(let op, let inner, _) where op == .isNull || op == .isNotNull:
            // Only the operand's validity is read: no `Value` per row.
            let input = try inner.evaluate(batch)
            let null = op == .isNull
            return ColumnVector(dataType: .boolean,
                                storage: .boolean((0..<batch.rowCount).map { input.isNull($0) == null }))
        case .cast(let inner, let type):
            let input = try inner.evaluate(batch)
            var builder = ColumnBuilder(type: type, capacity: batch.rowCount)
            for row in 0..<batch.rowCount { builder.append(try ValueCast.ansiCast(input.value(at: row), to: type)) }
            return builder.finish()
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
            return try ValueCast.ansiCast(try inner.evaluate(row: row, of: batch), to: type)
        case .function(let f, let args):
            if let rule = Self.lazyRule(of: f.function) { return try Self.lazyValue(rule, args, row: row, of: batch) }
            let columns = try args.map { ColumnVector.constant(try $0.evaluate(row: row, of: batch), type: $0.dataType, count: 1) }
            return try f.function.evaluate(columns, rowCount: 1, signature: f.signature, context: f.context).value(at: 0)
        case .unary(let op, let inner, _):
            let v = try inner.evaluate(row: row, of: batch)
            switch op {
            case .isNull: return .boolean(v.isNull)
            case .isNotNull: return .boolean(!v.isNull)
            case .not:
                if case .boolean(let b) = v { return .boolean(!b) }
                return .null
            case .negate:
                return try ValueArithmetic.negate(v)
            }
        case .binary(let op, let l, let r, let type):
            let left = try l.evaluate(row: row, of: batch)
            // Three-valued logic: `false AND NULL` is false and `true OR NULL` is true.
            if op == .and, case .boolean(false) = left { return .boolean(false) }
            if op == .or, case .boolean(true) = left { return .boolean(true) }
            let right = try r.evaluate(row: row, of: batch)
            if case .decimal(let p, let s) = type { return try DecimalArithmetic.apply(op, left, right, precision: p, scale: s) }
            return try ValueArithmetic.checked(op, left, right)
        }
    }
}
