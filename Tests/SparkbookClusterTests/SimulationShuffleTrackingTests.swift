import Foundation
import Testing
@testable import SparkbookCluster

/// Shuffle data in a simulated job: with shuffle tracking, executors that ran map tasks stay while the job that
/// reads their output runs; with the external shuffle service they may leave as soon as they idle out.
struct SimulationShuffleTrackingTests {
    static func workload(shuffleService: Bool) -> SimulationWorkload {
        var properties = [
            "spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.minExecutors": "1",
            "spark.dynamicAllocation.maxExecutors": "10", "spark.dynamicAllocation.schedulerBacklogTimeout": "1s",
            "spark.dynamicAllocation.executorIdleTimeout": "10s",
            "spark.dynamicAllocation.shuffleTracking.enabled": "true",
        ]
        if shuffleService { properties["spark.shuffle.service.enabled"] = "true" }
        return SimulationWorkload(
            master: "yarn", properties: properties,
            cluster: ClusterFile(capacity: 50, executorStartupTime: .seconds(1), executorCores: 1),
            stages: [
                .init(name: "map", tasks: 60, taskTime: .fixed(seconds: 1)),
                .init(name: "long reduce", tasks: 1, taskTime: .fixed(seconds: 100), dependsOn: ["map"]),
            ],
            idleAfter: .seconds(30), seed: 1)
    }

    static func removals(_ result: SimulationResult) -> [TimelineEntry] {
        result.timeline.filter { if case .executorsRemoved = $0.kind { true } else { false } }
    }

    @Test func trackedShuffleKeepsMapExecutorsUntilTheJobEnds() throws {
        let result = try AllocationSimulator(workload: Self.workload(shuffleService: false),
                                             options: SimulationRunTests.options()).run()
        let jobEnd = ClockTime.zero + result.jobDuration
        #expect(result.peakExecutors > 2)
        // Idle time counts from each executor's last task, so once the job ends (and its shuffle is cleaned) the
        // long-idle map executors go at the next round, as in Spark's ExecutorMonitor.
        let removals = Self.removals(result)
        #expect(!removals.isEmpty)
        #expect(removals.allSatisfy { $0.time >= jobEnd && $0.time <= jobEnd + .milliseconds(100) })
        let kept = result.timeline.contains { entry in
            if case .executorsKept(_, .holdsActiveShuffle) = entry.kind { return entry.time < jobEnd }
            return false
        }
        #expect(kept)
        #expect(result.finalExecutors == 1)
    }

    @Test func externalShuffleServiceLetsIdleExecutorsGoDuringTheJob() throws {
        let result = try AllocationSimulator(workload: Self.workload(shuffleService: true),
                                             options: SimulationRunTests.options()).run()
        let jobEnd = ClockTime.zero + result.jobDuration
        #expect(Self.removals(result).contains { $0.time < jobEnd })
        #expect(result.finalExecutors == 1)
    }
}
