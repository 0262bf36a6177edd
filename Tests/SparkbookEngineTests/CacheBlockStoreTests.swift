import Foundation
import Testing
@testable import SparkbookEngine

/// Cached partitions live in memory while the storage pool has room and on disk past it, read back identical,
/// follow their storage level, give memory back to execution down to `spark.memory.storageFraction`, and leave
/// no file behind once removed.
struct CacheBlockStoreTests {
    static let schema = StructType([StructField("k", .string), StructField("v", .long)])

    static func batch(_ p: Int) -> RecordBatch {
        EngineTestData.batch(schema, (0..<200).map { i in
            [i % 17 == 0 ? .null : .string("p\(p)-\(i)"), .long(Int64(p * 1_000 + i))]
        })
    }

    static let size = Int64(batch(0).byteSize)

    static func pool(_ bytes: Int64, storageFraction: Double = 0.5) -> MemoryManager {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID())").path
        return MemoryManager(settings: ExecutionMemorySettings(heapBytes: ExecutionMemorySettings.reservedBytes + bytes,
                                                               fraction: 1, storageFraction: storageFraction,
                                                               localDirectory: dir, spillThreshold: 0))
    }

    static func rows(_ batches: [RecordBatch]) -> [[Value]] { batches.flatMap { b in (0..<b.rowCount).map { b.row($0) } } }

    @Test func partitionsPastTheStorageBudgetGoToDiskAndReadBackIdentical() throws {
        let memory = Self.pool(Self.size * 2 + Self.size / 2)
        let store = CacheBlockStore(memory: memory)
        var statuses: [CacheBlockStore.BlockStatus] = []
        for p in 0..<5 {
            statuses.append(try #require(try store.put(rdd: 1, partition: p, batches: [Self.batch(p)], schema: Self.schema,
                                                       level: .memoryAndDiskDeser)))
        }
        #expect(statuses.map { $0.memoryBytes > 0 } == [true, true, false, false, false])
        #expect(statuses.map { $0.diskBytes > 0 } == [false, false, true, true, true])
        #expect(memory.snapshot.storageBytes == Self.size * 2)
        for p in 0..<5 {
            #expect(Self.rows(try #require(try store.read(rdd: 1, partition: p))) == Self.rows([Self.batch(p)]))
        }
        #expect(store.holdsAll(rdd: 1, count: 5))
        let dir = try #require(memory.spillDirectory.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 1)
        store.remove(rdd: 1)
        #expect(memory.snapshot.storageBytes == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        memory.spillDirectory.remove()
    }

    @Test func theLevelDecidesWhereABlockGoes() throws {
        let memory = Self.pool(Self.size + Self.size / 2)
        let store = CacheBlockStore(memory: memory)
        // DISK_ONLY: on disk even with room in memory.
        let disk = try #require(try store.put(rdd: 1, partition: 0, batches: [Self.batch(0)], schema: Self.schema,
                                              level: .diskOnly))
        #expect(disk.memoryBytes == 0 && disk.diskBytes > 0)
        // MEMORY_ONLY: in memory while it fits, then not stored at all (its plan is computed again on read).
        #expect(try store.put(rdd: 2, partition: 0, batches: [Self.batch(0)], schema: Self.schema, level: .memoryOnly)?
            .memoryBytes == Self.size)
        #expect(try store.put(rdd: 2, partition: 1, batches: [Self.batch(1)], schema: Self.schema, level: .memoryOnly) == nil)
        #expect(!store.holdsAll(rdd: 2, count: 2))
        #expect(try store.read(rdd: 2, partition: 1) == nil)
        store.remove(rdd: 1)
        store.remove(rdd: 2)
        #expect(memory.snapshot.storageBytes == 0)
        memory.spillDirectory.remove()
    }

    @Test func executionEvictsCachedBlocksToDiskDownToTheStorageFraction() throws {
        let memory = Self.pool(Self.size * 4, storageFraction: 0.5)
        let store = CacheBlockStore(memory: memory)
        for p in 0..<4 {
            try store.put(rdd: 3, partition: p, batches: [Self.batch(p)], schema: Self.schema, level: .memoryAndDisk)
        }
        #expect(store.status(rdd: 3).memoryBytes == Self.size * 4)
        let task = memory.newTask()
        // Half the pool stays with the cache; the other half moves to disk for the task.
        #expect(memory.acquireExecution(Self.size * 4, task: task) == Self.size * 2)
        #expect(store.status(rdd: 3).memoryBytes == Self.size * 2)
        #expect(store.status(rdd: 3).diskBytes > 0)
        #expect(memory.snapshot.storageBytes == Self.size * 2)
        for p in 0..<4 {
            #expect(Self.rows(try #require(try store.read(rdd: 3, partition: p))) == Self.rows([Self.batch(p)]))
        }
        memory.taskEnded(task)
        store.remove(rdd: 3)
        memory.spillDirectory.remove()
    }

    @Test func memoryOnlyBlocksAreNotEvicted() throws {
        let memory = Self.pool(Self.size * 2, storageFraction: 0)
        let store = CacheBlockStore(memory: memory)
        try store.put(rdd: 4, partition: 0, batches: [Self.batch(0)], schema: Self.schema, level: .memoryOnly)
        let task = memory.newTask()
        #expect(memory.acquireExecution(Self.size * 2, task: task) == Self.size)
        #expect(store.status(rdd: 4) == CacheBlockStore.BlockStatus(memoryBytes: Self.size, diskBytes: 0))
        memory.taskEnded(task)
        store.remove(rdd: 4)
    }
}
