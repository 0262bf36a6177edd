/// Idle executors to kill.
public struct ExecutorRemoval: Hashable, Sendable {
    public enum Reason: Hashable, Sendable { case idleTimeout }

    /// In removal order.
    public let executorIds: [String]
    public let reason: Reason
    /// The idle rule that timed each executor out, parallel to `executorIds`.
    public let rules: [IdleRule]

    public var logLine: String {
        "Executors \(executorIds.joined(separator: ",")) removed due to idle timeout."
    }

    /// The rules of `ids` (a subset of `executorIds`, e.g. those actually removed), in the order given.
    public func rules(of ids: [String]) -> [IdleRule] {
        ids.compactMap { id in executorIds.firstIndex(of: id).flatMap { $0 < rules.count ? rules[$0] : nil } }
    }

    /// `-3 idle 60s`, or `-2 idle 60s, cached 5min` when different rules fired.
    public var label: String { label(removed: executorIds) }

    /// The label for the executors of this removal that were actually removed (a busy one stays), with each
    /// timeout as configured and, at another time scale, as it ran: `-1 idle 60s (1.2s at time scale 0.02)`.
    public func label(removed: [String], at scale: TimeScale = .realTime) -> String {
        var distinct: [IdleRule] = []
        for (id, rule) in zip(executorIds, rules) where removed.contains(id) && !distinct.contains(rule) {
            distinct.append(rule)
        }
        return "-\(removed.count) " + distinct.map { $0.description(at: scale) }.joined(separator: ", ")
    }
}
