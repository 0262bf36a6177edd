/// Several batches of one schema as one (used to keep one cached batch per partition).
extension RecordBatch {
    public static func concatenating(_ batches: [RecordBatch], schema: StructType) -> RecordBatch {
        let rows = batches.reduce(0) { $0 + $1.rowCount }
        guard !batches.isEmpty else { return .empty(schema) }
        let columns = schema.fields.indices.map { c in
            ColumnVector.concatenating(batches.map { $0.columns[c] }, type: schema[c].dataType)
        }
        return RecordBatch(schema: schema, columns: columns, rowCount: rows)
    }
}
