import Foundation
import SparkbookNotebook
import Testing
@testable import SparkbookReport

@Suite struct HTMLReportWriterTests {
    func report(timeline: [ExecutorCountChange] = []) -> RunReport {
        var code = Cell.code("display(df)\n1 < 2")
        code.executionCount = 1
        code.outputs = [.stdout("a <b>\n"), .error(ename: "NameError", evalue: "x", traceback: ["cell:1:1: error"])]
        let notebook = Notebook(cells: [.markdown("# Title & more\n\n*emphasis*"), code])
        return RunReport(title: "Run <1>", notebook: notebook, configuration: [("spark.master", "local[2]")],
                         timeline: timeline,
                         stages: [StageSummary(stageId: 0, name: "csv scan", tasksByExecutor: [("1", 3), ("2", 1)], durationMillis: 12,
                                               shuffleWrite: "12.3 KiB", input: "2045.7 KiB"),
                                  StageSummary(stageId: 1, name: "groupBy", tasksByExecutor: [("1", 1)], durationMillis: 3,
                                               shuffleRead: "12.3 KiB")],
                         durationMillis: 10_000)
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

    @Test func stagesShowTheInputAndShuffleBytesTheirTasksReadAndWrote() {
        let html = HTMLReportWriter.render(report())
        #expect(html.contains("<th>input</th><th>shuffle write</th><th>shuffle read</th>"))
        #expect(html.contains("<td>12 ms</td><td>2045.7 KiB</td><td>12.3 KiB</td><td>–</td>"))
        #expect(html.contains("<td>3 ms</td><td>–</td><td>–</td><td>12.3 KiB</td>"))
    }

    @Test func drawsTheTimelineWithOneMarkerPerChange() {
        let html = HTMLReportWriter.render(report(timeline: [
            ExecutorCountChange(atMillis: 0, executors: 2, cause: "=2 initial"),
            ExecutorCountChange(atMillis: 5_000, executors: 3, cause: "+1 backlog 5s"),
            ExecutorCountChange(atMillis: 9_000, executors: 2, cause: "-1 idle 60s"),
        ]))
        #expect(html.components(separatedBy: "<circle").count - 1 == 3)
        #expect(html.contains("class=\"add\""))
        #expect(html.contains("class=\"remove\""))
        #expect(html.contains("<code>+1 backlog 5s</code> → 3 executors"))
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
