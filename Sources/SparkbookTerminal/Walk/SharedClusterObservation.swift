import Foundation
import SparkbookCluster

/// What this run's resource manager recorded about sharing the cluster, for the closing table's third row
/// (Shared cluster → fair resource usage) when other tenants were there: their waits, each queue's share against
/// its guarantee and Jain's index, all from the run's `UsageLog` through `FairnessReport`. Nothing here is a
/// setting or a promise; a run alone has none of this (`ExpectedBehaviourSummary` says so).
public struct SharedClusterObservation: Sendable {
    public let report: FairnessReport
    /// The other tenants' applications (the neighbour teams), in the log's order.
    public let neighbours: [ApplicationUsage]

    /// Nil when no application other than the notebook's (`others` names the neighbours) ran on the cluster.
    public init?(report: FairnessReport, others: Set<String>) {
        self.report = report
        neighbours = report.applications.filter { others.contains($0.name) }
        if neighbours.isEmpty { return nil }
    }

    /// The table's cell: the index when there is one.
    public var status: String {
        report.fairnessIndex.value.map { "measured: Jain's index " + Self.index($0) } ?? "measured"
    }

    /// The detail line, after `Shared cluster, this run:`.
    public func details(time: WalkTimeText) -> String {
        let waits = neighbours.map { team in
            "\(team.name) (\(team.queue)) waited \(WalkTimeText.seconds(.milliseconds(team.waitingMillis))) for "
                + "executors with tasks pending"
        }
        let shares = report.queues.compactMap { queue -> String? in
            guard let share = queue.averageShareWithDemand else { return nil }
            return "\(queue.name) \(Self.percent(share)) (guarantee \(Self.percent(queue.guarantee)))"
        }
        var text = waits.joined(separator: "; ") + ". Each queue's share of the cluster while it had demand: "
            + shares.joined(separator: ", ") + ". "
        switch report.fairnessIndex {
        case .computed(let value, let queues):
            text += "Jain's index over \(queues.joined(separator: ", ")): \(Self.index(value)) (1 = every queue got "
                + "its guarantee, or all it asked, while it had demand)"
        default:
            text += "No Jain's index: " + (report.fairnessIndex.absence ?? "")
        }
        return text + ". Times are as the run went" + (time.scale.factor == 1 ? "." : " (time scale \(time.scale.factorText)).")
    }

    static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded())) %" }
    static func index(_ value: Double) -> String { String(format: "%.3f", value) }
}
