import Foundation
import Testing
@testable import SparkbookCluster
import SparkbookUtilities

/// `SimulationWorkload`: the JSON format, data-size stages, and errors that say where they are.
struct SimulationWorkloadTests {
    static func parse(_ text: String) throws(SimulationError) -> SimulationWorkload {
        try SimulationWorkload(json: Data(text.utf8))
    }

    @Test func dataSizeGivesTaskCountAndTime() throws {
        let workload = try Self.parse("""
            {"master": "yarn", "inputBytes": "500g", "splitBytes": "128m", "bytesPerSecondPerTask": "50m",
             "properties": {"spark.dynamicAllocation.enabled": true, "spark.executor.cores": 4},
             "stages": [{"name": "scan"}, {"name": "agg", "tasks": 200, "taskSeconds": {"mean": 4, "stddev": 1},
                        "dependsOn": ["scan"]}], "seed": 7, "idleAfterSeconds": 120}
            """)
        #expect(workload.stages[0].tasks == 4000)
        #expect(workload.stages[0].taskTime == .fixed(seconds: 128.0 / 50.0))
        #expect(workload.stages[1].taskTime == .normal(meanSeconds: 4, stddevSeconds: 1))
        #expect(workload.properties["spark.dynamicAllocation.enabled"] == "true")
        #expect(workload.properties["spark.executor.cores"] == "4")
        #expect(workload.idleAfter == .seconds(120))
        #expect(workload.seed == 7)
    }

    @Test func errorsNameTheField() {
        let cases: [(String, String)] = [
            (#"{"stages": [{"name": "a", "tasks": 0, "taskSeconds": 1}]}"#, "stages[0].tasks"),
            (#"{"stages": [{"name": "a", "tasks": 2, "taskSeconds": 1, "dependsOn": ["b"]}]}"#, "stages[0].dependsOn"),
            (#"{"stages": [{"name": "a", "tasks": 2, "taskSecs": 1}]}"#, "stages[0].taskSecs"),
            (#"{"stages": [{"name": "a", "inputBytes": "lots", "taskSeconds": 1}]}"#, "stages[0].inputBytes"),
            (#"{"stages": []}"#, "stages"),
        ]
        for (text, location) in cases {
            #expect { try Self.parse(text) } throws: { error in (error as? SimulationError)?.location == location }
        }
    }

    @Test func shippedWorkloadsParse() throws {
        let root = SimulationRunTests.repoRoot.appendingPathComponent("simulations")
        for name in ["production_500gb.json", "kubernetes_batches.json"] {
            let workload = try SimulationWorkload.load(path: root.appendingPathComponent(name).path)
            #expect(workload.stages.count == 2)
        }
    }

    @Test func taskTimesAreSeededAndNeverBelowAMillisecond() {
        var a = SplitMix64(seed: 1)
        var b = SplitMix64(seed: 1)
        let spread = TaskDuration.normal(meanSeconds: 0.001, stddevSeconds: 5)
        let first = (0..<100).map { _ in spread.sample(using: &a) }
        let second = (0..<100).map { _ in spread.sample(using: &b) }
        #expect(first == second)
        #expect(first.allSatisfy { $0 >= TaskDuration.minimum })
        #expect(Set(first).count > 10)
    }
}
