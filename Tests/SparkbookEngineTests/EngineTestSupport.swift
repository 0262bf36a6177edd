import Foundation
import SparkbookCluster
import Synchronization
@testable import SparkbookEngine

/// Builders for small in-memory tables and a scheduler that records what the executor asked it to run.
enum EngineTestData {
    /// A batch with one column per schema field, filled from `rows` through `ColumnBuilder.append(_:)`.
    static func batch(_ schema: StructType, _ rows: [[Value]]) -> RecordBatch {
        var builders = schema.fields.map { ColumnBuilder(type: $0.dataType, capacity: rows.count) }
        for row in rows {
            for (i, value) in row.enumerated() { builders[i].append(value) }
        }
        return RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: rows.count)
    }

    /// A local relation whose rows are split into `partitions` consecutive chunks (the last may be short).
    static func relation(_ schema: StructType, _ rows: [[Value]], partitions: Int) -> LocalRelation {
        let size = max(1, (rows.count + partitions - 1) / partitions)
        let batches = (0..<partitions).map { p -> RecordBatch in
            let lower = min(rows.count, p * size), upper = min(rows.count, lower + size)
            return batch(schema, Array(rows[lower..<upper]))
        }
        return LocalRelation(schema: schema, partitions: batches)
    }

    /// Plans and runs `plan`; returns every row as scalars plus the scheduler's record of the run.
    static func run(_ plan: LogicalPlan, shufflePartitions: Int = 8, memory: MemoryManager = .unbounded()) async throws
        -> (rows: [[Value]], scheduler: RecordingScheduler)
    {
        let scheduler = RecordingScheduler()
        let executor = QueryExecutor(scheduler: scheduler, parallelism: 2, memory: memory)
        let physical = try Planner(shufflePartitions: shufflePartitions).plan(plan)
        let batches = try await executor.collect(physical, description: "test")
        return (batches.flatMap { b in (0..<b.rowCount).map { b.row($0) } }, scheduler)
    }

    /// The package root, found from this file's path (Tests/SparkbookEngineTests/<file>).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var seedCSV: URL { packageRoot.appendingPathComponent("notebooks/data/big_events_50k.csv") }
}

/// Runs stages on a small thread pool and remembers every job and stage it was given.
final class RecordingScheduler: TaskScheduler {
    private let pool = ThreadPoolTaskScheduler(parallelism: 2)
    private let log = Mutex<(stages: [StageDescriptor], jobs: [String], ended: [Bool], calls: [String])>(([], [], [], []))

    var stages: [StageDescriptor] { log.withLock { $0.stages } }
    var jobDescriptions: [String] { log.withLock { $0.jobs } }
    var jobOutcomes: [Bool] { log.withLock { $0.ended } }
    /// Job ends and shuffles unreferenced, in the order the executor reported them.
    var calls: [String] { log.withLock { $0.calls } }

    func jobStarted(jobId: Int, stages: [JobStage], description: String) {
        log.withLock { $0.jobs.append(description) }
    }

    func runStage(_ stage: StageDescriptor, task: @escaping @Sendable (TaskContext) throws -> Void) async throws {
        log.withLock { $0.stages.append(stage) }
        try await pool.runStage(stage, task: task)
    }

    func jobEnded(jobId: Int, succeeded: Bool) {
        log.withLock { $0.ended.append(succeeded); $0.calls.append("job \(jobId) ended") }
    }

    func shuffleUnreferenced(_ shuffleId: Int) {
        log.withLock { $0.calls.append("shuffle \(shuffleId) unreferenced") }
    }
}
