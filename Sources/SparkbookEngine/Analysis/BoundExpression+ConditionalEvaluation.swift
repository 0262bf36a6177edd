/// Conditional calls (`CASE WHEN`, `if`, `coalesce`, `nvl`, `nanvl`: a `RowFunction` with a lazy rule) evaluate a
/// branch only for the rows that take it, as Spark's generated code does, so `when(b != 0, a / b)` never divides
/// by zero. A batch first tries every branch over the whole vector (fast); only if that raises does it redo the
/// call row by row through the lazy rule, so the error is raised only when a row that takes the failing branch
/// exists.
extension BoundExpression {
    /// The rule that evaluates `function`'s arguments on demand, if it has one.
    static func lazyRule(of function: any ScalarFunction) -> RowFunction.LazyRule? {
        (function as? RowFunction)?.lazyRule
    }

    /// The value of a lazily evaluated call for one row, evaluating only the arguments the row needs.
    static func lazyValue(_ rule: RowFunction.LazyRule, _ arguments: [BoundExpression], row: Int,
                          of batch: RecordBatch) throws -> Value {
        try rule(arguments.count) { try arguments[$0].evaluate(row: row, of: batch) }
    }

    /// A lazily evaluated call over a batch: vectorised when no argument raises, else row by row.
    static func lazyColumn(_ call: BoundFunction, _ rule: RowFunction.LazyRule, _ arguments: [BoundExpression],
                           type: DataType, of batch: RecordBatch) throws -> ColumnVector {
        do {
            let columns = try arguments.map { try $0.evaluate(batch) }
            return try call.function.evaluate(columns, rowCount: batch.rowCount, signature: call.signature,
                                              context: call.context)
        } catch {
            var builder = ColumnBuilder(type: type, capacity: batch.rowCount)
            for row in 0..<batch.rowCount {
                builder.append(try lazyValue(rule, arguments, row: row, of: batch))
            }
            return builder.finish()
        }
    }
}
