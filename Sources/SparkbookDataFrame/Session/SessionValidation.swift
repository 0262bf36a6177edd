import SparkbookEngine

/// Checks made when a session starts, as Spark makes them in `SparkContext` and the allocation manager.
enum SessionValidation {
    static func validate(_ configuration: [String: String], master: String, context: LaunchContext) throws {
        let allocation = configuration["spark.dynamicAllocation.enabled"]?.lowercased() == "true"
        if allocation, MasterURL.isLocal(master) {
            context.notice("Dynamic allocation is ignored with master \(master) (Spark's local mode runs one executor); "
                           + "leave the master unset or use local-cluster[W,C,M] to see executors scale.")
        }
    }
}
