/// A transient task failure (a flaky disk, a network reset) that the scheduler retries on another attempt, up to
/// `spark.task.maxFailures`. Only fault injection raises it (tests, teaching runs); an error the engine throws in
/// a task is retried the same way, and is the job's error when the attempts run out.
public struct InjectedTaskFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The exception class Spark would report (`java.io.IOException`).
    public let className: String
    public let message: String

    public init(className: String = "java.io.IOException", message: String) {
        self.className = className
        self.message = message
    }

    public var description: String { "\(className): \(message)" }
}

/// Decides, as a task attempt starts, whether it fails with an injected transient failure.
public typealias TaskFaultInjector = @Sendable (TaskContext) -> InjectedTaskFailure?

/// A task could not fetch its shuffle input: map output was lost with an executor. The stage attempt ends and the
/// engine resubmits the parent map stage for the lost outputs, then this stage for its unfinished partitions, as
/// Spark's DAGScheduler does on a `FetchFailed`.
public struct FetchFailedError: Error, Hashable, Sendable, CustomStringConvertible {
    public let stageId: Int
    public let stageAttempt: Int
    /// Task indices of this stage attempt that had already succeeded (they are not run again).
    public let succeededTasks: Set<Int>
    /// Spark's `FetchFailed(...)` text.
    public let message: String

    public init(stageId: Int, stageAttempt: Int, succeededTasks: Set<Int>, message: String) {
        self.stageId = stageId
        self.stageAttempt = stageAttempt
        self.succeededTasks = succeededTasks
        self.message = message
    }

    public var description: String { message }
}
