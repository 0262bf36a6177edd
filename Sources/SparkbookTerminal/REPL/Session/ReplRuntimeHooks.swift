/// What the REPL asks of the live cluster runtime (executors, jobs), which lives outside this module. Without
/// hooks the REPL still runs everything; `:executors` and `:timeline` say that no runtime is attached, and
/// Ctrl-C during a job is reported instead of cancelling.
public protocol ReplRuntimeHooks: AnyObject, Sendable {
    /// Asks the running job to stop: running tasks end, the session and its DataFrames stay. Called from the
    /// Ctrl-C watcher thread while an entry runs.
    func cancelRunningJob()
    /// The live executor table for `:executors` (id, state, running tasks, held shuffle or cache, seconds until
    /// idle release), or nil when no session has started executors.
    func executorTable() -> String?
    /// The allocation timeline for `:timeline`, or nil when nothing happened yet.
    func timeline() -> String?
    /// One-line notices that happened since the last call (`[executors] 3 released after 60s idle; 2 remain
    /// (min)`); polled while the user types and printed above the line being edited.
    func drainPendingNotices() -> [String]
}
