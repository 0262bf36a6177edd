import SparkbookEngine

extension DataFrameReader {
    /// `spark.read.json(path)`: the session's `json` source (JSON Lines files or folders of them).
    public func json(_ paths: [String]) throws -> DataFrame {
        try format("json").load(paths)
    }
}
