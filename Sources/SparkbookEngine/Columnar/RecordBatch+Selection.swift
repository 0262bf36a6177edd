/// A batch of some of another's rows, for evaluating an expression only where it is needed (the right side of
/// `AND`/`OR` where the left does not decide, as Spark never evaluates it elsewhere).
extension RecordBatch {
    /// The rows at `rows`, in that order; only the columns in `reading` are gathered, the others become
    /// placeholders of the right type and length that read as null (the expression does not read them).
    func selecting(_ rows: [Int], reading: Set<Int>) -> RecordBatch {
        let picked = columns.enumerated().map { i, column in
            reading.contains(i) ? column.gather(rows)
                : ColumnVector(dataType: column.dataType, storage: .null(count: rows.count))
        }
        return RecordBatch(schema: schema, columns: picked, rowCount: rows.count)
    }
}
