import SparkbookCluster

/// Closes a walkthrough with the seed's expected-behaviour table and what was actually observed for each row,
/// saying "not observed" honestly when the run was too small or too short to show it.
public struct ExpectedBehaviourSummary {
    public let entries: [TimelineEntry]
    public let configuration: (String) -> String?

    public init(entries: [TimelineEntry], configuration: @escaping (String) -> String?) {
        self.entries = entries
        self.configuration = configuration
    }

    /// A markdown table (rendered by the walkthrough's markdown renderer).
    public var markdown: String {
        var rows = ["| Workload state | Expected | Observed in this run |", "|---|---|---|"]
        rows.append("| High shuffle load | Executors scale up | \(scaleUp) |")
        rows.append("| Idle periods | Executors released | \(release) |")
        rows.append("| Shared cluster | Fair resource usage | \(fairness) |")
        return "## What this run showed\n\n" + rows.joined(separator: "\n") + "\n"
    }

    private var executorCounts: [Int] { entries.map(\.executors) }

    private var scaleUp: String {
        let backlogAdds = entries.filter {
            if case .targetChanged(let change) = $0.kind, case .backlog = change.reason { return true }
            return false
        }
        guard let first = backlogAdds.first else {
            let timeout = configuration("spark.dynamicAllocation.schedulerBacklogTimeout") ?? "1s"
            return "not observed: no tasks waited schedulerBacklogTimeout (\(timeout)); too little data to back up the scheduler"
        }
        let index = entries.firstIndex(of: first) ?? 0
        let before = entries[..<index].last { !isTarget($0) }?.executors ?? 0
        let peak = executorCounts.max() ?? before
        let steps = backlogAdds.compactMap { entry -> String? in
            if case .targetChanged(let change) = entry.kind { return "+\(change.delta)" }
            return nil
        }.joined(separator: ", ")
        return "\(before) → \(peak) executors (\(steps)) from \(clock(first.time))"
    }

    private var release: String {
        let removals = entries.filter { if case .executorsRemoved = $0.kind { return true }; return false }
        guard let last = removals.last else {
            let timeout = configuration("spark.dynamicAllocation.executorIdleTimeout") ?? "60s"
            return "not observed: the run ended within executorIdleTimeout (\(timeout)); try time.sleep or --time-scale"
        }
        let released = removals.reduce(0) { total, entry in
            if case .executorsRemoved(let ids, _) = entry.kind { return total + ids.count }
            return total
        }
        return "\(released) released when idle, down to \(last.executors) by \(clock(last.time))"
    }

    private var fairness: String {
        let peak = executorCounts.max() ?? 0
        guard let max = configuration("spark.dynamicAllocation.maxExecutors").flatMap({ Int($0) }) else {
            return "peak \(peak); no maxExecutors, so nothing bounds this job"
        }
        return "peak \(peak), never above maxExecutors (\(max))"
    }

    private func isTarget(_ entry: TimelineEntry) -> Bool {
        if case .targetChanged = entry.kind { return true }
        return false
    }

    private func clock(_ time: ClockTime) -> String {
        let seconds = time.milliseconds / 1000
        return String(format: "%02d:%02d.%01d", seconds / 60, seconds % 60, (time.milliseconds % 1000) / 100)
    }
}

import Foundation
