import Testing
@testable import SparkbookCluster

/// The live `:executors` view: time left and why each executor is kept.
struct ExecutorStatusTests {
    @Test("why kept: busy, cached, idle timer, floor; seconds until release")
    func reasons() throws {
        var h = try PolicyHarness(min: 1, max: 10, initial: 0, [
            "spark.dynamicAllocation.cachedExecutorIdleTimeout": "10min",
        ])
        h.addExecutors(["1", "2", "3", "4"])
        h.startTask(stage: 5, index: 0, on: "1")
        h.post(.blockCached(executorId: "2", rddId: 8, partition: 0))
        h.advance(ms: 20_500)
        var rows = Dictionary(uniqueKeysWithValues: h.policy.executorStatuses(now: h.now).map { ($0.id, $0) })
        #expect(rows["1"]?.keptBecause == .runningTasks(1))
        #expect(rows["1"]?.secondsUntilRelease == nil)
        #expect(rows["2"]?.keptBecause == .holdsCache([8]))
        #expect(rows["2"]?.secondsUntilRelease == 580)
        #expect(rows["3"]?.keptBecause == .idleTimeoutNotReached)
        #expect(rows["3"]?.secondsUntilRelease == 40)  // 39.5 s rounded up
        #expect(rows["3"]?.rule == .plain(.seconds(60)))
        // Only "3" and "4" are idle and plain: after the tick one goes, the other is the floor...
        h.post(.taskEnded(TaskRef(stageId: 5, taskIndex: 0, executorId: "1"), .success))
        h.post(.executorRemoved(id: "2"))
        h.advance(seconds: 40)
        let removed = h.tick().removedIds
        #expect(removed == ["3", "4"])
        rows = Dictionary(uniqueKeysWithValues: h.policy.executorStatuses(now: h.now).map { ($0.id, $0) })
        #expect(rows["3"]?.pendingRemoval == true)
        #expect(rows["3"]?.keptBecause == nil)
        h.advance(seconds: 60)
        // ...and "1", idle since its task ended, is kept by the min floor once timed out.
        rows = Dictionary(uniqueKeysWithValues: h.policy.executorStatuses(now: h.now).map { ($0.id, $0) })
        #expect(rows["1"]?.keptBecause == .floor(min: 1))
        // Kept at the floor, it is not being released: no countdown (it used to say "released in 0s").
        #expect(rows["1"]?.secondsUntilRelease == nil)
        #expect(h.tick().isEmpty)
    }

    @Test("reason descriptions")
    func descriptions() {
        #expect(KeepReason.runningTasks(2).description == "running 2 tasks")
        #expect(KeepReason.holdsShuffle([4]).description == "holds shuffle data (shuffle 4)")
        #expect(KeepReason.holdsActiveShuffle([1, 2]).description == "shuffle 1,2 in use")
        #expect(KeepReason.floor(min: 2).description == "kept at minExecutors = 2")
        #expect(KeepReason.target(3).description == "kept at target 3")
    }
}
