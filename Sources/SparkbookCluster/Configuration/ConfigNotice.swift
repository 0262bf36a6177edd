/// A non-fatal remark about a configuration: Spark's own INFO/WARN lines at start-up, plus a
/// few Sparkbook hints (marked `source: .sparkbook`) where Spark stays silent but users trip.
public struct ConfigNotice: Hashable, Sendable, CustomStringConvertible {
    public enum Level: String, Hashable, Sendable { case info, warning }
    public enum Source: String, Hashable, Sendable { case spark, sparkbook }

    public enum Code: String, Hashable, Sendable {
        case initialExecutorsBelowMin
        case executorInstancesBelowMin
        case usingInitialExecutors
        case enabledWithoutShuffleService
        case shuffleDecommissionWithoutShuffleService
        case shuffleTrackingWithOtherMechanism
        /// Sparkbook: tracking is switched off by the external shuffle service.
        case shuffleTrackingIgnoredWithShuffleService
        /// Sparkbook: a `spark.dynamicAllocation.*` key Spark does not know (did-you-mean).
        case unknownKey
        /// Sparkbook: the master (local mode) ignores dynamic allocation, as Spark does silently.
        case dynamicAllocationIgnored
    }

    public let level: Level
    public let source: Source
    public let code: Code
    public let key: String?
    public let message: String

    public init(level: Level, source: Source, code: Code, key: String? = nil, message: String) {
        self.level = level
        self.source = source
        self.code = code
        self.key = key
        self.message = message
    }

    public var description: String { message }
}
