/// A format the reader can load (`csv`, `json`, ...): a plugin point, registered by short name.
public protocol DataSource: Sendable {
    /// The name used with `spark.read.format(...)` and as the reader method (`csv`).
    var shortName: String { get }

    /// Resolves paths and options into a scan: infers or checks the schema and splits the input.
    func createScan(_ request: ScanRequest) throws -> any DataScan

    /// The plan a read starts from: a scan of `createScan`'s splits, unless the source reads its input whole on
    /// the driver (JSON Lines, whose rows become local partitions as Spark's `LogicalRDD` of parsed rows).
    func createPlan(_ request: ScanRequest) throws -> LogicalPlan
}

extension DataSource {
    public func createPlan(_ request: ScanRequest) throws -> LogicalPlan {
        .scan(ScanRelation(scan: try createScan(request), sourceName: shortName))
    }
}

extension DataScan {
    public func inputBytes(partition index: Int) -> Int? { nil }
}
