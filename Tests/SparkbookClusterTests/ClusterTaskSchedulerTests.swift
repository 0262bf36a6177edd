import Foundation
import SparkbookCluster
import Synchronization
import Testing

@Suite(.timeLimit(.minutes(1))) struct ClusterTaskSchedulerTests {
    @Test func backlogRampsUpOneTwoFourNeverAboveMax() async throws {
        let h = try RuntimeHarness.dynamic(min: 2, max: 10)
        defer { h.shutdown() }
        #expect(h.addedExecutors == ["0", "1"])  // initial = min
        let gate = TaskGate()
        let stage = await h.startStage(tasks: 100) { _ in gate.wait() }
        #expect(await eventually { h.scheduler.snapshot().runningTasks == 2 })
        let perTick = h.advance(ms: 6000).filter { $0 > 0 }
        #expect(perTick == [1, 2, 4, 1])
        #expect(h.runtime.snapshot().executors == 10)
        #expect(h.scheduler.snapshot().runningTasks == 10)
        gate.release()
        try await stage.value
        #expect(h.runtime.snapshot().executors == 10)
        let lines = AllocationLogRenderer(timeZone: TimeZone(identifier: "UTC")!)
            .lines(h.runtime.timeline.entries, epochOffset: h.runtime.timeline.epochOffset)
        #expect(lines.contains(
            "23/11/14 22:13:21 INFO ExecutorAllocationManager: Requesting 1 new executor because tasks are "
                + "backlogged (new desired total will be 3 for resource profile id: 0)"))
    }

    @Test func idleExecutorsLeaveAfterTheTimeoutDownToMin() async throws {
        let h = try RuntimeHarness.dynamic(min: 2, max: 6)
        defer { h.shutdown() }
        let gate = TaskGate()
        let stage = await h.startStage(tasks: 40) { _ in gate.wait() }
        h.advance(ms: 4000)
        #expect(h.runtime.snapshot().executors == 6)
        gate.release()
        try await stage.value
        h.advance(ms: 59_000)
        #expect(h.removedExecutors.isEmpty)
        h.advance(ms: 1_100)
        // Equal deadlines: Spark removes in executor-id order, so the highest ids stay.
        #expect(h.removedExecutors == ["0", "1", "2", "3"])
        #expect(h.runtime.executorStatuses().map(\.id) == ["4", "5"])
        h.advance(ms: 120_000)
        #expect(h.runtime.snapshot().executors == 2)
        let reasons = h.events.compactMap { if case .executorRemoved(_, _, let r) = $0 { r } else { nil } }
        #expect(Set(reasons) == [ClusterTaskScheduler.killedByDriver])
        #expect(h.runtime.timeline.entries.contains { $0.label.hasPrefix("removed executors ") && $0.label.hasSuffix(": idle 60s") })
    }

    /// Real Spark waits forever for an executor no worker can hold; the embedded cluster fails the job, saying why.
    @Test func aJobNoExecutorCanRunFailsAtOnce() async throws {
        let h = try RuntimeHarness(master: "local-cluster[2,1,1024]",
                                   ["spark.executor.cores": "4", "spark.dynamicAllocation.enabled": "true"])
        defer { h.shutdown() }
        let stage = StageDescriptor(jobId: 0, stageId: 0, name: "stage 0", taskCount: 3, writesShuffle: nil)
        await #expect(throws: ClusterManagerError.self) { try await h.scheduler.runStage(stage) { _ in } }
        #expect(h.addedExecutors.isEmpty)
    }

    /// A killed executor is gone only after the kill time; meanwhile it runs nothing and still counts.
    @Test func aKilledExecutorLeavesAfterTheKillTime() async throws {
        let h = try RuntimeHarness.dynamic(min: 1, max: 3, initial: 3,
                                           ["spark.dynamicAllocation.executorIdleTimeout": "1s",
                                            "sparkbook.executor.killTime": "2s"])
        defer { h.shutdown() }
        h.advance(ms: 1_200)
        #expect(h.removedExecutors.isEmpty)
        #expect(h.runtime.timeline.entries.contains { $0.label.hasPrefix("removed executors ") })
        #expect(h.runtime.snapshot().executors == 3)
        h.advance(ms: 2_000)
        #expect(h.removedExecutors.count == 2)
        #expect(h.runtime.snapshot().executors == 1)
    }

    /// Replayed start-up times: each executor registers after its own, in launch order.
    @Test func listedStartupTimesApplyOnePerExecutorInLaunchOrder() async throws {
        let h = try RuntimeHarness(master: "local-cluster[3,1,1024]",
                                   ["spark.executor.instances": "3", "sparkbook.executor.startupTime": "1s,3s,2s"])
        defer { h.shutdown() }
        h.advance(ms: 1_100)
        #expect(h.addedExecutors == ["0"])
        h.advance(ms: 1_000)
        #expect(h.addedExecutors == ["0", "2"])
        h.advance(ms: 1_000)
        #expect(h.addedExecutors == ["0", "2", "1"])
    }

    /// A replayed first-task delay holds only each executor's first task.
    @Test func theFirstTaskOnAnExecutorWaitsItsReplayedDelay() async throws {
        let h = try RuntimeHarness(master: "local-cluster[1,1,1024]",
                                   ["spark.executor.instances": "1", "sparkbook.executor.firstTaskDelay": "1500ms"])
        defer { h.shutdown() }
        h.advance(ms: 100)
        let clock = ContinuousClock()
        let first = try await clock.measure {
            try await h.scheduler.runStage(StageDescriptor(jobId: 0, stageId: 0, name: "s", taskCount: 1, writesShuffle: nil)) { _ in }
        }
        let second = try await clock.measure {
            try await h.scheduler.runStage(StageDescriptor(jobId: 0, stageId: 1, name: "s", taskCount: 1, writesShuffle: nil)) { _ in }
        }
        #expect(first >= .milliseconds(1_500))
        #expect(second < first - .milliseconds(1_000))
    }

    /// A replayed driver submits its first job no earlier than the recorded one did; later jobs do not wait.
    @Test func theFirstJobWaitsUntilTheReplayedTime() throws {
        let h = try RuntimeHarness(master: "local-cluster[1,1,1024]", ["sparkbook.replay.firstJobAfter": "1s"])
        defer { h.shutdown() }
        let clock = ContinuousClock()
        let first = clock.measure { h.scheduler.jobStarted(jobId: 0, stages: [], description: "a") }
        let second = clock.measure { h.scheduler.jobStarted(jobId: 1, stages: [], description: "b") }
        #expect(first >= .milliseconds(900))
        #expect(second < .milliseconds(900))
    }

    @Test func tasksGoToTheLowestExecutorIdWithAFreeSlot() async throws {
        let h = try RuntimeHarness(["spark.executor.instances": "3", "spark.executor.cores": "2"])
        defer { h.shutdown() }
        let gate = TaskGate()
        let stage = await h.startStage(tasks: 5) { _ in gate.wait() }
        #expect(await eventually { h.scheduler.snapshot().runningTasks == 5 })
        let placed = h.events.compactMap { if case .taskStart(_, _, let t) = $0 { t.executorId } else { nil } }
        #expect(placed == ["0", "0", "1", "1", "2"])
        gate.release()
        try await stage.value
    }

    @Test func fixedExecutorsWhenAllocationIsOffComeUpAfterStartup() async throws {
        let h = try RuntimeHarness(["spark.executor.instances": "3", ClusterManagerProfile.startupTimeKey: "1s"])
        defer { h.shutdown() }
        #expect(h.addedExecutors.isEmpty)
        h.advance(ms: 900)
        #expect(h.addedExecutors.isEmpty)
        h.advance(ms: 100)
        #expect(h.addedExecutors == ["0", "1", "2"])
        #expect(h.runtime.snapshot().target == nil)
        h.advance(ms: 120_000)
        #expect(h.removedExecutors.isEmpty)
    }

    @Test func requestsBeyondCapacityStayPending() async throws {
        let h = try RuntimeHarness.dynamic(min: 0, max: 10, [ClusterManagerProfile.capacityKey: "3"])
        defer { h.shutdown() }
        let gate = TaskGate()
        let stage = await h.startStage(tasks: 50) { _ in gate.wait() }
        h.advance(ms: 5000)
        let snapshot = h.runtime.snapshot()
        #expect(snapshot.executors == 3)
        #expect(snapshot.target == 10)
        #expect(snapshot.waiting == 7)
        gate.release()
        try await stage.value
    }

    @Test func localModeIgnoresAllocation() async throws {
        let h = try RuntimeHarness(master: "local[3]", ["spark.dynamicAllocation.enabled": "true"])
        defer { h.shutdown() }
        #expect(!h.runtime.dynamicAllocationEnabled)
        #expect(h.runtime.notices.map(\.code) == [.dynamicAllocationIgnored])
        #expect(h.addedExecutors == ["driver"])
        let concurrent = Mutex((now: 0, peak: 0))
        try await h.scheduler.runStage(StageDescriptor(jobId: 0, stageId: 0, name: "s", taskCount: 12)) { context in
            #expect(context.executorId == "driver")
            concurrent.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) }
            Thread.sleep(forTimeInterval: 0.002)
            concurrent.withLock { $0.now -= 1 }
        }
        #expect(concurrent.withLock { $0.peak } <= 3)
        h.advance(ms: 120_000)
        #expect(h.addedExecutors == ["driver"])
        #expect(h.removedExecutors.isEmpty)
    }

    @Test func eventsArriveInSparkOrder() async throws {
        let h = try RuntimeHarness.dynamic(min: 1, max: 1)
        defer { h.shutdown() }
        h.scheduler.jobStarted(jobId: 0, stages: [JobStage(stageId: 0)], description: "count")
        try await h.scheduler.runStage(StageDescriptor(jobId: 0, stageId: 0, name: "count", taskCount: 2)) { _ in }
        h.scheduler.jobEnded(jobId: 0, succeeded: true)
        let names = h.events.map(\.name)
        #expect(names == [
            "SparkListenerEnvironmentUpdate", "SparkListenerApplicationStart", "SparkListenerExecutorAdded",
            "SparkListenerJobStart", "SparkListenerStageSubmitted", "SparkListenerTaskStart",
            "SparkListenerTaskEnd", "SparkListenerTaskStart", "SparkListenerTaskEnd",
            "SparkListenerStageCompleted", "SparkListenerJobEnd",
        ])
    }

    /// Shuffle output keeps its executors until the ContextCleaner removes it: not when its job ends, but at the
    /// driver's next periodic GC after that (`spark.cleaner.periodicGC.interval`, here 200s from the start).
    @Test func shuffleOutputKeepsExecutorsUntilThePeriodicGCCleansIt() async throws {
        let h = try RuntimeHarness.dynamic(min: 0, max: 2, initial: 2, [ContextCleanerSchedule.periodicGCIntervalKey: "200s"])
        defer { h.shutdown() }
        h.scheduler.jobStarted(jobId: 0, stages: [JobStage(stageId: 0, shuffleId: 4), JobStage(stageId: 1)],
                               description: "groupBy")
        try await h.scheduler.runStage(
            StageDescriptor(jobId: 0, stageId: 0, name: "map", taskCount: 2, writesShuffle: 4)) { _ in }
        #expect(Set(h.scheduler.shuffleLocations(4).values.map(\.executorId)) == ["0", "1"])
        h.advance(ms: 61_000)
        #expect(h.removedExecutors.isEmpty)  // active shuffle: the job still runs
        h.scheduler.jobEnded(jobId: 0, succeeded: true)
        h.advance(ms: 61_000)
        #expect(h.removedExecutors.isEmpty)  // inactive shuffle, shuffleTracking.timeout is infinite
        let statuses = h.runtime.executorStatuses()
        #expect(statuses.map(\.shuffleIds) == [[4], [4]])
        #expect(statuses.allSatisfy { $0.note == "holds shuffle data (shuffle 4)" })
        let kept = h.runtime.timeline.entries.map(\.label).filter { $0.hasPrefix("kept") }
        #expect(kept == ["kept executors 0,1: shuffle 4 in use", "kept executors 0,1: holds shuffle data (shuffle 4)"])
        h.scheduler.shuffleUnreferenced(4)  // at 122s
        h.advance(ms: 77_900)
        #expect(h.removedExecutors.isEmpty)  // 199.9s: the first GC has not run
        h.advance(ms: 200)
        #expect(h.scheduler.shuffleLocations(4).isEmpty)  // cleaned at 200s
        #expect(h.removedExecutors == ["0", "1"])  // idle far longer than 60s: released in the same round
    }

    @Test func aFailingTaskFailsTheStageWithItsError() async throws {
        struct Boom: Error, Equatable {}
        let h = try RuntimeHarness(["spark.executor.instances": "1"])
        defer { h.shutdown() }
        await #expect(throws: Boom.self) {
            try await h.scheduler.runStage(StageDescriptor(jobId: 0, stageId: 0, name: "s", taskCount: 3)) { context in
                if context.partition == 1 { throw Boom() }
            }
        }
        let failed = h.events.contains {
            if case .taskEnd(_, _, _, let task, .exceptionFailure(let name, _), _) = $0 { task.failed && name == "Boom" }
            else { false }
        }
        #expect(failed)
    }

    @Test func emptyStagesFinishAtOnce() async throws {
        let h = try RuntimeHarness(["spark.executor.instances": "1"])
        defer { h.shutdown() }
        try await h.scheduler.runStage(StageDescriptor(jobId: 0, stageId: 0, name: "s", taskCount: 0)) { _ in }
        #expect(h.events.map(\.name).suffix(2) == ["SparkListenerStageSubmitted", "SparkListenerStageCompleted"])
    }

    @Test func stageEventsCarryTheShuffleReadAndItsCoalescing() async throws {
        let h = try RuntimeHarness(["spark.executor.instances": "1"])
        defer { h.shutdown() }
        let stage = StageDescriptor(jobId: 0, stageId: 4, name: "count", taskCount: 2, readsShuffles: [3],
                                    shufflePartitionsBeforeCoalescing: 200)
        try await h.scheduler.runStage(stage) { _ in }
        let infos = h.events.compactMap { event -> StageInfo? in
            switch event {
            case .stageSubmitted(let info), .stageCompleted(let info): info
            default: nil
            }
        }
        #expect(infos.count == 2)
        #expect(infos.allSatisfy { $0.readsShuffles == [3] && $0.shufflePartitionsBeforeCoalescing == 200 })
        #expect(infos.last?.completionTime != nil)
    }
}
