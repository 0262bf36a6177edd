import Testing
@testable import SparkbookCluster

/// Losing an executor while its tasks run: they end with `ExecutorLostFailure` (not counted toward
/// `spark.task.maxFailures`), run again elsewhere, and the cluster manager replaces the executor.
@Suite struct ClusterTaskSchedulerExecutorLossTests {
    func launches(_ h: RuntimeHarness) -> [TaskInfo] {
        h.events.compactMap { if case .taskStart(_, _, let task) = $0 { task } else { nil } }
    }

    func lostEnds(_ h: RuntimeHarness) -> [TaskInfo] {
        h.events.compactMap { if case .taskEnd(_, _, _, let task, .executorLost, _) = $0 { task } else { nil } }
    }

    @Test(arguments: [false, true])
    func aBusyExecutorsTasksRunAgainOnItsReplacement(dynamic: Bool) async throws {
        let extra = ["spark.executor.cores": "1", "spark.task.maxFailures": "1"]
        let h = dynamic
            ? try RuntimeHarness.dynamic(min: 2, max: 2, initial: 2, extra)
            : try RuntimeHarness(extra.merging(["spark.executor.instances": "2"]) { $1 })
        defer { h.shutdown() }
        let gate = TaskGate()
        let stage = await h.startStage(tasks: 2) { _ in gate.wait() }
        #expect(await eventually { launches(h).count == 2 })
        let victim = try #require(launches(h).first { $0.index == 0 }?.executorId)
        #expect(h.scheduler.loseExecutor(victim, reason: "Worker lost"))
        #expect(lostEnds(h).map(\.index) == [0])
        #expect(h.removedExecutors == [victim])
        let removed = h.events.compactMap { if case .executorRemoved(_, _, let reason) = $0 { reason } else { nil } }
        #expect(removed == ["Worker lost"])
        h.advance(ms: 100)  // the cluster manager starts a replacement (start-up time 0)
        #expect(h.addedExecutors.count == 3)
        #expect(await eventually { launches(h).count == 3 })
        let retry = try #require(launches(h).last)
        #expect(retry.index == 0 && retry.attempt == 1 && retry.executorId == h.addedExecutors.last)
        gate.release()
        try await stage.value  // maxFailures 1 and still no abort: executor loss does not count
        #expect(h.runtime.timeline.entries.contains { $0.label.hasPrefix("lost executor ") })
    }

    @Test func anIdleExecutorIsNotReplacedWhenTheTargetNoLongerNeedsIt() async throws {
        let h = try RuntimeHarness.dynamic(min: 0, max: 2, initial: 0)
        defer { h.shutdown() }
        let gate = TaskGate()
        let stage = await h.startStage(tasks: 1) { _ in gate.wait() }
        h.advance(ms: 1_100)  // backlog timer: one executor requested and started
        #expect(await eventually { launches(h).count == 1 })
        gate.release()
        try await stage.value
        h.advance(ms: 100)  // no backlog: the target drops to 0
        let id = try #require(h.addedExecutors.first)
        #expect(h.scheduler.loseExecutor(id))
        h.advance(ms: 1_000)
        #expect(h.addedExecutors.count == 1)
    }
}
