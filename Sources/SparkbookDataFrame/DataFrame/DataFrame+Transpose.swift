import SparkbookEngine

/// `df.transpose(indexColumn)`: the columns become rows and the index column's values become columns, as
/// Spark's Transpose: a `key` column of the other columns' names, then one column per index value (its text),
/// in ascending order of the values, every value cast to the columns' least common type (unpivot's).
extension DataFrame {
    public func transpose(_ indexColumn: Column?) async throws -> DataFrame {
        let names = try columns()
        let index = try indexColumn.map { try select([$0]).columns()[0] } ?? names[0]
        let values = names.filter { $0.lowercased() != index.lowercased() }
        let unpivoted = try unpivot(ids: [Column(index)], values: values.map { Column($0) },
                                    variableColumnName: "key", valueColumnName: "value")
        let type = try unpivoted.schema()[2].dataType
        var cells: [(index: Value, key: String, value: Value)] = []
        for batch in try await unpivoted.collectBatches(description: "transpose") {
            for row in 0..<batch.rowCount {
                guard case .string(let key) = batch.columns[1].value(at: row) else { continue }
                cells.append((batch.columns[0].value(at: row), key, batch.columns[2].value(at: row)))
            }
        }
        var indexValues: [Value] = []
        for cell in cells where !indexValues.contains(cell.index) { indexValues.append(cell.index) }
        indexValues.sort { l, r in
            if l.isNull || r.isNull { return l.isNull && !r.isNull }
            return (ValueOrdering.compare(l, r) ?? 0) < 0
        }
        let columnNames = indexValues.map { value -> String in
            if case .string(let s) = ValueCast.cast(value, to: .string) { return s }
            return "NULL"
        }
        let schema = StructType([StructField("key", .string, nullable: false)]
                                + columnNames.map { StructField($0, type, nullable: true) })
        let rows: [[Value]] = values.map { key in
            [.string(key)] + indexValues.map { index in
                cells.first { $0.key == key && $0.index == index }?.value ?? .null
            }
        }
        return try session.createDataFrame(rows: rows, schema: schema)
    }
}
