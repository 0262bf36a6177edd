import Foundation
import Testing
@testable import SparkbookCluster

/// `AllocationSimulator`: the policy's behaviour as seen through whole simulated jobs.
struct SimulationRunTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func options() -> AllocationSimulator.Options {
        var options = AllocationSimulator.Options()
        options.wallClockOrigin = 1_767_225_600_000
        options.appId = "app-sim-test"
        options.timeZone = TimeZone(identifier: "UTC")!
        return options
    }

    static func workload(tasks: Int = 2000, max: Int = 20, capacity: Int = 100, seed: UInt64 = 7,
                         master: String = "yarn") -> SimulationWorkload {
        SimulationWorkload(
            master: master,
            properties: [
                "spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.minExecutors": "2",
                "spark.dynamicAllocation.initialExecutors": "4", "spark.dynamicAllocation.maxExecutors": "\(max)",
                "spark.dynamicAllocation.schedulerBacklogTimeout": "5s",
                "spark.dynamicAllocation.executorIdleTimeout": "60s",
                "spark.dynamicAllocation.shuffleTracking.enabled": "true",
            ],
            cluster: ClusterFile(capacity: capacity, executorStartupTime: .seconds(3), executorCores: 2),
            stages: [
                .init(name: "scan", tasks: tasks, taskTime: .normal(meanSeconds: 2.5, stddevSeconds: 0.5)),
                .init(name: "aggregate", tasks: 200, taskTime: .fixed(seconds: 4), dependsOn: ["scan"]),
            ],
            idleAfter: nil, seed: seed)
    }

    static func backlogDeltas(_ result: SimulationResult) -> [Int] {
        result.timeline.compactMap { entry in
            if case .targetChanged(let change) = entry.kind, case .backlog = change.reason { return change.delta }
            return nil
        }
    }

    @Test func largeBacklogRampsUpOneTwoFourEight() throws {
        let result = try AllocationSimulator(workload: Self.workload(max: 40), options: Self.options()).run()
        #expect(Array(Self.backlogDeltas(result).prefix(4)) == [1, 2, 4, 8])
        // Each ramp step comes one backlog timeout (5 s) after the previous one.
        let times = result.timeline.compactMap { entry -> Int64? in
            if case .targetChanged(let change) = entry.kind, case .backlog = change.reason {
                return entry.time.milliseconds
            }
            return nil
        }
        #expect(Array(times.prefix(4)) == [5000, 10000, 15000, 20000])
    }

    @Test func peakNeverExceedsMaxExecutors() throws {
        let result = try AllocationSimulator(workload: Self.workload(max: 12), options: Self.options()).run()
        #expect(result.peakExecutors == 12)
        #expect(result.timeline.allSatisfy { $0.executors <= 12 && ($0.target ?? 0) <= 12 })
    }

    @Test func peakNeverExceedsClusterCapacity() throws {
        let result = try AllocationSimulator(workload: Self.workload(max: 30, capacity: 9), options: Self.options())
            .run()
        #expect(result.peakExecutors == 9)
        #expect(result.peakTarget > 9)  // the policy asked for more; the full cluster kept them pending
        #expect(result.timeline.allSatisfy { $0.executors <= 9 })
    }

    @Test func executorsReturnToMinimumAfterJobAndIdleTime() throws {
        let result = try AllocationSimulator(workload: Self.workload(), options: Self.options()).run()
        #expect(result.finalExecutors == 2)
        #expect(result.timeline.last?.executors == 2)
        let removals = result.timeline.filter { if case .executorsRemoved = $0.kind { true } else { false } }
        #expect(!removals.isEmpty)
        // None leaves before the idle timeout has passed since the job ended.
        let jobEnd = ClockTime.zero + result.jobDuration
        #expect(removals.allSatisfy { $0.time >= jobEnd + .seconds(60) })
        #expect(result.logLines.contains { $0.contains("removed due to idle timeout.") })
    }

    @Test func sameSeedGivesSameResultAndOtherSeedDiffers() throws {
        let first = try AllocationSimulator(workload: Self.workload(seed: 3), options: Self.options()).run()
        let second = try AllocationSimulator(workload: Self.workload(seed: 3), options: Self.options()).run()
        let other = try AllocationSimulator(workload: Self.workload(seed: 4), options: Self.options()).run()
        #expect(first == second)
        #expect(first.taskSeconds != other.taskSeconds)
    }

    @Test func skippingQuietRoundsMatchesTickingEvery100ms() throws {
        var every = Self.options()
        every.tickEveryInterval = true
        for workload in [Self.workload(), Self.workload(max: 30, capacity: 9, master: "k8s://https://k:443")] {
            let skipping = try AllocationSimulator(workload: workload, options: Self.options()).run()
            let ticking = try AllocationSimulator(workload: workload, options: every).run()
            #expect(skipping == ticking)
        }
    }

    @Test func kubernetesGrantsExecutorsInBatches() throws {
        var workload = Self.workload(max: 30, master: "k8s://https://k:443")
        workload.properties["spark.kubernetes.allocation.batch.size"] = "3"
        workload.properties["spark.kubernetes.allocation.batch.delay"] = "2s"
        let result = try AllocationSimulator(workload: workload, options: Self.options()).run()
        let added = result.timeline.compactMap { entry -> [String]? in
            if case .executorsAdded(let ids) = entry.kind { return ids }
            return nil
        }
        #expect(added.allSatisfy { $0.count <= 3 })
        #expect(result.peakExecutors == 30)
    }

    @Test func invalidAllocationSettingsReportSparksMessage() {
        var workload = Self.workload()
        workload.properties["spark.dynamicAllocation.minExecutors"] = "30"
        #expect { try AllocationSimulator(workload: workload).run() } throws: { error in
            guard let error = error as? SimulationError else { return false }
            return error.code == .invalidConfiguration && error.message.contains("maxExecutors")
        }
    }

    @Test func eventLogIsWrittenAndClosed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sim-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var options = Self.options()
        options.eventLogDirectory = directory.path
        let result = try AllocationSimulator(workload: Self.workload(tasks: 50), options: options).run()
        let path = try #require(result.eventLogPath)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.contains("SparkListenerLogStart") == true)
        #expect(lines.last?.contains("SparkListenerApplicationEnd") == true)
        #expect(lines.filter { $0.contains("\"SparkListenerTaskEnd\"") }.count == 250)
    }

    /// How fast it replays is a benchmark's question (`sparkbook simulate`'s figure in BENCHMARKS.md), not a
    /// timed test's: on a loaded machine any wall-clock bound is noise.
    @Test func production500GBWorkloadReplaysToTheEnd() throws {
        let path = Self.repoRoot.appendingPathComponent("simulations/production_500gb.json").path
        let workload = try SimulationWorkload.load(path: path)
        let result = try AllocationSimulator(workload: workload, options: Self.options()).run()
        #expect(result.tasksRun == 4000 + 200)
        #expect(result.peakExecutors == 20)
        #expect(result.finalExecutors == 2)
        #expect(result.utilisation > 0 && result.utilisation <= 1)
    }
}
