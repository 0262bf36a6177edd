import Foundation

/// The built-in `csv` source: lists the files, infers or takes the schema, and splits the input the way
/// Spark's FilePartition rule does, one task per split.
public struct CSVDataSource: DataSource {
    public init() {}

    public var shortName: String { "csv" }

    public func createScan(_ request: ScanRequest) throws -> any DataScan {
        do {
            let options = try CSVOptions(request.options)
            let zone = TimeZone(identifier: request.settings.sessionTimeZone) ?? TimeZone(identifier: "UTC")!
            let files = try CSVFileListing.files(at: request.paths)
            let schema: StructType
            var inferred: CSVInferredSchema?
            if let user = request.userSchema {
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
            return CSVScan(fixedSchema: schema, inferred: inferred, splits: splits, options: options, zone: zone,
                           lineLimit: request.settings.lineLimit)
        } catch let error as CSVError {
            throw error.sparkError
        }
    }
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

    var schema: StructType { inferred?.result.schema ?? fixedSchema }

    /// A reader for the current schema; it checks values against a sampled schema until that is refined.
    var reader: CSVReader {
        CSVReader(schema: schema, options: options, sessionZone: zone, sampleCheck: inferred?.sampleCheck,
                  lineLimit: lineLimit)
    }

    var partitionCount: Int { max(1, splits.count) }

    func read(partition index: Int, columns: [Int]) throws -> RecordBatch {
        guard index < splits.count else { return RecordBatch.empty(StructType(columns.map { schema[$0] })) }
        let split = splits[index]
        return try translatingErrors {
            let projection = columns == Array(0..<schema.count) ? nil : columns
            let range = split.range == 0..<split.fileSize ? nil : split.range
            return try reader.read(path: split.path, split: range, projection: projection)
        }
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
                              hint: [place, cause ?? ""].filter { !$0.isEmpty }.joined(separator: ": "))
        case .unreadableFile:
            return SparkError(.execution, errorClass: "FAILED_READ_FILE", message: description)
        }
    }
}
