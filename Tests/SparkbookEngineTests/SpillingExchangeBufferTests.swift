import Foundation
import SparkbookCluster
import Testing
@testable import SparkbookEngine

/// A map task's exchange buffer past a tiny budget spills runs, and its map output holds exactly the rows, per
/// reduce partition and in arrival order, that it holds without a spill; its reservation goes back.
struct SpillingExchangeBufferTests {
    static let schema = StructType([StructField("k", .integer), StructField("tag", .string)])
    static let partitions = 3

    /// Twelve batches of 200 rows, each dealt to reduce partition `k % 3`.
    static func deal(into buffer: inout SpillingExchangeBuffer, memory: TaskMemory?) throws {
        for b in 0..<12 {
            let rows = (0..<200).map { i -> [Value] in
                let n = b * 200 + i
                return [n % 11 == 0 ? .null : .integer(Int32(n)), .string("row \(n)")]
            }
            for p in 0..<partitions {
                let mine = rows.enumerated().filter { $0.offset % partitions == p }.map(\.element)
                buffer.add(EngineTestData.batch(schema, mine), to: p)
            }
            try buffer.reserve(memory)
        }
    }

    static func rows(_ pieces: [ShuffleBlockPiece]) throws -> [[Value]] {
        try pieces.flatMap { piece -> [[Value]] in
            let batch = try piece.batch()
            return (0..<batch.rowCount).map { batch.row($0) }
        }
    }

    @Test func aTinyBudgetSpillsRunsAndKeepsEachPartitionsRowsInOrder() throws {
        var unbounded = SpillingExchangeBuffer(partitions: Self.partitions, schema: Self.schema, directory: nil)
        try Self.deal(into: &unbounded, memory: nil)
        let expected = unbounded.blocks()
        // Nothing spilled: the batches dealt, as they came, one per input batch.
        #expect(expected.allSatisfy { $0.count == 12 })

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("exchange-spill-\(UUID())").path
        let manager = MemoryManager(settings: ExecutionMemorySettings(
            heapBytes: ExecutionMemorySettings.reservedBytes + 8_000, fraction: 1, localDirectory: dir, spillThreshold: 0))
        let metrics = TaskMetricsCollector()
        let memory = TaskMemory(manager: manager, metrics: metrics)
        var buffer = SpillingExchangeBuffer(partitions: Self.partitions, schema: Self.schema,
                                            directory: manager.spillDirectory)
        try Self.deal(into: &buffer, memory: memory)
        let blocks = buffer.blocks()
        memory.release(&buffer)
        for p in 0..<Self.partitions {
            #expect(blocks[p].count > 2)
            #expect(try Self.rows(blocks[p]) == Self.rows(expected[p]))
        }
        #expect(blocks.joined().contains { if case .disk = $0 { true } else { false } })
        #expect(metrics.snapshot.memoryBytesSpilled > 0)
        #expect(metrics.snapshot.diskBytesSpilled > 0)
        #expect(manager.snapshot.executionBytes == 0)
        manager.spillDirectory.remove()
    }

    /// Spark's `spark.shuffle.spill.initialMemoryThreshold`: even an empty pool lets it hold 5 MiB.
    @Test func belowTheSpillThresholdItHoldsItsRowsWithoutAGrant() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("exchange-spill-\(UUID())").path
        let manager = MemoryManager(settings: ExecutionMemorySettings(
            heapBytes: ExecutionMemorySettings.reservedBytes, fraction: 1, localDirectory: dir))
        let memory = TaskMemory(manager: manager, metrics: nil)
        var buffer = SpillingExchangeBuffer(partitions: Self.partitions, schema: Self.schema,
                                            directory: manager.spillDirectory)
        try Self.deal(into: &buffer, memory: memory)
        #expect(buffer.reservedBytes == 0)
        #expect(buffer.blocks().allSatisfy { $0.count == 12 && $0.allSatisfy { if case .memory = $0 { true } else { false } } })
        manager.spillDirectory.remove()
    }
}
