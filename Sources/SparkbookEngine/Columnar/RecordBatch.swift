/// A horizontal slice of a table: one column vector per schema field, all of the same length.
public struct RecordBatch: Sendable {
    public let schema: StructType
    public let columns: [ColumnVector]
    public let rowCount: Int

    public init(schema: StructType, columns: [ColumnVector], rowCount: Int) {
        precondition(schema.count == columns.count, "a batch needs one column per field")
        self.schema = schema
        self.columns = columns
        self.rowCount = rowCount
    }

    /// An empty batch of the given schema.
    public static func empty(_ schema: StructType) -> RecordBatch {
        RecordBatch(
            schema: schema,
            columns: schema.fields.map { ColumnBuilder(type: $0.dataType).finish() },
            rowCount: 0
        )
    }

    /// The row at `index` as scalars; for the edges (collect, show), not inner loops.
    public func row(_ index: Int) -> [Value] {
        columns.map { $0.value(at: index) }
    }

    public func prefix(_ n: Int) -> RecordBatch {
        n >= rowCount ? self : RecordBatch(schema: schema, columns: columns.map { $0.prefix(n) }, rowCount: n)
    }

    public func gather(_ indices: [Int]) -> RecordBatch {
        RecordBatch(schema: schema, columns: columns.map { $0.gather(indices) }, rowCount: indices.count)
    }
}
