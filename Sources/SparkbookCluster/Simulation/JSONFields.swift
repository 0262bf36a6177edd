import Foundation

/// Typed reads from one parsed JSON object, each error naming the field's path in the workload.
struct JSONFields {
    let values: [String: Any]
    let location: String

    init(_ values: [String: Any], location: String) {
        self.values = values
        self.location = location
    }

    func path(_ key: String) -> String { location.isEmpty ? key : "\(location).\(key)" }

    private func invalid(_ key: String, _ message: String) -> SimulationError {
        SimulationError(code: .invalidWorkload, message: message, location: path(key))
    }

    /// Typos in a hand-written workload should not be silently ignored.
    func rejectUnknown(_ known: [String]) throws(SimulationError) {
        for key in values.keys.sorted() where !known.contains(key) {
            throw invalid(key, "Unknown field; expected one of: \(known.joined(separator: ", ")).")
        }
    }

    func object(_ key: String) throws(SimulationError) -> JSONFields? {
        guard let raw = values[key] else { return nil }
        guard let object = raw as? [String: Any] else { throw invalid(key, "Expected a JSON object.") }
        return JSONFields(object, location: path(key))
    }

    func string(_ key: String) throws(SimulationError) -> String? {
        guard let raw = values[key] else { return nil }
        guard let text = raw as? String else { throw invalid(key, "Expected a string.") }
        return text
    }

    /// Strings, numbers and booleans as the text a properties file would hold.
    func scalarText(_ key: String) throws(SimulationError) -> String? {
        guard let raw = values[key] else { return nil }
        if let text = raw as? String { return text }
        if Self.isBoolean(raw) { return (raw as? Bool ?? (raw as? NSNumber)?.boolValue ?? false) ? "true" : "false" }
        if let number = raw as? NSNumber {
            return number.doubleValue == number.doubleValue.rounded() && abs(number.doubleValue) < 1e15
                ? String(number.int64Value) : number.stringValue
        }
        throw invalid(key, "Expected a string, number or boolean.")
    }

    func double(_ key: String, minimum: Double) throws(SimulationError) -> Double? {
        guard let raw = values[key] else { return nil }
        guard let number = raw as? NSNumber, !Self.isBoolean(raw),
            number.doubleValue.isFinite
        else { throw invalid(key, "Expected a number.") }
        guard number.doubleValue >= minimum else { throw invalid(key, "Must be at least \(minimum).") }
        return number.doubleValue
    }

    func int(_ key: String, minimum: Int) throws(SimulationError) -> Int? {
        guard let value = try double(key, minimum: Double(minimum)) else { return nil }
        guard value == value.rounded(), value < 1e15 else { throw invalid(key, "Expected a whole number.") }
        return Int(value)
    }

    /// JSON `true`/`false` (Foundation boxes them as char-typed numbers, or as Swift `Bool` on Linux).
    static func isBoolean(_ raw: Any) -> Bool {
        if raw is Bool, !(raw is NSNumber) { return true }
        guard let number = raw as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    /// A size in bytes: Spark's forms (`500g`, `128m`) or a plain number of bytes.
    func bytes(_ key: String) throws(SimulationError) -> Int64? {
        guard let text = try scalarText(key) else { return nil }
        do { return try SparkSize.bytes(text, key: key, defaultUnit: .byte) } catch {
            throw invalid(key, error.message)
        }
    }
}
