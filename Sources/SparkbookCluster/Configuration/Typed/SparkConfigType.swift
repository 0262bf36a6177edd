import Foundation
import SparkbookUtilities

/// The value types of Spark's `ConfigEntry`s, each parsed as Spark's `ConfigBuilder` converter parses it
/// (ints and booleans trimmed, times and sizes with Spark's units), and named as Spark's messages name them.
public enum SparkConfigType: Hashable, Sendable {
    case int
    case long
    case double
    case boolean
    case string
    /// A duration read in this unit (`60s`, `5min`; a bare number is in the unit).
    case time(SparkTimeUnit)
    /// A size read in this unit (`1g`, `512m`; a bare number is in the unit).
    case bytes(SparkByteUnit)
    /// One of a fixed set of values, compared after Spark's transform (upper- or lower-casing, or none).
    case choice([String], SparkConfigChoiceCase)
    /// A time-zone region id (`Europe/Paris`, `UTC`) or an offset (`+02:00`).
    case timeZone

    /// The type's name in `[INVALID_CONF_VALUE.TYPE_MISMATCH]` ("It should be a/an 'int' value").
    public var sparkName: String {
        switch self {
        case .int: "int"
        case .long: "long"
        case .double: "double"
        case .boolean: "boolean"
        case .string, .choice, .timeZone: "string"
        case .time(let unit): "time in \(unit.rawValue)"
        case .bytes(let unit): "bytes in \(unit.rawValue)"
        }
    }

    /// The parsed value, or nil when the text is not of this type.
    func parse(_ text: String) -> SparkConfigValue? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch self {
        case .int: return Int32(trimmed).map { .number(Double($0), rendered: "\($0)") }
        case .long: return Int64(trimmed).map { .number(Double($0), rendered: "\($0)") }
        case .double:
            guard let value = Double(trimmed) else { return nil }
            return .number(value, rendered: JavaNumberText.double(value))
        case .boolean:
            switch trimmed.lowercased() {
            case "true", "false": return .text(trimmed.lowercased())
            default: return nil
            }
        case .string, .timeZone: return .text(text)
        case .choice(_, let transform): return .text(transform.apply(text))
        case .time(let unit):
            // Spark renders a parsed time in milliseconds (`-1000ms` for `-1s`).
            guard let amount = SparkDuration.amount(text, unit: unit) else { return nil }
            let ms = SparkDuration.convert(amount, from: unit, to: .milliseconds)
            return .number(Double(amount), rendered: "\(ms)ms")
        case .bytes(let unit):
            guard let amount = SparkSize.amount(text, unit: unit) else { return nil }
            return .number(Double(amount), rendered: "\(amount)\(unit == .byte ? "b" : unit.rawValue.lowercased())")
        }
    }
}
