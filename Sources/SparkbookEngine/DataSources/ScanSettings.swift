/// Session configuration a scan needs (Spark's `spark.sql.files.*` and the session time zone).
public struct ScanSettings: Sendable {
    public var maxPartitionBytes: Int
    public var openCostInBytes: Int
    public var defaultParallelism: Int
    public var sessionTimeZone: String
    /// The longest line a reader may hold (`spark.driver.memory`).
    public var lineLimit: LineLengthLimit
    /// `spark.sql.parquet.filterPushdown`: whether a Parquet scan skips row groups its pushed filters rule out.
    public var parquetFilterPushdown: Bool

    public init(maxPartitionBytes: Int = 128 << 20, openCostInBytes: Int = 4 << 20,
                defaultParallelism: Int = 2, sessionTimeZone: String = "UTC", lineLimit: LineLengthLimit = .sparkDefault,
                parquetFilterPushdown: Bool = true) {
        self.maxPartitionBytes = maxPartitionBytes
        self.openCostInBytes = openCostInBytes
        self.defaultParallelism = defaultParallelism
        self.sessionTimeZone = sessionTimeZone
        self.lineLimit = lineLimit
        self.parquetFilterPushdown = parquetFilterPushdown
    }
}
