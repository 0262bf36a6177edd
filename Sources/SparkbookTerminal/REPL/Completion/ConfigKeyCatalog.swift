import SparkbookCluster

/// Spark properties worth offering inside `.config("` and `spark.conf.get("`: every dynamic-allocation key and
/// the common SQL and executor keys a notebook sets.
public enum ConfigKeyCatalog {
    public static let keys: [String] = (DynamicAllocationKeys.knownDynamicAllocationKeys.filter { !$0.hasSuffix(".testing") } + [
        DynamicAllocationKeys.shuffleServiceEnabled, DynamicAllocationKeys.executorInstances,
        DynamicAllocationKeys.executorCores, DynamicAllocationKeys.taskCpus, DynamicAllocationKeys.decommissionEnabled,
        "spark.executor.memory", "spark.driver.memory", "spark.default.parallelism", "spark.master",
        "spark.app.name", "spark.ui.enabled",
        "spark.sql.shuffle.partitions", "spark.sql.adaptive.enabled",
        "spark.sql.adaptive.coalescePartitions.enabled", "spark.sql.adaptive.skewJoin.enabled",
        "spark.sql.files.maxPartitionBytes", "spark.sql.files.openCostInBytes", "spark.sql.ansi.enabled",
        "spark.sql.caseSensitive", "spark.sql.session.timeZone", "spark.sql.autoBroadcastJoinThreshold",
        "spark.sql.execution.arrow.pyspark.enabled",
    ]).sorted()
}
