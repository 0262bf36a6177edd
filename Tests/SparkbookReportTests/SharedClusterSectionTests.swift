import Foundation
@testable import SparkbookCluster
import SparkbookNotebook
import Testing
@testable import SparkbookReport

/// The report's "Shared cluster" section: only for a run that shared its cluster, with the chart, both tables
/// and Jain's index (or why there is none).
@Suite struct SharedClusterSectionTests {
    @Test func aSharedRunGetsTheSectionWithTablesAndTheIndex() throws {
        let report = RunReport(title: "shared", notebook: Notebook(cells: []), fairness: QueueShareChartTests.twoTeams)
        let html = HTMLReportWriter.render(report)
        #expect(html.contains("<h2>Shared cluster</h2>"))
        #expect(html.contains("<td>analytics &lt;job&gt;</td>"))
        #expect(html.contains("(still running)"))
        #expect(html.contains("Jain's fairness index over etl, analytics: <strong>0."))
        #expect(html.contains("<polygon"))
        // etl waited for nothing and got everything it asked; analytics waited 1.5 s for its first executors.
        #expect(html.contains("<td class=\"num\">1.5s from 4s</td>"))
    }

    @Test func aRunAloneOnItsClusterHasNoSection() {
        var log = UsageLog(clusterResources: Resources(vcores: 4, memoryMiB: 4096), calculator: .memory,
                           queues: [QueueDescription(name: "default", capacityPercent: 100)])
        log.applications = [.init(id: "a", name: "seed", queue: "default", user: "ana", submittedAt: .zero)]
        let report = RunReport(title: "alone", notebook: Notebook(cells: []),
                               fairness: FairnessReport(log: log, end: ClockTime(milliseconds: 1000)))
        #expect(!HTMLReportWriter.render(report).contains("Shared cluster"))
        #expect(!HTMLReportWriter.render(RunReport(title: "none", notebook: Notebook(cells: []))).contains("Shared cluster"))
    }

    @Test func anAbsentIndexSaysWhy() {
        var log = UsageLog(clusterResources: Resources(vcores: 4, memoryMiB: 4096), calculator: .memory,
                           queues: [QueueDescription(name: "etl", capacityPercent: 50), QueueDescription(name: "adhoc", capacityPercent: 50)])
        log.applications = [.init(id: "a", name: "seed", queue: "etl", user: "ana", submittedAt: .zero)]
        let html = SharedClusterSection.html(FairnessReport(log: log, end: ClockTime(milliseconds: 1000)))
        #expect(html.contains("Jain's fairness index: none, no queue had demand."))
    }
}
