import Foundation
import SparkbookEngine

extension DataFrameReader {
    /// `spark.read.json(path)`: JSON Lines files (or folders of them), schema inferred as Spark does.
    public func json(_ paths: [String]) throws -> DataFrame {
        let resolved = try resolvedPaths(paths)
        func option(_ key: String) -> String? { options.first { $0.key.lowercased() == key.lowercased() }?.value }
        let listing = try PartitionedFileListing(paths: resolved,
                                                 recursiveFileLookup: option("recursiveFileLookup")?.lowercased() == "true",
                                                 pathGlobFilter: option("pathGlobFilter"),
                                                 basePath: option("basePath").map { session.context.resolve(path: $0).path })
        let (inferred, rows, rowFiles) = try JSONLinesReader.readWithFiles(paths: listing.files.map(\.entry.path),
                                                                          lineLimit: session.scanSettings.lineLimit)
        // Partition columns (`col=value/` directories) after the data columns, as the user's schema types them
        // when it names them, else as Spark infers them.
        let partitionColumns = listing.columns.map { column in userSchema.flatMap { s in s.index(of: column.name).map { s[$0] } } ?? column }
        let isPartition = { (name: String) in partitionColumns.contains { $0.name == name } }
        let data = userSchema.map { StructType($0.fields.filter { !isPartition($0.name) }) } ?? inferred
        let schema = StructType(data.fields + partitionColumns)
        let zone = TimeZone(identifier: session.conf.get("spark.sql.session.timeZone") ?? "UTC") ?? TimeZone(identifier: "UTC")!
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
        return try session.createDataFrame(rows: aligned, schema: schema, sourceFiles: Self.dataFiles(in: resolved))
    }
}

extension DataFrameReader {
    /// `spark.read.json(df)`: the JSON records a DataFrame's string column holds (its first column; nulls
    /// skipped), schema inferred or the reader's, as for files.
    public func json(_ frame: DataFrame) async throws -> DataFrame {
        var strings: [String] = []
        for batch in try await frame.collectBatches(description: "json") {
            guard let column = batch.columns.first, case .string(let values) = column.storage else { continue }
            for r in 0..<batch.rowCount where !column.isNull(r) { strings.append(values.string(at: r)) }
        }
        let (inferred, rows) = JSONLinesReader.read(strings: strings)
        let schema = userSchema ?? inferred
        let aligned: [[Value]] = userSchema == nil ? rows : rows.map { row in
            schema.fields.map { field in inferred.index(of: field.name).map { row[$0] } ?? .null }
        }
        return try session.createDataFrame(rows: aligned, schema: schema)
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
