import Foundation

/// Byte units as Spark names them in messages (`bytes in MiB`).
public enum SparkByteUnit: String, Hashable, Sendable {
    case byte = "BYTE"
    case kibibyte = "KiB"
    case mebibyte = "MiB"
    case gibibyte = "GiB"
    case tebibyte = "TiB"
    case pebibyte = "PiB"

    var power: Int {
        switch self {
        case .byte: 0
        case .kibibyte: 1
        case .mebibyte: 2
        case .gibibyte: 3
        case .tebibyte: 4
        case .pebibyte: 5
        }
    }

    static let suffixes: [String: SparkByteUnit] = [
        "b": .byte, "k": .kibibyte, "kb": .kibibyte, "ki": .kibibyte, "kib": .kibibyte,
        "m": .mebibyte, "mb": .mebibyte, "mi": .mebibyte, "mib": .mebibyte,
        "g": .gibibyte, "gb": .gibibyte, "gi": .gibibyte, "gib": .gibibyte,
        "t": .tebibyte, "tb": .tebibyte, "ti": .tebibyte, "tib": .tebibyte,
        "p": .pebibyte, "pb": .pebibyte, "pi": .pebibyte, "pib": .pebibyte,
    ]
}

/// Parses Spark size strings (`128m`, `1g`, `512k`, `100b`) like Spark's `byteStringAs`:
/// binary multiples, a bare number in the key's own unit, no fractions (`1.5g` is rejected),
/// conversion into that unit truncating (so `512k` read in MiB is `0`).
public enum SparkSize {
    /// The amount expressed in `unit`; throws a type-mismatch error naming `key`.
    public static func parse(_ text: String, key: String, unit: SparkByteUnit) throws(ConfigError) -> Int64 {
        guard let value = amount(text, unit: unit) else {
            throw ConfigError.typeMismatch(key: key, value: text, type: "bytes in \(unit.rawValue)")
        }
        return value
    }

    /// The exact size in bytes; a bare number counts in `defaultUnit` (the key's own unit).
    public static func bytes(_ text: String, key: String, defaultUnit: SparkByteUnit) throws(ConfigError) -> Int64 {
        guard let value = amount(text, unit: .byte, bareUnit: defaultUnit) else {
            throw ConfigError.typeMismatch(key: key, value: text, type: "bytes in \(defaultUnit.rawValue)")
        }
        return value
    }

    static func amount(_ text: String, unit: SparkByteUnit, bareUnit: SparkByteUnit? = nil) -> Int64? {
        let lower = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let number = lower.prefix { $0.isASCII && $0.isNumber }
        let suffix = lower.dropFirst(number.count)
        guard !number.isEmpty, suffix.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        guard let value = Int64(number) else { return nil }
        let from: SparkByteUnit
        if suffix.isEmpty {
            from = bareUnit ?? unit
        } else if let known = SparkByteUnit.suffixes[String(suffix)] {
            from = known
        } else {
            return nil
        }
        return convert(value, from: from, to: unit)
    }

    /// nil when the result does not fit in 64 bits (Spark rejects such sizes too).
    static func convert(_ value: Int64, from: SparkByteUnit, to: SparkByteUnit) -> Int64? {
        if from.power >= to.power {
            var result = value
            for _ in 0..<(from.power - to.power) {
                let (next, overflow) = result.multipliedReportingOverflow(by: 1024)
                if overflow { return nil }
                result = next
            }
            return result
        }
        var result = value
        for _ in 0..<(to.power - from.power) { result /= 1024 }
        return result
    }
}
