import Testing
@testable import SparkbookCluster

/// The `why` column of `:executors`.
struct ClusterExecutorStatusTests {
    func row(_ allocation: ExecutorStatus?) -> ClusterExecutorStatus {
        ClusterExecutorStatus(id: allocation?.id ?? "1", host: "localhost", cores: 1, slots: 1, runningTasks: 0,
                              completedTasks: 3, failedTasks: 0, addedAt: ClockTime(milliseconds: 0), shuffleIds: [],
                              allocation: allocation)
    }

    /// An executor timed out but kept at the minimum is not being released: no "released in 0s".
    @Test func keptAtTheMinimumSaysSoWithoutACountdown() throws {
        var h = try PolicyHarness(min: 2, max: 4, initial: 0)
        h.addExecutors(["1", "2"])
        h.advance(seconds: 61)
        #expect(h.tick().isEmpty)
        let statuses = h.policy.executorStatuses(now: h.now)
        #expect(statuses.map { row($0).note } == ["kept at minExecutors = 2", "kept at minExecutors = 2"])
    }

    @Test func idleExecutorsCountDown() throws {
        var h = try PolicyHarness(min: 0, max: 4, initial: 0)
        h.addExecutors(["1"])
        h.advance(seconds: 48)
        #expect(row(h.policy.executorStatuses(now: h.now).first).note == "idle, released in 12s")
    }
}
