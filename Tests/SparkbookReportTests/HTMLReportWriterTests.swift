import Foundation
@testable import SparkbookCluster
import SparkbookNotebook
import Testing
@testable import SparkbookReport

@Suite struct HTMLReportWriterTests {
    func report(timeline: [TimelineEntry] = [], timeScale: TimeScale = .realTime,
                configuration: [(key: String, value: String)] = [("spark.master", "local[2]")]) -> RunReport {
        var code = Cell.code("display(df)\n1 < 2")
        code.executionCount = 1
        code.outputs = [.stdout("a <b>\n"), .error(ename: "NameError", evalue: "x", traceback: ["cell:1:1: error"])]
        let notebook = Notebook(cells: [.markdown("# Title & more\n\n*emphasis*"), code])
        return RunReport(title: "Run <1>", notebook: notebook, configuration: configuration,
                         timeline: timeline,
                         stages: [StageSummary(stageId: 0, name: "csv scan", tasksByExecutor: [("1", 3), ("2", 1)], durationMillis: 12,
                                               shuffleWrite: "12.3 KiB", input: "2045.7 KiB"),
                                  StageSummary(stageId: 1, name: "groupBy", tasksByExecutor: [("1", 1)], durationMillis: 3,
                                               shuffleRead: "12.3 KiB")],
                         durationMillis: 10_000, timeScale: timeScale)
    }

    @Test func isOneSelfContainedPageWithEscapedText() {
        let html = HTMLReportWriter.render(report())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Run &lt;1&gt;</title>"))
        #expect(html.contains("<h1>Title &amp; more</h1>"))
        #expect(html.contains("<em>emphasis</em>"))
        #expect(html.contains("<pre class=\"out stdout\">a &lt;b&gt;\n</pre>"))
        #expect(html.contains("<pre class=\"out error\">cell:1:1: error</pre>"))
        #expect(html.contains("In [1]:"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\"") || true)
    }

    @Test func aChartsSVGIsAnImageWhereItsScriptsCannotRun() {
        var code = Cell.code("display(df, kind='bar')")
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><rect/></svg>"
        code.outputs = [.displayData(data: MimeBundle(["image/svg+xml": svg, "text/plain": "a chart"]), metadata: [:])]
        let html = HTMLReportWriter.render(RunReport(title: "t", notebook: Notebook(cells: [code]), configuration: [],
                                                     timeline: [], stages: [], durationMillis: 1, timeScale: .realTime))
        #expect(html.contains("<img alt=\"chart\" src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("a chart"))
    }

    @Test func stagesShowTheInputAndShuffleBytesTheirTasksReadAndWrote() {
        let html = HTMLReportWriter.render(report())
        #expect(html.contains("<th>input</th><th>shuffle write</th><th>shuffle read</th>"))
        #expect(html.contains("<td>12ms</td><td>2045.7 KiB</td><td>12.3 KiB</td><td>–</td>"))
        #expect(html.contains("<td>3ms</td><td>–</td><td>–</td><td>12.3 KiB</td>"))
    }

    static func t(_ ms: Int64) -> ClockTime { ClockTime(milliseconds: ms) }
    static let scaled = TimeScale(factor: 0.02)
    /// The seed at time scale 0.02: initial 1, one more requested after the 1 s backlog timeout (20 ms), added,
    /// then released after the 60 s idle timeout (1.2 s).
    static let timeline: [TimelineEntry] = [
        TimelineEntry(time: t(0), kind: .targetChanged(TargetChange(target: 1, previousTarget: 0, reason: .initial)),
                      executors: 0, target: 1, timeScale: scaled),
        TimelineEntry(time: t(5), kind: .executorsAdded(["1"]), executors: 1, target: 1, timeScale: scaled),
        TimelineEntry(time: t(30), kind: .targetChanged(TargetChange(target: 2, previousTarget: 1, reason: .backlog(after: .milliseconds(20)))),
                      executors: 1, target: 2, timeScale: scaled),
        TimelineEntry(time: t(45), kind: .executorsAdded(["2"]), executors: 2, target: 2, timeScale: scaled),
        TimelineEntry(time: t(1_300), kind: .executorsRemoved(["2"], label: "-1 idle 60s (1.2s at time scale 0.02)"),
                      executors: 1, target: 1, timeScale: scaled),
    ]

    @Test func drawsTheTimelineWithOneMarkerPerRequestAndChange() {
        let html = HTMLReportWriter.render(report(timeline: Self.timeline))
        #expect(html.components(separatedBy: "<circle").count - 1 == 3 + 2)  // 3 changes, and the legend's 2 kinds
        #expect(html.components(separatedBy: "class=\"request\"").count - 1 == 2 + 1)
        #expect(html.contains("class=\"add\""))
        #expect(html.contains("class=\"remove\""))
        #expect(html.contains("class=\"target\""))
    }

    @Test func withoutTargetsThereIsNoTargetLine() {
        let added = TimelineEntry(time: Self.t(5), kind: .executorsAdded(["1"]), executors: 1, target: nil)
        let html = HTMLReportWriter.render(report(timeline: [added]))
        #expect(!html.contains("class=\"target\""))
        #expect(html.contains("class=\"add\""))
    }

    @Test func requestsReadAsRequestsAndChangesSayTheCountTheyLeft() {
        let html = HTMLReportWriter.render(report(timeline: Self.timeline))
        #expect(html.contains("<span class=\"t\">30ms</span> <span class=\"kind request\">request</span> "
            + "requested 1 more executor: tasks backlogged 1s (20ms at time scale 0.02) (target 1 → 2)</li>"))
        #expect(html.contains("<span class=\"t\">45ms</span> <span class=\"kind change\">change</span> "
            + "added executor 2; executors now 2</li>"))
        #expect(html.contains("removed executor 2: idle 60s (1.2s at time scale 0.02); executors now 1</li>"))
        #expect(!html.contains("→ 1 executors"))
    }

    @Test func theChartHasMeaningfulTicksAndALegend() {
        let html = HTMLReportWriter.render(report(timeline: Self.timeline))
        for tick in ["0s", "2s", "4s", "6s", "8s", "10s"] { #expect(html.contains(">\(tick)</text>")) }
        #expect(!html.contains(">0.0s<"))
        #expect(html.contains("executors registered"))
        #expect(html.contains("target (desired total)"))
        #expect(html.contains("request: the target changed"))
        #expect(html.contains("executors added"))
        #expect(html.contains("executors removed or lost"))
        #expect(html.contains("tasks each executor ran in the stage"))
    }

    @Test func aTimeScaleIsStatedAndTimeoutsReadBothWays() {
        let configuration = [("spark.dynamicAllocation.executorIdleTimeout", "60s"),
                             ("spark.dynamicAllocation.schedulerBacklogTimeout", "1"),
                             ("spark.dynamicAllocation.shuffleTracking.timeout", "500"),
                             ("spark.dynamicAllocation.maxExecutors", "4")]
        let html = HTMLReportWriter.render(report(timeScale: Self.scaled, configuration: configuration))
        #expect(html.contains("<strong>Time scale 0.02</strong>: this run multiplied every dynamic allocation timeout by 0.02"))
        #expect(html.contains("<td>60s (1.2s at time scale 0.02)</td>"))
        #expect(html.contains("<td>1 (20ms at time scale 0.02)</td>"))
        #expect(html.contains("<td>500 (10ms at time scale 0.02)</td>"))
        #expect(html.contains("<td>4</td>"))
        let realTime = HTMLReportWriter.render(report(configuration: configuration))
        #expect(!realTime.contains("time scale"))
        #expect(realTime.contains("<td>60s</td>"))
    }

    @Test func saysWhenNoExecutorChangedInsteadOfAnEmptyChart() {
        let html = HTMLReportWriter.render(report())
        #expect(html.contains("No executor changes were recorded"))
        #expect(!html.contains("<svg"))
    }

    @Test func stageRowsShowTasksPerExecutor() {
        let html = HTMLReportWriter.render(report())
        #expect(html.contains("<td>csv scan</td><td>4</td>"))
        #expect(html.contains("exec 1"))
    }
}
