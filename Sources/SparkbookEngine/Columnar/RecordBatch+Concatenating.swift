/// Several batches of one schema as one (used to keep one cached batch per partition).
extension RecordBatch {
    public static func concatenating(_ batches: [RecordBatch], schema: StructType) -> RecordBatch {
        let rows = batches.reduce(0) { $0 + $1.rowCount }
        let columns = schema.fields.indices.map { c -> ColumnVector in
            var builder = ColumnBuilder(type: schema[c].dataType, capacity: rows)
            for batch in batches {
                for r in 0..<batch.rowCount { builder.append(batch.columns[c].value(at: r)) }
            }
            return builder.finish()
        }
        return RecordBatch(schema: schema, columns: columns, rowCount: rows)
    }
}
