import SparkbookCluster

/// The one wording of neighbour teams' executor changes, shown beside the student's own in the walkthrough's
/// live lines and in `run --timeline`: `etl-team +4 granted (4 now; 12/20 cores in use)`.
public enum NeighbourChangeText {
    public static func line(_ change: NeighbourChange) -> String {
        let delta = change.delta > 0 ? "+\(change.delta)" : "\(change.delta)"
        return "\(change.team) \(delta) \(change.cause.rawValue) (\(change.executors) now; "
            + "\(change.clusterCoresInUse)/\(change.clusterCores) cores in use)"
    }

    /// What the teams did over a stretch the student did not watch (between cells), in one line per team:
    /// `etl-team: +12 granted, -12 released; 0 now`. Empty when nothing changed.
    public static func summary(_ changes: [NeighbourChange]) -> [String] {
        var order: [String] = []
        var byTeam: [String: [NeighbourChange]] = [:]
        for change in changes {
            if byTeam[change.team] == nil { order.append(change.team) }
            byTeam[change.team, default: []].append(change)
        }
        return order.map { team in
            let changes = byTeam[team]!
            var totals: [(NeighbourChange.Cause, Int)] = []
            for change in changes {
                if let index = totals.firstIndex(where: { $0.0 == change.cause }) {
                    totals[index].1 += change.delta
                } else {
                    totals.append((change.cause, change.delta))
                }
            }
            let parts = totals.map { ($0.1 > 0 ? "+\($0.1)" : "\($0.1)") + " \($0.0.rawValue)" }
            return "\(team): " + parts.joined(separator: ", ") + "; \(changes.last!.executors) now"
        }
    }

    /// `run --timeline`'s section: each change with its time, at most `limit` lines (the rest counted).
    public static func section(_ changes: [NeighbourChange], limit: Int = 24) -> String {
        guard !changes.isEmpty else { return "" }
        var text = "\nNeighbours' executors (beside this notebook's):\n"
        for change in changes.prefix(limit) {
            let at = WalkTimeText().at(change.time)
            text += String(repeating: " ", count: max(0, 8 - at.count)) + at + "  " + line(change) + "\n"
        }
        if changes.count > limit { text += "  … \(changes.count - limit) more changes\n" }
        return text
    }
}
