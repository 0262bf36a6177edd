import Foundation
import SparkbookEngine

extension DataFrameReader {
    /// `spark.read.json(path)`: JSON Lines files (or folders of them), schema inferred as Spark does.
    public func json(_ paths: [String]) throws -> DataFrame {
        let resolved = try resolvedPaths(paths)
        let (inferred, rows) = try JSONLinesReader.read(paths: resolved, lineLimit: session.scanSettings.lineLimit)
        let schema = userSchema ?? inferred
        let aligned: [[Value]] = userSchema == nil ? rows : rows.map { row in
            schema.fields.map { field in inferred.index(of: field.name).map { row[$0] } ?? .null }
        }
        return try session.createDataFrame(rows: aligned, schema: schema, sourceFiles: Self.dataFiles(in: resolved))
    }
}

extension DataFrameReader {
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
