/// A bound generator operator: the other select items, the generator, and where its columns go in the output.
public struct GenerateSpec: Sendable {
    /// The select items other than the generator, in output order.
    public let others: [BoundExpression]
    public let generator: Generator
    /// Where the generator's first column lands in the output; its others follow it.
    public let position: Int
    public let outputSchema: StructType

    public init(others: [BoundExpression], generator: Generator, position: Int, outputSchema: StructType) {
        self.others = others
        self.generator = generator
        self.position = position
        self.outputSchema = outputSchema
    }

    /// `explode_outer`: a null or empty input still yields one row, of nulls.
    public var outer: Bool { generator.outer }
    /// The output positions of the generated columns.
    public var generated: Range<Int> { position..<position + generator.fields.count }

    /// Runs the generator over one batch: each input row repeated once per generated row.
    public func generate(_ batch: RecordBatch) throws -> RecordBatch {
        let inputs = try generator.inputs.map { try $0.evaluate(batch) }
        var rows: [Int] = []
        var builders = generated.map { ColumnBuilder(type: outputSchema[$0].dataType, capacity: batch.rowCount) }
        for row in 0..<batch.rowCount {
            let count = generator.generate(row: row, inputs, into: &builders)
            for _ in 0..<count { rows.append(row) }
        }
        var columns = try others.map { try $0.evaluate(batch).gather(rows) }
        columns.insert(contentsOf: builders.map { $0.finish() }, at: position)
        return RecordBatch(schema: outputSchema, columns: columns, rowCount: rows.count)
    }
}
