import Foundation

/// Spark's `json` source for JSON Lines files (or folders of them), registered by name as every source is.
/// The files are parsed whole on the driver (`JSONLinesReader`, schema inferred as Spark does) and their rows
/// become local partitions, so it answers `createPlan` rather than a file scan.
public struct JSONDataSource: DataSource {
    public init() {}

    public var shortName: String { "json" }

    public func createScan(_ request: ScanRequest) throws -> any DataScan {
        throw SparkError(.unsupported, message: "The json source reads its rows on the driver; read it with createPlan.")
    }

    public func createPlan(_ request: ScanRequest) throws -> LogicalPlan {
        func option(_ key: String) -> String? { request.options.first { $0.key.lowercased() == key.lowercased() }?.value }
        let listing = try PartitionedFileListing(paths: request.paths,
                                                 recursiveFileLookup: option("recursiveFileLookup")?.lowercased() == "true",
                                                 pathGlobFilter: option("pathGlobFilter"), basePath: option("basePath"))
        let (inferred, rows, rowFiles) = try JSONLinesReader.readWithFiles(paths: listing.files.map(\.entry.path),
                                                                          lineLimit: request.settings.lineLimit)
        // Partition columns (`col=value/` directories) after the data columns, as the user's schema types them
        // when it names them, else as Spark infers them.
        let userSchema = request.userSchema
        let partitionColumns = listing.columns.map { column in userSchema.flatMap { s in s.index(of: column.name).map { s[$0] } } ?? column }
        let isPartition = { (name: String) in partitionColumns.contains { $0.name == name } }
        let data = userSchema.map { StructType($0.fields.filter { !isPartition($0.name) }) } ?? inferred
        let schema = StructType(data.fields + partitionColumns)
        let zone = TimeZone(identifier: request.settings.sessionTimeZone) ?? TimeZone(identifier: "UTC")!
        var values: [String: [Value]] = [:]
        for file in listing.files where !partitionColumns.isEmpty {
            values[file.entry.path] = partitionColumns.map { column in
                file.partition[column.name].map { PartitionValueInference.value($0, as: column.dataType, sessionZone: zone) } ?? .null
            }
        }
        let aligned: [[Value]] = rows.indices.map { r in
            let row = userSchema == nil ? rows[r] : data.fields.map { field in inferred.index(of: field.name).map { rows[r][$0] } ?? .null }
            return partitionColumns.isEmpty ? row : row + (values[rowFiles[r]] ?? partitionColumns.map { _ in .null })
        }
        var relation = try LocalRelation(rows: aligned, schema: schema, parallelism: request.settings.defaultParallelism)
        relation.sourceFiles = Self.dataFiles(in: request.paths)
        return .local(relation)
    }

    /// The data files under these paths as `file://` URIs, sorted: a folder's files, without the hidden and
    /// `_`-prefixed ones (`_SUCCESS`), as Hadoop's file listing skips them.
    static func dataFiles(in paths: [String]) -> [String] {
        let manager = FileManager.default
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            guard isFolder.boolValue else { files.append(path); continue }
            let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            for name in names where !name.hasPrefix("_") && !name.hasPrefix(".") {
                files.append((path as NSString).appendingPathComponent(name))
            }
        }
        return files.sorted().map { "file://" + $0 }
    }
}
