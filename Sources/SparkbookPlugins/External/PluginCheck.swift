import Foundation
import SparkbookEngine

/// `sparkbook plugins check DIR`: reads the manifest, finds what it requires, starts the plugin (handshake),
/// sends a small batch through `ping` and expects it back unchanged, calls each declared function on a batch of
/// nulls, and stops it. Each step is a line; the first failure ends the check.
public enum PluginCheck {
    public struct Report: Sendable {
        public var lines: [String] = []
        public var passed = true
    }

    public static func run(folder: URL) -> Report {
        var report = Report()
        func fail(_ text: String) -> Report {
            report.lines.append("FAIL  \(text)")
            report.passed = false
            return report
        }
        let plugin: ExternalPlugin
        do { plugin = try ExternalPlugin(folder: folder) } catch { return fail("\(error)") }
        let manifest = plugin.manifest
        report.lines.append("ok    manifest: \(manifest.name) \(manifest.version), protocol \(manifest.protocolVersion), provides "
                            + (manifest.capabilities.isEmpty ? "nothing" : manifest.capabilities.map(\.description).joined(separator: ", ")))
        for required in manifest.requires ?? [] where PluginProcess.resolve(required, folder: folder) == nil {
            return fail("requires \(required), which was not found")
        }
        let connection = plugin.connection
        defer { connection.shutdown() }
        do {
            let empty = try PluginBatches.encode(RecordBatch.empty(StructType([])), timeZone: "UTC")
            let started = Date()
            _ = try connection.call("ping", params: ["batch": empty])
            report.lines.append("ok    started, handshake and a first empty batch in \(milliseconds(since: started))")
            let pinged = Date()
            _ = try connection.call("ping", params: ["batch": empty])
            report.lines.append("ok    round trip of an empty batch in \(milliseconds(since: pinged))")
            let sample = sampleBatch()
            let echoStarted = Date()
            let echoed = try PluginBatches.decode(try connection.call("ping", params: ["batch": try PluginBatches.encode(sample, timeZone: "UTC")]),
                                                  plugin: manifest.name)
            guard echoed.schema == sample.schema, (0..<echoed.rowCount).map(echoed.row) == (0..<sample.rowCount).map(sample.row) else {
                return fail("ping answered a different batch: \(echoed.schema.names) of \(echoed.rowCount) rows")
            }
            report.lines.append("ok    round trip of a \(sample.rowCount)-row batch (\(sample.schema.count) columns) in \(milliseconds(since: echoStarted))")
            for function in plugin.functions {
                let nulls = RecordBatch(schema: StructType(function.argumentTypes.enumerated().map { StructField("_\($0.offset)", $0.element) }),
                                        columns: function.argumentTypes.map { ColumnVector.constant(.null, type: $0, count: 2) }, rowCount: 2)
                let column = try function.evaluate(nulls.columns, rowCount: 2, signature: FunctionSignature(inputs: function.argumentTypes, result: function.resultType),
                                                   context: FunctionContext())
                report.lines.append("ok    function \(function.name) answered \(column.count) rows of \(column.dataType.simpleString)")
            }
        } catch {
            return fail("\(error)")
        }
        return report
    }

    /// Three rows of the common types, one of them null in every column.
    static func sampleBatch() -> RecordBatch {
        let schema = StructType([StructField("id", .long), StructField("name", .string), StructField("score", .double),
                                 StructField("ok", .boolean), StructField("day", .date)])
        let rows: [[Value]] = [[.long(1), .string("a"), .double(0.5), .boolean(true), .date(19000)],
                               [.null, .null, .null, .null, .null],
                               [.long(-3), .string("é"), .double(-2), .boolean(false), .date(0)]]
        var builders = schema.fields.map { ColumnBuilder(type: $0.dataType) }
        for row in rows { for (c, v) in row.enumerated() { builders[c].append(v) } }
        return RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: rows.count)
    }

    private static func milliseconds(since start: Date) -> String {
        String(format: "%.1f ms", Date().timeIntervalSince(start) * 1000)
    }
}
