import Testing
@testable import SparkbookCluster

/// Conformance checklist items 17-19: idle deadlines, shuffle tracking, shared shuffles.
struct ExecutorMonitorTests {
    static let t0 = ClockTime(milliseconds: 10_000)

    static func monitor(
        idle: Int64 = 60, cached: ClockDuration = .seconds(120), shuffle: ClockDuration = .seconds(90),
        tracking: Bool = true
    ) -> ExecutorMonitor {
        ExecutorMonitor(timeouts: IdleTimeouts(
            idle: .seconds(idle), cached: cached, shuffle: shuffle, shuffleTrackingActive: tracking))
    }

    @Test("17. plain, cached and shuffle deadlines; several executors time out in turn")
    func deadlines() {
        var m = Self.monitor()
        for id in ["1", "2", "3", "4"] { m.executorAdded(id, now: Self.t0) }
        m.blockUpdated(on: "2", rddId: 7, partition: 0, cached: true)
        m.blockUpdated(on: "4", rddId: 7, partition: 1, cached: true)
        m.jobStarted(1, stages: [JobStage(stageId: 1, shuffleId: 0), JobStage(stageId: 2)])
        for id in ["3", "4"] {
            m.taskStarted(on: id, now: Self.t0)
            m.taskEnded(on: id, stageId: 1, succeeded: true, now: Self.t0)
        }
        m.jobEnded(1)
        #expect(m.deadline(of: "1") == Self.t0 + .seconds(60))
        #expect(m.deadline(of: "2") == Self.t0 + .seconds(120))
        #expect(m.deadline(of: "3") == Self.t0 + .seconds(90))
        #expect(m.deadline(of: "4") == Self.t0 + .seconds(90))  // min(cached, shuffle)
        #expect(m.idleRule(of: "4") == .cachedAndShuffle(.seconds(90)))
        #expect(m.timedOutExecutors(now: Self.t0 + .seconds(59)).isEmpty)
        #expect(m.timedOutExecutors(now: Self.t0 + .seconds(60)) == ["1"])
        #expect(m.timedOutExecutors(now: Self.t0 + .seconds(90)) == ["1", "3", "4"])
        #expect(m.timedOutExecutors(now: Self.t0 + .seconds(120)) == ["1", "2", "3", "4"])
        #expect(m.nextDeadline == Self.t0 + .seconds(60))
    }

    @Test("17. a busy executor has no deadline; its idle clock restarts when its last task ends")
    func busyExecutor() {
        var m = Self.monitor()
        m.executorAdded("1", now: Self.t0)
        m.taskStarted(on: "1", now: Self.t0 + .seconds(5))
        m.taskStarted(on: "1", now: Self.t0 + .seconds(6))
        #expect(m.deadline(of: "1") == .never)
        m.taskEnded(on: "1", stageId: 0, succeeded: true, now: Self.t0 + .seconds(7))
        #expect(m.deadline(of: "1") == .never)
        m.taskEnded(on: "1", stageId: 0, succeeded: true, now: Self.t0 + .seconds(8))
        #expect(m.deadline(of: "1") == Self.t0 + .seconds(68))
    }

    @Test("17. infinite timeouts never overflow, even at the end of time")
    func infiniteTimeouts() {
        var m = Self.monitor(cached: .infinite, shuffle: .infinite)
        let late = ClockTime(milliseconds: .max - 1)
        m.executorAdded("cached", now: late)
        m.executorAdded("plain", now: late)
        m.blockUpdated(on: "cached", rddId: 1, partition: 0, cached: true)
        #expect(m.deadline(of: "cached") == .never)
        #expect(m.deadline(of: "plain") == .never)  // late + 60 s saturates
        #expect(m.timedOutExecutors(now: late).isEmpty)
        #expect(m.timedOutExecutors(now: ClockTime(milliseconds: .max - 1)).isEmpty)
    }

    @Test("17. unpersist returns an executor to the plain timeout from its original idle start")
    func unpersist() {
        var m = Self.monitor(cached: .infinite)
        m.executorAdded("1", now: Self.t0)
        m.blockUpdated(on: "1", rddId: 3, partition: 0, cached: true)
        m.blockUpdated(on: "1", rddId: 3, partition: 1, cached: true)
        #expect(m.timedOutExecutors(now: Self.t0 + .seconds(3600)).isEmpty)
        m.rddUnpersisted(3)
        #expect(m.deadline(of: "1") == Self.t0 + .seconds(60))
        #expect(m.timedOutExecutors(now: Self.t0 + .seconds(3600)) == ["1"])
    }

    @Test("17. evicting the last cached block also restores the plain timeout")
    func blockEviction() {
        var m = Self.monitor()
        m.executorAdded("1", now: Self.t0)
        m.blockUpdated(on: "1", rddId: 3, partition: 0, cached: true)
        m.blockUpdated(on: "1", rddId: 3, partition: 1, cached: true)
        m.blockUpdated(on: "1", rddId: 3, partition: 0, cached: false)
        #expect(m.deadline(of: "1") == Self.t0 + .seconds(120))
        m.blockUpdated(on: "1", rddId: 3, partition: 1, cached: false)
        #expect(m.deadline(of: "1") == Self.t0 + .seconds(60))
    }

    @Test("18. failed tasks register no shuffle output; active shuffles block removal")
    func activeShuffleBlocksRemoval() {
        var m = Self.monitor()
        m.executorAdded("1", now: Self.t0)
        m.executorAdded("2", now: Self.t0)
        m.jobStarted(1, stages: [JobStage(stageId: 1, shuffleId: 0), JobStage(stageId: 2)])
        for id in ["1", "2"] { m.taskStarted(on: id, now: Self.t0) }
        m.taskEnded(on: "1", stageId: 1, succeeded: true, now: Self.t0)
        m.taskEnded(on: "2", stageId: 1, succeeded: false, now: Self.t0)
        #expect(m.tracker("1")?.shuffleIds == [0])
        #expect(m.tracker("2")?.shuffleIds == [])
        #expect(m.tracker("1")?.hasActiveShuffle == true)
        #expect(m.deadline(of: "1") == .never)
        #expect(m.timedOutExecutors(now: Self.t0 + .seconds(1000)) == ["2"])
        #expect(m.activeShuffles == [0])
    }

    @Test("18. a reused shuffle reactivates; cleanup returns executors to the plain idle timeout")
    func reuseAndCleanup() {
        var m = Self.monitor()
        m.executorAdded("1", now: Self.t0)
        m.jobStarted(1, stages: [JobStage(stageId: 1, shuffleId: 0), JobStage(stageId: 2)])
        m.taskStarted(on: "1", now: Self.t0)
        m.taskEnded(on: "1", stageId: 1, succeeded: true, now: Self.t0)
        m.jobEnded(1)
        #expect(m.tracker("1")?.hasActiveShuffle == false)
        #expect(m.deadline(of: "1") == Self.t0 + .seconds(90))
        m.jobStarted(2, stages: [JobStage(stageId: 3, shuffleId: 0), JobStage(stageId: 4)])
        #expect(m.deadline(of: "1") == .never)
        m.jobEnded(2)
        #expect(m.deadline(of: "1") == Self.t0 + .seconds(90))
        m.shuffleCleaned(0)
        #expect(m.tracker("1")?.shuffleIds == [])
        #expect(m.deadline(of: "1") == Self.t0 + .seconds(60))
    }

    @Test("18. with the external shuffle service, shuffle data never keeps an executor")
    func shuffleServiceIgnoresShuffles() {
        var m = Self.monitor(tracking: false)
        m.executorAdded("1", now: Self.t0)
        m.jobStarted(1, stages: [JobStage(stageId: 1, shuffleId: 0)])
        m.taskStarted(on: "1", now: Self.t0)
        m.taskEnded(on: "1", stageId: 1, succeeded: true, now: Self.t0)
        #expect(m.tracker("1")?.shuffleIds == [])
        #expect(m.deadline(of: "1") == Self.t0 + .seconds(60))
    }

    @Test("19. concurrent jobs sharing a shuffle keep its executors until the last one ends")
    func sharedShuffles() {
        var m = Self.monitor()
        m.executorAdded("1", now: Self.t0)
        m.executorAdded("2", now: Self.t0)
        m.jobStarted(1, stages: [JobStage(stageId: 1, shuffleId: 0), JobStage(stageId: 2)])
        m.taskStarted(on: "1", now: Self.t0)
        m.taskEnded(on: "1", stageId: 1, succeeded: true, now: Self.t0)
        m.jobStarted(2, stages: [JobStage(stageId: 3, shuffleId: 0), JobStage(stageId: 4, shuffleId: 1)])
        m.taskStarted(on: "2", now: Self.t0)
        m.taskEnded(on: "2", stageId: 4, succeeded: true, now: Self.t0)
        m.jobEnded(1)
        #expect(m.deadline(of: "1") == .never)
        #expect(m.deadline(of: "2") == .never)
        m.jobEnded(2)
        #expect(m.activeShuffles.isEmpty)
        #expect(m.deadline(of: "1") == Self.t0 + .seconds(90))
        #expect(m.deadline(of: "2") == Self.t0 + .seconds(90))
    }

    @Test("pending removal executors are not offered again")
    func pendingRemoval() {
        var m = Self.monitor()
        m.executorAdded("1", now: Self.t0)
        m.executorAdded("2", now: Self.t0)
        m.markPendingRemoval(["1"])
        #expect(m.pendingRemoval == ["1"])
        #expect(m.pendingRemovalCount == 1)
        #expect(m.timedOutExecutors(now: Self.t0 + .seconds(60)) == ["2"])
        m.executorRemoved("1")
        #expect(m.pendingRemovalCount == 0)
        #expect(m.executorCount == 1)
    }
}
