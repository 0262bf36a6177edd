import SparkbookEngine
import Synchronization

/// `spark.conf`: the session's properties, readable and settable while it runs.
public final class RuntimeConfig: Sendable {
    private let entries: Mutex<[String: String]>

    init(_ initial: [String: String]) {
        entries = Mutex(initial)
    }

    /// The value, or Spark's default for keys it knows; nil when neither exists.
    public func get(_ key: String) -> String? {
        entries.withLock { $0[key] } ?? SparkDefaults.value(for: key)
    }

    /// Like PySpark's `spark.conf.get(key)`: an unknown key without a default is an error.
    public func require(_ key: String) throws -> String {
        if let value = get(key) { return value }
        throw SparkError(.illegalArgument, errorClass: "SQL_CONF_NOT_FOUND",
                         message: "The SQL config \"\(key)\" cannot be found. Please verify that the config exists.",
                         sqlState: "42K0I")
    }

    /// Sets a property; a value that does not parse as the type of a SQL property Spark knows is refused with
    /// Spark's `INVALID_CONF_VALUE.TYPE_MISMATCH`, as `spark.conf.set` does (so a typo fails here, not later).
    public func set(_ key: String, _ value: String) throws {
        if let type = SparkDefaults.type(of: key), !type.accepts(value, key: key) {
            throw SparkError(.illegalArgument, errorClass: "INVALID_CONF_VALUE.TYPE_MISMATCH",
                             message: "The value '\(value)' in the config \"\(key)\" is invalid. It should be a/an "
                                 + "'\(type.sparkName)' value.", sqlState: "22022")
        }
        entries.withLock { $0[key] = value }
    }

    public func unset(_ key: String) {
        _ = entries.withLock { $0.removeValue(forKey: key) }
    }

    public func isModifiable(_ key: String) -> Bool { key.hasPrefix("spark.sql.") }

    /// Every explicitly set property, sorted by key.
    public var all: [(key: String, value: String)] {
        entries.withLock { $0.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) } }
    }

    func int(_ key: String, default fallback: Int) -> Int {
        get(key).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? fallback
    }
}
