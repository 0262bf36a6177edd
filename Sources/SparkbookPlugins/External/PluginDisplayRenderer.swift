import Foundation
import SparkbookEngine
import SparkbookInterpreter

/// The display kinds an outside plugin declares (`"displayKinds": ["bar", "line"]`): `display(df, kind="bar",
/// x="country", y="n")` sends the DataFrame's first rows and the call's other keyword arguments to the plugin
/// (`display.render`), which answers a mime bundle: `text/plain` (what a terminal shows) and richer forms such as
/// `image/svg+xml` or `text/html`, stored as the cell's `display_data` output.
struct PluginDisplayRenderer: DisplayRenderer {
    let kinds: [String]
    let connection: PluginConnection

    func render(_ rows: RecordBatch, kind: String, options: [(name: String, value: PyValue)], truncated: Bool,
                timeZone: String) throws -> RichOutput {
        var optionObject: [String: Any] = [:]
        for (name, value) in options { optionObject[name] = try Self.json(value, option: name) }
        let plugin = connection.manifest.name
        do {
            let answer = try connection.call("display.render", params: [
                "kind": kind, "options": optionObject, "truncated": truncated,
                "batch": try PluginBatches.encode(rows, timeZone: timeZone),
            ])
            guard let bundle = answer["result"] as? [String: Any], let plain = bundle["text/plain"] as? String else {
                throw PluginError.badAnswer(plugin: plugin, why: "display.render answered no \"result\" with \"text/plain\"")
            }
            var media: [String: String] = [:]
            for (mime, value) in bundle where mime != "text/plain" && mime != "text/html" {
                guard let text = value as? String else {
                    throw PluginError.badAnswer(plugin: plugin, why: "display.render answered \(mime) that is not a string")
                }
                media[mime] = text
            }
            return RichOutput(plain: plain, html: bundle["text/html"] as? String, media: media)
        } catch let error as PluginError {
            throw ScriptError("RuntimeError", error.description)
        } catch let error as ArrowIPCError {
            throw ScriptError("RuntimeError", "display(kind=\"\(kind)\") cannot send these rows to plugin '\(plugin)': \(error.description)")
        }
    }

    /// A keyword argument as JSON: strings, numbers, booleans, None and lists of them (`y=["n", "m"]`).
    private static func json(_ value: PyValue, option: String) throws -> Any {
        switch value {
        case .none: return NSNull()
        case .bool(let b): return b
        case .int(let i): return i
        case .float(let d): return d
        case .string(let s): return s
        case .list(let items), .tuple(let items): return try items.map { try json($0, option: option) }
        default:
            throw ScriptError("TypeError", "display() option \(option)= must be a string, number, boolean, None or a list of them, not \(value.typeName)")
        }
    }
}
