import SparkbookCluster

/// How the walkthrough says one executor change, with its cause and the configured timeout behind it in the
/// walkthrough's one time format: `+2 requested: tasks backlogged for 5s (0.1s at time scale 0.02)`.
public struct WalkTimelineText: Sendable {
    public let time: WalkTimeText

    public init(time: WalkTimeText) {
        self.time = time
    }

    public func phrase(_ entry: TimelineEntry) -> String {
        switch entry.kind {
        case .targetChanged(let change):
            switch change.reason {
            case .initial:
                return "target \(change.target): the initial request (initialExecutors)"
            case .backlog(let after):
                return "+\(change.delta) requested: tasks backlogged for \(time.configured(scaled: after))"
            case .loadDropped(let needed):
                return "target lowered to \(change.target): the tasks need only \(needed)"
            }
        case .executorsAdded(let ids):
            return "+\(ids.count) up (\(ids.joined(separator: ",")))"
        case .executorsRemoved(let ids, let label):
            let list = ids.joined(separator: ",")
            guard !entry.idleRules.isEmpty else {
                return label.hasSuffix(" lost") ? "-\(ids.count) lost (\(list))" : "-\(ids.count) removed (\(list))"
            }
            return "-\(ids.count) released (\(list)) after " + rules(entry.idleRules)
        case .executorsKept(let ids, let reason):
            return "kept \(ids.joined(separator: ",")): \(reason)"
        }
    }

    /// `idle 60s (1.2s at time scale 0.02)`; distinct rules joined.
    func rules(_ rules: [IdleRule]) -> String {
        var distinct: [IdleRule] = []
        for rule in rules where !distinct.contains(rule) { distinct.append(rule) }
        return distinct.map { rule in
            let name = switch rule {
            case .plain: "idle"
            case .cached: "idle with cached data"
            case .shuffle: "idle with shuffle data"
            case .cachedAndShuffle: "idle with cached and shuffle data"
            }
            return name + " " + time.configured(scaled: rule.timeout)
        }.joined(separator: ", ")
    }
}
