import Foundation
import Testing

/// `sparkbook timeline EVENTLOG` on the real Spark 4.3 logs under tests/fixtures/eventlogs. Each printed timeline
/// is kept in Golden/timeline_<form>.txt; regenerate with `SPARKBOOK_UPDATE_GOLDEN=1 swift test --filter
/// TimelineCommandTests` after an intended change (and review the diff).
@Suite struct TimelineCommandTests {
    static let fixtures = CommandRunner.packageRoot.appendingPathComponent("tests/fixtures/eventlogs")

    /// Log4j wrote the allocation log in the recording machine's zone, UTC.
    static func timeline(_ arguments: [String]) throws -> CommandRunner.Outcome {
        try CommandRunner.run(["timeline"] + arguments, environment: ["TZ": "UTC"])
    }

    @Test(arguments: ["default", "plain", "zstd", "lz4", "snappy", "rolling", "dynalloc"])
    func printsTheTimelineOfEachRecordedLog(form: String) throws {
        var arguments = [Self.fixtures.appendingPathComponent(form).path]
        if form == "dynalloc" { arguments += ["--allocation-log", Self.fixtures.appendingPathComponent("dynalloc/allocation.log").path] }
        let outcome = try Self.timeline(arguments)
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/timeline_\(form).txt")
        if RunCommandTests.updateGolden { try outcome.stdout.write(to: golden, atomically: true, encoding: .utf8) }
        #expect(outcome.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func withTheAllocationLogTheRealRunReadsLikeAnEmbeddedOne() throws {
        let dir = Self.fixtures.appendingPathComponent("dynalloc")
        let outcome = try Self.timeline([dir.path, "--allocation-log", dir.appendingPathComponent("allocation.log").path])
        #expect(outcome.stdout.contains("requested 1 more executor: tasks backlogged 1s (target 1 → 2)"))
        #expect(outcome.stdout.contains(": idle 3s; executors now"))
        #expect(outcome.stdout.contains("Allocation log:\n"))
        let alone = try Self.timeline([dir.path])
        #expect(!alone.stdout.contains("more executor"))
        #expect(alone.stdout.contains("removed executor"))
    }

    /// `--compare` lines two runs up decision by decision: a run agrees with itself (exit 0), and a run with no
    /// allocation decisions differs from one with requests and removals (exit 1), both shown side by side.
    @Test func comparesTwoRunsDecisionByDecision() throws {
        let dir = Self.fixtures.appendingPathComponent("dynalloc")
        let log = dir.appendingPathComponent("allocation.log").path
        let same = try Self.timeline([dir.path, "--allocation-log", log, "--compare", dir.path, "--compare-allocation-log", log])
        #expect(same.status == 0, "stderr: \(same.stderr)")
        #expect(same.stdout.hasPrefix("Allocation decisions, times from the first job's start\n"))
        #expect(same.stdout.contains("request +1 (target 2)"))
        #expect(same.stdout.contains("\nAGREE: "))
        let other = try Self.timeline([dir.path, "--allocation-log", log, "--compare",
                                       Self.fixtures.appendingPathComponent("plain").path])
        #expect(other.status == 1)
        #expect(other.stdout.contains("<- only on the left"))
        #expect(other.stdout.contains("\nDIFFER: "))
        #expect(other.stderr.contains("note: no allocation log for"))
    }

    @Test func failsWithOneClearLine() throws {
        let missing = try Self.timeline(["/nonexistent/spark-events"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: No event log at /nonexistent/spark-events: no such file or directory.\n")
        let notALog = try Self.timeline([CommandRunner.packageRoot.appendingPathComponent("Package.swift").path])
        #expect(notALog.status == 1)
        #expect(notALog.stderr.contains("Package.swift:1: not a Spark event log"))
    }
}

/// `sparkbook report EVENTLOG --out FILE.html`.
@Suite struct ReportCommandTests {
    @Test func writesTheReportOfARealApplication() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("r.html").path
        let dir = TimelineCommandTests.fixtures.appendingPathComponent("dynalloc")
        let outcome = try CommandRunner.run(["report", dir.path, "--allocation-log",
                                             dir.appendingPathComponent("allocation.log").path, "--out", out])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        for section in ["<h2>Executors over time</h2>", "<h2>Jobs</h2>", "<h2>Stages and tasks per executor</h2>",
                        "<h2>Executors</h2>", "<h2>Configuration in effect</h2>"] {
            #expect(html.contains(section), "\(section)")
        }
        #expect(!html.contains("<h2>Notebook</h2>"))
        #expect(html.contains("spark.dynamicAllocation.enabled"))
    }
}
