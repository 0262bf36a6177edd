/// A stage aborted because one task failed `spark.task.maxFailures` times, with Spark's job-abort message.
public struct StageAbortedError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public init(message: String) { self.message = message }

    public var description: String { message }
}
