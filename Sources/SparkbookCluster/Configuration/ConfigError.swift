/// A configuration problem, as data: a code to match on, the key involved, and the exact
/// message Spark prints for the same mistake (so users can search for it).
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Hashable, Sendable {
        /// The text does not parse as the key's type (`[INVALID_CONF_VALUE.TYPE_MISMATCH]`).
        case typeMismatch
        /// The value parses but breaks the key's own check (`[INVALID_CONF_VALUE.REQUIREMENT]`).
        case requirementFailed
        /// The value is not one of the key's options (`[INVALID_CONF_VALUE.OUT_OF_RANGE_OF_OPTIONS]`).
        case outOfRangeOfOptions
        /// `spark.sql.session.timeZone` names no zone (`[INVALID_CONF_VALUE.TIME_ZONE]`).
        case invalidTimeZone
        case negativeExecutorBounds
        case zeroMaxExecutors
        case minAboveMax
        case nonPositiveBacklogTimeout
        case nonPositiveSustainedBacklogTimeout
        case shuffleMechanismRequired
        case allocationRatioOutOfRange
        case coresBelowTaskCpus
        /// A properties file that cannot be read or has a malformed line.
        case propertiesFile
    }

    public let code: Code
    /// The property at fault, when one key is to blame.
    public let key: String?
    public let message: String

    public init(code: Code, key: String?, message: String) {
        self.code = code
        self.key = key
        self.message = message
    }

    public var description: String { message }

    /// Spark 4's wording when a value does not parse, e.g. type `int` or `time in SECONDS`.
    public static func typeMismatch(key: String, value: String, type: String) -> ConfigError {
        ConfigError(
            code: .typeMismatch, key: key,
            message: "[INVALID_CONF_VALUE.TYPE_MISMATCH] The value '\(value)' in the config \"\(key)\" "
                + "is invalid. It should be a/an '\(type)' value. SQLSTATE: 22022")
    }

    /// Spark 4's wording when a parsed value fails the key's check; `renderedValue` is Spark's
    /// rendering of the parsed value (times in `ms`, e.g. `-1000ms` for `-1s`).
    public static func requirement(key: String, renderedValue: String, requirement: String) -> ConfigError {
        ConfigError(
            code: .requirementFailed, key: key,
            message: "[INVALID_CONF_VALUE.REQUIREMENT] The value '\(renderedValue)' in the config \"\(key)\" "
                + "is invalid. \(requirement) SQLSTATE: 22022")
    }

    /// Spark 4's wording when a value is not one of the key's options, listed in Spark's order.
    public static func outOfRangeOfOptions(key: String, value: String, options: [String]) -> ConfigError {
        ConfigError(
            code: .outOfRangeOfOptions, key: key,
            message: "[INVALID_CONF_VALUE.OUT_OF_RANGE_OF_OPTIONS] The value '\(value)' in the config \"\(key)\" "
                + "is invalid. It should be one of '\(options.joined(separator: ", "))'. SQLSTATE: 22022")
    }

    /// Spark 4's wording when the session time zone does not resolve.
    public static func timeZone(key: String, value: String) -> ConfigError {
        ConfigError(
            code: .invalidTimeZone, key: key,
            message: "[INVALID_CONF_VALUE.TIME_ZONE] The value '\(value)' in the config \"\(key)\" "
                + "is invalid. Cannot resolve the given timezone. SQLSTATE: 22022")
    }
}

extension ConfigError {
    /// Every property whose value the error is about: both bounds for `min > max`, cores and cpus per task.
    public var keys: [String] {
        typealias Keys = DynamicAllocationKeys
        switch code {
        case .minAboveMax: return [Keys.minExecutors, Keys.maxExecutors]
        case .coresBelowTaskCpus: return [Keys.executorCores, Keys.taskCpus]
        default: return key.map { [$0] } ?? []
        }
    }
}
