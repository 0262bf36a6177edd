import Foundation
import SparkbookUtilities

/// `CAST` between scalars, with Spark's non-ANSI behaviour: a value that does not convert becomes null.
public enum ValueCast {
    public static func cast(_ value: Value, to type: DataType) -> Value {
        if value.isNull || value.dataType == type { return value }
        // A variant reads as Spark's `variant_get` reads it; anything becomes a variant as `to_variant_object` writes it.
        if case .variant(let v) = value { return (try? v.cast(to: type)) ?? .null }
        if let epoch = epochCast(value, to: type) { return epoch }
        switch type {
        case .null: return .null
        case .variant: return (try? VariantBuilder.variant(value)).map(Value.variant) ?? .null
        case .array(let element, _):
            guard let elements = value.arrayElements else { return .null }
            return .array(elements.map { cast($0, to: element) })
        case .map(let k, let v, _):
            guard case .map(let keys, let values) = value else { return .null }
            return .map(keys: keys.map { cast($0, to: k) }, values: values.map { cast($0, to: v) })
        case .structure(let target):
            guard case .structure(_, let values) = value, values.count == target.count else { return .null }
            return .structure(names: target.names, values: zip(values, target.fields).map { cast($0, to: $1.dataType) })
        case .string: return .string(text(value))
        case .binary:
            if case .string(let s) = value { return .binary(Array(s.utf8)) }
            return .null
        case .byte, .short, .float: return smallTypeCast(value, to: type) ?? .null
        case .double:
            if let d = value.doubleValue { return .double(d) }
            if case .string(let s) = value, let d = Double(s.trimmingCharacters(in: .whitespaces)) { return .double(d) }
            if case .boolean(let b) = value { return .double(b ? 1 : 0) }
            return .null
        case .decimal(let p, let s):
            return DecimalCast.decimal(from: value, precision: p, scale: s).map(Value.decimal) ?? .null
        case .long:
            if let i = value.int64Value { return .long(i) }
            if case .decimal(let d) = value { return Int64(exactly: d.integralPart).map(Value.long) ?? .null }
            if case .double(let d) = value, d.isFinite { return .long(Int64(d.rounded(.towardZero))) }
            if case .float(let f) = value, f.isFinite { return .long(Int64(f.rounded(.towardZero))) }
            if case .string(let s) = value, let i = Int64(s.trimmingCharacters(in: .whitespaces)) { return .long(i) }
            if case .boolean(let b) = value { return .long(b ? 1 : 0) }
            return .null
        case .integer:
            if case .long(let v) = cast(value, to: .long) { return .integer(Int32(truncatingIfNeeded: v)) }
            return .null
        case .boolean:
            if case .string(let s) = value {
                switch s.lowercased() {
                case "true", "t", "yes", "y", "1": return .boolean(true)
                case "false", "f", "no", "n", "0": return .boolean(false)
                default: return .null
                }
            }
            if let d = value.doubleValue { return .boolean(d != 0) }
            return .null
        case .timestamp:
            if case .date(let days) = value { return .timestamp(Int64(days) * 86_400_000_000) }
            return .null
        case .date:
            if case .timestamp(let micros) = value {
                return .date(Int32((micros >= 0 ? micros : micros - 86_399_999_999) / 86_400_000_000))
            }
            if case .timestampNTZ(let micros) = value {
                return .date(Int32((micros >= 0 ? micros : micros - 86_399_999_999) / 86_400_000_000))
            }
            return .null
        case .timestampNTZ, .dayTimeInterval, .yearMonthInterval, .calendarInterval, .time:
            // Zone-dependent casts are `ansiCast`'s (it knows the session zone); UTC here.
            return (try? ansiCast(value, to: type)) ?? .null
        }
    }

    /// The text of a value when cast to string.
    static func text(_ value: Value) -> String {
        switch value {
        case .null: "NULL"
        case .integer(let v): String(v)
        case .long(let v): String(v)
        case .double(let v): String(v)
        case .byte(let v): String(v)
        case .short(let v): String(v)
        case .float(let v): JavaNumberText.float(v)
        case .string(let v): v
        // Spark reads the bytes as UTF-8; a malformed sequence becomes U+FFFD when printed.
        case .binary(let v): String(decoding: v, as: UTF8.self)
        case .boolean(let v): v ? "true" : "false"
        case .timestamp(let v): String(v)
        case .date(let v): String(v)
        case .decimal(let d): d.plainText
        case .variant(let v): v.json()
        case .timestampNTZ, .dayTimeInterval, .yearMonthInterval, .calendarInterval, .time: sqlText(value)
        case .array(let elements): "[" + elements.map { $0.isNull ? "null" : text($0) }.joined(separator: ", ") + "]"
        case .structure(_, let values): "{" + values.map { $0.isNull ? "null" : text($0) }.joined(separator: ", ") + "}"
        case .map(let keys, let values):
            "{" + zip(keys, values).map { text($0) + " -> " + ($1.isNull ? "null" : text($1)) }.joined(separator: ", ") + "}"
        }
    }
}
