import SparkbookCluster
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

    /// Sets a property, checked as `spark.conf.set` checks it (so a typo fails here, not later): a typed SQL
    /// property refuses a value of another type or out of its range with Spark's `INVALID_CONF_VALUE`, and a core
    /// property, fixed once the application runs, is refused with `CANNOT_MODIFY_CONFIG`.
    public func set(_ key: String, _ value: String) throws {
        if SparkConfigEntries.entry(for: key)?.scope == .core {
            throw SparkError(.analysis, errorClass: "CANNOT_MODIFY_CONFIG",
                             message: "Cannot modify the value of the Spark config: \"\(key)\".")
        }
        try setConfString(key, value)
    }

    /// What PySpark's builder does with options given to a running session (`setConfString`): SQL properties
    /// are checked, any other key is recorded as it is.
    func setConfString(_ key: String, _ value: String) throws {
        if let entry = SparkConfigEntries.entry(for: key), entry.scope == .sql {
            do { try entry.check(value) } catch { throw SparkError(.illegalArgument, message: error.message) }
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
