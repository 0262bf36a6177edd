import SparkbookSparkEngine
import SparkbookTerminal

/// `repl --engine spark`: Ctrl-C during an entry cancels the driver's running jobs (the session and its names
/// stay); `:timeline` draws the real executors' timeline from the event log so far.
final class SparkReplHooks: ReplRuntimeHooks, @unchecked Sendable {
    let executor: SparkCellExecutor
    let events: SparkRunEvents

    init(executor: SparkCellExecutor, events: SparkRunEvents) {
        self.executor = executor
        self.events = events
    }

    func cancelRunningJob() {
        StandardStreams.err("^C: cancelling the running Spark jobs\n")
        executor.cancelRunningJobs()
    }

    func executorTable() -> String? {
        nil
    }

    func timeline() -> String? {
        events.settle()
        return events.timelineText()
    }

    func drainPendingNotices() -> [String] {
        []
    }

    /// Tab's scope from the driver's variables.
    static func completionScope(_ executor: SparkCellExecutor) -> CompletionScope {
        CompletionScope(variables: executor.variables().mapValues {
            CompletionScope.Variable(methods: $0.methods, properties: $0.properties, columns: $0.columns)
        })
    }
}
