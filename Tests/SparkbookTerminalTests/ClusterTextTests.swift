import SparkbookCluster
import Testing
@testable import SparkbookTerminal

@Suite struct ClusterTextTests {
    func runtime(timeScale: TimeScale) throws -> ClusterRuntime {
        var options = ClusterRuntime.Options()
        options.ticking = .manual
        options.consoleProgress = false
        return try ClusterRuntime.start(
            master: nil, properties: ["spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.shuffleTracking.enabled": "true",
                                      "spark.dynamicAllocation.minExecutors": "1",
                                      ClusterManagerProfile.startupTimeKey: "0ms"],
            clock: ManualClock(), timeScale: timeScale, options: options)
    }

    @Test func theTimelineSaysWhichTimeScaleItsTimesRanAt() throws {
        let scaled = try runtime(timeScale: TimeScale(factor: 0.02))
        defer { scaled.shutdown() }
        let text = ClusterText.timeline(scaled)
        #expect(text.contains("time scale 0.02: timeouts multiplied by 0.02; times below are as the run went\n"))
        #expect(text.contains("requested 1 executor initially (target 1)"))
        let real = try runtime(timeScale: .realTime)
        defer { real.shutdown() }
        #expect(!ClusterText.timeline(real).contains("time scale"))
    }
}
