import Foundation
import SparkbookCluster

/// The report's "Shared cluster" section, for a run that shared its cluster with other applications or queues:
/// the queues' shares over time against their guarantees, the applications' and queues' fair-usage tables, and
/// Jain's index with what it compared (or why there is none).
enum SharedClusterSection {
    static func html(_ fairness: FairnessReport) -> String {
        var html = "<section><h2>Shared cluster</h2>"
        html += "<p class=\"muted\">Shares of \(fairness.calculator == .memory ? "cluster memory" : "the cluster's dominant resource") "
            + "over \(ReportTime.text(fairness.end.milliseconds)), from the resource manager's usage log.</p>"
        html += QueueShareChart(queues: fairness.queues, endMillis: fairness.end.milliseconds).html()
        html += "<h3>Applications</h3><table class=\"fair\"><thead><tr><th>application</th><th>queue</th><th>user</th>"
            + "<th>executor·s granted</th><th>busy</th><th>utilisation</th><th>waited for executors</th><th>completion</th>"
            + "</tr></thead><tbody>"
        html += fairness.applications.map { app in
            "<tr><td>\(HTMLEscaping.escape(app.name))</td><td>\(HTMLEscaping.escape(app.queue))</td>"
                + "<td>\(HTMLEscaping.escape(app.user))</td>"
                + numbers([executorSeconds(app.grantedExecutorMillis), executorSeconds(app.busyExecutorMillis),
                           app.utilisation.map(QueueShareChart.percent) ?? "–", ReportTime.text(app.waitingMillis),
                           ReportTime.text(app.completionMillis) + (app.stillRunning ? " (still running)" : "")])
                + "</tr>"
        }.joined()
        html += "</tbody></table><h3>Queues</h3><table class=\"fair\"><thead><tr><th>queue</th><th>guarantee</th>"
            + "<th>maximum</th><th>share while it had demand</th><th>time with demand</th><th>longest starvation</th>"
            + "</tr></thead><tbody>"
        html += fairness.queues.enumerated().map { k, queue in
            "<tr><td><span class=\"swatch\" style=\"background:\(QueueShareChart.colour(k))\"></span> \(HTMLEscaping.escape(queue.name))</td>"
                + numbers([QueueShareChart.percent(queue.guarantee), QueueShareChart.percent(queue.maximum),
                           queue.averageShareWithDemand.map(QueueShareChart.percent) ?? "–", ReportTime.text(queue.demandMillis),
                           queue.longestStarvation.map { "\(ReportTime.text($0.millis)) from \(ReportTime.text($0.start.milliseconds))" } ?? "–"])
                + "</tr>"
        }.joined()
        html += "</tbody></table>"
        return html + "<p class=\"index\">" + indexText(fairness.fairnessIndex) + "</p></section>"
    }

    private static func indexText(_ index: FairnessReport.FairnessIndex) -> String {
        guard case .computed(let value, let queues) = index else {
            return "Jain's fairness index: none, " + HTMLEscaping.escape(index.absence ?? "") + "."
        }
        return "Jain's fairness index over \(HTMLEscaping.escape(queues.joined(separator: ", "))): "
            + "<strong>\(String(format: "%.3f", value))</strong> <span class=\"muted\">(each queue's share over the least of "
            + "its guarantee and what it asked, at most 1, averaged over the time it had demand; 1 means every queue "
            + "got that, 1/n that one queue had everything)</span>"
    }

    private static func numbers(_ cells: [String]) -> String {
        cells.map { "<td class=\"num\">\(HTMLEscaping.escape($0))</td>" }.joined()
    }

    private static func executorSeconds(_ millis: Int64) -> String { String(format: "%.1f", Double(millis) / 1000) }
}
