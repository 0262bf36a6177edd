import Testing
@testable import SparkbookCluster

/// Two runs agree when their targets, idle removals and peaks are the same, each time within 20 % or 250 ms.
struct AllocationComparisonTests {
    static func record(_ decisions: [(Int64, AllocationRecord.Decision)], peak: Int = 2, added: Int = 2) -> AllocationRecord {
        var events: [SparkListenerEvent] = [.jobStart(jobId: 0, time: 0, stageIds: [0], description: "")]
        for i in 0..<added { events.append(.executorAdded(ExecutorInfo(id: "\(i)", time: 0, host: "h", totalCores: 1))) }
        for i in peak..<added { events.append(.executorRemoved(id: "\(i)", time: 0, reason: "")) }
        var record = AllocationRecord(events: events, allocationLog: [])
        record.decisions = decisions.map { AllocationRecord.Timed(millis: $0.0, decision: $0.1) }
        record.peakExecutors = peak
        return record
    }

    @Test func theToleranceIsTwentyPercentOrAQuarterSecondWhicheverIsLarger() {
        let t = AllocationComparison.Tolerance.standard
        #expect(t.accepts(1_000, 1_250))
        #expect(!t.accepts(1_000, 1_260))
        #expect(t.accepts(10_000, 12_000))
        #expect(!t.accepts(10_000, 12_600))
    }

    @Test func theSameDecisionsWithinToleranceAgree() {
        let real = Self.record([(-3_000, .initial(target: 1)), (1_000, .requested(count: 1, target: 2)),
                                (9_000, .removedIdle(executor: "1"))])
        let book = Self.record([(-10, .initial(target: 1)), (1_100, .requested(count: 1, target: 2)),
                                (8_200, .removedIdle(executor: "1"))])
        let comparison = AllocationComparison(real, book)
        #expect(comparison.agrees)
        #expect(comparison.largestTimingDifference == 800)
        let text = comparison.render(leftTitle: "real Spark", rightTitle: "Sparkbook")
        #expect(text.contains("\n  +1.0s  request +1 (target 2)"))
        #expect(text.contains("|   +0.0s  initial target 1"))
        #expect(text.hasSuffix("AGREE: 3 decisions compared; largest time difference where they agree 0.8s (tolerance 20% or 250 ms)\n"))
    }

    /// Executors are told apart by the tasks they ran, not by id: which id a worker's executor gets depends on
    /// which JVM registered first.
    @Test func idleRemovalsCompareByTheWorkTheExecutorsHadDone() {
        var real = Self.record([(9_000, .removedIdle(executor: "2")), (9_000, .removedIdle(executor: "3"))], peak: 4, added: 4)
        real.tasksRun = ["0": 2, "1": 1]
        var book = Self.record([(9_100, .removedIdle(executor: "0")), (9_100, .removedIdle(executor: "1"))], peak: 4, added: 4)
        book.tasksRun = ["2": 2, "3": 1]
        let comparison = AllocationComparison(real, book)
        #expect(comparison.agrees)
        #expect(comparison.render(leftTitle: "a", rightTitle: "b").contains("removed when idle: 2 (0 tasks), 3 (0 tasks) | 0 (0 tasks), 1 (0 tasks)"))
        book.tasksRun = ["0": 1, "3": 1]
        #expect(AllocationComparison(real, book).summaryProblems == ["executors removed when idle, by tasks run: 0 tasks, 0 tasks vs 0 tasks, 1 task"])
    }

    /// After a replay of the recorded start-up, ids correspond: the same executors must go, and an executor that
    /// worked on one side must have worked on the other (how many tasks follows each engine's task overheads).
    @Test func byIdTheSameExecutorsGoAndEachDidWorkOnBothSidesOrOnNeither() {
        var real = Self.record([(9_000, .removedIdle(executor: "1")), (9_000, .removedIdle(executor: "2"))], peak: 3, added: 3)
        real.tasksRun = ["0": 20, "1": 3]
        var book = Self.record([(9_100, .removedIdle(executor: "2")), (9_100, .removedIdle(executor: "1"))], peak: 3, added: 3)
        book.tasksRun = ["0": 22, "1": 1]
        #expect(AllocationComparison(real, book, executors: .id).agrees)
        #expect(!AllocationComparison(real, book, executors: .work).agrees)
        book.tasksRun = ["0": 23]
        #expect(AllocationComparison(real, book, executors: .id).summaryProblems
                == ["executor 1 removed when idle had run 3 vs 0 tasks"])
        let other = Self.record([(9_100, .removedIdle(executor: "0")), (9_100, .removedIdle(executor: "1"))], peak: 3, added: 3)
        #expect(AllocationComparison(real, other, executors: .id).summaryProblems
                == ["executors removed when idle: 1,2 vs 0,1"])
    }

    @Test func aDifferentTargetALateRemovalAndAMissingRequestAreEachMarked() {
        var real = Self.record([(1_000, .requested(count: 1, target: 2)), (2_000, .requested(count: 2, target: 4)),
                                (5_000, .removedIdle(executor: "2"))], peak: 4, added: 4)
        real.tasksRun = ["2": 3]
        let book = Self.record([(1_000, .requested(count: 1, target: 3)), (9_000, .removedIdle(executor: "3"))])
        let comparison = AllocationComparison(real, book)
        #expect(!comparison.agrees)
        #expect(comparison.rows.map(\.problem) == ["differs", "only on the left", "time differs by 4.0s (allowed 1.8s)"])
        #expect(comparison.summaryProblems == ["executors removed when idle, by tasks run: 3 tasks vs 0 tasks",
                                               "peak executors: 4 vs 2", "executors added: 4 vs 2"])
        #expect(comparison.render(leftTitle: "a", rightTitle: "b").contains("DIFFER: 3 decisions compared"))
    }

    /// With `.requests`, only the backlog requests are held to the tolerance; a late removal still has to happen.
    @Test func timingOfRequestsOnlyLetsLaterDecisionsDriftButNotChange() {
        let real = Self.record([(1_000, .requested(count: 1, target: 2)), (30_000, .lowered(target: 1, previous: 2)),
                                (38_000, .removedIdle(executor: "1"))])
        let book = Self.record([(1_100, .requested(count: 1, target: 2)), (5_000, .lowered(target: 1, previous: 2)),
                                (13_000, .removedIdle(executor: "1"))])
        #expect(!AllocationComparison(real, book).agrees)
        let loose = AllocationComparison(real, book, timing: .requests)
        #expect(loose.agrees)
        #expect(loose.render(leftTitle: "a", rightTitle: "b").contains("; times of requests only)"))
        let late = Self.record([(1_600, .requested(count: 1, target: 2)), (5_000, .lowered(target: 1, previous: 2)),
                                (13_000, .removedIdle(executor: "1"))])
        #expect(!AllocationComparison(real, late, timing: .requests).agrees)
    }
}
