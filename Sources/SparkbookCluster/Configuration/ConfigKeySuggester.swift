import SparkbookUtilities

/// "Did you mean …?" for misspelled allocation keys. Spark silently ignores unknown keys, so a
/// typo such as `spark.dynamicAllocation.maxExecutor` leaves the limit unbounded without a word.
public struct ConfigKeySuggester: Sendable {
    public static let dynamicAllocationPrefix = "spark.dynamicAllocation."

    public let knownKeys: [String]

    public init(knownKeys: [String] = ConfigKeySuggester.defaultKnownKeys) {
        self.knownKeys = knownKeys
    }

    public static let defaultKnownKeys: [String] = DynamicAllocationKeys.knownDynamicAllocationKeys + [
        DynamicAllocationKeys.shuffleServiceEnabled, DynamicAllocationKeys.executorInstances,
        DynamicAllocationKeys.executorCores, DynamicAllocationKeys.taskCpus,
        DynamicAllocationKeys.decommissionEnabled, DynamicAllocationKeys.decommissionShuffleBlocksEnabled,
    ]

    /// The closest known key, if it is close enough to be a plausible typo; nil for known keys.
    public func suggestion(for key: String) -> String? {
        if knownKeys.contains(key) { return nil }
        let lowered = key.lowercased()
        var best: (key: String, distance: Int)?
        for candidate in knownKeys {
            let distance = EditDistance.between(lowered, candidate.lowercased())
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        // Case-only slips always qualify; otherwise allow about one edit per eight characters
        // of the part after "spark." (at least 2), so unrelated keys are not "corrected".
        let allowance = max(2, (best.key.count - 6) / 8)
        return best.distance <= allowance ? best.key : nil
    }

    /// Sparkbook notices for suspicious keys: any unknown `spark.dynamicAllocation.*` key, and
    /// any other key that is a near miss of a known one. Sorted by key for stable output.
    public func unknownKeyNotices(in properties: [String: String]) -> [ConfigNotice] {
        properties.keys.sorted().compactMap { key -> ConfigNotice? in
            if knownKeys.contains(key) { return nil }
            let suggestion = suggestion(for: key)
            let inFamily = key.lowercased().hasPrefix(Self.dynamicAllocationPrefix.lowercased())
            guard inFamily || suggestion != nil else { return nil }
            let message = suggestion.map { "Unknown property \(key) (Spark ignores it); did you mean \($0)?" }
                ?? "Unknown property \(key) (Spark ignores it)."
            return ConfigNotice(level: .warning, source: .sparkbook, code: .unknownKey, key: key, message: message)
        }
    }
}
