import Foundation
import SparkbookUtilities

/// A JSON value whose objects keep their key order, serialised compactly (no spaces) the way Jackson writes
/// Spark's event log. Key order matters: the History Server recognises an application by the literal line
/// prefix `{"Event":"SparkListenerApplicationStart"`.
public indirect enum OrderedJSON: Hashable, Sendable {
    case string(String)
    case int(Int64)
    /// A number written with exactly `decimals` digits after the point (`12.500`: seconds to the millisecond in
    /// `--metrics-json`); a value that is not finite is written as null.
    case fixed(Double, decimals: Int)
    case bool(Bool)
    case null
    case array([OrderedJSON])
    case object([(key: String, value: OrderedJSON)])

    public static func == (lhs: OrderedJSON, rhs: OrderedJSON) -> Bool { lhs.compact == rhs.compact }
    public func hash(into hasher: inout Hasher) { hasher.combine(compact) }

    public static func int(_ value: Int) -> OrderedJSON { .int(Int64(value)) }

    /// `{"k":"v"}` for string maps (Spark's properties sections, `Log Urls`).
    public static func stringMap(_ pairs: [(String, String)]) -> OrderedJSON {
        .object(pairs.map { (key: $0.0, value: .string($0.1)) })
    }

    /// The compact text: no whitespace, keys in insertion order.
    public var compact: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .string(let s): Self.writeString(s, to: &out)
        case .int(let n): out += String(n)
        case .fixed(let x, let decimals): out += x.isFinite ? String(format: "%.*f", decimals, x) : "null"
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += "," }
                Self.writeString(pair.key, to: &out)
                out += ":"
                pair.value.write(to: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ s: String, to out: inout String) {
        JSONStringEscaping.append(s, to: &out, as: .jackson)
    }
}
