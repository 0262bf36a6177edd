import Foundation
import SparkbookCluster
import Testing

@Suite struct AllocationLogParserTests {
    let utc = AllocationLogParser(timeZone: TimeZone(identifier: "UTC")!)
    /// 2025-06-01 10:00:00 UTC.
    let base: Int64 = 1_748_772_000_000

    @Test func readsEachDecisionInSparksDefaultLayout() {
        let text = """
        25/06/01 10:00:00 INFO Utils: Using initial executors = 1, max of spark.dynamicAllocation.initialExecutors, spark.dynamicAllocation.minExecutors and spark.executor.instances
        25/06/01 10:00:02 INFO ExecutorAllocationManager: Requesting 1 new executor because tasks are backlogged (new desired total will be 2 for resource profile id: 0)
        25/06/01 10:00:03 WARN TaskSetManager: Lost task 0.0 in stage 1.0
        25/06/01 10:00:09 DEBUG ExecutorAllocationManager: Lowering target number of executors to 0 (previously 2 for resource profile id: 0) because not all requested executors are actually needed
        25/06/01 10:00:12 INFO ExecutorAllocationManager: Executors 1,2 removed due to idle timeout.
        """
        #expect(utc.parse(text) == [
            .init(time: base, kind: .initial(target: 1)),
            .init(time: base + 2_000, kind: .requested(count: 1, target: 2)),
            .init(time: base + 9_000, kind: .lowered(target: 0, previous: 2)),
            .init(time: base + 12_000, kind: .idleRemoved(["1", "2"])),
        ])
    }

    @Test func readsLog4jsISOTimesWithMilliseconds() {
        let text = """
        2025-06-01 10:00:02,250 INFO org.apache.spark.ExecutorAllocationManager: Requesting 2 new executors because tasks are backlogged (new desired total will be 4 for resource profile id: 0)
        2025-06-01T10:00:05.500 INFO ExecutorAllocationManager: Executors 3 removed due to idle timeout.
        """
        #expect(utc.parse(text) == [
            .init(time: base + 2_250, kind: .requested(count: 2, target: 4)),
            .init(time: base + 5_500, kind: .idleRemoved(["3"])),
        ])
    }

    @Test func linesWithoutATimeAreIgnored() {
        #expect(utc.parse("Requesting 1 new executor because tasks are backlogged (new desired total will be 2)").isEmpty)
    }
}

extension AllocationLogParserTests {
    @Test func aConsoleProgressBarBeforeTheTimeIsSkipped() {
        let line = "[Stage 0:>          (0 + 0) / 16]25/06/01 10:00:02 INFO ExecutorAllocationManager: Requesting 1 new "
            + "executor because tasks are backlogged (new desired total will be 1 for resource profile id: 0)"
        #expect(utc.parse(line) == [.init(time: base + 2_000, kind: .requested(count: 1, target: 1))])
    }
}
