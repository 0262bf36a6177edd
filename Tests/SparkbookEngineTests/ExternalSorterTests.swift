import Foundation
import SparkbookCluster
import Testing
@testable import SparkbookEngine

/// An external sort with a tiny budget spills runs and merges them into exactly the rows and order of the
/// in-memory sort (stable: ties keep input order), and removes its files.
struct ExternalSorterTests {
    static let schema = StructType([StructField("k", .integer), StructField("tag", .string), StructField("d", .double)])
    static let batches: [RecordBatch] = (0..<12).map { b in
        EngineTestData.batch(schema, (0..<250).map { i in row(b * 250 + i) })
    }

    static func row(_ n: Int) -> [Value] {
        let k: Value = n % 17 == 0 ? .null : .integer(Int32((n * 7919) % 41))
        let d: Value = n % 23 == 0 ? .null : .double(Double((n * 31) % 97) / 4)
        return [k, .string("r\(n)"), d]
    }
    static let keys = [
        SortKey(expression: .column(index: 0, type: .integer), direction: .descending),
        SortKey(expression: .column(index: 2, type: .double), direction: SortDirection(ascending: true, nullsFirst: false)),
    ]

    static func rows(_ batches: [RecordBatch]) -> [[Value]] { batches.flatMap { b in (0..<b.rowCount).map { b.row($0) } } }

    static func memory(pool: Int64) -> (TaskMemory, TaskMetricsCollector) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sort-spill-\(UUID())").path
        let manager = MemoryManager(settings: ExecutionMemorySettings(
            heapBytes: ExecutionMemorySettings.reservedBytes + pool, fraction: 1, localDirectory: dir, spillThreshold: 0))
        let metrics = TaskMetricsCollector()
        return (TaskMemory(manager: manager, metrics: metrics), metrics)
    }

    @Test func aTinyBudgetGivesTheInMemoryRowsAndOrder() throws {
        var inMemory = ExternalSorter(keys: Self.keys, schema: Self.schema, memory: nil)
        for batch in Self.batches { try inMemory.insert(batch) }
        let expected = try inMemory.finish()
        #expect(expected.count == 1)

        let (memory, metrics) = Self.memory(pool: 40_000)
        var sorter = ExternalSorter(keys: Self.keys, schema: Self.schema, memory: memory, runBatchRows: 100)
        for batch in Self.batches { try sorter.insert(batch) }
        let file = try #require(sorter.spillFilePath)
        #expect(FileManager.default.fileExists(atPath: file))
        let sorted = try sorter.finish()
        #expect(Self.rows(sorted) == Self.rows(expected))
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(metrics.snapshot.memoryBytesSpilled > 0)
        #expect(metrics.snapshot.diskBytesSpilled > 0)
        #expect(memory.manager.snapshot.executionBytes == 0)
        memory.manager.spillDirectory.remove()
    }

    /// Three keys over many runs of small batches: every merge step meets runs whose rows all equal the bound,
    /// which are taken run by run across batches, and ties still come in input order.
    @Test func runsOfFewKeysMergeStably() throws {
        let schema = StructType([StructField("k", .integer), StructField("n", .integer)])
        let batches = (0..<20).map { b in
            EngineTestData.batch(schema, (0..<150).map { i -> [Value] in
                let n = b * 150 + i
                return [n % 29 == 0 ? .null : .integer(Int32((n / 7) % 3)), .integer(Int32(n))]
            })
        }
        let keys = [SortKey(expression: .column(index: 0, type: .integer), direction: .ascending)]
        var inMemory = ExternalSorter(keys: keys, schema: schema, memory: nil)
        for batch in batches { try inMemory.insert(batch) }
        let expected = Self.rows(try inMemory.finish())
        let (memory, metrics) = Self.memory(pool: 8_000)
        var sorter = ExternalSorter(keys: keys, schema: schema, memory: memory, runBatchRows: 16)
        for batch in batches { try sorter.insert(batch) }
        #expect(Self.rows(try sorter.finish()) == expected)
        #expect(metrics.snapshot.diskBytesSpilled > 0)
        memory.manager.spillDirectory.remove()
    }

    @Test func aLargeBudgetSortsInMemory() throws {
        let (memory, metrics) = Self.memory(pool: 1 << 30)
        var sorter = ExternalSorter(keys: Self.keys, schema: Self.schema, memory: memory)
        for batch in Self.batches { try sorter.insert(batch) }
        #expect(sorter.spillFilePath == nil)
        #expect(try sorter.finish().count == 1)
        #expect(metrics.snapshot.diskBytesSpilled == 0)
    }
}
