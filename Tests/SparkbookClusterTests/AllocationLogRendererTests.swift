import Foundation
import SparkbookCluster
import Testing

@Suite struct AllocationLogRendererTests {
    @Test func printsSparksAllocationLinesWithLog4jTimestamps() {
        let renderer = AllocationLogRenderer(timeZone: TimeZone(identifier: "UTC")!)
        let lines = renderer.lines(TimelineFixtures.entries, epochOffset: 1_735_689_600_000)
        #expect(lines == [
            "25/01/01 00:00:00 INFO Utils: Using initial executors = 1, max of spark.dynamicAllocation.initialExecutors,"
                + "spark.dynamicAllocation.minExecutors and spark.executor.instances",
            "25/01/01 00:00:01 INFO ExecutorAllocationManager: Requesting 1 new executor because tasks are backlogged "
                + "(new desired total will be 2 for resource profile id: 0)",
            "25/01/01 00:00:02 INFO ExecutorAllocationManager: Requesting 2 new executors because tasks are backlogged "
                + "(new desired total will be 4 for resource profile id: 0)",
            "25/01/01 00:01:05 INFO ExecutorAllocationManager: Executors 0,1,2 removed due to idle timeout.",
        ])
        let debug = AllocationLogRenderer(timeZone: TimeZone(identifier: "UTC")!, includeDebug: true)
            .lines(TimelineFixtures.entries, epochOffset: 1_735_689_600_000)
        #expect(debug.count == 5)
        #expect(debug[3].hasPrefix("25/01/01 00:00:05 DEBUG ExecutorAllocationManager: Lowering target"))
    }
}
