import Foundation

/// The built-in `delta` source: replays the table's `_delta_log` to the requested version (`versionAsOf`,
/// `timestampAsOf`, else the latest) and reads its live files with the Parquet scan, partition values from the
/// log and the schema from the table's metadata.
public struct DeltaDataSource: DataSource {
    public init() {}

    public var shortName: String { "delta" }

    public func createScan(_ request: ScanRequest) throws -> any DataScan {
        func option(_ key: String) -> String? { request.options.first { $0.key.lowercased() == key.lowercased() }?.value }
        guard request.paths.count == 1, let table = request.paths.first else {
            throw SparkError(.analysis, errorClass: "DELTA_MULTIPLE_PATHS", message: "A Delta table is read from one path, not \(request.paths.count).")
        }
        let zone = TimeZone(identifier: request.settings.sessionTimeZone) ?? TimeZone(identifier: "UTC")!
        do {
            let log = DeltaLog(tablePath: table)
            guard log.exists else {
                if !FileManager.default.fileExists(atPath: table) {
                    throw SparkError(.analysis, errorClass: "PATH_NOT_FOUND", message: "Path does not exist: file:\(table).", sqlState: "42K03")
                }
                throw DeltaError.notATable(table)
            }
            var version: Int?
            if let text = option("versionAsOf") {
                guard let v = Int(text) else {
                    throw SparkError(.analysis, errorClass: "DELTA_VERSION_INVALID", message: "The provided version (\(text)) is not a valid version.")
                }
                version = v
            } else if let text = option("timestampAsOf") {
                guard let micros = PartitionValueInference.timestamp(text, zone: zone)
                        ?? PartitionValueInference.date(text).map({ Int64($0) * 86_400_000_000 - Int64(zone.secondsFromGMT()) * 1_000_000 }) else {
                    throw SparkError(.analysis, errorClass: "DELTA_TIMESTAMP_INVALID", message: "The provided timestamp (\(text)) cannot be converted to a valid timestamp.")
                }
                version = try log.version(atOrBefore: micros / 1000, text: text)
            }
            let snapshot = try DeltaSnapshot(log: log, version: version)
            try snapshot.checkReadable()
            let schema = try snapshot.schema()
            var entries: [CSVFileListing.Entry] = []
            var partitionValues: [String: [String: Value]] = [:]
            for file in snapshot.files {
                // A relative, percent-encoded path, or an absolute URI (`file:///...`, as shallow clones write).
                let path: String
                if file.path.hasPrefix("file:"), let url = URL(string: file.path) {
                    path = url.path
                } else {
                    let relative = file.path.removingPercentEncoding ?? file.path
                    path = relative.hasPrefix("/") ? relative : (table as NSString).appendingPathComponent(relative)
                }
                entries.append(CSVFileListing.Entry(path: path, size: Int(file.size)))
                var values: [String: Value] = [:]
                for column in snapshot.metadata.partitionColumns {
                    guard let index = schema.index(of: column) else { continue }
                    let raw = file.partitionValues.first { $0.key.lowercased() == column.lowercased() }?.value ?? nil
                    // The log holds values unescaped; an empty text is a null, as Delta writes it.
                    values[schema[index].name] = raw.flatMap { $0.isEmpty ? nil : $0 }
                        .map { PartitionValueInference.value(PartitionPathEscaping.escape($0), as: schema[index].dataType, sessionZone: zone) } ?? .null
                }
                partitionValues[path] = values
            }
            let splitter = CSVFileSplitter(maxPartitionBytes: request.settings.maxPartitionBytes,
                                           openCostInBytes: request.settings.openCostInBytes,
                                           minPartitionNum: request.settings.defaultParallelism)
            return ParquetScan(schema: schema, partitions: splitter.partitions(entries), files: entries.map(\.path),
                               partitionValues: partitionValues, partitionColumns: Set(snapshot.metadata.partitionColumns),
                               filterPushdown: request.settings.parquetFilterPushdown)
        } catch let error as DeltaError {
            throw error.sparkError
        }
    }
}
