import Foundation
import SparkbookCluster
import Testing

@Suite(.timeLimit(.minutes(1))) struct ClusterTaskSchedulerCancellationTests {
    @Test func cancelJobFailsTheRunningStagePromptly() async throws {
        let h = try RuntimeHarness(["spark.executor.instances": "1"])
        defer { h.shutdown() }
        let gate = TaskGate()
        h.scheduler.jobStarted(jobId: 7, stages: [JobStage(stageId: 3)], description: "")
        let stage = await h.startStage(jobId: 7, stageId: 3, tasks: 10) { _ in gate.wait() }
        #expect(await eventually { h.scheduler.snapshot().runningTasks == 1 })
        h.scheduler.cancelJob(jobId: 7)
        await #expect(throws: JobCancelledError(jobId: 7, message: "Job 7 cancelled ")) { try await stage.value }
        // Later stages of the cancelled job fail at once; the running body finishes and is discarded.
        await #expect(throws: JobCancelledError.self) {
            try await h.scheduler.runStage(StageDescriptor(jobId: 7, stageId: 4, name: "s", taskCount: 1)) { _ in }
        }
        gate.release()
        #expect(await eventually {
            h.events.contains { if case .taskEnd(_, _, _, _, .killed, _) = $0 { true } else { false } }
        })
        h.scheduler.jobEnded(jobId: 7, succeeded: false)
        let jobEnd = h.events.last { $0.name == "SparkListenerJobEnd" }
        #expect(jobEnd == .jobEnd(jobId: 7, time: 1_700_000_000_000, result: .failed(message: "Job 7 cancelled ")))
        // A new job runs normally.
        try await h.scheduler.runStage(StageDescriptor(jobId: 8, stageId: 5, name: "s", taskCount: 2)) { _ in }
    }

    @Test func cancelAllStopsEveryJob() async throws {
        let h = try RuntimeHarness(["spark.executor.instances": "1"])
        defer { h.shutdown() }
        let gate = TaskGate()
        h.scheduler.jobStarted(jobId: 0, stages: [JobStage(stageId: 0)], description: "")
        h.scheduler.jobStarted(jobId: 1, stages: [JobStage(stageId: 1)], description: "")
        let first = await h.startStage(jobId: 0, stageId: 0, tasks: 3) { _ in gate.wait() }
        let second = await h.startStage(jobId: 1, stageId: 1, tasks: 3) { _ in gate.wait() }
        #expect(await eventually { h.scheduler.snapshot().pendingTasks == 5 })
        h.scheduler.cancelAll()
        await #expect(throws: JobCancelledError(jobId: 0, message: "Job 0 cancelled as part of cancellation of all jobs")) {
            try await first.value
        }
        await #expect(throws: JobCancelledError.self) { try await second.value }
        gate.release()
    }

    @Test func cancellingInterruptsRunningTaskBodies() async throws {
        let h = try RuntimeHarness(["spark.executor.instances": "1"])
        defer { h.shutdown() }
        h.scheduler.jobStarted(jobId: 2, stages: [JobStage(stageId: 0)], description: "")
        // A body that only ends once interrupted, as a long scan checks its task's flag between batches.
        let stage = await h.startStage(jobId: 2, stageId: 0, tasks: 2) { context in
            while true {
                try context.interruption.check()
                Thread.sleep(forTimeInterval: 0.001)
            }
        }
        #expect(await eventually { h.scheduler.snapshot().runningTasks == 1 })
        h.scheduler.cancelAll()
        await #expect(throws: JobCancelledError.self) { try await stage.value }
        // The slot frees without anyone releasing the body; the task counts as killed, not failed.
        #expect(await eventually { h.scheduler.executorStatuses().allSatisfy { $0.runningTasks == 0 } })
        #expect(await eventually {
            h.events.contains { if case .taskEnd(_, _, _, _, .killed, _) = $0 { true } else { false } }
        })
        #expect(h.scheduler.executorStatuses().allSatisfy { $0.failedTasks == 0 })
    }

    @Test func swiftTaskCancellationInterruptsTheStage() async throws {
        let h = try RuntimeHarness(["spark.executor.instances": "1"])
        defer { h.shutdown() }
        let gate = TaskGate()
        let stage = await h.startStage(tasks: 4) { _ in gate.wait() }
        #expect(await eventually { h.scheduler.snapshot().runningTasks == 1 })
        stage.cancel()
        await #expect(throws: JobCancelledError.self) { try await stage.value }
        gate.release()
    }

    @Test func shutdownFailsRunningStagesAndJoinsThreads() async throws {
        let h = try RuntimeHarness(["spark.executor.instances": "2"])
        // Tasks long enough (50 ms, three rounds on two slots) that a loaded machine still sees them running.
        let stage = await h.startStage(tasks: 6) { _ in Thread.sleep(forTimeInterval: 0.05) }
        #expect(await eventually { h.scheduler.snapshot().runningTasks > 0 })
        h.shutdown()
        _ = try? await stage.value
        #expect(h.events.last?.name == "SparkListenerApplicationEnd")
        h.shutdown()  // idempotent
    }
}
