/// A bound generator operator: the other select items, the array expression, and where the element column
/// goes in the output.
public struct GenerateSpec: Sendable {
    /// The select items other than the generator, in output order.
    public let others: [BoundExpression]
    /// The array whose elements become rows.
    public let array: BoundExpression
    /// `explode_outer`: a null or empty array still yields one row, with a null element.
    public let outer: Bool
    /// The generator's position in the select list.
    public let position: Int
    public let outputSchema: StructType

    public init(others: [BoundExpression], array: BoundExpression, outer: Bool, position: Int,
                outputSchema: StructType) {
        self.others = others
        self.array = array
        self.outer = outer
        self.position = position
        self.outputSchema = outputSchema
    }

    /// Runs the generator over one batch: each input row repeated once per element.
    public func generate(_ batch: RecordBatch) throws -> RecordBatch {
        let arrays = try array.evaluate(batch)
        var rows: [Int] = []
        var elements = ColumnBuilder(type: outputSchema[position].dataType, capacity: batch.rowCount)
        for row in 0..<batch.rowCount {
            let values = arrays.value(at: row).arrayElements ?? []
            if values.isEmpty {
                guard outer else { continue }
                rows.append(row); elements.appendNull()
            }
            for value in values { rows.append(row); elements.append(value) }
        }
        var columns = try others.map { try $0.evaluate(batch).gather(rows) }
        columns.insert(elements.finish(), at: position)
        return RecordBatch(schema: outputSchema, columns: columns, rowCount: rows.count)
    }
}
