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
        default:
            throw FormatNotSupportedYet.writing(formatName)
        }
    }

    public func csv(_ path: String) async throws { try await format("csv").save(path) }
    public func json(_ path: String) async throws { try await format("json").save(path) }

    private func write(_ path: String, extension ext: String, header: Bool) async throws {
        let session = frame.session
        if ext == "csv" { try DataSourceTypeSupport.checkCSV(try frame.schema()) }
        let url = session.context.resolve(path: path)
        let fm = FileManager.default
        if fm.fileExists(atPath: url.path) {
            switch mode {
            case .errorIfExists:
                throw SparkError(.analysis, errorClass: "PATH_ALREADY_EXISTS",
                                 message: "Path file:\(url.path) already exists. Set mode as \"overwrite\" to overwrite the existing path.",
                                 sqlState: "42K04")
            case .ignore: return
            case .overwrite: try fm.removeItem(at: url)
            case .append: break
            }
        }
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
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
            let number = String(part)
            let name = "part-" + String(repeating: "0", count: max(0, 5 - number.count)) + number + "-\(job)-c000.\(ext)"
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
            part += 1
        }
        try Data().write(to: url.appendingPathComponent("_SUCCESS"))
    }
}

extension DataFrame {
    public var write: DataFrameWriter { DataFrameWriter(frame: self) }
}
