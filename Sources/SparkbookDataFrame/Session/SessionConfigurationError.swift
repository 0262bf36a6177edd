import SparkbookCluster
import SparkbookEngine

/// A session that could not start because of a property's value: Spark's error, and where each value it is
/// about was set, so the error points at the `--conf` flag, the properties file or the builder call, not at
/// whichever cell happened to start the session.
public struct SessionConfigurationError: Error, Sendable, CustomStringConvertible {
    /// One property the error is about, with its value and where it was set.
    public struct Setting: Hashable, Sendable {
        public let key: String
        public let value: String
        public let origin: ConfigOrigin
    }

    public let error: SparkError
    /// The settings at fault that were set explicitly (a default has no place to point at).
    public let settings: [Setting]

    init(_ error: ConfigError, configuration: [String: String], origins: [String: ConfigOrigin]) {
        // Values that do not parse or fail a range are IllegalArgumentExceptions in Spark; the allocation
        // manager's cross-key checks are SparkExceptions.
        let kind: SparkError.Kind = switch error.code {
        case .typeMismatch, .requirementFailed, .outOfRangeOfOptions, .invalidTimeZone: .illegalArgument
        default: .execution
        }
        self.error = SparkError(kind, message: error.message)
        settings = error.keys.compactMap { key in
            guard let origin = origins[key], let value = configuration[key] else { return nil }
            return Setting(key: key, value: value, origin: origin)
        }
    }

    public var description: String { error.description }
}
