import Foundation
import SparkbookCluster
import SparkbookDataFrame
import Synchronization

/// Connects the REPL to the session's live cluster: Ctrl-C cancels running jobs, `:executors` and `:timeline`
/// show the cluster, and executors released while the user types are announced in one line.
public final class ClusterReplHooks: ReplRuntimeHooks {
    let context: LaunchContext
    /// How many timeline entries were already announced.
    private let announced = Mutex(0)

    public init(context: LaunchContext) {
        self.context = context
    }

    private var runtime: ClusterRuntime? { context.active?.runtime }

    public func cancelRunningJob() {
        runtime?.clusterScheduler.cancelAll()
    }

    public func executorTable() -> String? {
        runtime.map(ClusterText.executorTable)
    }

    public func timeline() -> String? {
        runtime.map { ClusterText.timeline($0) }
    }

    /// `[executors] 3 released after 60s idle; 2 remain (min)` for each removal since the last call.
    public func drainPendingNotices() -> [String] {
        guard let runtime else { return [] }
        let entries = runtime.timeline.entries
        return announced.withLock { seen -> [String] in
            defer { seen = entries.count }
            guard seen < entries.count else { return [] }
            return entries[seen...].compactMap { entry -> String? in
                guard case .executorsRemoved(let ids, let label) = entry.kind else { return nil }
                let why = label.split(separator: " ").dropFirst().joined(separator: " ")
                var text = "[executors] \(ids.count) released after \(why.isEmpty ? "idle" : why); \(entry.executors) remain"
                if let min = context.active?.conf.get("spark.dynamicAllocation.minExecutors"), Int(min) == entry.executors {
                    text += " (min)"
                }
                return text
            }
        }
    }
}
