import Testing
@testable import SparkbookEngine

/// Map output kept between stages: read back in map order per reduce partition, sized for coalescing.
struct ShuffleStoreTests {
    let schema = StructType([StructField("v", .integer)])
    func batch(_ values: [Int32]) -> RecordBatch { EngineTestData.batch(schema, values.map { [.integer($0)] }) }
    func values(_ batches: [RecordBatch]) -> [Value] { batches.flatMap { b in (0..<b.rowCount).map { b.row($0)[0] } } }

    @Test func readsReturnEveryMapTasksBatchInMapOrder() {
        let store = ShuffleStore()
        store.write(shuffle: 3, mapPartition: 1, batches: [batch([10]), batch([11, 12])])
        store.write(shuffle: 3, mapPartition: 0, batches: [batch([0, 1]), batch([2])])
        #expect(values(store.read(shuffle: 3, reducePartitions: 0..<1)) == [.integer(0), .integer(1), .integer(10)])
        #expect(values(store.read(shuffle: 3, reducePartitions: 1..<2)) == [.integer(2), .integer(11), .integer(12)])
        #expect(values(store.read(shuffle: 3, reducePartitions: 0..<2)) ==
            [.integer(0), .integer(1), .integer(2), .integer(10), .integer(11), .integer(12)])
    }

    @Test func rowsPerPartitionSumsOverMapTasks() {
        let store = ShuffleStore()
        store.write(shuffle: 0, mapPartition: 0, batches: [batch([1, 2]), batch([]), batch([3])])
        store.write(shuffle: 0, mapPartition: 1, batches: [batch([4]), batch([5, 6, 7]), batch([])])
        #expect(store.rowsPerPartition(shuffle: 0, partitions: 3) == [3, 3, 1])
        #expect(store.rowsPerPartition(shuffle: 9, partitions: 2) == [0, 0])
    }

    @Test func shufflesAreIndependentAndRemovable() {
        let store = ShuffleStore()
        store.write(shuffle: 1, mapPartition: 0, batches: [batch([1])])
        store.write(shuffle: 2, mapPartition: 0, batches: [batch([2])])
        store.remove(shuffle: 1)
        #expect(store.read(shuffle: 1, reducePartitions: 0..<1).isEmpty)
        #expect(values(store.read(shuffle: 2, reducePartitions: 0..<1)) == [.integer(2)])
    }

    @Test func aRetriedMapTaskReplacesItsOutput() {
        let store = ShuffleStore()
        store.write(shuffle: 0, mapPartition: 0, batches: [batch([1])])
        store.write(shuffle: 0, mapPartition: 0, batches: [batch([9])])
        #expect(values(store.read(shuffle: 0, reducePartitions: 0..<1)) == [.integer(9)])
    }
}
