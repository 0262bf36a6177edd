import Foundation
import SparkbookEngine

/// `spark.read.text(path)`: one row per line in a single string column `value`, as Spark's text source gives.
///
/// Written as an outside plugin would be: it uses only the engine's public `DataSource` protocol and files.
public struct TextDataSource: DataSource {
    public init() {}

    public var shortName: String { "text" }

    public func createScan(_ request: ScanRequest) throws -> any DataScan {
        let files = try CSVFileListing.files(at: request.paths)
        if let schema = request.userSchema, schema.fields.map(\.dataType) != [.string] {
            throw SparkError(.analysis, errorClass: "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE",
                             message: "Text data source supports only a single column, and you have \(schema.count) columns.",
                             sqlState: "0A000")
        }
        let name = request.userSchema?.fields.first?.name ?? "value"
        let lineSep = request.options.first { $0.key.lowercased() == "linesep" }?.value.utf8.first ?? UInt8(ascii: "\n")
        return TextScan(schema: StructType([StructField(name, .string)]), paths: files.map(\.path), lineSeparator: lineSep,
                        lineLimit: request.settings.lineLimit)
    }
}

/// One partition per file; lines found with `memchr` on the mapped bytes, a trailing `\r` dropped.
struct TextScan: DataScan {
    let schema: StructType
    let paths: [String]
    let lineSeparator: UInt8
    /// The longest line a task may hold (`spark.driver.memory`), checked before the line is copied.
    let lineLimit: LineLengthLimit

    var partitionCount: Int { max(1, paths.count) }

    var inputFiles: [String] { paths.sorted().map { "file://" + $0 } }

    func inputFile(partition index: Int) -> TaskInputFile {
        index < paths.count ? .file("file://" + paths[index]) : .none
    }

    func read(partition index: Int, columns: [Int]) throws -> RecordBatch {
        let outSchema = StructType(columns.map { schema[$0] })
        guard index < paths.count else { return RecordBatch.empty(outSchema) }
        let file = try MappedFile(path: paths[index])
        let column = try lines(of: file, path: paths[index])
        return RecordBatch(schema: outSchema, columns: columns.map { _ in column }, rowCount: column.count)
    }

    private func lines(of file: MappedFile, path: String) throws -> ColumnVector {
        defer { withExtendedLifetime(file) {} }
        var builder = ColumnBuilder(type: .string)
        let bytes = file.bytes
        guard let base = bytes.baseAddress, bytes.count > 0 else { return builder.finish() }
        var start = 0
        var lineNumber = 1
        while start < bytes.count {
            let found = memchr(base + start, Int32(lineSeparator), bytes.count - start)
            let end = found.map { UnsafeRawPointer($0) - base } ?? bytes.count
            var stop = end
            if lineSeparator == UInt8(ascii: "\n"), stop > start, bytes[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
            try lineLimit.check(bytes: stop - start, path: path, lineNumber: lineNumber)
            builder.append(utf8: UnsafeRawBufferPointer(rebasing: bytes[start..<stop]))
            start = end + 1
            lineNumber += 1
        }
        return builder.finish()
    }

    var explainText: String { "FileScan text [\(schema.names.joined(separator: ","))]" }
}
