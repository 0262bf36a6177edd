import Testing
@testable import SparkbookCluster

/// Idle release through the whole policy: shuffle tracking, caches, time scale, ordering.
struct ExecutorAllocationPolicyIdleTests {
    @Test("an executor holding an active shuffle outlives its idle timeout until its job ends")
    func activeShuffleThroughPolicy() throws {
        var h = try PolicyHarness(min: 0, max: 5, initial: 0, [
            "spark.dynamicAllocation.shuffleTracking.timeout": "30s",
        ])
        h.addExecutors(["1", "2"])
        h.post(.jobStarted(jobId: 0, stages: [JobStage(stageId: 0, shuffleId: 5), JobStage(stageId: 1)]))
        h.post(.stageSubmitted(stageId: 0, numTasks: 1))
        h.startTask(stage: 0, index: 0, on: "1")
        h.endTask(stage: 0, index: 0, on: "1")
        h.post(.stageCompleted(stageId: 0))
        h.advance(seconds: 60)
        #expect(h.tick().removedIds == ["2"])
        let status = h.policy.executorStatuses(now: h.now).first { $0.id == "1" }
        #expect(status?.keptBecause == .holdsActiveShuffle([5]))
        #expect(status?.secondsUntilRelease == nil)
        h.post(.jobEnded(jobId: 0))
        // Idle since the task ended 60 s ago; the 30 s shuffle timeout has long passed.
        let decisions = h.tick()
        #expect(decisions.removedIds == ["1"])
        #expect(decisions.map(\.label).last == "-1 shuffle 30s")
    }

    @Test("cached executors wait for cachedExecutorIdleTimeout, labelled as such")
    func cachedTimeout() throws {
        var h = try PolicyHarness(min: 0, max: 5, initial: 0, [
            "spark.dynamicAllocation.cachedExecutorIdleTimeout": "5min",
        ])
        h.addExecutors(["1", "2"])
        h.post(.blockCached(executorId: "2", rddId: 1, partition: 0))
        h.advance(seconds: 60)
        #expect(h.tick().removedIds == ["1"])
        h.advance(seconds: 239)
        #expect(h.tick().isEmpty)
        h.advance(seconds: 1)
        let decisions = h.tick()
        #expect(decisions.removedIds == ["2"])
        #expect(decisions.map(\.label) == ["-1 cached 5min"])
    }

    @Test("Spark offers timed-out executors in string order: 10 before 2")
    func sparkOrder() throws {
        var h = try PolicyHarness(min: 2, max: 20, initial: 0)
        h.addExecutors((1...12).map(String.init))
        h.advance(seconds: 60)
        let removed = h.tick().removedIds
        #expect(removed == ["1", "10", "11", "12", "2", "3", "4", "5", "6", "7"])
    }

    @Test("the numeric order option keeps the highest numbers last")
    func numericOrder() throws {
        let config = try DynamicAllocationConfig(properties: ["spark.dynamicAllocation.minExecutors": "2"])
        var policy = try ExecutorAllocationPolicy(config: config, executorOrder: .numeric)
        for id in 1...12 { policy.handle(.executorAdded(id: String(id)), at: .zero) }
        let removed = policy.tick(now: ClockTime(milliseconds: 60_000)).removedIds
        #expect(removed == (1...10).map(String.init))
    }

    @Test("a time scale shrinks backlog and idle timeouts alike")
    func timeScale() throws {
        let config = try DynamicAllocationConfig(properties: [:])
        var policy = try ExecutorAllocationPolicy(config: config, timeScale: TimeScale(factor: 0.1))
        #expect(policy.schedulerBacklogTimeout == .milliseconds(100))
        policy.handle(.executorAdded(id: "1"), at: .zero)
        #expect(policy.monitor.deadline(of: "1") == ClockTime(milliseconds: 6000))
        #expect(policy.tick(now: ClockTime(milliseconds: 5999)).isEmpty)
        #expect(policy.tick(now: ClockTime(milliseconds: 6000)).removedIds == ["1"])
    }

    @Test("nextTimerDeadline is the earlier of the backlog timer and the next idle deadline")
    func nextTimerDeadline() throws {
        var h = try PolicyHarness(min: 0, max: 5, initial: 0)
        #expect(h.policy.nextTimerDeadline == .never)
        h.addExecutors(["1"])
        #expect(h.policy.nextTimerDeadline == h.now + .seconds(60))
        h.post(.stageSubmitted(stageId: 0, numTasks: 4))
        #expect(h.policy.nextTimerDeadline == h.now + .seconds(1))
    }
}
