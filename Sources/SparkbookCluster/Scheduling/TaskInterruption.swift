import Synchronization

/// Spark's task kill flag (`TaskContext.isInterrupted`): set when the task's stage is cancelled or aborted, so
/// a running task body stops at its next batch instead of computing a result nobody will read, and its
/// executor slot frees at once.
public final class TaskInterruption: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public var isInterrupted: Bool { flag.load(ordering: .acquiring) }

    func interrupt() { flag.store(true, ordering: .releasing) }

    /// Throws `TaskKilledError` once the task was interrupted; engines call it between batches.
    public func check() throws {
        if isInterrupted { throw TaskKilledError() }
    }
}

/// A task body stopped because its stage was cancelled (Spark's `TaskKilledException`); the scheduler records
/// the task as killed, never as failed.
public struct TaskKilledError: Error, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "TaskKilled (Stage cancelled)" }
}
