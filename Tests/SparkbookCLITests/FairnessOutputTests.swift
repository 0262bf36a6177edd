import Foundation
@testable import SparkbookCLI
@testable import SparkbookCluster
import SparkbookTerminal
import Testing

/// `--metrics-json` and the end-of-run table, driven with hand-built usage logs; `sparkbook run --metrics-json`
/// end to end with the runtime's own log.
@Suite struct FairnessOutputTests {
    static let executor = Resources(vcores: 1, memoryMiB: 1408)

    static func log(queues: [String], applications: [(id: String, queue: String)]) -> UsageLog {
        var log = UsageLog(clusterResources: executor * 8, calculator: .memory, queues: queues.map {
            QueueDescription(name: $0, capacityPercent: 100 / Double(queues.count))
        })
        log.applications = applications.map { .init(id: $0.id, name: "app \($0.id)", queue: $0.queue, user: "ana", submittedAt: .zero) }
        log.samples = applications.map {
            UsageLog.Sample(time: .zero, applicationId: $0.id, granted: 2, grantedResources: executor * 2, waiting: 0,
                            busyExecutors: 1, pendingTasks: 3)
        }
        return log
    }

    @Test func aRunAloneWritesItsOwnApplicationsMetricsAndPrintsNoTable() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("metrics-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        var printed = ""
        let report = FairnessReport(log: Self.log(queues: ["default"], applications: [("application_1_0001", "default")]),
                                    end: ClockTime(milliseconds: 2000))
        try FairnessOutput.finish(report, metricsJSON: file.path, style: TerminalStyle(color: false)) { printed += $0 }
        #expect(printed.isEmpty)
        let json = try String(contentsOf: file, encoding: .utf8)
        #expect(json.hasSuffix("}\n"))
        #expect(json.contains(#""applications":[{"id":"application_1_0001","name":"app application_1_0001","queue":"default""#))
        #expect(json.contains(#""executorSecondsGranted":4.000,"executorSecondsBusy":2.000,"utilisation":0.500"#))
        #expect(json.contains(#""absentBecause":"only queue default had demand"#))
    }

    @Test func aSharedRunPrintsTheTableOnStderr() throws {
        var printed = ""
        let report = FairnessReport(log: Self.log(queues: ["etl", "analytics"], applications: [("1", "etl"), ("2", "analytics")]),
                                    end: ClockTime(milliseconds: 2000))
        try FairnessOutput.finish(report, metricsJSON: nil, style: TerminalStyle(color: false)) { printed += $0 }
        #expect(printed.hasPrefix("\nFair usage over 2s"))
        #expect(printed.contains("Jain's fairness index over etl, analytics: 1.000"))
    }

    @Test func withNoApplicationNothingIsWrittenAndTheNoteSaysSo() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("metrics-\(UUID().uuidString).json")
        var printed = ""
        try FairnessOutput.finish(nil, metricsJSON: file.path, style: TerminalStyle(color: false)) { printed += $0 }
        #expect(printed == "note: --metrics-json: no Spark application ran (the notebook started no session), so \(file.path) was not written\n")
        #expect(!FileManager.default.fileExists(atPath: file.path))
        try FairnessOutput.finish(nil, metricsJSON: nil, style: TerminalStyle(color: false)) { printed += $0 }
        #expect(printed.components(separatedBy: "\n").count == 2)
    }

    @Test func aRunWritesItsOwnApplicationAloneInItsQueue() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("alone.py"), metrics = folder.appendingPathComponent("m.json")
        try """
            # %%
            from pyspark.sql import SparkSession
            spark = SparkSession.builder.appName("alone").getOrCreate()
            print(spark.range(1000).count())
            """.write(to: script, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["run", "--quiet", "--metrics-json", metrics.path, script.path])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout == "1000\n")
        #expect(!outcome.stderr.contains("Fair usage"))
        let json = try String(contentsOf: metrics, encoding: .utf8)
        #expect(json.contains(#""name":"alone""#))
        #expect(json.contains(#""stillRunning":false"#) || json.contains(#""stillRunning":true"#))
        #expect(json.contains(#""absentBecause":"only queue "#))
    }
}
