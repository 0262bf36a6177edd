/// Serverless compute (Databricks-like) manages executors itself: users may not set allocation or executor
/// keys, and trying fails the way Databricks serverless does.
public enum ServerlessRules {
    /// Key prefixes the platform owns.
    public static let refusedPrefixes = [
        "spark.dynamicAllocation.", "spark.executor.", "spark.shuffle.service.", "spark.task.cpus",
        "spark.kubernetes.", "spark.decommission.", "spark.cores.max",
    ]

    /// Throws for the first refused key, in key order.
    public static func check(_ properties: [String: String]) throws(ClusterManagerError) {
        for key in properties.keys.sorted() where refusedPrefixes.contains(where: { key.hasPrefix($0) }) {
            throw ClusterManagerError(
                code: .configNotAvailable, key: key,
                message: "[CONFIG_NOT_AVAILABLE] Configuration \(key) is not available. SQLSTATE: 42K0I")
        }
    }

    /// The platform's own autoscaling: dynamic allocation on, shuffle data kept off the executors.
    static func forcedProperties(capacity: Int) -> [String: String] {
        [
            DynamicAllocationKeys.enabled: "true",
            DynamicAllocationKeys.maxExecutors: String(capacity),
            DynamicAllocationKeys.shuffleServiceEnabled: "true",
            DynamicAllocationKeys.shuffleTrackingEnabled: "false",
        ]
    }
}
