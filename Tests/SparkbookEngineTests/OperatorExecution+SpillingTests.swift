import Foundation
import SparkbookCluster
import Testing
@testable import SparkbookEngine

/// A sort-merge join and a window whose inputs do not fit the task's share sort them externally (spilling) and
/// work through them a chunk of key groups at a time: the rows and their order are the in-memory operator's, for
/// every join type, with keys repeated across chunk boundaries and null keys; the spill is reported and the
/// files and reservation are gone at the end.
struct OperatorExecutionSpillingTests {
    static let leftSchema = StructType([StructField("k", .integer), StructField("s", .string)])
    static let rightSchema = StructType([StructField("k", .integer), StructField("t", .string)])

    static func side(_ schema: StructType, rows: Int, keys: Int, step: Int, nullEvery: Int) -> RecordBatch {
        EngineTestData.batch(schema, (0..<rows).map { i -> [Value] in
            let key: Value = i % nullEvery == 0 ? .null : .integer(Int32((i * step) % keys))
            return [key, .string("v\(i % 3)")]
        })
    }
    static let left = side(leftSchema, rows: 1_500, keys: 400, step: 7919, nullEvery: 41)
    static let right = side(rightSchema, rows: 1_000, keys: 500, step: 31, nullEvery: 37)

    static func joinSpec(_ type: JoinType, keyColumns: Int) -> JoinSpec {
        let keys = (0..<keyColumns).map { BoundExpression.column(index: $0, type: leftSchema[$0].dataType) }
        let fields = type.keepsRightColumns ? leftSchema.fields + rightSchema.fields : leftSchema.fields
        var spec = JoinSpec(type: type, leftKeys: keys, rightKeys: keys, residual: nil, leftSchema: leftSchema,
                            rightSchema: rightSchema,
                            output: fields.enumerated().map { .column(index: $0.offset, type: $0.element.dataType) },
                            outputSchema: StructType(fields))
        spec.strategy = .sortMerge
        return spec
    }

    static func memory(pool: Int64) -> (TaskMemory, TaskMetricsCollector) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("op-spill-\(UUID())").path
        let manager = MemoryManager(settings: ExecutionMemorySettings(
            heapBytes: ExecutionMemorySettings.reservedBytes + pool, fraction: 1, localDirectory: dir, spillThreshold: 0))
        let metrics = TaskMetricsCollector()
        return (TaskMemory(manager: manager, metrics: metrics), metrics)
    }

    static func execution(_ memory: TaskMemory) -> OperatorExecution {
        var execution = OperatorExecution(shuffles: ShuffleStore(), shuffleIds: [:], partitions: StagePartitions())
        execution.memory = memory
        execution.sortedChunkRows = 100
        return execution
    }

    static func local(_ batch: RecordBatch) -> PhysicalOperator {
        .local(LocalRelation(schema: batch.schema, partitions: [batch]))
    }

    static func rows(_ batches: [RecordBatch]) -> [[Value]] { batches.flatMap { b in (0..<b.rowCount).map { b.row($0) } } }

    /// Runs `body` with a tiny pool and a large one: both give `expected`; only the tiny one spills.
    static func expectSameRows(_ expected: [[Value]],
                               _ body: (OperatorExecution, inout [RecordBatch]) throws -> Void) throws {
        for pool: Int64 in [10_000, 1 << 30] {
            let (memory, metrics) = Self.memory(pool: pool)
            var out: [RecordBatch] = []
            try body(execution(memory), &out)
            #expect(rows(out) == expected)
            #expect((metrics.snapshot.diskBytesSpilled > 0) == (pool < 1 << 20))
            #expect(memory.manager.snapshot.executionBytes == 0)
            if let dir = memory.manager.spillDirectory.path {
                #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
            }
            memory.manager.spillDirectory.remove()
        }
    }

    @Test(arguments: [JoinType.inner, .left, .right, .full, .leftSemi, .leftAnti], [1, 2])
    func aSortMergeJoinPastItsShareGivesTheInMemoryRows(type: JoinType, keyColumns: Int) throws {
        let spec = Self.joinSpec(type, keyColumns: keyColumns)
        let expected = Self.rows([try HashJoiner.join(spec, left: Self.left, right: Self.right)])
        #expect(expected.count > 30)
        try Self.expectSameRows(expected) { execution, out in
            try execution.forEachJoined(spec, Self.local(Self.left), Self.local(Self.right), partition: 0) { out.append($0) }
        }
    }

    @Test func aWindowPastItsShareGivesTheInMemoryRows() throws {
        let value = BoundExpression.column(index: 1, type: .string)
        let functions: [BoundWindowFunction] = [
            .rowNumber, .rank, .aggregate(AggregateCall(function: .count, input: value), frame: .aggregateDefault(ordered: true)),
        ]
        let spec = WindowSpec(partitionKeys: [.column(index: 0, type: .integer)],
                              orderKeys: [SortKey(expression: value, direction: .descending)], functions: functions,
                              outputSchema: StructType(Self.leftSchema.fields + [StructField("rn", .integer),
                                                                                 StructField("rk", .integer), StructField("c", .long)]))
        let expected = Self.rows([try WindowEvaluator.evaluate(spec, Self.left)])
        try Self.expectSameRows(expected) { execution, out in
            try execution.forEachWindowed(spec, Self.local(Self.left), partition: 0) { out.append($0) }
        }
    }
}
