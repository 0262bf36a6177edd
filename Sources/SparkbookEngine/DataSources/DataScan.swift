/// One resolved input: its schema, its partitions (one task each) and a way to read a partition.
public protocol DataScan: Sendable {
    var schema: StructType { get }
    var partitionCount: Int { get }
    /// Reads partition `index`, materialising only `columns` (indices into `schema`), in that order.
    func read(partition index: Int, columns: [Int]) throws -> RecordBatch
    /// The scan as `explain()` shows it, e.g. `FileScan csv [...]`.
    var explainText: String { get }
    /// The bytes a task reads from storage for partition `index` (Spark's `inputMetrics.bytesRead`); nil for
    /// scans that read no input files (ranges, generated data), which report no input metrics, as in Spark.
    func inputBytes(partition index: Int) -> Int?
    /// The files the scan reads, as `df.inputFiles()` lists them (`file://` URIs); none by default.
    var inputFiles: [String] { get }
    /// The file partition `index` reads, for `input_file_name()`; by default the scan's one file, if it has one.
    func inputFile(partition index: Int) -> TaskInputFile
}

extension DataScan {
    public var inputFiles: [String] { [] }

    public func inputFile(partition index: Int) -> TaskInputFile {
        TaskInputFile(files: inputFiles)
    }
}

/// The file a task's rows come from, as `input_file_name()` reads it (Spark's `InputFileBlockHolder`).
public enum TaskInputFile: Sendable, Equatable {
    /// No file: rows made in memory, or read from a shuffle, where Spark gives an empty string.
    case none
    /// One file, as a `file://` URI.
    case file(String)
    /// Several files in one task, whose rows this engine does not tell apart.
    case several

    /// The one file of `files` (`file://` URIs or paths), `.none` without any.
    public init(files: [String]) {
        switch files.count {
        case 0: self = .none
        case 1: self = .file(files[0].hasPrefix("file:") ? files[0] : "file://" + files[0])
        default: self = .several
        }
    }
}
