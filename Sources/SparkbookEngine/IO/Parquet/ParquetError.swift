/// What went wrong reading or writing a Parquet file, and where: the file, and the part of it (footer, column
/// chunk, page) the reader was in, so a damaged file names itself instead of failing somewhere deep in a decoder.
public struct ParquetError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var path: String?

    public init(_ message: String, path: String? = nil) {
        self.message = message
        self.path = path
    }

    public var description: String {
        path.map { "\($0): \(message)" } ?? message
    }

    /// The same error, naming the file it came from.
    func at(_ path: String) -> ParquetError {
        var copy = self
        if copy.path == nil { copy.path = path }
        return copy
    }

    /// The error as a task failure, as Spark reports an unreadable file (`[FAILED_READ_FILE.NO_HINT]`).
    public var sparkError: SparkError {
        SparkError(.execution, errorClass: "FAILED_READ_FILE.NO_HINT",
                   message: "Encountered error while reading file file:\(path ?? "?"). ", sqlState: "KD001",
                   hint: message)
    }
}
