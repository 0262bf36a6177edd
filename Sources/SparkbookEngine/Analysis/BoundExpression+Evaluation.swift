/// Vector evaluation: a whole column at a time. Column references cost nothing, functions run over whole
/// vectors, operators through the kernels of `Vectorised/`. Where any row would raise, an operator expression
/// is redone by the row path below, the one implementation of its errors, so the error (its class, message and
/// the row that raises first) is the scalar evaluation's. `AND`/`OR` never evaluate their right side where the
/// left decides, as in Spark, so a guarded division never fails.
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
        case .unary, .binary, .cast:
            do {
                return try vectorValue(batch).column(count: batch.rowCount)
            } catch {
                return try rowByRow(batch)
            }
        }
    }

    /// The row path for an operator over a batch: a cast casts its operand's column value by value, any other
    /// operator evaluates the whole expression one row at a time.
    private func rowByRow(_ batch: RecordBatch) throws -> ColumnVector {
        var builder = ColumnBuilder(type: dataType, capacity: batch.rowCount)
        if case .cast(let inner, let type) = self {
            let input = try inner.evaluate(batch)
            for row in 0..<batch.rowCount { builder.append(try ValueCast.ansiCast(input.value(at: row), to: type)) }
        } else {
            for row in 0..<batch.rowCount { builder.append(try evaluate(row: row, of: batch)) }
        }
        return builder.finish()
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
            return try Self.apply(op, try inner.evaluate(row: row, of: batch))
        case .binary(let op, let l, let r, let type):
            let left = try l.evaluate(row: row, of: batch)
            // The right side only where the left does not decide: `false AND x` is false, `true OR x` is true.
            if op == .and, case .boolean(false) = left { return .boolean(false) }
            if op == .or, case .boolean(true) = left { return .boolean(true) }
            return try Self.apply(op, left, try r.evaluate(row: row, of: batch), type: type)
        }
    }

    /// A unary operator on one value.
    static func apply(_ op: UnaryOperator, _ v: Value) throws -> Value {
        switch op {
        case .isNull: return .boolean(v.isNull)
        case .isNotNull: return .boolean(!v.isNull)
        case .not:
            if case .boolean(let b) = v { return .boolean(!b) }
            return .null
        case .negate:
            return try ValueArithmetic.negate(v)
        }
    }

    /// A binary operator on two values, with ANSI errors; decimal results follow `DecimalArithmetic`.
    static func apply(_ op: BinaryOperator, _ left: Value, _ right: Value, type: DataType) throws -> Value {
        if case .decimal(let p, let s) = type { return try DecimalArithmetic.apply(op, left, right, precision: p, scale: s) }
        return try ValueArithmetic.checked(op, left, right)
    }
}
