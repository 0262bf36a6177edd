import Testing
@testable import SparkbookCluster

/// The cluster core on its own: placement, effects handed to the driver, executor loss, and the invariants
/// checked behind `SPARKBOOK_INTERNAL_CHECKS`.
struct ApplicationSchedulerTests {
    /// A fixed-size embedded cluster of `executors` one-slot executors (no dynamic allocation), started at 0.
    static func core(executors: Int = 2, capacity: Int = 4) throws -> ApplicationScheduler {
        let profile = try ClusterManagerProfile.resolve(
            master: "sparkbook", properties: [ClusterManagerProfile.capacityKey: String(capacity)])
        var core = ApplicationScheduler(epochOffset: 0, slotsPerExecutor: 1, policy: nil,
                                        cluster: try profile.dedicatedResourceManager(appName: "test", user: "u",
                                                                                  timeScale: .realTime, now: .zero),
                                        cleaner: ContextCleanerSchedule())
        core.start(fixedExecutors: executors, now: .zero)
        return core
    }

    @Test func placesFIFOOnTheLowestFreeSlotAndHandsEverythingToTheDriver() throws {
        var core = try Self.core()
        let started = core.takeEffects()
        #expect(started.registered.map(\.id) == ["0", "1"])
        core.submitStage(stageId: 0, runId: 0, jobId: 0, attempt: 0, writesShuffle: nil, partitions: 3)
        let placed = core.placeTasks(now: .zero)
        #expect(placed.map(\.partition) == [0, 1])
        #expect(placed.map(\.executorId) == ["0", "1"])
        let effects = core.takeEffects()
        #expect(effects.launches == placed)
        #expect(effects.listenerEvents.count == 2)
        // Executor 1's task ends first: the queued partition goes there.
        _ = core.taskEnded(placed[1].taskId, tally: .completed)
        let next = core.placeTasks(now: ClockTime(milliseconds: 10))
        #expect(next.map(\.executorId) == ["1"])
        #expect(core.invariantViolations().isEmpty)
    }

    @Test func aLostExecutorsTasksGoBackToTheQueueAndItIsReplaced() throws {
        var core = try Self.core()
        core.submitStage(stageId: 0, runId: 0, jobId: 0, attempt: 0, writesShuffle: 0, partitions: 2)
        core.placeTasks(now: .zero)
        _ = core.takeEffects()
        let lost = core.executorLost("0", reason: "lost", now: ClockTime(milliseconds: 5))
        #expect(lost)
        let effects = core.takeEffects()
        #expect(effects.released.map(\.executor.id) == ["0"])
        #expect(effects.released.allSatisfy { $0.lost })
        #expect(core.queue.first?.attempt == 1)
        let changed = core.tick(now: ClockTime(milliseconds: 100))
        #expect(changed)
        let replaced = core.takeEffects()
        #expect(replaced.launches.map(\.executorId) == ["2"])
        #expect(core.invariantViolations().isEmpty)
    }

    @Test func invariantsNameWhatIsBroken() throws {
        var core = try Self.core()
        core.submitStage(stageId: 0, runId: 0, jobId: 0, attempt: 0, writesShuffle: nil, partitions: 4)
        core.placeTasks(now: .zero)
        #expect(core.invariantViolations().isEmpty)

        var overfull = core
        overfull.executors["0"]!.running = 2
        #expect(overfull.invariantViolations().contains { $0.contains("runs 2 tasks on 1 slots") })

        var staleQueue = core
        staleQueue.stages[0] = nil
        #expect(staleQueue.invariantViolations().contains { $0.contains("of an ended stage run") })

        var twoStates = core
        twoStates.executors["9"] = ScheduledExecutor(id: "9", host: "h", cores: 1, slots: 1, addedAt: .zero)
        #expect(twoStates.invariantViolations().contains { $0.contains("cluster manager runs") })

        var revived = core
        revived.retiredExecutors.insert("1")
        #expect(revived.invariantViolations().contains { $0.contains("removed executor 1 came back") })
    }

    @Test func neverMoreExecutorsThanTheResourceManagerGranted() throws {
        var core = try Self.core(executors: 6, capacity: 4)
        #expect(core.executors.count == 4)
        #expect(core.invariantViolations().isEmpty)
        core.executors["8"] = ScheduledExecutor(id: "8", host: "h", cores: 1, slots: 1, addedAt: .zero)
        #expect(core.invariantViolations().contains { $0.contains("cluster manager runs [\"0\", \"1\", \"2\", \"3\"]") })
    }
}
