import Foundation
import Testing
@testable import SparkbookEngine

/// Whole plans run with a pool far too small for them: every spilling operator (partial aggregates typed and
/// general, the final aggregate, the sort, shuffle blocks) goes to disk, and the rows and their order are those of
/// the unbounded run; the session's spill files go when it ends.
struct SpillingExecutionTests {
    static let schema = StructType([StructField("k", .string), StructField("g", .integer), StructField("v", .long)])
    static let rows: [[Value]] = (0..<6_000).map(row)

    static func row(_ i: Int) -> [Value] {
        let key: Value = i % 97 == 0 ? .null : .string("key\((i * 7919) % 1_733)")
        let value = Int64((i * 31) % 1_000) - 400
        return [key, .integer(Int32(i % 5)), .long(value)]
    }
    static let input = LogicalPlan.local(EngineTestData.relation(schema, rows, partitions: 3))

    static func tinyPool() -> MemoryManager {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plan-spill-\(UUID())").path
        return MemoryManager(settings: ExecutionMemorySettings(heapBytes: ExecutionMemorySettings.reservedBytes + 20_000,
                                                               fraction: 1, localDirectory: dir, spillThreshold: 0))
    }

    static func compare(_ plan: LogicalPlan) async throws {
        let (expected, _) = try await EngineTestData.run(plan, shufflePartitions: 3)
        let memory = tinyPool()
        let (rows, _) = try await EngineTestData.run(plan, shufflePartitions: 3, memory: memory)
        #expect(rows == expected)
        let dir = try #require(memory.spillDirectory.path, "nothing spilled")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        memory.spillDirectory.remove()
        #expect(!FileManager.default.fileExists(atPath: dir))
    }

    @Test func typedAggregateThenSort() async throws {
        try await Self.compare(.sort([.column("k"), .column("g")], global: true, .aggregate(
            groupBy: [.column("k"), .column("g")],
            output: [.column("k"), .column("g"), .aggregate(.count, .star), .aggregate(.sum, .column("v"))], Self.input)))
    }

    @Test func generalAggregateInArrivalOrder() async throws {
        try await Self.compare(.aggregate(
            groupBy: [.column("k"), .column("g")],
            output: [.column("k"), .column("g"), .aggregate(.min, .column("v")), .aggregate(.max, .column("v")),
                     .aggregate(.sum, .column("v"))], Self.input))
    }
}
