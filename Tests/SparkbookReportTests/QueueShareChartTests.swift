import Foundation
@testable import SparkbookCluster
import Testing
@testable import SparkbookReport

/// The queues' shares as stacked areas with a dashed guarantee line per queue. Golden file:
/// Golden/queue_share_chart.svg (regenerate with SPARKBOOK_UPDATE_GOLDEN=1 and look at it).
@Suite struct QueueShareChartTests {
    static let executor = Resources(vcores: 1, memoryMiB: 1024)

    /// etl alone takes the whole cluster, then analytics arrives at 4 s and etl gives back down to its guarantee.
    static var twoTeams: FairnessReport {
        var log = UsageLog(clusterResources: executor * 10, calculator: .memory, queues: [
            QueueDescription(name: "etl", capacityPercent: 60), QueueDescription(name: "analytics", capacityPercent: 40),
        ])
        log.applications = [
            .init(id: "a1", name: "etl job", queue: "etl", user: "ana", submittedAt: .zero),
            .init(id: "a2", name: "analytics <job>", queue: "analytics", user: "bo", submittedAt: ClockTime(milliseconds: 4000),
                  executorResources: executor),
        ]
        func sample(_ ms: Int64, _ id: String, _ granted: Int, waiting: Int = 0) -> UsageLog.Sample {
            UsageLog.Sample(time: ClockTime(milliseconds: ms), applicationId: id, granted: granted,
                            grantedResources: executor * granted, waiting: waiting, busyExecutors: granted, pendingTasks: 5)
        }
        log.samples = [sample(0, "a1", 10), sample(4000, "a2", 0, waiting: 4), sample(5500, "a1", 6),
                       sample(5500, "a2", 4)]
        return FairnessReport(log: log, end: ClockTime(milliseconds: 10_000))
    }

    @Test func sharesStackBottomUpWithGuaranteesFromEachBandsBottom() throws {
        let report = Self.twoTeams
        let svg = QueueShareChart(queues: report.queues, endMillis: report.end.milliseconds).svg()
        #expect(svg.components(separatedBy: "<polygon").count == 3)
        #expect(svg.components(separatedBy: "class=\"guarantee\"").count == 3)
        // analytics' guarantee line starts with its demand at 4 s (x = 44 + 800 · 0.4), 40 % above etl's band: at the
        // top (clipped) while etl has it all; etl's runs from 0 s at 60 %.
        #expect(svg.contains("<path d=\"M 364.0 16.0 L"))
        #expect(svg.contains("<path d=\"M 44.0 97.6 L"))
        #expect(svg.contains("<title>analytics: guarantee 40%, share while it had demand 30%</title>"))
        #expect(svg.contains(">0s<") && svg.contains(">10s<") && svg.contains(">100%<"))
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/queue_share_chart.svg")
        if ProcessInfo.processInfo.environment["SPARKBOOK_UPDATE_GOLDEN"] == "1" {
            try svg.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(svg == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func theLegendNamesEveryQueueAndTheDashedLine() {
        let legend = QueueShareChart(queues: Self.twoTeams.queues, endMillis: 10_000).legend()
        #expect(legend.contains("etl (guarantee 60%, maximum 100%)"))
        #expect(legend.contains("a queue's guarantee while it had demand, measured from the bottom of its band"))
    }
}
