import Foundation
import SparkbookCluster
import Testing

@Suite(.timeLimit(.minutes(1))) struct ClusterRuntimeTests {
    func start(_ master: String? = nil, _ properties: [String: String]) throws -> ClusterRuntime {
        var options = ClusterRuntime.Options()
        options.ticking = .manual
        options.consoleProgress = false
        return try ClusterRuntime.start(master: master, properties: properties, clock: ManualClock(), options: options)
    }

    @Test func validationErrorsKeepSparksExactMessages() {
        #expect(throws: ConfigError.self) {
            try start(nil, ["spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.minExecutors": "2",
                            "spark.dynamicAllocation.maxExecutors": "1"]).shutdown()
        }
        do {
            try start(nil, ["spark.dynamicAllocation.enabled": "true",
                            "spark.dynamicAllocation.shuffleTracking.enabled": "false"]).shutdown()
            Issue.record("no error")
        } catch let error as ConfigError {
            #expect(error.message.hasPrefix("Dynamic allocation of executors requires one of the following conditions: "
                + "1) enabling external shuffle service through spark.shuffle.service.enabled."))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: ConfigError(code: .coresBelowTaskCpus, key: "spark.task.cpus",
                                    message: "The number of cores per executor (=1) has to be >= the number of cpus "
                                        + "per task = 2.")) {
            try start(nil, ["spark.task.cpus": "2"]).shutdown()
        }
        #expect(throws: ClusterManagerError.self) { try start("mesos://x", [:]).shutdown() }
    }

    @Test func noticesAreReturned() throws {
        let runtime = try start(nil, ["spark.dynamicAllocation.enabled": "true",
                                      "spark.dynamicAllocation.minExecutors": "2",
                                      "spark.dynamicAllocation.initialExecutors": "1"])
        defer { runtime.shutdown() }
        #expect(runtime.dynamicAllocationEnabled)
        #expect(runtime.notices.map(\.code).contains(.initialExecutorsBelowMin))
        #expect(runtime.notices.map(\.code).contains(.usingInitialExecutors))
    }

    @Test func disabledAllocationIgnoresMalformedAllocationKeysLikeSpark() throws {
        let runtime = try start(nil, ["spark.dynamicAllocation.maxExecutors": "many", "sparkbook.executor.startupTime": "1s"])
        defer { runtime.shutdown() }
        #expect(!runtime.dynamicAllocationEnabled)
        #expect(runtime.snapshot().executors == 0)  // two requested, still starting (1 s)
        #expect(runtime.snapshot().starting == 2)
    }

    @Test func backgroundTickerFollowsTheClockBetweenJobs() async throws {
        var options = ClusterRuntime.Options()
        options.consoleProgress = false
        options.ticking = .background(poll: .milliseconds(1))
        let clock = ManualClock()
        let runtime = try ClusterRuntime.start(
            master: "yarn", properties: ["spark.executor.instances": "2", ClusterManagerProfile.startupTimeKey: "3s"],
            clock: clock, options: options)
        try await Task.sleep(for: .milliseconds(20))
        #expect(runtime.snapshot().executors == 0)
        clock.advance(by: .seconds(3))
        #expect(await eventually { runtime.snapshot().executors == 2 })
        #expect(runtime.executorStatuses().map(\.id) == ["1", "2"])
        runtime.shutdown()
    }

    @Test func localModeAppId() throws {
        let local = try start("local[2]", [:])
        #expect(local.appId.hasPrefix("local-"))
        #expect(local.executorStatuses().map(\.slots) == [2])
        local.shutdown()
    }

    /// Runs one 2-task stage on `runtime` whose partition 0 fails (transiently) on attempts below `failing`.
    func runFlakyStage(_ runtime: ClusterRuntime, failing: Int) async throws {
        runtime.clusterScheduler.injectFaults { $0.partition == 0 && $0.attempt < failing
            ? InjectedTaskFailure(message: "flaky") : nil }
        try await runtime.clusterScheduler.runStage(StageDescriptor(jobId: 0, stageId: 0, name: "s", taskCount: 2)) { _ in }
    }

    @Test func localNFAllowsFAttemptsWhatever_spark_task_maxFailuresSays() async throws {
        let local = try start("local[2,3]", ["spark.task.maxFailures": "10"])
        defer { local.shutdown() }
        try await runFlakyStage(local, failing: 2)
        do {
            try await runFlakyStage(local, failing: 3)
            Issue.record("no abort")
        } catch let aborted as StageAbortedError {
            #expect(aborted.message.hasPrefix("Job aborted due to stage failure: Task 0 in stage 0.0 failed 3 times, "
                + "most recent failure: Lost task 0.2 in stage 0.0 (TID "))
        }
    }

    @Test func plainLocalModeAllowsOneAttempt() async throws {
        let local = try start("local[*]", ["spark.task.maxFailures": "4"])
        defer { local.shutdown() }
        await #expect(throws: StageAbortedError.self) { try await runFlakyStage(local, failing: 1) }
    }

    @Test func localThreadsMustFitATasksCpusAsSparkChecks() {
        let message = { (cores: Int) in
            "The number of cores per executor (=\(cores)) has to be >= the number of cpus per task = 2." }
        for (master, cores) in [("local", 1), ("local[1]", 1), ("local[1,3]", 1)] {
            #expect(throws: ConfigError(code: .coresBelowTaskCpus, key: "spark.task.cpus", message: message(cores))) {
                try start(master, ["spark.task.cpus": "2"]).shutdown()
            }
        }
        #expect(throws: ConfigError(code: .coresBelowTaskCpus, key: "spark.task.cpus",
                                    message: "The number of cores per executor (=0) has to be >= the number of cpus "
                                        + "per task = 1.")) {
            try start("local[0,2]", [:]).shutdown()
        }
    }

    /// With an event log, the run's allocation log (milliseconds, DEBUG lines) is kept beside it as
    /// `<appId>.allocation.log`, where `sparkbook timeline` finds it, as it finds real Spark's from `--engine spark`.
    @Test func keepsTheAllocationLogBesideTheEventLog() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-alloclog-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = ClusterRuntime.Options()
        options.ticking = .manual
        options.consoleProgress = false
        options.eventLogDirectory = directory.path
        let runtime = try ClusterRuntime.start(
            master: "local-cluster[2,1,1024]",
            properties: ["spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.initialExecutors": "2",
                         "spark.dynamicAllocation.shuffleTracking.enabled": "true"],
            clock: ManualClock(), options: options)
        runtime.shutdown()
        let location = try EventLogLocation.resolve(directory.path)
        #expect(location.appId == runtime.appId)
        let log = try #require(location.allocationLog)
        #expect(log.lastPathComponent == runtime.appId + ".allocation.log")
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.contains(" INFO Utils: Using initial executors = 2, "), "\(text)")
        #expect(text.firstMatch(of: #/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} /#) != nil, "\(text)")
        #expect(AllocationLogParser().parse(text).map(\.kind) == [.initial(target: 2)])
    }
}
