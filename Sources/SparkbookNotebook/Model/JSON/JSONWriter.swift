import Foundation
import SparkbookUtilities

/// Serialises `JSONValue` exactly like Python's `json.dumps(..., ensure_ascii=False)`.
///
/// With `indent: 1, sortKeys: true` this is what `nbformat.write` produces, so notebooks we save
/// diff cleanly against ones Jupyter saved.
public struct JSONWriter: Sendable {
    /// Spaces per nesting level; `nil` writes everything on one line with `", "` and `": "` separators.
    public var indent: Int?
    /// Sort object keys by code point (Python's `sort_keys=True`); otherwise keep the stored order.
    public var sortKeys: Bool

    public init(indent: Int? = nil, sortKeys: Bool = false) {
        self.indent = indent
        self.sortKeys = sortKeys
    }

    /// The layout nbformat uses for `.ipynb` files.
    public static let nbformat = JSONWriter(indent: 1, sortKeys: true)

    public func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, level: 0, into: &out)
        return out
    }

    private func write(_ value: JSONValue, level: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .bigInt(let digits): out += digits
        case .double(let d): out += PythonFloat.jsonRepr(d)
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += indent == nil ? ", " : "," }
                newline(level: level + 1, into: &out)
                write(item, level: level + 1, into: &out)
            }
            newline(level: level, into: &out)
            out += "]"
        case .object(let object):
            guard !object.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, entry) in (sortKeys ? object.sortedByKey : object.entries).enumerated() {
                if index > 0 { out += indent == nil ? ", " : "," }
                newline(level: level + 1, into: &out)
                Self.writeString(entry.key, into: &out)
                out += ": "
                write(entry.value, level: level + 1, into: &out)
            }
            newline(level: level, into: &out)
            out += "}"
        }
    }

    private func newline(level: Int, into out: inout String) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    /// Python escapes only quotes, backslashes and control characters when `ensure_ascii=False`, exactly as
    /// Spark's event log does: one escaping serves both.
    static func writeString(_ s: String, into out: inout String) {
        JSONStringEscaping.append(s, to: &out)
    }
}
