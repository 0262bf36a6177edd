import Foundation
import SparkbookEngine

/// How record batches travel in plugin calls: an Arrow IPC stream, base64-encoded inside the JSON-RPC message
/// (`"batch": "..."`). One message per call keeps the protocol a single line-oriented stream with nothing to
/// keep in step (docs/PLUGINS.md says why this is the simplest robust choice).
enum PluginBatches {
    /// Rows per call, as Spark's `spark.sql.execution.arrow.maxRecordsPerBatch` (10,000) bounds what it sends a
    /// Python worker at once: messages stay small, and a task's batch of any size becomes several calls.
    static let maxRows = 10_000

    /// `rowCount` rows evaluated `maxRows` at a time by `body` (given the argument columns' slice), concatenated.
    static func inSlices(_ arguments: [ColumnVector], rowCount: Int, resultType: DataType,
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

    static func encode(_ batch: RecordBatch, timeZone: String) throws -> String {
        Data(try ArrowStreamWriter.stream(schema: batch.schema, batches: [batch], timeZone: timeZone)).base64EncodedString()
    }

    /// The batches of a result's `batch` field, as one batch.
    static func decode(_ result: [String: Any], plugin: String) throws -> RecordBatch {
        guard let text = result["batch"] as? String, let data = Data(base64Encoded: text) else {
            throw PluginError.badAnswer(plugin: plugin, why: "the result has no base64 \"batch\"")
        }
        let (schema, batches) : (StructType, [RecordBatch])
        do {
            (schema, batches) = try ArrowStreamReader.read(Array(data))
        } catch let error as ArrowIPCError {
            throw PluginError.badAnswer(plugin: plugin, why: error.description)
        }
        return RecordBatch.concatenating(batches, schema: schema)
    }
}
