import Foundation
import SparkbookCluster
import Testing
@testable import SparkbookEngine

/// A map task's typed partial aggregate under a small execution share: what its groups hold is reserved, and past
/// the share they leave as a run of the map output.
struct SpillingPartialAggregatorTests {
    static let schema = StructType([StructField("s", .string), StructField("v", .long)])

    /// `groups` keys of `length` bytes (interned, past the 15 bytes packed inline), each on `repeats` rows.
    static func batch(groups: Int, length: Int, repeats: Int) -> RecordBatch {
        let rows: [[Value]] = (0..<groups * repeats).map { i in
            let g = i % groups
            return [.string(String(repeating: Character(UnicodeScalar(UInt8(65 + g % 26))), count: length) + "\(g)"),
                    .long(Int64(i))]
        }
        return EngineTestData.batch(schema, rows)
    }

    static let spec = AggregateSpec(keys: [.column(index: 0, type: .string)], keyTypes: [.string],
                                    calls: [AggregateCall(function: .count, input: nil),
                                            AggregateCall(function: .sum, input: .column(index: 1, type: .long))],
                                    output: [], outputSchema: StructType([]))

    /// Folds `input` a block at a time, reserving after each as `FastShuffleWrite` does; the task's metrics.
    static func run(_ input: RecordBatch, pool: Int64) throws
        -> (TaskMetrics, SpillingPartialAggregator<TypedPartialAggregator>) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("partial-spill-\(UUID())").path
        let metrics = TaskMetricsCollector()
        let memory = TaskMemory(manager: MemoryManager(settings: ExecutionMemorySettings(
            heapBytes: ExecutionMemorySettings.reservedBytes + pool, fraction: 1, localDirectory: dir,
            spillThreshold: 0)), metrics: metrics)
        defer { memory.manager.spillDirectory.remove() }
        let plan = try #require(TypedAggregationPlan(spec))
        var spilling = SpillingPartialAggregator(TypedPartialAggregator(plan: plan), partitions: 4,
                                                 directory: memory.spillDirectory)
        let block = AggregationBatch(capacity: 64, keyCount: 1, inputCount: 2)
        var start = 0
        while start < input.rowCount {
            let n = min(64, input.rowCount - start)
            spilling.aggregator.consume(input.gather(Array(start..<start + n)), block: block)
            try spilling.reserve(memory)
            start += n
        }
        memory.release(&spilling)
        return (metrics.snapshot, spilling)
    }

    /// 40 groups with keys of 20 KB: the table holds 40 entries (a few KB), the interned strings 800 KB. A share
    /// of 200 KB cannot hold them, so the groups spill; counting only the table, they never did.
    @Test func internedKeysCountAgainstTheShare() throws {
        let input = Self.batch(groups: 40, length: 20_000, repeats: 8)
        let (metrics, spilling) = try Self.run(input, pool: 200_000)
        #expect(metrics.memoryBytesSpilled > 0)
        #expect(metrics.diskBytesSpilled > 0)
        #expect(!spilling.runs.isEmpty)
    }

    /// The same groups with short keys (packed inline, no dictionary) fit the same share: nothing spills.
    @Test func shortKeysFitTheShare() throws {
        let input = Self.batch(groups: 40, length: 4, repeats: 8)
        let (metrics, spilling) = try Self.run(input, pool: 200_000)
        #expect(metrics.memoryBytesSpilled == 0)
        #expect(spilling.runs.isEmpty)
    }
}
