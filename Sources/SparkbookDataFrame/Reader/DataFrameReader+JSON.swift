import SparkbookEngine

extension DataFrameReader {
    /// `spark.read.json(path)`: the session's `json` source (JSON Lines files or folders of them).
    public func json(_ paths: [String]) throws -> DataFrame {
        try format("json").load(paths)
    }
}

extension DataFrameReader {
    /// `spark.read.json(df)`: the JSON records a DataFrame's string column holds (its first column; nulls
    /// skipped), schema inferred or the reader's, as for files.
    public func json(_ frame: DataFrame) async throws -> DataFrame {
        var strings: [String] = []
        for batch in try await frame.collectBatches(description: "json") {
            guard let column = batch.columns.first, case .string(let values) = column.storage else { continue }
            for r in 0..<batch.rowCount where !column.isNull(r) { strings.append(values.string(at: r)) }
        }
        let (inferred, rows) = JSONLinesReader.read(strings: strings)
        let schema = userSchema ?? inferred
        let aligned: [[Value]] = userSchema == nil ? rows : rows.map { row in
            schema.fields.map { field in inferred.index(of: field.name).map { row[$0] } ?? .null }
        }
        return try session.createDataFrame(rows: aligned, schema: schema)
    }
}
