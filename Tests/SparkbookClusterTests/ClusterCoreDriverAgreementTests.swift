import Foundation
import Testing
@testable import SparkbookCluster

/// The live driver (`ClusterTaskScheduler` on a manual clock, threads running the task bodies) and the virtual
/// one (`AllocationSimulator`) drive the same cluster core, so one workload with fixed task times gives the same
/// allocation decisions through both: target changes, executors added and removed, with their times.
struct ClusterCoreDriverAgreementTests {
    /// Two stages (a map stage writing a shuffle, a reduce stage reading it) on up to 4 one-slot executors that
    /// take 500 ms to start: a backlog ramp, executors arriving mid-stage, idle removals after the job once the
    /// ContextCleaner's periodic GC (every 10s) has removed its shuffle.
    static let workload = SimulationWorkload(
        appName: "agreement",
        properties: [
            "spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.minExecutors": "0",
            "spark.dynamicAllocation.initialExecutors": "2", "spark.dynamicAllocation.maxExecutors": "4",
            "spark.dynamicAllocation.schedulerBacklogTimeout": "1s",
            "spark.dynamicAllocation.sustainedSchedulerBacklogTimeout": "1s",
            "spark.dynamicAllocation.executorIdleTimeout": "2s",
            "spark.dynamicAllocation.shuffleTracking.enabled": "true",
            ContextCleanerSchedule.periodicGCIntervalKey: "10s",
            ClusterManagerProfile.startupTimeKey: "500ms",
        ],
        stages: [
            .init(name: "map", tasks: 11, taskTime: .fixed(seconds: 1)),
            .init(name: "reduce", tasks: 3, taskTime: .fixed(seconds: 2), dependsOn: ["map"]),
        ],
        idleAfter: .seconds(6))

    static func simulated() throws -> [TimelineEntry] {
        var options = AllocationSimulator.Options()
        options.wallClockOrigin = 1_700_000_000_000
        return try AllocationSimulator(workload: workload, options: options).run().timeline
    }

    /// One line per decision, for a readable difference.
    static func lines(_ entries: [TimelineEntry]) -> [String] {
        entries.map { entry in
            let ids: String = switch entry.kind {
            case .executorsAdded(let ids), .executorsRemoved(let ids, _), .executorsKept(let ids, _):
                " [" + ids.joined(separator: ",") + "]"
            case .targetChanged: ""
            }
            return "\(entry.time.milliseconds)ms \(entry.label)\(ids) executors=\(entry.executors) "
                + "target=\(entry.target.map(String.init) ?? "-")"
        }
    }

    @Test func liveAndVirtualDriversMakeTheSameDecisions() async throws {
        let simulated = try Self.simulated()
        let live = try await ManualWorkloadRunner(Self.workload).run()
        #expect(Self.lines(live) == Self.lines(simulated))
        #expect(live == simulated)
        // The workload exercises what it should: a ramp, arrivals, idle removals.
        #expect(simulated.contains { if case .targetChanged(let c) = $0.kind, case .backlog = c.reason { true } else { false } })
        #expect(simulated.contains { if case .executorsRemoved = $0.kind { true } else { false } })
    }

    /// The comparison can fail: when tasks due at the same instant finish in another order, the queued tasks
    /// land on other executors (placement sees other free slots), and other executors go idle and leave.
    @Test func aPlacementDifferenceShowsInTheDecisions() async throws {
        let simulated = try Self.simulated()
        let live = try await ManualWorkloadRunner(Self.workload).run(finishOrder: .reverseLaunchOrder)
        #expect(Self.lines(live) != Self.lines(simulated))
    }
}
