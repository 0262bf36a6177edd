/// A scan that can use the conditions of a filter above it to skip input it would read (Spark's
/// `SupportsPushDownFilters`; Parquet skips row groups). The filter stays above the scan and still checks every
/// row, so what a scan makes of its pushed filters changes only how much it reads.
protocol FilterPushdownScan: DataScan {
    /// This scan with `conditions` (bound over `schema`) pushed to it.
    func pushing(_ conditions: [BoundExpression]) -> any DataScan
    /// The filters pushed, as `explain` lists them.
    var pushedFilters: [PushedFilter] { get }
}

extension DataScan {
    /// What `explain` adds to the scan's line when it takes pushed filters, as Spark prints its metadata
    /// (each value cut to 100 characters, `spark.sql.maxMetadataStringLength`): `PushedFilters: [...]` and the
    /// schema read. Nil for other scans.
    public func pushdownExplainText(readSchema: StructType) -> String? {
        guard let scan = self as? any FilterPushdownScan else { return nil }
        func abbreviated(_ text: String) -> String { text.count > 100 ? String(text.prefix(97)) + "..." : text }
        let filters = "[" + scan.pushedFilters.map(\.description).joined(separator: ", ") + "]"
        return "PushedFilters: \(abbreviated(filters)), ReadSchema: \(abbreviated(DataType.structure(readSchema).simpleString))"
    }
}
