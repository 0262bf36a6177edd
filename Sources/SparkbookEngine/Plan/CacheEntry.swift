import Synchronization

/// A DataFrame marked with `cache()`/`persist()`: computed once by the first action, then read from the
/// executors that hold its partitions (which the allocation policy keeps per `cachedExecutorIdleTimeout`).
public final class CacheEntry: Sendable {
    /// The id Spark's block manager would know the cached RDD by.
    public let rddId: Int
    public let child: LogicalPlan
    private let stored = Mutex<LocalRelation?>(nil)

    public init(rddId: Int, child: LogicalPlan) {
        self.rddId = rddId
        self.child = child
    }

    /// The cached partitions, once the first action computed them.
    public var relation: LocalRelation? { stored.withLock { $0 } }

    public func store(_ relation: LocalRelation) { stored.withLock { $0 = relation } }

    /// `unpersist()`: the next action computes the data again.
    public func drop() { stored.withLock { $0 = nil } }
}
