import Synchronization

/// A data source scan as a plan leaf; a class wrapper would allow identity, a struct keeps it a value.
public struct ScanRelation: Sendable {
    public let scan: any DataScan
    public let sourceName: String

    public init(scan: any DataScan, sourceName: String) {
        self.scan = scan
        self.sourceName = sourceName
    }
}
