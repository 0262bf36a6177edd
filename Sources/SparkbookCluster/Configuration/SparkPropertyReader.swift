import Foundation

/// Typed reads of Spark properties with Spark's parsing rules and error texts.
struct SparkPropertyReader {
    let properties: [String: String]

    func raw(_ key: String) -> String? { properties[key] }

    /// Spark ints are 32-bit (`s.trim.toInt`).
    func int(_ key: String) throws(ConfigError) -> Int? {
        guard let text = properties[key] else { return nil }
        guard let value = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ConfigError.typeMismatch(key: key, value: text, type: "int")
        }
        return Int(value)
    }

    func double(_ key: String) throws(ConfigError) -> Double? {
        guard let text = properties[key] else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ConfigError.typeMismatch(key: key, value: text, type: "double")
        }
        return value
    }

    /// Case-insensitive `true` / `false` only, as Scala's `toBoolean`.
    func bool(_ key: String) throws(ConfigError) -> Bool? {
        guard let text = properties[key] else { return nil }
        switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
        case "true": return true
        case "false": return false
        default: throw ConfigError.typeMismatch(key: key, value: text, type: "boolean")
        }
    }

    /// A duration read in `unit` (truncated), returned as policy time. With `nonNegative`,
    /// a negative value fails Spark's "Timeout must be >= 0." check.
    func duration(_ key: String, unit: SparkTimeUnit, nonNegative: Bool = false) throws(ConfigError) -> ClockDuration? {
        guard let text = properties[key] else { return nil }
        let amount = try SparkDuration.parse(text, key: key, unit: unit)
        let span = SparkDuration.clockDuration(amount, unit: unit)
        if nonNegative && amount < 0 {
            throw ConfigError.requirement(
                key: key, renderedValue: "\(span.milliseconds)ms", requirement: "Timeout must be >= 0.")
        }
        return span
    }
}
