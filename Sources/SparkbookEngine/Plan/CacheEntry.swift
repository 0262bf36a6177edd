import Synchronization

/// A DataFrame marked with `cache()`/`persist()`: computed once by the first action, then read from the
/// executors that hold its partitions (which the allocation policy keeps per `cachedExecutorIdleTimeout`).
public final class CacheEntry: Sendable {
    /// The id Spark's block manager would know the cached RDD by.
    public let rddId: Int
    public let child: LogicalPlan
    /// Where its partitions may live (`persist(level)`; `cache()` is `MEMORY_AND_DISK_DESER`).
    public let level: StorageLevel
    private let stored = Mutex<CachedRelation?>(nil)

    public init(rddId: Int, child: LogicalPlan, level: StorageLevel = .memoryAndDiskDeser) {
        self.rddId = rddId
        self.child = child
        self.level = level
    }

    /// The cached partitions, once the first action computed them.
    public var relation: CachedRelation? { stored.withLock { $0 } }

    public func store(_ relation: CachedRelation) { stored.withLock { $0 = relation } }

    /// `unpersist()`: the blocks are dropped (memory back to the pool, files deleted) and the next action
    /// computes the data again.
    public func drop() {
        let relation = stored.withLock { stored -> CachedRelation? in defer { stored = nil }; return stored }
        relation?.store.remove(rdd: rddId)
    }
}
