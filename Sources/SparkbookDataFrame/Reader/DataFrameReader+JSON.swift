import SparkbookEngine

extension DataFrameReader {
    /// `spark.read.json(path)`: JSON Lines files (or folders of them), schema inferred as Spark does.
    public func json(_ paths: [String]) throws -> DataFrame {
        let resolved = try resolvedPaths(paths)
        let (inferred, rows) = try JSONLinesReader.read(paths: resolved, lineLimit: session.scanSettings.lineLimit)
        let schema = userSchema ?? inferred
        let aligned: [[Value]] = userSchema == nil ? rows : rows.map { row in
            schema.fields.map { field in inferred.index(of: field.name).map { row[$0] } ?? .null }
        }
        return try session.createDataFrame(rows: aligned, schema: schema)
    }
}
