/// `CASE WHEN`, `if`, `coalesce`, `nvl` and `nanvl` evaluate a branch only for the rows that take it, as Spark's
/// generated code does, so `when(b != 0, a / b)` never divides by zero. A batch first tries every branch over
/// the whole vector (fast); only if that raises does it redo the call row by row, lazily, so the error is
/// raised only when a row that takes the failing branch exists.
extension BoundExpression {
    /// Whether a call to `function` must not evaluate an argument a row does not need.
    static func evaluatesLazily(_ function: any ScalarFunction) -> Bool {
        ["casewhen", "if", "coalesce", "nvl", "nanvl"].contains(function.name)
    }

    /// The value of a lazily evaluated call for one row, evaluating only the arguments the row needs.
    static func lazyValue(_ function: any ScalarFunction, _ arguments: [BoundExpression], row: Int,
                          of batch: RecordBatch) throws -> Value {
        switch function.name {
        case "casewhen":
            var i = 0
            while i + 1 < arguments.count {
                if case .boolean(true) = try arguments[i].evaluate(row: row, of: batch) {
                    return try arguments[i + 1].evaluate(row: row, of: batch)
                }
                i += 2
            }
            return arguments.count % 2 == 1 ? try arguments[arguments.count - 1].evaluate(row: row, of: batch) : .null
        case "if":
            let condition = try arguments[0].evaluate(row: row, of: batch)
            return try arguments[condition == .boolean(true) ? 1 : 2].evaluate(row: row, of: batch)
        case "coalesce", "nvl":
            for argument in arguments {
                let value = try argument.evaluate(row: row, of: batch)
                if !value.isNull { return value }
            }
            return .null
        case "nanvl":
            let value = try arguments[0].evaluate(row: row, of: batch)
            guard let d = value.doubleValue else { return .null }
            return d.isNaN ? try arguments[1].evaluate(row: row, of: batch) : value
        default:
            preconditionFailure("\(function.name) is not evaluated lazily")
        }
    }

    /// A lazily evaluated call over a batch: vectorised when no argument raises, else row by row.
    static func lazyColumn(_ call: BoundFunction, _ arguments: [BoundExpression], type: DataType,
                           of batch: RecordBatch) throws -> ColumnVector {
        do {
            let columns = try arguments.map { try $0.evaluate(batch) }
            return try call.function.evaluate(columns, rowCount: batch.rowCount, signature: call.signature,
                                              context: call.context)
        } catch {
            var builder = ColumnBuilder(type: type, capacity: batch.rowCount)
            for row in 0..<batch.rowCount {
                builder.append(try lazyValue(call.function, arguments, row: row, of: batch))
            }
            return builder.finish()
        }
    }
}
