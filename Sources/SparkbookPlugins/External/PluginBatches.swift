import Foundation
import SparkbookEngine

/// How record batches travel in plugin calls: an Arrow IPC stream, base64-encoded inside the JSON-RPC message
/// (`"batch": "..."`). One message per call keeps the protocol a single line-oriented stream with nothing to
/// keep in step (docs/PLUGINS.md says why this is the simplest robust choice).
enum PluginBatches {
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
