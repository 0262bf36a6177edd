import Foundation
import SparkbookCluster
import Synchronization
import Testing
@testable import SparkbookEngine

/// An executor lost between the map and reduce stages of a shuffle, on the live cluster runtime without an
/// external shuffle service: its map output is gone, the engine runs exactly those map tasks again, and the
/// result does not change.
@Suite struct LostShuffleOutputTests {
    /// Loses, once, an executor that holds map output of the first shuffle written.
    final class LosingScheduler: TaskScheduler, @unchecked Sendable {
        let inner: ClusterTaskScheduler
        let lost = Mutex<(executor: String?, resubmitted: [StageDescriptor])>((nil, []))

        init(_ inner: ClusterTaskScheduler) { self.inner = inner }

        func jobStarted(jobId: Int, stages: [JobStage], description: String) {
            inner.jobStarted(jobId: jobId, stages: stages, description: description)
        }

        func runStage(_ stage: StageDescriptor, task: @escaping @Sendable (TaskContext) throws -> Void) async throws {
            if stage.attempt > 0 { lost.withLock { $0.resubmitted.append(stage) } }
            try await inner.runStage(stage, task: task)
            guard let shuffle = stage.writesShuffle, lost.withLock({ $0.executor == nil }) else { return }
            // Every task has ended: pick an executor holding some of the output and lose it.
            guard let victim = inner.shuffleLocations(shuffle).values.map(\.executorId).sorted().first else { return }
            if inner.loseExecutor(victim) { lost.withLock { $0.executor = victim } }
        }

        func jobEnded(jobId: Int, succeeded: Bool) { inner.jobEnded(jobId: jobId, succeeded: succeeded) }
        func shuffleUnreferenced(_ shuffleId: Int) { inner.shuffleUnreferenced(shuffleId) }
        func lostMapOutputs(shuffleId: Int) -> [Int] { inner.lostMapOutputs(shuffleId: shuffleId) }
    }

    static let schema = StructType([StructField("k", .string), StructField("v", .integer)])
    static let rows: [[Value]] = (0..<600).map { [.string("k\($0 % 7)"), .integer(Int32($0))] }
    static let plan = LogicalPlan.aggregate(
        groupBy: [.column("k")], output: [.column("k"), .aggregate(.count, .star), .aggregate(.sum, .column("v"))],
        .local(EngineTestData.relation(schema, rows, partitions: 6)))

    func run(_ scheduler: any TaskScheduler) async throws -> Set<[Value]> {
        let executor = QueryExecutor(scheduler: scheduler, parallelism: 2)
        let batches = try await executor.collect(try Planner(shufflePartitions: 4).plan(Self.plan), description: "test")
        return Set(batches.flatMap { b in (0..<b.rowCount).map { b.row($0) } })
    }

    @Test func lostMapOutputIsRecomputedAndTheResultIsUnchanged() async throws {
        let expected = try await run(ThreadPoolTaskScheduler(parallelism: 2))
        // Three fixed executors, shuffle tracking on, no external shuffle service: output lives on executors.
        let runtime = try ClusterRuntime.start(master: nil, properties: [
            "spark.executor.instances": "3", "spark.shuffle.service.enabled": "false",
        ])
        defer { runtime.shutdown() }
        try await Task.sleep(for: .milliseconds(50))  // let the executors register
        let scheduler = LosingScheduler(runtime.clusterScheduler)
        let result = try await run(scheduler)
        let (victim, resubmitted) = scheduler.lost.withLock { ($0.executor, $0.resubmitted) }
        #expect(victim != nil, "an executor holding map output was lost")
        #expect(resubmitted.count == 1, "the map stage ran again, as its attempt 1")
        #expect((1..<6).contains(resubmitted.first?.taskCount ?? 0), "only the lost map tasks ran again")
        #expect(result == expected)
        #expect(runtime.timeline.entries.contains { $0.label.hasPrefix("lost executor ") })
    }
}
