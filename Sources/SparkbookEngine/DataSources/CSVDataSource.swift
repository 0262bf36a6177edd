import Foundation

/// The built-in `csv` source: lists the files, infers or takes the schema, and splits the input the way
/// Spark's FilePartition rule does, one task per split.
public struct CSVDataSource: DataSource {
    public init() {}

    public var shortName: String { "csv" }

    public func createScan(_ request: ScanRequest) throws -> any DataScan {
        do {
            func option(_ key: String) -> String? { request.options.first { $0.key.lowercased() == key.lowercased() }?.value }
            let options = try CSVOptions(request.options.filter { !CSVDataSource.listingOptions.contains($0.key.lowercased()) })
            let zone = TimeZone(identifier: request.settings.sessionTimeZone) ?? TimeZone(identifier: "UTC")!
            let listing = try PartitionedFileListing(paths: request.paths,
                                                     recursiveFileLookup: option("recursiveFileLookup")?.lowercased() == "true",
                                                     pathGlobFilter: option("pathGlobFilter"), basePath: option("basePath"))
            let files = listing.files.map(\.entry)
            // Partition columns (`col=value/` directories) come after the data columns, typed as Spark infers
            // them, or as the user's schema says when it names them.
            var partitionColumns = listing.columns
            var userData: StructType?
            if let user = request.userSchema {
                partitionColumns = partitionColumns.map { user.index(of: $0.name).map { i in user[i] } ?? $0 }
                userData = StructType(user.fields.filter { field in !partitionColumns.contains { $0.name == field.name } })
            }
            let schema: StructType
            var inferred: CSVInferredSchema?
            if let user = userData {
                try DataSourceTypeSupport.checkCSV(user)
                schema = user
            } else if options.inferSchema {
                inferred = try CSVInferredSchema(files: files.map(\.path), options: options, sessionZone: zone,
                                             lineLimit: request.settings.lineLimit)
                schema = inferred!.result.schema
            } else {
                // Without inference every column is a string; the header (or `_c0`...) names them.
                var headerOnly = options
                headerOnly.inferSchema = false
                schema = try CSVSchemaInference(options: headerOnly, sessionZone: zone, lineLimit: request.settings.lineLimit)
                    .infer(files: files.map(\.path)).schema
            }
            let splitter = CSVFileSplitter(maxPartitionBytes: request.settings.maxPartitionBytes,
                                           openCostInBytes: request.settings.openCostInBytes,
                                           minPartitionNum: request.settings.defaultParallelism)
            let splits = splitter.splits(files)
            var partitionValues: [String: [Value]] = [:]
            for file in listing.files where !partitionColumns.isEmpty {
                partitionValues[file.entry.path] = partitionColumns.map { column in
                    file.partition[column.name].map { PartitionValueInference.value($0, as: column.dataType, sessionZone: zone) } ?? .null
                }
            }
            return CSVScan(fixedSchema: schema, inferred: inferred, splits: splits, options: options, zone: zone,
                           lineLimit: request.settings.lineLimit, partitionColumns: partitionColumns,
                           partitionValues: partitionValues)
        } catch let error as CSVError {
            throw error.sparkError
        }
    }
}

extension CSVDataSource {
    /// Options of the file listing, not of the CSV parser.
    static let listingOptions: Set<String> = ["recursivefilelookup", "pathglobfilter", "basepath"]
}

/// A planned CSV read: the splits and the reader that parses one of them.
struct CSVScan: DataScan {
    /// The user's schema, or the first inferred one; `inferred` (when set) holds the current one.
    let fixedSchema: StructType
    let inferred: CSVInferredSchema?
    let splits: [CSVFileSplitter.Split]
    let options: CSVOptions
    let zone: TimeZone
    let lineLimit: LineLengthLimit
    /// The `col=value/` directories' columns, after the data columns, and each file's values of them.
    var partitionColumns: [StructField] = []
    var partitionValues: [String: [Value]] = [:]

    /// The columns the files hold.
    var dataSchema: StructType { inferred?.result.schema ?? fixedSchema }

    var schema: StructType {
        partitionColumns.isEmpty ? dataSchema : StructType(dataSchema.fields + partitionColumns)
    }

    /// A reader for the current schema; it checks values against a sampled schema until that is refined.
    var reader: CSVReader {
        CSVReader(schema: dataSchema, options: options, sessionZone: zone, sampleCheck: inferred?.sampleCheck,
                  lineLimit: lineLimit)
    }

    var partitionCount: Int { max(1, splits.count) }

    func read(partition index: Int, columns: [Int]) throws -> RecordBatch {
        guard index < splits.count else { return RecordBatch.empty(StructType(columns.map { schema[$0] })) }
        let split = splits[index]
        return try translatingErrors {
            let data = dataColumns(columns)
            let projection = data == Array(0..<dataSchema.count) ? nil : data
            let range = split.range == 0..<split.fileSize ? nil : split.range
            return withPartitionValues(try reader.read(path: split.path, split: range, projection: projection),
                                       columns: columns, path: split.path)
        }
    }

    /// The data columns among `columns`, in order.
    func dataColumns(_ columns: [Int]) -> [Int] {
        partitionColumns.isEmpty ? columns : columns.filter { $0 < dataSchema.count }
    }

    /// A batch of `dataColumns(columns)` read from `path` as `columns`: the partition values put in as constants.
    func withPartitionValues(_ batch: RecordBatch, columns: [Int], path: String) -> RecordBatch {
        guard columns.contains(where: { $0 >= dataSchema.count }) else { return batch }
        let values = partitionValues[path] ?? []
        var next = 0
        let out = columns.map { column -> ColumnVector in
            guard column >= dataSchema.count else { defer { next += 1 }; return batch.columns[next] }
            let p = column - dataSchema.count
            return .constant(p < values.count ? values[p] : .null, type: partitionColumns[p].dataType, count: batch.rowCount)
        }
        return RecordBatch(schema: StructType(columns.map { schema[$0] }), columns: out, rowCount: batch.rowCount)
    }

    /// The split's byte range. Spark's line reader also reads on to the end of the split's last line, a few
    /// bytes this leaves out.
    func inputBytes(partition index: Int) -> Int? {
        index < splits.count ? splits[index].range.count : 0
    }

    var inputFiles: [String] { Set(splits.map(\.path)).sorted().map { "file://" + $0 } }

    /// A split is part of one file.
    func inputFile(partition index: Int) -> TaskInputFile {
        index < splits.count ? .file("file://" + splits[index].path) : .none
    }

    var explainText: String {
        let paths = Set(splits.map(\.path)).sorted().map { "file:" + $0 }
        return "FileScan csv [\(schema.names.joined(separator: ","))] Location: [\(paths.joined(separator: ", "))]"
    }
}

extension CSVError {
    /// The error as Spark reports it (`[PATH_NOT_FOUND] Path does not exist: file:/x.csv.`), keeping our
    /// file, line and record detail.
    var sparkError: SparkError {
        switch code {
        case .pathNotFound:
            return SparkError(.analysis, errorClass: "PATH_NOT_FOUND",
                              message: "Path does not exist: file:\(path ?? message).", sqlState: "42K03")
        case .malformedRecord:
            return SparkError(.execution, errorClass: "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
                              message: description, sqlState: "22023")
        case .invalidOption, .unsupported:
            return SparkError(.illegalArgument, message: message)
        case .malformedCSVRecord:
            // Spark wraps it in `[FAILED_READ_FILE.NO_HINT]` when a task reads the file; the cause is what helps.
            let place = [path, line.map(String.init)].compactMap { $0 }.joined(separator: ":")
            return SparkError(.execution, errorClass: "MALFORMED_CSV_RECORD", message: message, sqlState: "KD000",
                              hint: [place, cause ?? ""].filter { !$0.isEmpty }.joined(separator: ": "), javaException: .spark)
        case .unreadableFile:
            return SparkError(.execution, errorClass: "FAILED_READ_FILE", message: description)
        }
    }
}
