/// A format the reader can load (`csv`, `json`, ...): a plugin point, registered by short name.
public protocol DataSource: Sendable {
    /// The name used with `spark.read.format(...)` and as the reader method (`csv`).
    var shortName: String { get }

    /// Resolves paths and options into a scan: infers or checks the schema and splits the input.
    func createScan(_ request: ScanRequest) throws -> any DataScan
}

extension DataScan {
    public func inputBytes(partition index: Int) -> Int? { nil }
}
