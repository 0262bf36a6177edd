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
