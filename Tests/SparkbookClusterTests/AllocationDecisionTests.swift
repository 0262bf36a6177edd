import Testing
@testable import SparkbookCluster

struct AllocationDecisionTests {
    @Test("backlog requests: Spark's line, singular and plural")
    func backlog() {
        let one = AllocationDecision.requestTotal(TargetChange(target: 1, previousTarget: 0, reason: .backlog(after: .seconds(1))))
        #expect(one.logLine
            == "Requesting 1 new executor because tasks are backlogged (new desired total will be 1 for resource profile id: 0)")
        let two = AllocationDecision.requestTotal(TargetChange(target: 4, previousTarget: 2, reason: .backlog(after: .seconds(5))))
        #expect(two.logLine
            == "Requesting 2 new executors because tasks are backlogged (new desired total will be 4 for resource profile id: 0)")
        #expect(two.label == "+2 backlog 5s")
    }

    @Test("removals: Spark's line and a timeline label per rule")
    func removal() {
        let removal = AllocationDecision.removeExecutors(ExecutorRemoval(
            executorIds: ["3", "4", "5"], reason: .idleTimeout,
            rules: [.plain(.seconds(60)), .plain(.seconds(60)), .cached(.seconds(300))]))
        #expect(removal.logLine == "Executors 3,4,5 removed due to idle timeout.")
        #expect(removal.label == "-3 idle 60s, cached 5min")
        #expect(removal.logLevel == .info)
    }

    @Test("initial request")
    func initial() {
        let start = AllocationDecision.requestTotal(TargetChange(target: 3, previousTarget: 0, reason: .initial))
        #expect(start.label == "=3 initial")
        #expect(start.logLine.hasPrefix("Using initial executors = 3, max of "))
    }
}
