import Foundation
import SparkbookCluster

/// `sparkbook cluster status` as text: the queues, the applications and the recent decisions, each a plain
/// table, times as the service's wall clock (local time).
public enum ClusterStatusText {
    public static func render(_ status: ClusterServiceStatus, timeZone: TimeZone = .current) -> String {
        func clock(_ wallMillis: Int64) -> String { ClusterService.clockText(wallMillis, timeZone: timeZone) }
        var lines = ["\(status.master) (\(status.kind)) at \(clock(status.time))", "", "Queues"]
        lines += PlainTable.lines(
            header: ["queue", "guarantee", "maximum", "used", "used %", "pending"],
            rows: status.queues.map {
                [$0.name, percent($0.guaranteePercent), percent($0.maximumPercent), String($0.usedExecutors),
                 percent($0.usedPercent), String($0.pendingRequests)]
            }, rightAligned: [1, 2, 3, 4, 5])
        lines += ["", "Applications"]
        if status.applications.isEmpty {
            lines.append("(none)")
        } else {
            lines += PlainTable.lines(
                header: ["id", "name", "queue", "user", "granted", "pending", "busy", "since"],
                rows: status.applications.map {
                    [$0.id, $0.name, $0.queue, $0.user, String($0.granted), String($0.pending), String($0.busy),
                     clock($0.since)]
                }, rightAligned: [4, 5, 6])
        }
        lines += ["", "Recent decisions"]
        if status.decisions.isEmpty {
            lines.append("(none)")
        } else {
            lines += PlainTable.lines(
                header: ["time", "decision", "executor", "application", "queue", "host"],
                rows: status.decisions.map {
                    [clock($0.time), $0.kind + ($0.detail.map { " (\($0))" } ?? ""), $0.executor ?? "", $0.application,
                     $0.queue, $0.host ?? ""]
                })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value) }
}
