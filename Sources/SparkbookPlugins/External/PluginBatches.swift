import Foundation
import SparkbookEngine

/// How record batches travel in plugin calls: as an Arrow IPC stream in the message's `batch` (`PluginProcess`
/// sends it as the agreed protocol says: base64 text inside the JSON line in protocol 1, raw bytes right after the
/// line in protocol 2; docs/PLUGINS.md says why), and how a task's batch of any size becomes calls of a bounded
/// size.
enum PluginBatches {
    /// Rows per call unless the plugin declares more (`maxBatchRows`), as Spark's
    /// `spark.sql.execution.arrow.maxRecordsPerBatch` (10,000) bounds what it sends a Python worker at once:
    /// messages stay small, and a task's batch of any size becomes several calls.
    static let maxRows = 10_000

    /// `rowCount` rows evaluated `maxRows` at a time by `body` (given the argument columns' slice), concatenated.
    static func inSlices(_ arguments: [ColumnVector], rowCount: Int, resultType: DataType, maxRows: Int = maxRows,
                         _ body: ([ColumnVector], Int) throws -> ColumnVector) throws -> ColumnVector {
        guard rowCount > maxRows else { return try body(arguments, rowCount) }
        var parts: [ColumnVector] = []
        for lo in stride(from: 0, to: rowCount, by: maxRows) {
            let rows = Array(lo..<min(rowCount, lo + maxRows))
            parts.append(try body(arguments.map { $0.gather(rows) }, rows.count))
        }
        let schema = StructType([StructField("result", resultType)])
        return RecordBatch.concatenating(parts.map { RecordBatch(schema: schema, columns: [$0], rowCount: $0.count) }, schema: schema).columns[0]
    }

    /// The Arrow IPC stream of `batch`, which `PluginProcess.call` sends as the protocol says.
    static func encode(_ batch: RecordBatch, timeZone: String) throws -> [UInt8] {
        try ArrowStreamWriter.stream(schema: batch.schema, batches: [batch], timeZone: timeZone)
    }

    /// The batches of a result's `batch` (the stream `PluginProcess.call` received), as one batch.
    static func decode(_ result: [String: Any], plugin: String) throws -> RecordBatch {
        guard let bytes = result["batch"] as? [UInt8] else {
            throw PluginError.badAnswer(plugin: plugin, why: "the result has no \"batch\"")
        }
        let (schema, batches) : (StructType, [RecordBatch])
        do {
            (schema, batches) = try ArrowStreamReader.read(bytes)
        } catch let error as ArrowIPCError {
            throw PluginError.badAnswer(plugin: plugin, why: error.description)
        }
        return batches.count == 1 ? batches[0] : RecordBatch.concatenating(batches, schema: schema)
    }
}
