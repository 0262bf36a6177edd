import SparkbookEngine

/// `cache()`, `persist()` and `unpersist()`. As in Spark, caching is lazy: the first action computes the data and
/// keeps each partition on the executor that computed it; executors holding cached blocks then follow
/// `spark.dynamicAllocation.cachedExecutorIdleTimeout` (infinite by default) instead of the plain idle timeout.
extension DataFrame {
    public func cache() -> DataFrame { persist() }

    public func persist() -> DataFrame {
        if case .cached = plan { return self }
        return DataFrame(session: session, plan: .cached(CacheEntry(rddId: session.nextCacheId(), child: plan)))
    }

    /// Drops the cached partitions; executors that held them return to the plain idle timeout.
    public func unpersist() -> DataFrame {
        guard case .cached(let entry) = plan else { return self }
        entry.drop()
        session.runtime.scheduler.rddUnpersisted(entry.rddId)
        return DataFrame(session: session, plan: entry.child)
    }

    /// Whether the DataFrame is marked for caching (`df.is_cached` in PySpark).
    public var isCached: Bool {
        if case .cached = plan { return true }
        return false
    }
}

/// Computes every cached DataFrame a plan reads that no action has computed yet, innermost first.
struct CacheMaterializer {
    let session: SparkSession

    func materialize(_ plan: LogicalPlan) async throws {
        for entry in pending(in: plan) where entry.relation == nil {
            try await materialize(entry.child)
            let physical = try session.planner().plan(entry.child)
            let results = try await session.executor.collectPartitions(physical, description: "cache rdd \(entry.rddId)")
            let schema = physical.schema
            let partitions = results.map { result -> RecordBatch in
                result.batches.count == 1 ? result.batches[0] : RecordBatch.concatenating(result.batches, schema: schema)
            }
            for result in results {
                session.runtime.scheduler.blockCached(executorId: result.executorId, rddId: entry.rddId,
                                                      partition: result.partition)
            }
            entry.store(LocalRelation(schema: schema, partitions: partitions.isEmpty ? [RecordBatch.empty(schema)] : partitions))
        }
    }

    /// Cached entries in the plan, without descending into them (their children are handled recursively).
    private func pending(in plan: LogicalPlan) -> [CacheEntry] {
        var found: [CacheEntry] = []
        func walk(_ node: LogicalPlan) {
            if case .cached(let entry) = node { found.append(entry); return }
            for child in node.children { walk(child) }
        }
        walk(plan)
        return found
    }
}
