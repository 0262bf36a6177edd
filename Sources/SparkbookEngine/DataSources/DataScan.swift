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
}

extension DataScan {
    public var inputFiles: [String] { [] }
}
