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
        let (inferred, rows) = try JSONLinesReader.read(paths: request.paths, lineLimit: request.settings.lineLimit)
        let schema = request.userSchema ?? inferred
        let aligned: [[Value]] = request.userSchema == nil ? rows : rows.map { row in
            schema.fields.map { field in inferred.index(of: field.name).map { row[$0] } ?? .null }
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
