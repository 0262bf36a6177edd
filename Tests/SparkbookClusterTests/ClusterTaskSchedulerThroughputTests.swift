import Foundation
import SparkbookCluster
import Synchronization
import Testing

@Suite(.timeLimit(.minutes(1))) struct ClusterTaskSchedulerThroughputTests {
    /// 10,000 empty tasks, each run exactly once (their time per task is measured by the scheduler benchmark in
    /// Benchmarks/, not here: tests check behaviour, benchmarks report speed).
    @Test func tenThousandEmptyTasks() async throws {
        let h = try RuntimeHarness(["spark.executor.instances": "4", "spark.executor.cores": "2"])
        defer { h.shutdown() }
        let runs = Mutex([Int](repeating: 0, count: 10_000))
        try await h.scheduler.runStage(StageDescriptor(jobId: 0, stageId: 0, name: "empty", taskCount: 10_000)) { c in
            runs.withLock { $0[c.partition] += 1 }
        }
        #expect(runs.withLock { $0.allSatisfy { $0 == 1 } })
    }

    @Test func timeScaleShortensEveryTimeout() async throws {
        let h = try RuntimeHarness(["spark.dynamicAllocation.enabled": "true",
                                    "spark.dynamicAllocation.maxExecutors": "4",
                                    ClusterManagerProfile.startupTimeKey: "1s"], timeScale: TimeScale(factor: 0.1))
        defer { h.shutdown() }
        let gate = TaskGate()
        let stage = await h.startStage(tasks: 8) { _ in gate.wait() }
        h.advance(ms: 100)  // backlog 1 s x 0.1: the first executor is requested...
        #expect(h.runtime.snapshot().starting == 1)
        h.advance(ms: 100)  // ...and starts after 1 s x 0.1
        #expect(h.addedExecutors == ["0"])
        gate.release()
        try await stage.value
        h.advance(ms: 6_100)  // idle 60 s x 0.1
        // Executors 1 and 2 (the sustained backlog's +2) were already starting when the stage ended: as in Spark,
        // they still come up, and leave after the same scaled idle timeout.
        #expect(h.removedExecutors == ["0", "1", "2"])
    }
}
