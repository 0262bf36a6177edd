import Synchronization

/// The partitions of cached DataFrames (Spark's block manager for `rdd_<id>_<partition>` blocks, its memory
/// and disk stores in one): each partition is stored as its task finishes, in memory while the storage side of
/// the session's pool has room, else (levels with disk) appended to the cache's file under `spark.local.dir`.
///
/// Execution may take storage memory back, as Spark's unified memory manager lets it down to
/// `spark.memory.storageFraction` of the pool: in-memory blocks above that protected region are moved to disk
/// (levels with disk; `MEMORY_ONLY` blocks stay, see `put`). Shared by concurrent tasks: bookkeeping under one
/// mutex, file writes and reads outside it.
public final class CacheBlockStore: Sendable {
    /// One cached partition, in memory or in the cache's file.
    enum Block: Sendable {
        case memory([RecordBatch], bytes: Int64)
        case disk([SpillSegment], bytes: Int64)

        var memoryBytes: Int64 { if case .memory(_, let b) = self { b } else { 0 } }
        var diskBytes: Int64 {
            if case .disk(let segments, _) = self { segments.reduce(0) { $0 + Int64($1.length) } } else { 0 }
        }
    }

    /// One cached DataFrame's blocks and file.
    struct Cache: Sendable {
        let level: StorageLevel
        let schema: StructType
        var blocks: [Int: Block] = [:]
        var file: SpillFile?
        /// Bumped whenever a block changes, so an eviction written outside the lock knows it is stale.
        var version = 0
    }

    /// Rows per segment of a block written to disk: a reader streaming the cache holds one segment at a time.
    static let sliceRows = 65_536
    private let caches = Mutex<[Int: Cache]>([:])
    private let memory: MemoryManager?
    /// Cached bytes in memory that execution cannot evict (`storageFraction` of the pool).
    private let protectedBytes: Int64

    /// `memory`: the pool blocks are kept in (`nil`: every block in memory, nothing accounted).
    public init(memory: MemoryManager?) {
        self.memory = memory
        protectedBytes = memory.map { Int64(Double($0.settings.poolBytes) * $0.settings.storageFraction) } ?? .max
        memory?.addStorageEvictor { [weak self] bytes in self?.evict(bytes) ?? 0 }
    }

    /// What a stored partition takes: bytes in memory and on disk (Spark's block status).
    public struct BlockStatus: Sendable, Equatable {
        public var memoryBytes: Int64
        public var diskBytes: Int64
    }

    /// Stores partition `partition` of cache `rdd` at `level`. In memory, as one batch, if the level allows and
    /// storage has room (batches the spill codec cannot write stay in memory, unaccounted, as shuffle blocks do);
    /// else on disk if the level allows, a segment per batch as they came, so a partition going to disk is never
    /// copied whole; else (`MEMORY_ONLY` without room) not at all: nil, and reading the cache computes its plan
    /// again, as Spark recomputes a block that did not fit.
    @discardableResult
    public func put(rdd: Int, partition: Int, batches: [RecordBatch], schema: StructType,
                    level: StorageLevel) throws -> BlockStatus? {
        func whole() -> [RecordBatch] {
            batches.count <= 1 ? batches : [RecordBatch.concatenating(batches, schema: schema)]
        }
        let bytes = Int64(batches.reduce(0) { $0 + $1.byteSize })
        let encodable = batches.allSatisfy(SpillBatchCodec.canEncode)
        var block: Block?
        if !encodable || memory == nil {
            block = .memory(whole(), bytes: 0)
        } else if level.useMemory, memory!.acquireStorage(bytes) {
            // One batch may take a little less than its parts (a string column's offsets); the rest goes back.
            let kept = whole()
            let keptBytes = Int64(kept.reduce(0) { $0 + $1.byteSize })
            memory!.releaseStorage(bytes - keptBytes)
            block = .memory(kept, bytes: keptBytes)
        } else if level.useDisk {
            let file = try file(of: rdd, schema: schema, level: level)
            block = .disk(try batches.flatMap { try file.append($0, sliceRows: Self.sliceRows) }, bytes: bytes)
        }
        let replaced = caches.withLock { caches -> Block? in
            var cache = caches[rdd] ?? Cache(level: level, schema: schema)
            let old = cache.blocks[partition]
            cache.blocks[partition] = block
            cache.version += 1
            caches[rdd] = cache
            return old
        }
        if let replaced { memory?.releaseStorage(replaced.memoryBytes) }
        return block.map { BlockStatus(memoryBytes: $0.memoryBytes, diskBytes: $0.diskBytes) }
    }

    private func file(of rdd: Int, schema: StructType, level: StorageLevel) throws -> SpillFile {
        if let file = caches.withLock({ $0[rdd]?.file }) { return file }
        let created = try SpillFile(directory: memory!.spillDirectory, prefix: "rdd_\(rdd)")
        let (kept, loser) = caches.withLock { caches -> (SpillFile, SpillFile?) in
            var cache = caches[rdd] ?? Cache(level: level, schema: schema)
            if let existing = cache.file { return (existing, created) }
            cache.file = created
            caches[rdd] = cache
            return (created, nil)
        }
        loser?.remove()
        return kept
    }

    /// Partition `partition`'s batches, read from disk if it lies there; nil if it was not stored.
    public func read(rdd: Int, partition: Int) throws -> [RecordBatch]? {
        let found = caches.withLock { caches -> (Block, SpillFile?, StructType)? in
            guard let cache = caches[rdd], let block = cache.blocks[partition] else { return nil }
            return (block, cache.file, cache.schema)
        }
        guard let (block, file, schema) = found else { return nil }
        switch block {
        case .memory(let batches, _): return batches
        case .disk(let segments, _): return try segments.map { try file!.read($0, schema: schema) }
        }
    }

    /// Partition `partition`'s batches one at a time, a block on disk read a segment at a time, so a reader that
    /// streams never holds a spilled partition whole. False if it was not stored.
    func forEachBatch(rdd: Int, partition: Int, _ body: (RecordBatch) throws -> Void) throws -> Bool {
        let found = caches.withLock { caches -> (Block, SpillFile?, StructType)? in
            guard let cache = caches[rdd], let block = cache.blocks[partition] else { return nil }
            return (block, cache.file, cache.schema)
        }
        guard let (block, file, schema) = found else { return false }
        switch block {
        case .memory(let batches, _): for batch in batches { try body(batch) }
        case .disk(let segments, _): for segment in segments { try body(try file!.read(segment, schema: schema)) }
        }
        return true
    }

    /// Whether every partition below `count` of cache `rdd` is stored.
    public func holdsAll(rdd: Int, count: Int) -> Bool {
        caches.withLock { caches in
            guard let blocks = caches[rdd]?.blocks else { return false }
            return (0..<count).allSatisfy { blocks[$0] != nil }
        }
    }

    /// The cache's bytes in memory and on disk, summed over its blocks.
    public func status(rdd: Int) -> BlockStatus {
        caches.withLock { caches in
            let blocks = caches[rdd]?.blocks.values.map { $0 } ?? []
            return BlockStatus(memoryBytes: blocks.reduce(0) { $0 + $1.memoryBytes },
                               diskBytes: blocks.reduce(0) { $0 + $1.diskBytes })
        }
    }

    /// `unpersist()`: the cache's memory returns to the pool and its file is deleted.
    public func remove(rdd: Int) {
        guard let cache = caches.withLock({ $0.removeValue(forKey: rdd) }) else { return }
        memory?.releaseStorage(cache.blocks.values.reduce(0) { $0 + $1.memoryBytes })
        cache.file?.remove()
    }

    /// Moves in-memory blocks of levels with disk to their cache's file until about `bytes` are freed, never
    /// below the protected region; returns the bytes freed (the caller, `MemoryManager`, releases them).
    func evict(_ bytes: Int64) -> Int64 {
        var freed: Int64 = 0
        while freed < bytes {
            let victim = caches.withLock { caches -> (rdd: Int, partition: Int, batches: [RecordBatch], size: Int64,
                                                       version: Int, schema: StructType, level: StorageLevel)? in
                let held = caches.values.reduce(Int64(0)) { $0 + $1.blocks.values.reduce(0) { $0 + $1.memoryBytes } }
                guard held > protectedBytes else { return nil }
                for rdd in caches.keys.sorted() where caches[rdd]!.level.useDisk {
                    let cache = caches[rdd]!
                    for partition in cache.blocks.keys.sorted() {
                        if case .memory(let batches, let size) = cache.blocks[partition]!, size > 0 {
                            return (rdd, partition, batches, size, cache.version, cache.schema, cache.level)
                        }
                    }
                }
                return nil
            }
            guard let victim else { break }
            do {
                let file = try file(of: victim.rdd, schema: victim.schema, level: victim.level)
                let segments = try victim.batches.flatMap { try file.append($0, sliceRows: Self.sliceRows) }
                let swapped = caches.withLock { caches -> Bool in
                    guard caches[victim.rdd]?.version == victim.version else { return false }
                    caches[victim.rdd]!.blocks[victim.partition] = .disk(segments, bytes: victim.size)
                    caches[victim.rdd]!.version += 1
                    return true
                }
                if swapped { freed += victim.size } else { continue }
            } catch {
                break
            }
        }
        return freed
    }
}
