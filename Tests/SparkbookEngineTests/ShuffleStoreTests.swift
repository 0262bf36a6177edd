import Foundation
import Testing
@testable import SparkbookEngine

/// Map output kept between stages: read back in map order per reduce partition, sized for coalescing.
struct ShuffleStoreTests {
    let schema = StructType([StructField("v", .integer)])
    func batch(_ values: [Int32]) -> RecordBatch { EngineTestData.batch(schema, values.map { [.integer($0)] }) }
    func values(_ batches: [RecordBatch]) -> [Value] { batches.flatMap { b in (0..<b.rowCount).map { b.row($0)[0] } } }

    @Test func readsReturnEveryMapTasksBatchInMapOrder() throws {
        let store = ShuffleStore()
        try store.write(shuffle: 3, mapPartition: 1, batches: [batch([10]), batch([11, 12])])
        try store.write(shuffle: 3, mapPartition: 0, batches: [batch([0, 1]), batch([2])])
        #expect(values(try store.read(shuffle: 3, reducePartitions: 0..<1)) == [.integer(0), .integer(1), .integer(10)])
        #expect(values(try store.read(shuffle: 3, reducePartitions: 1..<2)) == [.integer(2), .integer(11), .integer(12)])
        #expect(values(try store.read(shuffle: 3, reducePartitions: 0..<2)) ==
            [.integer(0), .integer(1), .integer(2), .integer(10), .integer(11), .integer(12)])
    }

    @Test func rowsPerPartitionSumsOverMapTasks() throws {
        let store = ShuffleStore()
        try store.write(shuffle: 0, mapPartition: 0, batches: [batch([1, 2]), batch([]), batch([3])])
        try store.write(shuffle: 0, mapPartition: 1, batches: [batch([4]), batch([5, 6, 7]), batch([])])
        #expect(store.rowsPerPartition(shuffle: 0, partitions: 3) == [3, 3, 1])
        #expect(store.rowsPerPartition(shuffle: 9, partitions: 2) == [0, 0])
    }

    /// A partial aggregate that passed rows through sizes its last piece by its distinct keys (what a hashing
    /// one writes); earlier pieces (spilled runs) count as they are, and reads still return every row.
    @Test func coalescingCountsALastPiecesRowsAsGiven() throws {
        let store = ShuffleStore()
        try store.write(shuffle: 0, mapPartition: 0, blocks: [[.memory(batch([1])), .memory(batch([2, 2, 3]))],
                                                              [.memory(batch([4, 4]))]],
                        lastPieceRows: [2, 1])
        try store.write(shuffle: 0, mapPartition: 1, batches: [batch([5]), batch([6, 7])])
        #expect(store.rowsPerPartition(shuffle: 0, partitions: 2) == [1 + 2 + 1, 1 + 2])
        // What a final aggregate over a range of reduce partitions sizes its table by.
        #expect(store.coalescingRows(shuffle: 0, reducePartitions: 0..<2) == 1 + 2 + 1 + 1 + 2)
        #expect(store.coalescingRows(shuffle: 0, reducePartitions: 1..<2) == 1 + 2)
        #expect(values(try store.read(shuffle: 0, reducePartitions: 1..<2)) ==
            [.integer(4), .integer(4), .integer(6), .integer(7)])
    }

    @Test func shufflesAreIndependentAndRemovable() throws {
        let store = ShuffleStore()
        try store.write(shuffle: 1, mapPartition: 0, batches: [batch([1])])
        try store.write(shuffle: 2, mapPartition: 0, batches: [batch([2])])
        store.remove(shuffle: 1)
        #expect(try store.read(shuffle: 1, reducePartitions: 0..<1).isEmpty)
        #expect(values(try store.read(shuffle: 2, reducePartitions: 0..<1)) == [.integer(2)])
    }

    @Test func aRetriedMapTaskReplacesItsOutput() throws {
        let store = ShuffleStore()
        try store.write(shuffle: 0, mapPartition: 0, batches: [batch([1])])
        try store.write(shuffle: 0, mapPartition: 0, batches: [batch([9])])
        #expect(values(try store.read(shuffle: 0, reducePartitions: 0..<1)) == [.integer(9)])
    }
}

/// With a pool too small for the blocks, map output goes to files under the spill directory and reads back the
/// same; execution memory evicts blocks kept in memory; removing a shuffle deletes its files.
struct ShuffleStoreSpillTests {
    let schema = StructType([StructField("v", .integer), StructField("s", .string)])
    func batch(_ values: Range<Int32>) -> RecordBatch {
        EngineTestData.batch(schema, values.map { [.integer($0), .string("value \($0)")] })
    }
    func rows(_ batches: [RecordBatch]) -> [[Value]] { batches.flatMap { b in (0..<b.rowCount).map { b.row($0) } } }
    static func manager(pool: Int64, directory: String) -> MemoryManager {
        MemoryManager(settings: ExecutionMemorySettings(heapBytes: ExecutionMemorySettings.reservedBytes + pool,
                                                        fraction: 1, localDirectory: directory, spillThreshold: 0))
    }

    @Test func blocksPastThePoolGoToDiskAndReadBackTheSame() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shuffle-spill-\(UUID())").path
        let memory = Self.manager(pool: 2_000, directory: dir)
        let store = ShuffleStore(memory: memory)
        let inMemory = ShuffleStore()
        for map in 0..<3 {
            let blocks = [batch(Int32(map * 100)..<Int32(map * 100 + 40)), batch(Int32(map * 100 + 40)..<Int32(map * 100 + 90))]
            try store.write(shuffle: 0, mapPartition: map, batches: blocks)
            try inMemory.write(shuffle: 0, mapPartition: map, batches: blocks)
        }
        #expect(memory.snapshot.storageBytes <= 2_000)
        let spillDir = try #require(memory.spillDirectory.path)
        #expect(try !FileManager.default.contentsOfDirectory(atPath: spillDir).isEmpty)
        for range in [0..<1, 1..<2, 0..<2] {
            #expect(rows(try store.read(shuffle: 0, reducePartitions: range))
                == rows(try inMemory.read(shuffle: 0, reducePartitions: range)))
            #expect(store.readSize(shuffle: 0, reducePartitions: range) == inMemory.readSize(shuffle: 0, reducePartitions: range))
        }
        #expect(store.rowsPerPartition(shuffle: 0, partitions: 2) == [120, 150])
        store.remove(shuffle: 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: spillDir).isEmpty)
        #expect(memory.snapshot.storageBytes == 0)
        memory.spillDirectory.remove()
        #expect(!FileManager.default.fileExists(atPath: spillDir))
    }

    @Test func executionMemoryEvictsBlocksToDisk() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shuffle-evict-\(UUID())").path
        let memory = Self.manager(pool: 100_000, directory: dir)
        defer { memory.spillDirectory.remove() }
        let store = ShuffleStore(memory: memory)
        let expected = [batch(0..<500)]
        try store.write(shuffle: 1, mapPartition: 0, batches: expected)
        let held = memory.snapshot.storageBytes
        #expect(held == Int64(expected[0].byteSize))
        #expect(memory.spillDirectory.path == nil)
        // A task asks for the whole pool: the block is moved to a file to make room.
        let task = memory.newTask()
        #expect(memory.acquireExecution(100_000, task: task) == 100_000)
        #expect(memory.snapshot.storageBytes == 0)
        #expect(rows(try store.read(shuffle: 1, reducePartitions: 0..<1)) == rows(expected))
        memory.taskEnded(task)
    }
}
