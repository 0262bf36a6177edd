/// One typed Spark property: its key, value type, whether it is a runtime SQL property or a core one, and
/// the range check Spark's `ConfigEntry` declares.
public struct SparkConfigEntry: Hashable, Sendable {
    /// SQL properties are checked by `spark.conf.set` and may change while a session runs; core properties
    /// are fixed when the application starts (`spark.conf.set` refuses them with `CANNOT_MODIFY_CONFIG`).
    public enum Scope: Hashable, Sendable { case sql, core }

    public let key: String
    public let type: SparkConfigType
    public let scope: Scope
    public let requirement: SparkConfigRequirement?
    /// The name Spark's message uses when the entry is an alternative of an older key
    /// (`spark.sql.adaptive.advisoryPartitionSizeInBytes` is reported as its older name).
    public let reportedKey: String

    public init(_ key: String, _ type: SparkConfigType, _ scope: Scope, requirement: SparkConfigRequirement? = nil,
                reportedAs reportedKey: String? = nil) {
        self.key = key
        self.type = type
        self.scope = scope
        self.requirement = requirement
        self.reportedKey = reportedKey ?? key
    }

    /// Throws Spark's `INVALID_CONF_VALUE` error when `text` is not of the entry's type or fails its check.
    public func check(_ text: String) throws(ConfigError) {
        guard let value = type.parse(text) else {
            if case .timeZone = type { return }  // any text reaches the zone check below
            throw ConfigError.typeMismatch(key: reportedKey, value: text, type: type.sparkName)
        }
        switch type {
        case .choice(let options, _) where !options.contains(value.rendered):
            throw ConfigError.outOfRangeOfOptions(key: reportedKey, value: value.rendered, options: options)
        case .timeZone where !SparkTimeZoneId.isValid(text):
            throw ConfigError.timeZone(key: reportedKey, value: text)
        default: break
        }
        if let requirement, let number = value.number, !requirement.isSatisfied(by: number) {
            throw ConfigError.requirement(key: reportedKey, renderedValue: value.rendered, requirement: requirement.message)
        }
    }
}
