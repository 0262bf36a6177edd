import Foundation

/// The built-in `parquet` source: lists the files, takes the schema from the first file's footer (or the union of
/// every file's with `mergeSchema`), and reads each task's splits row group by row group: a row group belongs to
/// the split holding its midpoint, as in Spark, and only the columns the query needs are decoded.
public struct ParquetDataSource: DataSource {
    public init() {}

    public var shortName: String { "parquet" }

    public func createScan(_ request: ScanRequest) throws -> any DataScan {
        func option(_ key: String) -> String? { request.options.first { $0.key.lowercased() == key.lowercased() }?.value }
        let listing = try PartitionedFileListing(paths: request.paths, recursiveFileLookup: option("recursiveFileLookup")?.lowercased() == "true",
                                                 pathGlobFilter: option("pathGlobFilter"))
        let files = listing.files.map(\.entry)
        let merge = option("mergeSchema")?.lowercased() == "true"
        var schema: StructType
        if let user = request.userSchema {
            schema = user
        } else {
            guard let first = files.first else {
                throw SparkError(.analysis, errorClass: "UNABLE_TO_INFER_SCHEMA",
                                 message: "Unable to infer schema for Parquet. It must be specified manually.", sqlState: "42KD9")
            }
            do {
                schema = try ParquetFileReader(path: first.path).schema
                if merge {
                    for file in files.dropFirst() {
                        for field in try ParquetFileReader(path: file.path).schema.fields where schema.index(of: field.name) == nil {
                            schema.fields.append(field)
                        }
                    }
                }
            } catch let error as ParquetError {
                throw error.sparkError
            }
            // Partition columns come after the data columns, as Spark appends them.
            for column in listing.columns where schema.index(of: column.name) == nil { schema.fields.append(column) }
        }
        let zone = TimeZone(identifier: request.settings.sessionTimeZone) ?? TimeZone(identifier: "UTC")!
        var partitionValues: [String: [String: Value]] = [:]
        for file in listing.files where !file.partition.isEmpty {
            var values: [String: Value] = [:]
            for (column, raw) in file.partition {
                guard let index = schema.index(of: column) else { continue }
                values[schema[index].name] = PartitionValueInference.value(raw, as: schema[index].dataType, sessionZone: zone)
            }
            partitionValues[file.entry.path] = values
        }
        let splitter = CSVFileSplitter(maxPartitionBytes: request.settings.maxPartitionBytes,
                                       openCostInBytes: request.settings.openCostInBytes,
                                       minPartitionNum: request.settings.defaultParallelism)
        return ParquetScan(schema: schema, partitions: splitter.partitions(files), files: files.map(\.path),
                           partitionValues: partitionValues, partitionColumns: Set(listing.columns.map(\.name)),
                           filterPushdown: request.settings.parquetFilterPushdown)
    }
}

/// A planned Parquet read: each task's splits, and the filters pushed to it (row groups they rule out are not
/// read when `spark.sql.parquet.filterPushdown` is on).
struct ParquetScan: DataScan, FilterPushdownScan {
    let schema: StructType
    let partitions: [[CSVFileSplitter.Split]]
    let files: [String]
    /// Each partitioned file's values of the partition columns (`country=US/...`).
    let partitionValues: [String: [String: Value]]
    let partitionColumns: Set<String>
    /// `spark.sql.parquet.filterPushdown`.
    var filterPushdown = true
    var pushedFilters: [PushedFilter] = []

    var partitionCount: Int { max(1, partitions.count) }
    var inputFiles: [String] { Set(files).sorted().map { "file://" + $0 } }

    func pushing(_ conditions: [BoundExpression]) -> any DataScan {
        var scan = self
        scan.pushedFilters = PushedFilter.translating(conditions, schema: schema, partitionColumns: partitionColumns)
        return scan
    }

    /// Calls `body` with each row group partition `index` reads, in order, with its file's reader: those whose
    /// midpoint lies in one of the partition's splits (as Spark assigns them), less those the pushed filters
    /// rule out.
    func forEachRowGroup(partition index: Int, _ body: (ParquetFileReader, Int, String) throws -> Void) throws {
        guard index < partitions.count else { return }
        do {
            for split in partitions[index] {
                let reader = try ParquetFileReader(path: split.path)
                let filter = filterPushdown && !pushedFilters.isEmpty ? ParquetRowGroupFilter(reader: reader, filters: pushedFilters) : nil
                for g in 0..<reader.rowGroupCount {
                    let group = reader.metadata.rowGroups[g]
                    let middle = Int(group.startOffset + group.compressedSize / 2)
                    guard split.range.contains(middle), filter?.mightMatch(rowGroup: g) ?? true else { continue }
                    try body(reader, g, split.path)
                }
            }
        } catch let error as ParquetError {
            throw error.sparkError
        }
    }

    /// The row groups partition `index` reads, as (file, row group) pairs.
    func rowGroups(partition index: Int) throws -> [(path: String, rowGroup: Int)] {
        var out: [(path: String, rowGroup: Int)] = []
        try forEachRowGroup(partition: index) { _, g, path in out.append((path, g)) }
        return out
    }

    /// Column `c` of `schema` in row group `group` of the file `reader` reads: a partition column's value, nulls
    /// for a column the file lacks, or the file's column, of the schema's type.
    func column(_ c: Int, of reader: ParquetFileReader, rowGroup group: Int, path: String, rows: Int) throws -> ParquetRowGroupColumn {
        let field = schema[c]
        guard !partitionColumns.contains(field.name), let position = reader.schema.index(of: field.name) else {
            return .values(ColumnVector.constant(partitionValues[path]?[field.name] ?? .null, type: field.dataType, count: rows))
        }
        guard reader.schema[position].dataType == field.dataType else {
            throw ParquetError("column \(field.name) is \(reader.schema[position].dataType.simpleString) in the file, not \(field.dataType.simpleString) as the schema says", path: path)
        }
        return try reader.column(rowGroup: group, position)
    }

    func read(partition index: Int, columns: [Int]) throws -> RecordBatch {
        let wanted = StructType(columns.map { schema[$0] })
        var batches: [RecordBatch] = []
        try forEachRowGroup(partition: index) { reader, g, path in
            // The file's columns for the wanted fields, by name (a field the file lacks reads as nulls).
            let positions = wanted.fields.map { partitionColumns.contains($0.name) ? nil : reader.schema.index(of: $0.name) }
            let constants = partitionValues[path] ?? [:]
            let batch = try reader.read(rowGroup: g, columns: positions.compactMap { $0 })
            var next = 0
            let columns = try positions.enumerated().map { (i, position) -> ColumnVector in
                let type = wanted[i].dataType
                guard position != nil else {
                    return ColumnVector.constant(constants[wanted[i].name] ?? .null, type: type, count: batch.rowCount)
                }
                defer { next += 1 }
                let column = batch.columns[next]
                guard column.dataType == type else {
                    throw ParquetError("column \(wanted[i].name) is \(column.dataType.simpleString) in the file, not \(type.simpleString) as the schema says", path: path)
                }
                return column
            }
            batches.append(RecordBatch(schema: wanted, columns: columns, rowCount: batch.rowCount))
        }
        if batches.isEmpty { return RecordBatch.empty(wanted) }
        return batches.count == 1 ? batches[0] : RecordBatch.concatenating(batches, schema: wanted)
    }

    func inputBytes(partition index: Int) -> Int? {
        index < partitions.count ? partitions[index].reduce(0) { $0 + $1.range.count } : 0
    }

    var explainText: String {
        let locations = Set(files.map { ($0 as NSString).deletingLastPathComponent }).sorted().map { "file:" + $0 }
        return "FileScan parquet [\(schema.names.joined(separator: ","))] Location: [\(locations.joined(separator: ", "))]"
    }
}
