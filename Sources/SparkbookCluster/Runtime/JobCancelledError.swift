/// Why `runStage` stopped without finishing: the job was cancelled (Spark's `SparkException` text), or the
/// runtime was shut down under it.
public struct JobCancelledError: Error, Hashable, Sendable, CustomStringConvertible {
    public let jobId: Int
    public let message: String

    public init(jobId: Int, message: String) {
        self.jobId = jobId
        self.message = message
    }

    public var description: String { message }

    static func cancelled(jobId: Int) -> JobCancelledError {
        JobCancelledError(jobId: jobId, message: "Job \(jobId) cancelled ")
    }

    static func cancelledWithAll(jobId: Int) -> JobCancelledError {
        JobCancelledError(jobId: jobId, message: "Job \(jobId) cancelled as part of cancellation of all jobs")
    }

    static func interrupted(jobId: Int) -> JobCancelledError {
        JobCancelledError(jobId: jobId, message: "Job \(jobId) cancelled because the query was interrupted")
    }

    static func stopped(jobId: Int) -> JobCancelledError {
        JobCancelledError(jobId: jobId, message: "Job \(jobId) cancelled because SparkContext was shut down")
    }
}
