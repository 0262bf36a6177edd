import Testing
@testable import SparkbookCluster

/// Conformance checklist items 10-16: the 100 ms polling loop, timer arming, floors.
struct ExecutorAllocationPolicyTickTests {
    @Test("10. polling loop add: 1 -> 3 -> 7, hold while drained, then up to max")
    func pollingLoopAdd() throws {
        var h = try PolicyHarness(min: 0, max: 20, initial: 0)
        h.post(.stageSubmitted(stageId: 0, numTasks: 1000))
        h.advance(ms: 500)
        h.tick()
        #expect(h.target == 0)  // timer not exceeded yet
        h.advance(ms: 1000)
        h.tick()
        #expect(h.target == 1)
        h.advance(ms: 500)
        h.tick()
        #expect(h.target == 1)  // sustained timer not exceeded yet
        h.advance(ms: 1000)
        h.tick()
        #expect(h.target == 3)
        h.advance(ms: 1000)
        h.tick()
        #expect(h.target == 7)
        // Queue drained: every task has started (none on a registered executor yet).
        for index in 0..<1000 { h.startTask(stage: 0, index: index, on: "x") }
        #expect(h.policy.addTime == nil)
        h.advance(ms: 1000)
        h.tick()
        #expect(h.target == 7)
        h.advance(ms: 1000)
        h.tick()
        #expect(h.target == 7)
        // Backlogged again: a failed task must run again.
        h.endTask(stage: 0, index: 0, on: "x", .failed)
        var targets: [Int] = []
        for _ in 0..<5 {
            h.advance(ms: 1000)
            h.tick()
            targets.append(h.target)
        }
        #expect(targets == [8, 10, 14, 20, 20])
    }

    @Test("11. polling loop remove: only idle executors go, stopping at min")
    func pollingLoopRemove() throws {
        var h = try PolicyHarness(min: 1, max: 20, initial: 1)
        h.addExecutors(["executor-1", "executor-2", "executor-3"])
        h.advance(seconds: 30)
        h.tick()
        #expect(h.policy.monitor.timedOutExecutors(now: h.now).isEmpty)
        #expect(h.policy.pendingRemoval.isEmpty)
        h.advance(seconds: 60)
        #expect(h.policy.monitor.timedOutExecutors(now: h.now).count == 3)
        h.tick()
        #expect(h.policy.pendingRemoval.count == 2)  // one left: the floor
        h.addExecutors(["executor-4", "executor-5", "executor-6", "executor-7"])
        #expect(h.policy.executorCount == 7)
        for (index, id) in ["executor-4", "executor-5", "executor-6"].enumerated() {
            h.startTask(stage: 9, index: index, on: id)
        }
        h.tick()
        #expect(h.policy.pendingRemoval.count == 3)  // executor-3 may go now
        h.advance(seconds: 60)
        h.tick()
        #expect(h.policy.pendingRemoval.count == 4)
        #expect(h.policy.pendingRemoval.isDisjoint(with: ["executor-4", "executor-5", "executor-6"]))
        for (index, id) in ["executor-4", "executor-5", "executor-6"].enumerated() {
            h.endTask(stage: 9, index: index, on: id)
        }
        h.tick()
        #expect(h.policy.pendingRemoval.count == 4)
        h.advance(seconds: 60)
        h.tick()
        #expect(h.policy.pendingRemoval.count == 6)
    }

    @Test("12. a stage submit arms the timer; once every task has started, it is cleared")
    func timerArmingAndClearing() throws {
        var h = try PolicyHarness(min: 1, max: 20, initial: 1)
        #expect(h.policy.addTime == nil)
        h.post(.stageSubmitted(stageId: 0, numTasks: 10))
        #expect(h.policy.addTime == h.now + .seconds(1))
        for index in 1..<10 { h.startTask(stage: 0, index: index, on: "executor-1") }
        #expect(h.policy.addTime != nil)
        h.startTask(stage: 0, index: 0, on: "executor-1")
        #expect(h.policy.addTime == nil)
        // With two stages the timer clears only when both have started every task.
        h.post(.stageSubmitted(stageId: 1, numTasks: 10))
        h.post(.stageSubmitted(stageId: 2, numTasks: 10))
        #expect(h.policy.addTime != nil)
        for index in 0..<10 { h.startTask(stage: 1, index: index, on: "executor-1") }
        #expect(h.policy.addTime != nil)
        for index in 0..<10 { h.startTask(stage: 2, index: index, on: "executor-1") }
        #expect(h.policy.addTime == nil)
    }

    @Test("12. an armed timer keeps its first deadline; adds re-arm it with the sustained timeout")
    func timerRearm() throws {
        var h = try PolicyHarness(min: 0, max: 20, initial: 0, [
            "spark.dynamicAllocation.schedulerBacklogTimeout": "2s",
            "spark.dynamicAllocation.sustainedSchedulerBacklogTimeout": "5s",
        ])
        let start = h.now
        h.post(.stageSubmitted(stageId: 0, numTasks: 100))
        h.advance(ms: 500)
        h.post(.stageSubmitted(stageId: 1, numTasks: 100))
        #expect(h.policy.addTime == start + .seconds(2))
        h.advance(ms: 1500)
        #expect(h.tick().map(\.label) == ["+1 backlog 2s"])
        #expect(h.policy.addTime == h.now + .seconds(5))
        h.advance(seconds: 5)
        #expect(h.tick().map(\.label) == ["+2 backlog 5s"])
    }

    @Test("13. when the target is below the running executors, the next add starts from them")
    func addStartsFromRunningCount() throws {
        var h = try PolicyHarness(min: 0, max: 100_000, initial: 0)
        h.post(.stageSubmitted(stageId: 0, numTasks: 1000))
        for _ in 0..<4 {
            h.advance(seconds: 1)
            h.tick()
        }
        #expect(h.target == 15)
        h.addExecutors((0..<15).map { "executor-\($0)" })
        h.post(.stageCompleted(stageId: 0))
        h.advance(ms: 100)
        h.tick()
        #expect(h.target == 0)
        h.post(.stageSubmitted(stageId: 1, numTasks: 1000))
        h.advance(seconds: 1)
        #expect(h.tick().targetChanges.map(\.target) == [16])
    }

    @Test("14. initial executors are not ramped down before the first job")
    func noRampDownBeforeFirstJob() throws {
        var h = try PolicyHarness(min: 2, max: 5, initial: 3)
        #expect(h.target == 3)
        #expect(h.tick().isEmpty)
        #expect(h.target == 3)
        h.post(.stageSubmitted(stageId: 1, numTasks: 2))
        h.advance(ms: 100)
        #expect(h.policy.maxExecutorsNeeded == 2)
        h.tick()
        #expect(h.target == 2)
    }

    @Test("14. initial executors are not ramped down before the first idle timeout")
    func noRampDownBeforeFirstIdleTimeout() throws {
        var h = try PolicyHarness(min: 2, max: 5, initial: 3)
        h.tick()
        #expect(h.target == 3)
        h.addExecutors(["executor-0", "executor-1", "executor-2"])
        h.advance(seconds: 59)
        h.tick()
        #expect(h.target == 3)
        h.advance(seconds: 1)
        #expect(h.policy.maxExecutorsNeeded == 0)
        let decisions = h.tick()
        #expect(h.target == 2)
        #expect(decisions.removedIds == ["executor-0"])
    }

    @Test("15. a failed task counts as pending again; a killed one does not")
    func failedTaskIsPendingAgain() throws {
        var h = try PolicyHarness()
        #expect(h.policy.maxExecutorsNeeded == 0)
        h.post(.stageSubmitted(stageId: 0, numTasks: 1))
        #expect(h.policy.maxExecutorsNeeded == 1)
        h.startTask(stage: 0, index: 0, on: "executor-1")
        #expect(h.policy.maxExecutorsNeeded == 1)
        #expect(h.policy.addTime == nil)
        h.endTask(stage: 0, index: 0, on: "executor-1", .failed)
        #expect(h.policy.maxExecutorsNeeded == 1)
        #expect(h.policy.tasks.pendingTasks == 1)
        #expect(h.policy.addTime == h.now + .seconds(1))
        h.startTask(stage: 0, index: 0, on: "executor-1")
        h.endTask(stage: 0, index: 0, on: "executor-1", .killed)
        #expect(h.policy.tasks.pendingTasks == 0)
        #expect(h.policy.maxExecutorsNeeded == 0)
    }

    @Test("16. after idle kills the target settles at min")
    func settlesAtMin() throws {
        var h = try PolicyHarness(min: 2, max: 10, initial: 2)
        h.post(.stageSubmitted(stageId: 0, numTasks: 6))
        for _ in 0..<3 {
            h.advance(seconds: 1)
            h.tick()
        }
        #expect(h.target == 6)
        let ids = (1...6).map(String.init)
        h.addExecutors(ids)
        for (index, id) in ids.enumerated() { h.startTask(stage: 0, index: index, on: id) }
        for (index, id) in ids.enumerated() { h.endTask(stage: 0, index: index, on: id) }
        h.post(.stageCompleted(stageId: 0))
        h.advance(ms: 100)
        #expect(h.tick().targetChanges.map(\.target) == [2])
        h.advance(seconds: 60)
        let removal = h.tick()
        #expect(removal.removedIds == ["1", "2", "3", "4"])
        #expect(removal.map(\.logLine) == ["Executors 1,2,3,4 removed due to idle timeout."])
        #expect(removal.map(\.label) == ["-4 idle 60s"])
        for id in removal.removedIds { h.post(.executorRemoved(id: id)) }
        for _ in 0..<20 {
            h.advance(seconds: 30)
            #expect(h.tick().isEmpty)
        }
        #expect(h.target == 2)
        #expect(h.policy.executorCount == 2)
    }
}
