import Foundation
import Synchronization
import SparkbookEngine
import SparkbookUtilities

/// `df.write`: a save mode, options, then `csv(path)` / `json(path)`, writing a folder of part files and a
/// `_SUCCESS` marker as Spark does.
public struct DataFrameWriter: Sendable {
    public enum SaveMode: String, Sendable {
        case errorIfExists = "errorifexists", overwrite, append, ignore
    }

    let frame: DataFrame
    public private(set) var mode = SaveMode.errorIfExists
    public private(set) var options: [String: String] = [:]
    public private(set) var formatName = "parquet"
    /// Whether `format(...)` was called: `saveAsTable` then checks it against an existing table's provider.
    public private(set) var formatGiven = false
    /// `partitionBy(...)`: columns written as `name=value` directories instead of into the files.
    public internal(set) var partitionColumns: [String] = []
    /// `bucketBy(n, cols)`, `sortBy(cols)`, `clusterBy(cols)`: layout a table records (`saveAsTable` only for
    /// buckets, as in Spark).
    public internal(set) var bucketing: CatalogTable.Bucketing?
    public internal(set) var sortColumns: [String] = []
    public internal(set) var clusterColumns: [String] = []

    public init(frame: DataFrame) {
        self.frame = frame
    }

    public func mode(_ name: String) throws -> DataFrameWriter {
        var copy = self
        switch name.lowercased() {
        case "error", "errorifexists", "default": copy.mode = .errorIfExists
        case "overwrite": copy.mode = .overwrite
        case "append": copy.mode = .append
        case "ignore": copy.mode = .ignore
        default:
            throw SparkError(.illegalArgument, errorClass: "INVALID_SAVE_MODE",
                             message: "The specified save mode \"\(name)\" is invalid. Valid save modes include \"append\", \"overwrite\", \"ignore\", \"error\", \"errorifexists\", and \"default\".")
        }
        return copy
    }

    public func option(_ key: String, _ value: String) -> DataFrameWriter {
        var copy = self
        copy.options[key.lowercased()] = value
        return copy
    }

    public func partitionBy(_ columns: [String]) -> DataFrameWriter {
        var copy = self
        copy.partitionColumns = columns
        return copy
    }

    public func format(_ name: String) -> DataFrameWriter {
        var copy = self
        copy.formatName = name.lowercased()
        copy.formatGiven = true
        return copy
    }

    public func save(_ path: String) async throws {
        try checkBucketing()
        if bucketing != nil {
            throw SparkError(.analysis, message: "'save' does not support bucketBy right now.")
        }
        switch formatName {
        case "csv": try await write(path, extension: "csv", header: options["header"]?.lowercased() == "true")
        case "json": try await write(path, extension: "json", header: false)
        case "xml": try await writeXML(path)
        case "text": try await write(path, extension: "txt", header: false)
        case "parquet": try await writeParquet(path)
        case "delta": try await writeDelta(path)
        default:
            throw FormatNotSupportedYet.writing(formatName)
        }
    }

    public func csv(_ path: String) async throws { try await format("csv").save(path) }
    public func json(_ path: String) async throws { try await format("json").save(path) }
    public func parquet(_ path: String) async throws { try await format("parquet").save(path) }
    public func xml(_ path: String) async throws { try await format("xml").save(path) }

    /// One XML document per non-empty partition (`rootTag` around `rowTag` elements; an empty result writes one
    /// empty file, as Spark does).
    private func writeXML(_ path: String) async throws {
        let rowTag = try XMLDataSource.rowTag(options["rowtag"])
        let zone = frame.session.conf.get("spark.sql.session.timeZone") ?? "UTC"
        let formats = try WriterDateFormats(timestampFormat: options["timestampformat"], dateFormat: options["dateformat"])
        let encoder = XMLRecordEncoder(rowTag: rowTag, rootTag: options["roottag"] ?? "ROWS",
                                       declaration: options["declaration"] ?? XMLRecordEncoder.defaultDeclaration,
                                       sessionTimeZone: zone, formats: formats, options: XMLOptions(options))
        try await writeFiles(path, extension: ".xml", emptyFile: true) { @Sendable batch in
            guard batch.rowCount > 0 else { return Data() }
            let names = batch.schema.names
            return Data(encoder.document((0..<batch.rowCount).lazy.map { (names, batch.row($0)) }).utf8)
        }
    }

    /// The output folder, prepared for the save mode; nil when `ignore` finds it already there.
    private func prepareOutput(_ path: String) throws -> URL? {
        let url = frame.session.context.resolve(path: path)
        let fm = FileManager.default
        if fm.fileExists(atPath: url.path) {
            switch mode {
            case .errorIfExists:
                throw SparkError(.analysis, errorClass: "PATH_ALREADY_EXISTS",
                                 message: "Path file:\(url.path) already exists. Set mode as \"overwrite\" to overwrite the existing path.",
                                 sqlState: "42K04")
            case .ignore: return nil
            case .overwrite:
                // Spark deletes the folder and then fails reading the files it deleted; Sparkbook refuses first, with
                // the error class Spark gives the same case in SQL, so no data is lost.
                if try frame.reads(under: url.path) {
                    throw SparkError(.analysis, errorClass: "UNSUPPORTED_OVERWRITE.PATH",
                                     message: "Can't overwrite the target that is also being read from. The target path is `file:\(url.path)`.",
                                     sqlState: "42902")
                }
                try fm.removeItem(at: url)
            case .append: break
            }
        }
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `part-00003-<job uuid>-c000<ext>`, as Spark names a task's output file; `file` counts a task's files in one
    /// directory when `maxRecordsPerFile` splits them (`c001`, `c002`, ...).
    static func partFileName(_ part: Int, job: String, extension ext: String, file: Int = 0) -> String {
        "part-" + part.zeroPadded(to: 5) + "-\(job)-c" + file.zeroPadded(to: 3) + ext
    }

    /// `maxRecordsPerFile` (the option, else `spark.sql.files.maxRecordsPerFile`): at most that many rows per
    /// file; 0 or less, no limit (Spark's default).
    private var maxRecordsPerFile: Int {
        let text = options["maxrecordsperfile"] ?? frame.session.conf.get("spark.sql.files.maxRecordsPerFile") ?? "0"
        return Int(text.trimmingCharacters(in: .whitespaces)) ?? 0
    }

    /// One Parquet file per non-empty partition of the result (and per partition directory), compressed with
    /// the `compression` option or `spark.sql.parquet.compression.codec` (snappy by default).
    private func writeParquet(_ path: String) async throws {
        let schema = try frame.schema()
        let codec = try parquetCodec()
        let dataSchema = try partitioning(schema).dataSchema
        _ = try ParquetFileWriter(schema: dataSchema, codec: codec)  // refuses types Parquet cannot hold, before any output
        try await writeFiles(path, extension: codec.fileExtension + ".parquet", emptyFile: true) { @Sendable batch in
            var writer = try ParquetFileWriter(schema: batch.schema, codec: codec)
            try writer.write(batch)
            return Data(writer.finish())
        }
    }

    /// The `compression` option's codec, else `spark.sql.parquet.compression.codec`'s (snappy by default).
    func parquetCodec() throws -> ParquetCompressionCodec {
        let session = frame.session
        let codecName = (options["compression"] ?? session.conf.get("spark.sql.parquet.compression.codec") ?? "snappy").lowercased()
        let codecs: [String: ParquetCompressionCodec] = ["none": .uncompressed, "uncompressed": .uncompressed, "snappy": .snappy,
                                                         "gzip": .gzip, "zstd": .zstd, "lz4_raw": .lz4Raw, "lz4raw": .lz4Raw]
        guard let codec = codecs[codecName] else {
            // Spark's own list; brotli, lzo and lz4 (Hadoop-framed) need codecs Sparkbook does not carry.
            if ["brotli", "lzo", "lz4"].contains(codecName) {
                throw SparkError(.unsupported, message: "Writing Parquet with the \(codecName) codec is not supported by Sparkbook; "
                                 + "use snappy, gzip, zstd, lz4_raw or uncompressed.")
            }
            throw SparkError(.illegalArgument, errorClass: "CODEC_NOT_AVAILABLE.WITH_AVAILABLE_CODECS_SUGGESTION",
                             message: "The codec \(codecName) is not available. Available codecs are brotli, uncompressed, lzo, snappy, lz4_raw, none, zstd, lz4, gzip.",
                             sqlState: "56038")
        }
        return codec
    }

    private func write(_ path: String, extension ext: String, header: Bool) async throws {
        let session = frame.session
        let schema = try frame.schema()
        if ext == "csv" { try DataSourceTypeSupport.checkCSV(schema) }
        let dataSchema = try partitioning(schema).dataSchema
        if ext == "txt" { try DataSourceTypeSupport.checkText(dataSchema) }
        let names = dataSchema.names
        let zone = session.conf.get("spark.sql.session.timeZone") ?? "UTC"
        let formats = try WriterDateFormats(timestampFormat: options["timestampformat"], dateFormat: options["dateformat"])
        let csv = CSVLineEncoder(separator: options["sep"] ?? options["delimiter"] ?? ",", quote: options["quote"] ?? "\"",
                                 escape: options["escape"] ?? "\\", nullValue: options["nullvalue"] ?? "",
                                 sessionTimeZone: zone, formats: formats)
        let json = JSONLineEncoder(names: names, sessionTimeZone: zone, formats: formats)
        try await writeFiles(path, extension: "." + ext, emptyFile: false) { @Sendable batch in
            var text = header ? names.map(csv.field).joined(separator: csv.separator) + "\n" : ""
            for r in 0..<batch.rowCount {
                switch ext {
                case "csv": text += csv.line(batch.row(r)) + "\n"
                case "txt":
                    if case .string(let values) = batch.columns[0].storage, !batch.columns[0].isNull(r) { text += values.string(at: r) }
                    text += "\n"
                default: text += json.line(batch.row(r)) + "\n"
                }
            }
            return Data(text.utf8)
        }
    }

    /// The partition columns' positions and the schema of what goes into the files (the other columns).
    func partitioning(_ schema: StructType) throws -> (indices: [Int], dataSchema: StructType) {
        let indices = try partitionColumns.map { name in
            guard let i = schema.index(of: name) else {
                throw SparkError(.analysis, errorClass: "UNRESOLVED_COLUMN.WITH_SUGGESTION",
                                 message: "A column, variable, or function parameter with name `\(name)` cannot be resolved. Did you mean one of the following? [\(schema.names.map { "`\($0)`" }.joined(separator: ", "))].",
                                 sqlState: "42703")
            }
            if case .array = schema[i].dataType { throw Self.cannotPartitionBy(schema[i]) }
            if case .map = schema[i].dataType { throw Self.cannotPartitionBy(schema[i]) }
            if case .structure = schema[i].dataType { throw Self.cannotPartitionBy(schema[i]) }
            return i
        }
        if !indices.isEmpty && indices.count == schema.count {
            throw SparkError(.analysis, errorClass: "ALL_PARTITION_COLUMNS_NOT_ALLOWED",
                             message: "Cannot use all columns for partition columns.", sqlState: "KD005")
        }
        let data = StructType(schema.fields.enumerated().filter { !indices.contains($0.offset) }.map(\.element))
        return (indices, data)
    }

    private static func cannotPartitionBy(_ field: StructField) -> SparkError {
        SparkError(.analysis, errorClass: "INVALID_PARTITION_COLUMN_DATA_TYPE",
                   message: "Cannot use \(field.dataType.simpleString.uppercased()) for partition column.", sqlState: "0A000")
    }

    /// Writes every non-empty partition of the result as Spark's file commit protocol does: each task writes its
    /// own files (`part-<task>-<job>...`, one per partition directory it has rows for, `col=value/...`) under
    /// `_temporary/<job>/` as it finishes, so the result is never held whole; the files move into place only when
    /// every task has written, then `_SUCCESS`. A failed job removes `_temporary` and leaves nothing a reader
    /// would see.
    private func writeFiles(_ path: String, extension ext: String, emptyFile: Bool,
                            encode: @escaping @Sendable (RecordBatch) throws -> Data) async throws {
        let (partitionIndices, dataSchema) = try partitioning(try frame.schema())
        guard let url = try prepareOutput(path) else { return }
        let fm = FileManager.default
        let job = UUID().uuidString.lowercased()
        let staging = url.appendingPathComponent("_temporary").appendingPathComponent(job)
        let zone = TimeZone(identifier: frame.session.conf.get("spark.sql.session.timeZone") ?? "UTC") ?? TimeZone(identifier: "UTC")!
        let text = SparkValueText(sessionTimeZone: zone)
        let written = WrittenFiles()
        do {
            // A CSV schema inferred from a sample may be widened by the read (CSVSchemaWidened): plan again, as
            // collect does, after clearing what the attempt wrote.
            for attempt in 0..<3 {
                try? fm.removeItem(at: staging)
                try Self.createStaging(staging)
                written.paths.withLock { $0.removeAll() }
                do {
                    try await writeTasks(staging: staging, job: job, extension: ext, partitionIndices: partitionIndices,
                                         text: text, written: written, encode: encode)
                    break
                } catch is CSVSchemaWidened where attempt < 2 {
                    continue
                }
            }
            var files = written.paths.withLock { $0 }.sorted()
            if files.isEmpty && emptyFile && partitionIndices.isEmpty {
                // No rows: one file with the schema and no row groups, as Spark writes, so the folder reads back typed.
                let relative = Self.partFileName(0, job: job, extension: ext)
                try encode(RecordBatch.empty(dataSchema)).write(to: staging.appendingPathComponent(relative))
                files.append(relative)
            }
            // Commit: move each file into place.
            for relative in files {
                let target = url.appendingPathComponent(relative)
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
                try fm.moveItem(at: staging.appendingPathComponent(relative), to: target)
            }
            Self.removeStaging(staging)
        } catch {
            Self.removeStaging(staging)
            throw error
        }
        try Data().write(to: url.appendingPathComponent("_SUCCESS"))
    }

    /// Creates a job's staging folder under `_temporary`. Another process's job finishing at the same moment may
    /// remove `_temporary` between its creation and this job's folder in it (it removes it once empty): then the
    /// folder is made again, so two processes appending to one table both land.
    private static func createStaging(_ staging: URL) throws {
        let fm = FileManager.default
        for attempt in 1...10 {
            do {
                try fm.createDirectory(at: staging, withIntermediateDirectories: true)
                return
            } catch where attempt < 10 && !fm.fileExists(atPath: staging.deletingLastPathComponent().path) {
                continue
            }
        }
    }

    /// Removes a job's staging folder, and `_temporary` once no other job (another process appending to the
    /// same folder, a table's concurrent inserts) stages there.
    private static func removeStaging(_ staging: URL) {
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        // rmdir removes only an empty folder, so a job that has just started staging keeps its files.
        _ = rmdir(staging.deletingLastPathComponent().path)
    }

    /// Runs the job; each task writes its partition's files into `staging` and records their relative paths.
    private func writeTasks(staging: URL, job: String, extension ext: String, partitionIndices: [Int], text: SparkValueText,
                            written: WrittenFiles, encode: @escaping @Sendable (RecordBatch) throws -> Data) async throws {
        try await CacheMaterializer(session: frame.session).materialize(frame.plan)
        let physical = frame.session.planner().plan(try frame.resolved())
        let limit = maxRecordsPerFile
        _ = try await frame.session.executor.storePartitions(physical, description: "save") { result in
            let rows = result.batches.filter { $0.rowCount > 0 }
            guard let first = rows.first else { return }
            let batch = rows.count == 1 ? first : RecordBatch.concatenating(rows, schema: first.schema)
            let keep = batch.columns.indices.filter { !partitionIndices.contains($0) }
            let data = RecordBatch(schema: StructType(keep.map { batch.schema[$0] }), columns: keep.map { batch.columns[$0] },
                                   rowCount: batch.rowCount)
            for (directory, indices) in Self.partitionGroups(batch, partitionIndices, schema: batch.schema, text: text) {
                // Files of at most `limit` rows each, numbered c000, c001, ... within the task and directory.
                let chunk = limit > 0 ? limit : max(1, indices.count)
                for (file, start) in stride(from: 0, to: indices.count, by: chunk).enumerated() {
                    let rows = Array(indices[start..<min(indices.count, start + chunk)])
                    let slice = rows.count == batch.rowCount ? data : data.gather(rows)
                    let relative = (directory.isEmpty ? "" : directory + "/")
                        + Self.partFileName(result.partition, job: job, extension: ext, file: file)
                    let target = staging.appendingPathComponent(relative)
                    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try encode(slice).write(to: target)
                    written.paths.withLock { $0.append(relative) }
                }
            }
        }
    }

    /// The rows of `batch` by partition directory (`country=US/day=2024-01-01`), in order of first appearance;
    /// one group of every row when there are no partition columns.
    static func partitionGroups(_ batch: RecordBatch, _ indices: [Int], schema: StructType,
                                text: SparkValueText) -> [(String, [Int])] {
        partitionGroupsWithValues(batch, indices, schema: schema, text: text).map { ($0.directory, $0.rows) }
    }

    /// `partitionGroups` with each group's partition values as text (nil for null), as a Delta log records them.
    static func partitionGroupsWithValues(_ batch: RecordBatch, _ indices: [Int], schema: StructType,
                                          text: SparkValueText) -> [(directory: String, values: [String?], rows: [Int])] {
        guard !indices.isEmpty else { return [("", [], Array(0..<batch.rowCount))] }
        var order: [String] = []
        var groups: [String: (values: [String?], rows: [Int])] = [:]
        for row in 0..<batch.rowCount {
            let values = indices.map { i -> String? in
                let value = batch.columns[i].value(at: row)
                return value == .null ? nil : text.text(value.outputValue)
            }
            let directory = zip(indices, values).map { i, raw in
                PartitionPathEscaping.escape(schema[i].name) + "=" + PartitionPathEscaping.escape(raw ?? "")
            }.joined(separator: "/")
            if groups[directory] == nil { order.append(directory); groups[directory] = (values, []) }
            groups[directory]!.rows.append(row)
        }
        return order.map { ($0, groups[$0]!.values, groups[$0]!.rows) }
    }
}

/// The files a write job's tasks have staged, recorded from their threads.
final class WrittenFiles: Sendable {
    let paths = Mutex<[String]>([])
}

extension DataFrame {
    public var write: DataFrameWriter { DataFrameWriter(frame: self) }
}
