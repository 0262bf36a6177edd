import Testing
@testable import SparkbookCluster

/// Conformance checklist items 1-9 (spec: dynamic-allocation.md), driven tick by tick.
struct ExecutorAllocationPolicyTests {
    @Test("1. starting state: target = initial, nothing pending removal, timer unarmed")
    func startingState() throws {
        let h = try PolicyHarness()
        #expect(h.target == 1)
        #expect(h.policy.pendingRemoval.isEmpty)
        #expect(h.policy.addTime == nil)
        #expect(h.policy.executorsToAdd == 1)
        #expect(h.policy.initializing)
        #expect(h.policy.start() == .requestTotal(TargetChange(target: 1, previousTarget: 0, reason: .initial)))
    }

    @Test("2. min/max validation: negative, zero max, min > max fail; min == max and min < max pass")
    func minMaxValidation() throws {
        #expect(throws: ConfigError.self) { try PolicyHarness(min: -1, max: 5) }
        #expect(throws: ConfigError.self) { try PolicyHarness(min: 0, max: -1, initial: 0) }
        #expect(throws: ConfigError.self) { try PolicyHarness(min: 0, max: 0, initial: 0) }
        do {
            _ = try PolicyHarness(min: 2, max: 1)
            Issue.record("min > max accepted")
        } catch {
            #expect(error.code == .minAboveMax)
        }
        #expect(try PolicyHarness(min: 1, max: 1).target == 1)
        #expect(try PolicyHarness(min: 1, max: 2).target == 1)
    }

    @Test("3. ramp with 1000 pending tasks and max 10: deltas 1, 2, 4, 2; targets 2, 4, 8, 10")
    func rampUp() throws {
        var h = try PolicyHarness(min: 1, max: 10, initial: 1)
        h.post(.stageSubmitted(stageId: 0, numTasks: 1000))
        var targets: [Int] = [], deltas: [Int] = [], toAdd: [Int] = []
        for _ in 0..<5 {
            h.advance(seconds: 1)
            for change in h.tick().targetChanges {
                targets.append(change.target)
                deltas.append(change.delta)
            }
            toAdd.append(h.policy.executorsToAdd)
        }
        #expect(targets == [2, 4, 8, 10])
        #expect(deltas == [1, 2, 4, 2])
        // Doubles while granted in full; resets to 1 once capped.
        #expect(toAdd == [2, 4, 8, 1, 1])
        // Registering the requested executors (duplicates included) changes nothing.
        h.addExecutors(["first", "second", "third", "fourth", "first", "second"])
        #expect(h.policy.executorCount == 4)
        h.advance(seconds: 1)
        #expect(h.tick().isEmpty)
        #expect(h.target == 10)
    }

    @Test("3. the ramp's log lines and labels are Spark's")
    func rampLogLines() throws {
        var h = try PolicyHarness(min: 1, max: 10, initial: 1)
        h.post(.stageSubmitted(stageId: 0, numTasks: 1000))
        h.advance(seconds: 1)
        let first = h.tick()
        #expect(first.map(\.logLine) == [
            "Requesting 1 new executor because tasks are backlogged (new desired total will be 2 for resource profile id: 0)"
        ])
        #expect(first.map(\.label) == ["+1 backlog 1s"])
        h.advance(seconds: 1)
        let second = h.tick()
        #expect(second.map(\.logLine) == [
            "Requesting 2 new executors because tasks are backlogged (new desired total will be 4 for resource profile id: 0)"
        ])
        #expect(second.first?.logLevel == .info)
    }

    @Test("4. ratio table: 20 tasks, min 3, max 15", arguments: [
        (1, "0.5", 10), (1, "0.3333333333", 7), (2, "0.3333333333", 4), (1, "1.0", 15), (4, "0.3333333333", 3),
    ])
    func allocationRatio(cores: Int, ratio: String, expected: Int) throws {
        var h = try PolicyHarness(min: 3, max: 15, initial: nil, [
            "spark.executor.cores": String(cores), "spark.dynamicAllocation.executorAllocationRatio": ratio,
        ])
        h.post(.stageSubmitted(stageId: 0, numTasks: 20))
        for _ in 0..<10 {
            h.advance(seconds: 1)
            h.tick()
        }
        #expect(h.target == expected)
    }

    @Test("5. the target never exceeds what running + pending tasks need")
    func cappedByTasks() throws {
        var h = try PolicyHarness(min: 0, max: 10, initial: 0)
        h.post(.stageSubmitted(stageId: 0, numTasks: 3))
        var seen: [Int] = []
        for _ in 0..<6 {
            h.advance(seconds: 1)
            seen += h.tick().targetChanges.map(\.target)
        }
        #expect(seen == [1, 3])
        #expect(h.policy.maxExecutorsNeeded == 3)
        // Running tasks count like pending ones.
        h.addExecutors(["1", "2", "3"])
        for index in 0..<3 { h.startTask(stage: 0, index: index, on: String(index + 1)) }
        h.advance(seconds: 1)
        #expect(h.tick().isEmpty)
        #expect(h.target == 3)
    }

    @Test("6. the target drops when load shrinks (cancelling requests), never below min")
    func targetDrops() throws {
        var h = try PolicyHarness(min: 2, max: 10, initial: 2)
        h.post(.stageSubmitted(stageId: 0, numTasks: 10))
        for _ in 0..<4 {
            h.advance(seconds: 1)
            h.tick()
        }
        #expect(h.target == 10)
        h.addExecutors((1...10).map(String.init))
        for index in 0..<10 { h.startTask(stage: 0, index: index, on: String(index + 1)) }
        for index in 0..<5 { h.endTask(stage: 0, index: index, on: String(index + 1)) }
        h.advance(ms: 100)
        let lowered = h.tick()
        #expect(lowered.targetChanges.map(\.target) == [5])
        #expect(lowered.removedIds.isEmpty)  // lowering never kills anything
        #expect(lowered.first?.logLine
            == "Lowering target number of executors to 5 (previously 10 for resource profile id: 0) "
            + "because not all requested executors are actually needed")
        #expect(lowered.first?.logLevel == .debug)
        #expect(lowered.first?.label == "-5 target (need 5)")
        for index in 5..<10 { h.endTask(stage: 0, index: index, on: String(index + 1)) }
        h.post(.stageCompleted(stageId: 0))
        h.advance(ms: 100)
        #expect(h.tick().targetChanges.map(\.target) == [2])
        #expect(h.policy.executorsToAdd == 1)
    }

    @Test("7. removal stops at the min floor")
    func removalStopsAtMin() throws {
        var h = try PolicyHarness(min: 5, max: 10, initial: 5)
        h.addExecutors((1...8).map(String.init))
        h.advance(seconds: 60)
        let decisions = h.tick()
        #expect(decisions.removedIds == ["1", "2", "3"])
        #expect(h.policy.pendingRemoval == ["1", "2", "3"])
        // Nothing more goes while the removed ones are still shutting down.
        h.advance(seconds: 60)
        #expect(h.tick().isEmpty)
    }

    @Test("7. removal stops at the current target")
    func removalStopsAtTarget() throws {
        var h = try PolicyHarness(min: 0, max: 10, initial: 3)
        h.post(.stageSubmitted(stageId: 0, numTasks: 3))
        h.addExecutors((1...5).map(String.init))
        h.advance(seconds: 60)
        let decisions = h.tick()
        #expect(h.target == 3)
        #expect(decisions.removedIds == ["1", "2"])
    }

    @Test("7. duplicate executor add and remove events are ignored")
    func duplicateEvents() throws {
        var h = try PolicyHarness(min: 0, max: 10, initial: 0)
        h.addExecutors(["1", "1", "2"])
        #expect(h.policy.executorCount == 2)
        h.post(.executorRemoved(id: "9"))
        h.post(.executorRemoved(id: "1"))
        h.post(.executorRemoved(id: "1"))
        #expect(h.policy.executorCount == 1)
        #expect(h.policy.monitor.tracker("2") != nil)
    }

    @Test("8. interleaved add and remove: the ramp restarts at 1 after the queue empties")
    func interleavedAddAndRemove() throws {
        var h = try PolicyHarness(min: 0, max: 10, initial: 0)
        h.post(.stageSubmitted(stageId: 0, numTasks: 100))
        h.advance(seconds: 1)
        h.tick()
        h.advance(seconds: 1)
        h.tick()
        #expect(h.target == 3)
        #expect(h.policy.executorsToAdd == 4)
        h.addExecutors(["1", "2", "3"])
        for index in 0..<100 { h.startTask(stage: 0, index: index, on: String(index % 3 + 1)) }
        #expect(h.policy.addTime == nil)
        #expect(h.policy.executorsToAdd == 1)
        for index in 0..<100 { h.endTask(stage: 0, index: index, on: String(index % 3 + 1)) }
        h.post(.stageCompleted(stageId: 0))
        h.advance(seconds: 60)
        let idle = h.tick()
        #expect(idle.targetChanges.map(\.target) == [0])
        #expect(idle.removedIds == ["1", "2", "3"])
        for id in ["1", "2", "3"] { h.post(.executorRemoved(id: id)) }
        h.post(.stageSubmitted(stageId: 1, numTasks: 100))
        h.advance(seconds: 1)
        #expect(h.tick().targetChanges.map(\.delta) == [1])
        h.advance(seconds: 1)
        #expect(h.tick().targetChanges.map(\.delta) == [2])
    }

    @Test("9. polling with no events changes nothing")
    func pollingWithoutEvents() throws {
        var h = try PolicyHarness(min: 0, max: 20, initial: 0)
        for step: Int64 in [0, 100, 1000, 10_000] {
            h.advance(ms: step)
            #expect(h.tick().isEmpty)
            #expect(h.target == 0)
            #expect(h.policy.pendingRemoval.isEmpty)
        }
    }
}
