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
}
