import Foundation
import Testing
@testable import SparkbookCluster

/// Shuffle data in a simulated job: with shuffle tracking, executors that ran map tasks stay while the job that
/// reads their output runs and until the ContextCleaner removes it; with the external shuffle service they may
/// leave as soon as they idle out.
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

    /// With shuffle tracking and no timeout, the map executors stay after the job too: its shuffle is unreferenced
    /// when it ends, but the ContextCleaner removes it only at the driver's next periodic GC (here every 150s from
    /// the start), and the long-idle map executors go in that round, as in Spark.
    @Test func trackedShuffleKeepsMapExecutorsUntilTheContextCleanerRemovesIt() throws {
        var workload = Self.workload(shuffleService: false)
        workload.properties[ContextCleanerSchedule.periodicGCIntervalKey] = "150s"
        workload.idleAfter = .seconds(200)
        let result = try AllocationSimulator(workload: workload, options: SimulationRunTests.options()).run()
        let jobEnd = ClockTime.zero + result.jobDuration
        #expect(result.peakExecutors > 2)
        let gc = ClockTime.zero + .seconds((result.jobDuration.milliseconds / 150_000 + 1) * 150)
        let removals = Self.removals(result)
        #expect(!removals.isEmpty)
        #expect(removals.allSatisfy { $0.time == gc }, "\(removals.map(\.time)), GC at \(gc)")
        let keptActive = result.timeline.contains { entry in
            if case .executorsKept(_, .holdsActiveShuffle) = entry.kind { return entry.time < jobEnd }
            return false
        }
        let keptAfter = result.timeline.contains { entry in
            if case .executorsKept(_, .holdsShuffle) = entry.kind { return entry.time > jobEnd && entry.time < gc }
            return false
        }
        #expect(keptActive && keptAfter)
        #expect(result.finalExecutors == 1)
    }

    /// `spark.cleaner.referenceTracking=false`: nothing is ever cleaned, so the map executors never go.
    @Test func withoutReferenceTrackingTheMapExecutorsStay() throws {
        var workload = Self.workload(shuffleService: false)
        workload.properties[ContextCleanerSchedule.referenceTrackingKey] = "false"
        workload.idleAfter = .seconds(3600)
        let result = try AllocationSimulator(workload: workload, options: SimulationRunTests.options()).run()
        #expect(Self.removals(result).isEmpty)
        #expect(result.finalExecutors == result.peakExecutors)
    }

    @Test func externalShuffleServiceLetsIdleExecutorsGoDuringTheJob() throws {
        let result = try AllocationSimulator(workload: Self.workload(shuffleService: true),
                                             options: SimulationRunTests.options()).run()
        let jobEnd = ClockTime.zero + result.jobDuration
        #expect(Self.removals(result).contains { $0.time < jobEnd })
        #expect(result.finalExecutors == 1)
    }
}
