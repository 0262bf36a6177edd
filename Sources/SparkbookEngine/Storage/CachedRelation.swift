/// A cached DataFrame once an action computed it: its partitions in the session's `CacheBlockStore`, read one
/// partition at a time (a spilled one is loaded from disk only when its task reads it), so a cache larger than
/// memory never sits in memory whole.
public struct CachedRelation: Sendable {
    public let rddId: Int
    public let schema: StructType
    public let partitionCount: Int
    public let level: StorageLevel
    let store: CacheBlockStore

    public init(rddId: Int, schema: StructType, partitionCount: Int, level: StorageLevel, store: CacheBlockStore) {
        self.rddId = rddId
        self.schema = schema
        self.partitionCount = partitionCount
        self.level = level
        self.store = store
    }

    /// Whether every partition was stored (a `MEMORY_ONLY` cache may have left some out).
    public var isComplete: Bool { store.holdsAll(rdd: rddId, count: partitionCount) }

    /// Bytes held in memory and on disk.
    public var status: CacheBlockStore.BlockStatus { store.status(rdd: rddId) }

    /// One partition's batches.
    func read(partition: Int) throws -> [RecordBatch] {
        guard let batches = try store.read(rdd: rddId, partition: partition) else {
            throw SparkError(.execution, message: "Block rdd_\(rddId)_\(partition) was not found")
        }
        return batches
    }

    /// One partition's batches one at a time (a spilled one read a segment at a time).
    func forEachBatch(partition: Int, _ body: (RecordBatch) throws -> Void) throws {
        guard try store.forEachBatch(rdd: rddId, partition: partition, body) else {
            throw SparkError(.execution, message: "Block rdd_\(rddId)_\(partition) was not found")
        }
    }
}
