import Foundation
import SparkbookCluster

/// The short fair-usage table printed on stderr at the end of a shared run (and by `cluster status`): one row per
/// application (executor time granted and busy, waits, completion), one per queue (guarantee, maximum, average
/// share while it had demand, longest starvation), then Jain's index or why there is none. Times read as the
/// walkthrough writes them (`WalkTimeText`); colour only through `TerminalStyle`.
public struct FairnessTable: Sendable {
    public let report: FairnessReport
    public let style: TerminalStyle

    public init(report: FairnessReport, style: TerminalStyle = TerminalStyle(color: false)) {
        self.report = report
        self.style = style
    }

    public var text: String {
        let resource = report.calculator == .memory ? "cluster memory" : "the cluster (dominant resource)"
        var lines = [style.bold("Fair usage over \(seconds(report.end.milliseconds)), shares of \(resource)")]
        lines += PlainTable.lines(
            header: ["application", "queue", "user", "executor·s granted", "busy", "utilisation", "waited", "completion"],
            rows: report.applications.map { app in
                [app.name, app.queue, app.user, executorSeconds(app.grantedExecutorMillis),
                 executorSeconds(app.busyExecutorMillis), app.utilisation.map(percent) ?? "-",
                 seconds(app.waitingMillis), seconds(app.completionMillis) + (app.stillRunning ? " (running)" : "")]
            }, rightAligned: [3, 4, 5, 6, 7])
        lines.append("")
        lines += PlainTable.lines(
            header: ["queue", "guarantee", "maximum", "share with demand", "demand", "starved longest"],
            rows: report.queues.map { queue in
                [queue.name, percent(queue.guarantee), percent(queue.maximum),
                 queue.averageShareWithDemand.map(percent) ?? "-", seconds(queue.demandMillis),
                 queue.longestStarvation.map { "\(seconds($0.millis)) from \(seconds($0.start.milliseconds))" } ?? "-"]
            }, rightAligned: [1, 2, 3, 4])
        lines.append(indexLine)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Jain's index with what it compared, or the reason there is none (never a bare 1.0).
    private var indexLine: String {
        switch report.fairnessIndex {
        case .computed(let value, let queues):
            "Jain's fairness index over \(queues.joined(separator: ", ")): \(String(format: "%.3f", value)) "
                + style.dim("(1 = every queue got its guarantee, or all it asked, while it had demand)")
        default:
            "Jain's fairness index: none, " + (report.fairnessIndex.absence ?? "")
        }
    }

    private func seconds(_ millis: Int64) -> String { WalkTimeText.seconds(.milliseconds(millis)) }
    private func executorSeconds(_ millis: Int64) -> String { String(format: "%.1f", Double(millis) / 1000) }
    private func percent(_ fraction: Double) -> String { String(format: "%.0f %%", fraction * 100) }
}
