import Foundation
import SparkbookCluster
import Synchronization
import Testing
@testable import SparkbookEngine

/// Executors lost while their tasks run, and transient task failures, on the live cluster runtime (manual clock,
/// executors up at once): results never change, and the events say what Spark's would.
@Suite struct QueryExecutorExecutorLossTests {
    /// Loses the executor a chosen task runs on, from inside that task (so the loss happens mid-task, with no
    /// timing involved), once.
    final class KillingScheduler: TaskScheduler, @unchecked Sendable {
        let inner: ClusterTaskScheduler
        /// Whether to lose this task's executor now.
        let victim: @Sendable (StageDescriptor, TaskContext) -> Bool
        let lost = Mutex<String?>(nil)

        init(_ inner: ClusterTaskScheduler, victim: @escaping @Sendable (StageDescriptor, TaskContext) -> Bool) {
            self.inner = inner
            self.victim = victim
        }

        func jobStarted(jobId: Int, stages: [JobStage], description: String) {
            inner.jobStarted(jobId: jobId, stages: stages, description: description)
        }

        func runStage(_ stage: StageDescriptor, task: @escaping @Sendable (TaskContext) throws -> Void) async throws {
            try await inner.runStage(stage) { [self] context in
                let kill = lost.withLock { done in
                    guard done == nil, victim(stage, context) else { return false }
                    done = context.executorId
                    return true
                }
                if kill { inner.loseExecutor(context.executorId, reason: "Worker lost (test)") }
                try task(context)
            }
        }

        func jobEnded(jobId: Int, succeeded: Bool) { inner.jobEnded(jobId: jobId, succeeded: succeeded) }
        func shuffleUnreferenced(_ shuffleId: Int) { inner.shuffleUnreferenced(shuffleId) }
        func lostMapOutputs(shuffleId: Int) -> [Int] { inner.lostMapOutputs(shuffleId: shuffleId) }
    }

    static func start(_ extra: [String: String] = [:], recorder: EventRecorder) throws -> ClusterRuntime {
        var options = ClusterRuntime.Options()
        options.ticking = .manual
        options.consoleProgress = false
        options.wallClockOrigin = 1_700_000_000_000
        let properties = [
            "spark.executor.instances": "3", "spark.executor.cores": "2",
            ClusterManagerProfile.startupTimeKey: "0ms",
        ].merging(extra) { $1 }
        return try ClusterRuntime.start(master: nil, properties: properties, clock: ManualClock(),
                                        listeners: [recorder], options: options)
    }

    /// Dynamic allocation held at three executors, keeping map output on executors (shuffle tracking) or in the
    /// external shuffle service.
    static func dynamic(shuffleService: Bool) -> [String: String] {
        ["spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.minExecutors": "3",
         "spark.dynamicAllocation.maxExecutors": "3",
         "spark.dynamicAllocation.shuffleTracking.enabled": String(!shuffleService),
         "spark.shuffle.service.enabled": String(shuffleService)]
    }

    static func events(_ runtime: ClusterRuntime, _ recorder: EventRecorder) -> [SparkListenerEvent] {
        runtime.bus.flush()
        return recorder.events
    }

    static func taskEndReasons(_ events: [SparkListenerEvent]) -> [TaskEndDetail] {
        events.compactMap { if case .taskEnd(_, _, _, _, let reason, _) = $0, reason != .success { reason } else { nil } }
    }

    static func submittedAttempts(_ events: [SparkListenerEvent]) -> [(stage: Int, attempt: Int)] {
        events.compactMap { if case .stageSubmitted(let info) = $0 { (info.stageId, info.attempt) } else { nil } }
    }

    func expected() async throws -> Set<[Value]> {
        try await LostShuffleOutputTests().run(ThreadPoolTaskScheduler(parallelism: 2))
    }

    @Test func executorLostDuringTheReduceStageWithShuffleTracking() async throws {
        let recorder = EventRecorder()
        let runtime = try Self.start(Self.dynamic(shuffleService: false), recorder: recorder)
        defer { runtime.shutdown() }
        // Lose the executor of the first reduce task; it holds map output (tasks go to the lowest id first).
        let scheduler = KillingScheduler(runtime.clusterScheduler) { stage, context in
            !stage.readsShuffles.isEmpty && stage.attempt == 0 && context.partition == 0
        }
        let result = try await LostShuffleOutputTests().run(scheduler)
        #expect(result == (try await expected()))
        let events = Self.events(runtime, recorder)
        let victim = try #require(scheduler.lost.withLock { $0 })
        let reasons = Self.taskEndReasons(events)
        #expect(reasons.contains(.executorLost(executorId: victim, causedByApp: false, reason: "Worker lost (test)")))
        #expect(reasons.contains { if case .fetchFailed(let id, _, _, _, _, _) = $0 { id == victim } else { false } })
        #expect(events.contains { if case .executorRemoved(victim, _, "Worker lost (test)") = $0 { true } else { false } })
        // Both stages ran a second attempt: the map stage for the lost output, the reduce stage after the fetch failure.
        let attempts = Self.submittedAttempts(events)
        #expect(attempts.filter { $0.attempt == 1 }.map(\.stage).sorted() == [0, 1])
    }

    @Test func executorLostDuringTheReduceStageWithTheExternalShuffleService() async throws {
        let recorder = EventRecorder()
        let runtime = try Self.start(Self.dynamic(shuffleService: true), recorder: recorder)
        defer { runtime.shutdown() }
        let scheduler = KillingScheduler(runtime.clusterScheduler) { stage, context in
            !stage.readsShuffles.isEmpty && context.partition == 0
        }
        let result = try await LostShuffleOutputTests().run(scheduler)
        #expect(result == (try await expected()))
        let events = Self.events(runtime, recorder)
        let reasons = Self.taskEndReasons(events)
        // The shuffle service still serves the map output: the task is retried, nothing else runs again.
        #expect(reasons.count == 1)
        #expect(reasons.allSatisfy { if case .executorLost = $0 { true } else { false } })
        #expect(Self.submittedAttempts(events).allSatisfy { $0.attempt == 0 })
    }

    @Test func executorLostDuringTheMapStage() async throws {
        let recorder = EventRecorder()
        let runtime = try Self.start(["spark.shuffle.service.enabled": "false"], recorder: recorder)
        defer { runtime.shutdown() }
        let scheduler = KillingScheduler(runtime.clusterScheduler) { stage, context in
            stage.writesShuffle != nil && context.partition == 3
        }
        let result = try await LostShuffleOutputTests().run(scheduler)
        #expect(result == (try await expected()))
        let removed = Self.events(runtime, recorder).filter { if case .executorRemoved = $0 { true } else { false } }
        #expect(removed.count == 1)
    }

    @Test func aTransientFailureIsRetriedAndTheResultIsUnchanged() async throws {
        let recorder = EventRecorder()
        let runtime = try Self.start(recorder: recorder)
        defer { runtime.shutdown() }
        runtime.clusterScheduler.injectFaults { context in
            context.partition == 1 && context.attempt < 2 ? InjectedTaskFailure(message: "disk hiccup") : nil
        }
        let result = try await LostShuffleOutputTests().run(runtime.clusterScheduler)
        #expect(result == (try await expected()))
        let attempts = Self.events(runtime, recorder).compactMap { event -> (Int, Bool)? in
            if case .taskEnd(0, 0, _, let task, _, _) = event, task.index == 1 { (task.attempt, task.failed) } else { nil }
        }
        #expect(attempts.map(\.0) == [0, 1, 2])
        #expect(attempts.map(\.1) == [true, true, false])
    }

    @Test func aTaskFailingMaxFailuresTimesAbortsTheJobWithSparksMessage() async throws {
        let recorder = EventRecorder()
        let runtime = try Self.start(recorder: recorder)
        defer { runtime.shutdown() }
        runtime.clusterScheduler.injectFaults { context in
            context.partition == 2 ? InjectedTaskFailure(message: "disk gone") : nil
        }
        let error = await #expect(throws: SparkError.self) { try await LostShuffleOutputTests().run(runtime.clusterScheduler) }
        let message = try #require(error?.message)
        #expect(message.hasPrefix("Job aborted due to stage failure: Task 2 in stage 0.0 failed 4 times, most recent "
            + "failure: Lost task 2.3 in stage 0.0 (TID "))
        #expect(message.hasSuffix("java.io.IOException: disk gone"))
        let events = Self.events(runtime, recorder)
        let attemptsOfTask2 = events.compactMap { event -> Int? in
            if case .taskEnd(0, 0, _, let task, .exceptionFailure, _) = event, task.index == 2 { task.attempt } else { nil }
        }
        #expect(attemptsOfTask2 == [0, 1, 2, 3])
        #expect(events.contains { if case .jobEnd(_, _, .failed(let text)) = $0 { text == message } else { false } })
    }

    @Test func spark_task_maxFailuresSetsTheAttempts() async throws {
        let recorder = EventRecorder()
        let runtime = try Self.start(["spark.task.maxFailures": "2"], recorder: recorder)
        defer { runtime.shutdown() }
        runtime.clusterScheduler.injectFaults { $0.partition == 0 ? InjectedTaskFailure(message: "flaky") : nil }
        let error = await #expect(throws: SparkError.self) { try await LostShuffleOutputTests().run(runtime.clusterScheduler) }
        #expect(error?.message.contains("Task 0 in stage 0.0 failed 2 times, most recent failure: Lost task 0.1 ") == true)
    }

    @Test func killExecutorAfterTasksLosesABusyExecutorAndChangesNoResult() async throws {
        let recorder = EventRecorder()
        let runtime = try Self.start(["spark.sparkbook.test.killExecutorAfterTasks": "2",
                                      "spark.shuffle.service.enabled": "false"], recorder: recorder)
        defer { runtime.shutdown() }
        let result = try await LostShuffleOutputTests().run(runtime.clusterScheduler)
        #expect(result == (try await expected()))
        let events = Self.events(runtime, recorder)
        #expect(events.contains {
            if case .executorRemoved(_, _, let reason) = $0 { reason.contains("killExecutorAfterTasks") } else { false }
        })
    }
}
