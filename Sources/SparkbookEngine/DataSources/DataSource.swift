/// A format the reader can load (`csv`, `json`, ...): a plugin point, registered by short name.
public protocol DataSource: Sendable {
    /// The name used with `spark.read.format(...)` and as the reader method (`csv`).
    var shortName: String { get }

    /// Resolves paths and options into a scan: infers or checks the schema and splits the input.
    func createScan(_ request: ScanRequest) throws -> any DataScan
}

/// What the reader asks of a data source.
public struct ScanRequest: Sendable {
    public var paths: [String]
    public var options: [String: String]
    public var userSchema: StructType?
    /// Session settings the split rule and parsing depend on.
    public var settings: ScanSettings

    public init(paths: [String], options: [String: String], userSchema: StructType?, settings: ScanSettings) {
        self.paths = paths
        self.options = options
        self.userSchema = userSchema
        self.settings = settings
    }
}

/// Session configuration a scan needs (Spark's `spark.sql.files.*` and the session time zone).
public struct ScanSettings: Sendable {
    public var maxPartitionBytes: Int
    public var openCostInBytes: Int
    public var defaultParallelism: Int
    public var sessionTimeZone: String
    /// The longest line a reader may hold (`spark.driver.memory`).
    public var lineLimit: LineLengthLimit

    public init(maxPartitionBytes: Int = 128 << 20, openCostInBytes: Int = 4 << 20,
                defaultParallelism: Int = 2, sessionTimeZone: String = "UTC", lineLimit: LineLengthLimit = .sparkDefault) {
        self.maxPartitionBytes = maxPartitionBytes
        self.openCostInBytes = openCostInBytes
        self.defaultParallelism = defaultParallelism
        self.sessionTimeZone = sessionTimeZone
        self.lineLimit = lineLimit
    }
}

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
}

extension DataScan {
    public func inputBytes(partition index: Int) -> Int? { nil }
}
