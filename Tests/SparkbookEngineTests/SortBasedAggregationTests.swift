import Foundation
import SparkbookCluster
import Testing
@testable import SparkbookEngine

/// A complete or final aggregate with a tiny budget spills sorted runs and merges them into exactly the rows and
/// order (first appearance) of the in-memory hash aggregate.
struct SortBasedAggregationTests {
    static let schema = StructType([StructField("a", .string), StructField("b", .integer), StructField("v", .long)])
    static let batches: [RecordBatch] = (0..<8).map { b in
        EngineTestData.batch(schema, (0..<300).map { i in row(b * 300 + i) })
    }

    static func row(_ n: Int) -> [Value] {
        let a: Value = n % 29 == 0 ? .null : .string("k\((n * 7) % 53)")
        let v: Value = n % 11 == 0 ? .null : .long(Int64(n % 1000) - 300)
        return [a, .integer(Int32((n * 13) % 7)), v]
    }
    static let keys: [BoundExpression] = [.column(index: 0, type: .string), .column(index: 1, type: .integer)]
    static let calls = [
        AggregateCall(function: .count, input: nil), AggregateCall(function: .sum, input: .column(index: 2, type: .long)),
        AggregateCall(function: .min, input: .column(index: 2, type: .long)),
        AggregateCall(function: .max, input: .column(index: 2, type: .long)),
        AggregateCall(function: .avg, input: .column(index: 2, type: .long)),
    ]
    static let resultSchema = StructType([
        StructField("a", .string), StructField("b", .integer), StructField("n", .long), StructField("s", .long),
        StructField("lo", .long), StructField("hi", .long), StructField("avg", .double),
    ])

    static func rows(_ b: RecordBatch) -> [[Value]] { (0..<b.rowCount).map { b.row($0) } }

    /// `typed`: a final aggregate on `TypedFinalAggregator` instead of `HashAggregator`.
    static func aggregate(_ mode: SortBasedAggregation<HashAggregator>.Mode, _ input: [RecordBatch], pool: Int64?,
                          typed: Bool = false, batchRows: Int = 64) throws -> (RecordBatch, TaskMetrics) {
        let metrics = TaskMetricsCollector()
        var memory: TaskMemory?
        if let pool {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agg-spill-\(UUID())").path
            memory = TaskMemory(manager: MemoryManager(settings: ExecutionMemorySettings(
                heapBytes: ExecutionMemorySettings.reservedBytes + pool, fraction: 1, localDirectory: dir, spillThreshold: 0)), metrics: metrics)
        }
        let result: RecordBatch
        if typed {
            var aggregation = SortBasedAggregation(
                final: try #require(TypedFinalAggregator(keyTypes: [.string, .integer], calls: calls)),
                keyTypes: [.string, .integer], calls: calls, memory: memory, batchRows: batchRows)
            for batch in input { try aggregation.add(batch) }
            result = try aggregation.finish(schema: resultSchema)
        } else {
            var aggregation = SortBasedAggregation<HashAggregator>(mode, keys: mode == .complete ? keys : [],
                                                                   keyTypes: [.string, .integer], calls: calls,
                                                                   memory: memory, batchRows: batchRows)
            for batch in input { try aggregation.add(batch) }
            result = try aggregation.finish(schema: resultSchema)
        }
        if let memory {
            #expect(memory.manager.snapshot.executionBytes == 0)
            if let dir = memory.manager.spillDirectory.path {
                #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
            }
            memory.manager.spillDirectory.remove()
        }
        return (result, metrics.snapshot)
    }

    @Test func completeAggregateWithATinyBudgetGivesTheInMemoryRowsAndOrder() throws {
        let (expected, _) = try Self.aggregate(.complete, Self.batches, pool: nil)
        #expect(expected.rowCount > 300)
        let (spilled, metrics) = try Self.aggregate(.complete, Self.batches, pool: 30_000)
        #expect(metrics.diskBytesSpilled > 0)
        #expect(Self.rows(spilled) == Self.rows(expected))
    }

    @Test func finalAggregateWithATinyBudgetGivesTheInMemoryRowsAndOrder() throws {
        // Partial states from four map tasks, as a shuffle read hands them over.
        let partials = stride(from: 0, to: 8, by: 2).map { m -> RecordBatch in
            var partial = HashAggregator(keys: Self.keys, keyTypes: [.string, .integer], calls: Self.calls)
            try! partial.consume(Self.batches[m]); try! partial.consume(Self.batches[m + 1])
            return partial.partialBatches(partitions: 1)[0]
        }
        let (expected, _) = try Self.aggregate(.final, partials, pool: nil)
        let (spilled, metrics) = try Self.aggregate(.final, partials, pool: 30_000)
        #expect(metrics.diskBytesSpilled > 0)
        #expect(Self.rows(spilled) == Self.rows(expected))
    }

    /// The typed final aggregate spills as the general one does (Spark's `UnsafeKVExternalSorter` under its
    /// `UnsafeFixedWidthAggregationMap`): sorted runs of partial states, merged by key, first-appearance order.
    @Test func typedFinalAggregateWithATinyBudgetGivesTheInMemoryRowsAndOrder() throws {
        let partials = stride(from: 0, to: 8, by: 2).map { m -> RecordBatch in
            var partial = HashAggregator(keys: Self.keys, keyTypes: [.string, .integer], calls: Self.calls)
            try! partial.consume(Self.batches[m]); try! partial.consume(Self.batches[m + 1])
            return partial.partialBatches(partitions: 1)[0]
        }
        let (expected, _) = try Self.aggregate(.final, partials, pool: nil)
        let (inMemory, unspilled) = try Self.aggregate(.final, partials, pool: nil, typed: true)
        #expect(unspilled.diskBytesSpilled == 0)
        #expect(Self.rows(inMemory) == Self.rows(expected))
        let (spilled, metrics) = try Self.aggregate(.final, partials, pool: 30_000, typed: true)
        #expect(metrics.diskBytesSpilled > 0)
        #expect(metrics.memoryBytesSpilled > 0)
        #expect(Self.rows(spilled) == Self.rows(expected))
    }

    /// Runs of tens of thousands of groups with the default rows per batch: each run is cut into segments of
    /// about `SortBasedAggregation.segmentBytes` (a few thousand groups), so the merge works a slice of the key
    /// range at a time, and still gives the in-memory rows and order.
    @Test func runsCutIntoSegmentsOfBytesMergeToTheInMemoryRowsAndOrder() throws {
        let partials = (0..<6).map { m -> RecordBatch in
            let rows: [[Value]] = (0..<20_000).map { i in
                let n = (i * 7 + m * 3_001) % 45_000
                return [.string("key\(n)"), .integer(Int32(n % 3)), .long(Int64(i % 500))]
            }
            var partial = HashAggregator(keys: Self.keys, keyTypes: [.string, .integer], calls: Self.calls)
            try! partial.consume(EngineTestData.batch(Self.schema, rows))
            return partial.partialBatches(partitions: 1)[0]
        }
        let (expected, _) = try Self.aggregate(.final, partials, pool: nil, batchRows: 65_536)
        #expect(expected.rowCount > 40_000)
        for typed in [false, true] {
            let (spilled, metrics) = try Self.aggregate(.final, partials, pool: 3_000_000, typed: typed,
                                                        batchRows: 65_536)
            #expect(metrics.diskBytesSpilled > 0)
            #expect(Self.rows(spilled) == Self.rows(expected))
        }
    }

    /// With a budget that spills after almost every batch the merge sees many runs, each key in several of them:
    /// the key-range merge still gives the in-memory rows and order, general and typed.
    @Test func manyRunsMergeToTheInMemoryRowsAndOrder() throws {
        let partials = (0..<8).map { m -> RecordBatch in
            var partial = HashAggregator(keys: Self.keys, keyTypes: [.string, .integer], calls: Self.calls)
            try! partial.consume(Self.batches[m])
            return partial.partialBatches(partitions: 1)[0]
        }
        let (expected, _) = try Self.aggregate(.final, partials, pool: nil)
        for typed in [false, true] {
            let (spilled, metrics) = try Self.aggregate(.final, partials, pool: 6_000, typed: typed)
            #expect(metrics.diskBytesSpilled > 0)
            #expect(Self.rows(spilled) == Self.rows(expected))
        }
    }
}
