/// The one table of typed Spark properties: the keys Sparkbook reads and the ones users commonly set, with
/// the types, ranges and messages of Spark 4.3's `ConfigEntry`s (recorded from PySpark 4.3.0 by
/// `tools/pyspark/record_conf_errors.py`). Keys not listed are accepted as text, as Spark accepts unknown keys.
public enum SparkConfigEntries {
    public static func entry(for key: String) -> SparkConfigEntry? { byKey[key] }

    /// Checks every listed key among `properties` that Spark reads at start-up, in key order; throws the first
    /// value Spark would refuse. This is the one place values are checked; `spark.conf.set` checks one entry.
    public static func check(_ properties: [String: String]) throws(ConfigError) {
        try byKey[DynamicAllocationKeys.enabled]?.check(properties[DynamicAllocationKeys.enabled] ?? "false")
        let allocating = properties[DynamicAllocationKeys.enabled]?.trimmingCharacters(in: .whitespaces)
            .lowercased() == "true"
        let local = properties["spark.master"]?.hasPrefix("local") == true
        for key in properties.keys.sorted() where (allocating || !readOnlyWithDynamicAllocation(key))
            && !(local && readOnlyOnACluster.contains(key)) {
            try byKey[key]?.check(properties[key]!)
        }
    }

    private static let byKey: [String: SparkConfigEntry] = Dictionary(
        (sql + core).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

    static let positive = SparkConfigRequirement.Bound.positive

    static let sql: [SparkConfigEntry] = [
        SparkConfigEntry("spark.sql.shuffle.partitions", .int, .sql, requirement: SparkConfigRequirement(
            .positive, "The value of spark.sql.shuffle.partitions must be positive")),
        SparkConfigEntry("spark.sql.adaptive.enabled", .boolean, .sql),
        SparkConfigEntry("spark.sql.adaptive.coalescePartitions.enabled", .boolean, .sql),
        SparkConfigEntry("spark.sql.adaptive.coalescePartitions.parallelismFirst", .boolean, .sql),
        SparkConfigEntry("spark.sql.adaptive.coalescePartitions.minPartitionSize", .bytes(.byte), .sql,
                         requirement: SparkConfigRequirement(.positive, "minPartitionSize must be positive")),
        SparkConfigEntry("spark.sql.adaptive.coalescePartitions.initialPartitionNum", .int, .sql,
                         requirement: SparkConfigRequirement(.positive, "The initial number of partitions must be positive.")),
        SparkConfigEntry("spark.sql.adaptive.advisoryPartitionSizeInBytes", .bytes(.byte), .sql,
                         requirement: SparkConfigRequirement(.positive, "advisoryPartitionSizeInBytes must be positive"),
                         reportedAs: "spark.sql.adaptive.shuffle.targetPostShuffleInputSize"),
        SparkConfigEntry("spark.sql.adaptive.skewJoin.enabled", .boolean, .sql),
        SparkConfigEntry("spark.sql.adaptive.skewJoin.skewedPartitionFactor", .double, .sql,
                         requirement: SparkConfigRequirement(.nonNegative, "The skew factor cannot be negative.")),
        SparkConfigEntry("spark.sql.adaptive.skewJoin.skewedPartitionThresholdInBytes", .bytes(.byte), .sql),
        SparkConfigEntry("spark.sql.adaptive.autoBroadcastJoinThreshold", .bytes(.byte), .sql),
        SparkConfigEntry("spark.sql.adaptive.localShuffleReader.enabled", .boolean, .sql),
        SparkConfigEntry("spark.sql.autoBroadcastJoinThreshold", .bytes(.byte), .sql),
        SparkConfigEntry("spark.sql.files.maxPartitionBytes", .bytes(.byte), .sql),
        SparkConfigEntry("spark.sql.files.openCostInBytes", .bytes(.byte), .sql),
        SparkConfigEntry("spark.sql.broadcastTimeout", .time(.seconds), .sql),
        SparkConfigEntry("spark.sql.pivotMaxValues", .int, .sql),
        SparkConfigEntry("spark.sql.ansi.enabled", .boolean, .sql),
        SparkConfigEntry("spark.sql.caseSensitive", .boolean, .sql),
        SparkConfigEntry("spark.sql.session.timeZone", .timeZone, .sql),
        SparkConfigEntry("spark.sql.execution.arrow.pyspark.enabled", .boolean, .sql,
                         reportedAs: "spark.sql.execution.arrow.enabled"),
        SparkConfigEntry("spark.sql.execution.arrow.maxRecordsPerBatch", .int, .sql),
        SparkConfigEntry("spark.sql.maxPlanStringLength", .bytes(.byte), .sql),
        SparkConfigEntry("spark.sql.legacy.timeParserPolicy", .choice(["EXCEPTION", "LEGACY", "CORRECTED"], .upper), .sql),
        SparkConfigEntry("spark.sql.mapKeyDedupPolicy", .choice(["EXCEPTION", "LAST_WIN"], .upper), .sql),
        SparkConfigEntry("spark.sql.sources.partitionOverwriteMode", .choice(["STATIC", "DYNAMIC"], .upper), .sql),
        SparkConfigEntry("spark.sql.parquet.compression.codec", .choice(
            ["brotli", "uncompressed", "lzo", "snappy", "lz4_raw", "none", "zstd", "lz4", "gzip"], .lower), .sql),
    ]

    static let timeout = SparkConfigRequirement(.nonNegative, "Timeout must be >= 0.")

    /// Core properties, read when the application starts (Spark's `spark-submit` checks a few of them earlier,
    /// with messages of its own: see `SubmitFlags`).
    static let core: [SparkConfigEntry] = [
        SparkConfigEntry(DynamicAllocationKeys.enabled, .boolean, .core),
        SparkConfigEntry(DynamicAllocationKeys.minExecutors, .int, .core),
        SparkConfigEntry(DynamicAllocationKeys.maxExecutors, .int, .core),
        SparkConfigEntry(DynamicAllocationKeys.initialExecutors, .int, .core),
        SparkConfigEntry(DynamicAllocationKeys.executorAllocationRatio, .double, .core),
        SparkConfigEntry(DynamicAllocationKeys.schedulerBacklogTimeout, .time(.seconds), .core),
        SparkConfigEntry(DynamicAllocationKeys.sustainedSchedulerBacklogTimeout, .time(.seconds), .core),
        SparkConfigEntry(DynamicAllocationKeys.executorIdleTimeout, .time(.seconds), .core, requirement: timeout),
        SparkConfigEntry(DynamicAllocationKeys.cachedExecutorIdleTimeout, .time(.seconds), .core, requirement: timeout),
        SparkConfigEntry(DynamicAllocationKeys.shuffleTrackingEnabled, .boolean, .core),
        SparkConfigEntry(DynamicAllocationKeys.shuffleTrackingTimeout, .time(.milliseconds), .core, requirement: timeout),
        SparkConfigEntry(DynamicAllocationKeys.shuffleServiceEnabled, .boolean, .core),
        SparkConfigEntry(DynamicAllocationKeys.decommissionEnabled, .boolean, .core),
        SparkConfigEntry(DynamicAllocationKeys.decommissionShuffleBlocksEnabled, .boolean, .core),
        SparkConfigEntry(DynamicAllocationKeys.executorInstances, .int, .core),
        SparkConfigEntry(DynamicAllocationKeys.executorCores, .int, .core),
        SparkConfigEntry("spark.executor.memory", .bytes(.mebibyte), .core),
        SparkConfigEntry("spark.executor.memoryOverhead", .bytes(.mebibyte), .core),
        SparkConfigEntry("spark.executor.heartbeatInterval", .time(.milliseconds), .core),
        SparkConfigEntry("spark.driver.memory", .bytes(.mebibyte), .core),
        SparkConfigEntry("spark.driver.memoryOverhead", .bytes(.mebibyte), .core),
        SparkConfigEntry("spark.driver.cores", .int, .core),
        SparkConfigEntry("spark.driver.maxResultSize", .bytes(.byte), .core),
        SparkConfigEntry("spark.task.maxFailures", .int, .core, requirement: SparkConfigRequirement(
            .positive, "The retry times of task should be greater than or equal to 1")),
        SparkConfigEntry("spark.default.parallelism", .int, .core),
        SparkConfigEntry("spark.cleaner.referenceTracking", .boolean, .core),
        SparkConfigEntry("spark.cleaner.referenceTracking.blocking", .boolean, .core),
        SparkConfigEntry("spark.cleaner.periodicGC.interval", .time(.seconds), .core),
        SparkConfigEntry("spark.network.timeout", .time(.seconds), .core),
        SparkConfigEntry("spark.speculation", .boolean, .core),
        SparkConfigEntry("spark.locality.wait", .time(.milliseconds), .core),
        SparkConfigEntry("spark.eventLog.enabled", .boolean, .core),
    ]

    /// Settings a `local` master never reads (it makes one attempt per task, or F with `local[N,F]`).
    static let readOnlyOnACluster: Set<String> = ["spark.task.maxFailures"]

    /// Allocation settings Spark reads only when dynamic allocation is on, so a bad one is harmless otherwise.
    static func readOnlyWithDynamicAllocation(_ key: String) -> Bool {
        key.hasPrefix("spark.dynamicAllocation.") && key != DynamicAllocationKeys.enabled
    }
}
