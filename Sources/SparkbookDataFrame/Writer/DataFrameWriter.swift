import Foundation
import SparkbookEngine

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

    public func format(_ name: String) -> DataFrameWriter {
        var copy = self
        copy.formatName = name.lowercased()
        return copy
    }

    public func save(_ path: String) async throws {
        switch formatName {
        case "csv": try await write(path, extension: "csv", header: options["header"]?.lowercased() == "true")
        case "json": try await write(path, extension: "json", header: false)
        case "parquet": try await writeParquet(path)
        default:
            throw FormatNotSupportedYet.writing(formatName)
        }
    }

    public func csv(_ path: String) async throws { try await format("csv").save(path) }
    public func json(_ path: String) async throws { try await format("json").save(path) }
    public func parquet(_ path: String) async throws { try await format("parquet").save(path) }

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
            case .overwrite: try fm.removeItem(at: url)
            case .append: break
            }
        }
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `part-00003-<job uuid>-c000<ext>`, as Spark names a task's output file.
    private static func partFileName(_ part: Int, job: String, extension ext: String) -> String {
        let number = String(part)
        return "part-" + String(repeating: "0", count: max(0, 5 - number.count)) + number + "-\(job)-c000\(ext)"
    }

    /// One Parquet file per non-empty partition of the result, compressed with the `compression` option or
    /// `spark.sql.parquet.compression.codec` (snappy by default).
    private func writeParquet(_ path: String) async throws {
        let session = frame.session
        let schema = try frame.schema()
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
        _ = try ParquetFileWriter(schema: schema, codec: codec)  // refuses types Parquet cannot hold, before any output
        guard let url = try prepareOutput(path) else { return }
        let job = UUID().uuidString.lowercased()
        var part = 0
        for batch in try await frame.collectBatches(description: "save") where batch.rowCount > 0 {
            var writer = try ParquetFileWriter(schema: schema, codec: codec)
            try writer.write(batch)
            let name = Self.partFileName(part, job: job, extension: codec.fileExtension + ".parquet")
            try Data(writer.finish()).write(to: url.appendingPathComponent(name))
            part += 1
        }
        if part == 0 {
            // No rows: one file with the schema and no row groups, as Spark writes, so the folder reads back typed.
            var writer = try ParquetFileWriter(schema: schema, codec: codec)
            try Data(writer.finish()).write(to: url.appendingPathComponent(Self.partFileName(0, job: job, extension: codec.fileExtension + ".parquet")))
        }
        try Data().write(to: url.appendingPathComponent("_SUCCESS"))
    }

    private func write(_ path: String, extension ext: String, header: Bool) async throws {
        let session = frame.session
        if ext == "csv" { try DataSourceTypeSupport.checkCSV(try frame.schema()) }
        guard let url = try prepareOutput(path) else { return }
        let names = try frame.columns()
        let zone = session.conf.get("spark.sql.session.timeZone") ?? "UTC"
        let formats = try WriterDateFormats(timestampFormat: options["timestampformat"], dateFormat: options["dateformat"])
        let csv = CSVLineEncoder(separator: options["sep"] ?? options["delimiter"] ?? ",", quote: options["quote"] ?? "\"",
                                 escape: options["escape"] ?? "\\", nullValue: options["nullvalue"] ?? "",
                                 sessionTimeZone: zone, formats: formats)
        let json = JSONLineEncoder(names: names, sessionTimeZone: zone, formats: formats)
        let job = UUID().uuidString.lowercased()
        var part = 0
        for batch in try await frame.collectBatches(description: "save") where batch.rowCount > 0 {
            var text = header ? names.map(csv.field).joined(separator: csv.separator) + "\n" : ""
            for r in 0..<batch.rowCount {
                text += (ext == "csv" ? csv.line(batch.row(r)) : json.line(batch.row(r))) + "\n"
            }
            let name = Self.partFileName(part, job: job, extension: "." + ext)
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
            part += 1
        }
        try Data().write(to: url.appendingPathComponent("_SUCCESS"))
    }
}

extension DataFrame {
    public var write: DataFrameWriter { DataFrameWriter(frame: self) }
}
