import SparkbookEngine

/// `cache()`, `persist()` and `unpersist()`. As in Spark, caching is lazy: the first action computes the data and
/// keeps each partition on the executor that computed it; executors holding cached blocks then follow
/// `spark.dynamicAllocation.cachedExecutorIdleTimeout` (infinite by default) instead of the plain idle timeout.
extension DataFrame {
    public func cache() -> DataFrame { persist() }

    /// Marks the DataFrame for caching at `level` (`cache()`: `MEMORY_AND_DISK_DESER`). A DataFrame already
    /// marked keeps its level, as Spark keeps it (with a warning that it is cached already).
    public func persist(_ level: StorageLevel = .memoryAndDiskDeser) -> DataFrame {
        if case .cached = plan { return self }
        return DataFrame(session: session,
                         plan: .cached(CacheEntry(rddId: session.nextCacheId(), child: plan, level: level)))
    }

    /// Drops the cached partitions (their memory returns to the pool, their files are deleted); executors that
    /// held them return to the plain idle timeout.
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

    /// `df.storageLevel`: the level it is marked with, `NONE` when it is not cached.
    public var storageLevel: StorageLevel {
        if case .cached(let entry) = plan { return entry.level }
        return .none
    }
}

/// Computes every cached DataFrame a plan reads that no action has computed yet, innermost first. Each
/// partition goes to the session's block store as its task finishes (in memory while storage has room, else to
/// disk, as the level allows), so a cache larger than memory is never held whole.
struct CacheMaterializer {
    let session: SparkSession

    func materialize(_ plan: LogicalPlan) async throws {
        for entry in pending(in: plan) where entry.relation == nil {
            try await materialize(entry.child)
            let physical = try session.planner().plan(entry.child)
            let schema = physical.schema
            let (store, rddId, level) = (session.executor.blocks, entry.rddId, entry.level)
            let results = try await session.executor.storePartitions(physical, description: "cache rdd \(rddId)") { result in
                // The store makes one batch of a partition it keeps in memory; one going to disk is written a
                // batch at a time.
                try store.put(rdd: rddId, partition: result.partition, batches: result.batches, schema: schema, level: level)
            }
            for result in results {
                session.runtime.scheduler.blockCached(executorId: result.executorId, rddId: rddId,
                                                      partition: result.partition)
            }
            if results.isEmpty {
                try store.put(rdd: rddId, partition: 0, batches: [RecordBatch.empty(schema)], schema: schema, level: level)
            }
            entry.store(CachedRelation(rddId: rddId, schema: schema, partitionCount: max(1, results.count),
                                       level: level, store: store))
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
