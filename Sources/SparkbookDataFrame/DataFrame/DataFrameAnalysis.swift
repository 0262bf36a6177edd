import SparkbookEngine
import Synchronization

/// A DataFrame's resolved plan, computed once (when a transformation makes the DataFrame, over its parent's)
/// and kept: Spark's Dataset holds `queryExecution.analyzed` the same way. It is analysed again only when it
/// went stale: a CSV scan below widened its inferred schema, or the session time zone changed (casts bind to it).
final class DataFrameAnalysis: Sendable {
    private struct Entry {
        let plan: ResolvedPlan
        let timeZone: String
    }

    private let stored = Mutex<Entry?>(nil)

    init() {}

    init(_ plan: ResolvedPlan, timeZone: String) {
        stored.withLock { $0 = Entry(plan: plan, timeZone: timeZone) }
    }

    /// The kept plan when it is still current for `timeZone`.
    func current(timeZone: String) -> ResolvedPlan? {
        stored.withLock { entry in
            guard let entry, entry.timeZone == timeZone, entry.plan.isCurrent else { return nil }
            return entry.plan
        }
    }

    func store(_ plan: ResolvedPlan, timeZone: String) {
        stored.withLock { $0 = Entry(plan: plan, timeZone: timeZone) }
    }
}
