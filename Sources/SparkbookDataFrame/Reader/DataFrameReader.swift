import SparkbookEngine

/// `spark.read`: format, options and schema, then `load`/`csv`. Schema inference runs when the DataFrame is
/// created, as Spark does, so a bad path or option fails at the read, not at the first action.
public struct DataFrameReader: Sendable {
    let session: SparkSession
    public private(set) var formatName = "csv"
    public private(set) var options: [String: String] = [:]
    public private(set) var userSchema: StructType?

    init(session: SparkSession) {
        self.session = session
    }

    public func format(_ name: String) -> DataFrameReader {
        var copy = self
        copy.formatName = name
        return copy
    }

    public func option(_ key: String, _ value: String) -> DataFrameReader {
        var copy = self
        copy.options[key] = value
        return copy
    }

    public func options(_ values: [String: String]) -> DataFrameReader {
        var copy = self
        for (k, v) in values { copy.options[k] = v }
        return copy
    }

    public func schema(_ schema: StructType) -> DataFrameReader {
        var copy = self
        copy.userSchema = schema
        return copy
    }

    public func csv(_ paths: [String]) throws -> DataFrame {
        try format("csv").load(paths)
    }

    /// `spark.read.table(name)`: a temporary view or a table of the catalog, as `spark.table(name)`.
    public func table(_ name: String) throws -> DataFrame {
        try session.table(name)
    }

    /// Paths resolved against the working directory, Hadoop globs (`data/*.csv`, `{a,b}`) expanded as Spark does.
    func resolvedPaths(_ paths: [String]) throws -> [String] {
        try paths.flatMap { try HadoopGlob.expand(session.context.resolve(path: $0).path) }
    }

    /// The formats this session reads: its data sources.
    public var supportedFormats: [String] { session.context.dataSources.names }

    public func load(_ paths: [String]) throws -> DataFrame {
        guard let source = session.context.dataSources.source(named: formatName) else {
            if FormatNotSupportedYet.isSparkFormat(formatName) {
                throw FormatNotSupportedYet.reading(formatName, supported: supportedFormats)
            }
            throw SparkError(.analysis, errorClass: "DATA_SOURCE_NOT_FOUND",
                             message: "Failed to find the data source: \(formatName). Available: \(session.context.dataSources.names.joined(separator: ", ")).",
                             sqlState: "42K02")
        }
        let resolved = try resolvedPaths(paths)
        // `basePath` names a folder, resolved as the paths are.
        let resolvedOptions = options.merging(
            options.filter { $0.key.lowercased() == "basepath" }.mapValues { session.context.resolve(path: $0).path }) { $1 }
        let request = ScanRequest(paths: resolved, options: resolvedOptions, userSchema: userSchema,
                                  settings: session.scanSettings)
        return DataFrame(session: session, plan: try source.createPlan(request))
    }
}
