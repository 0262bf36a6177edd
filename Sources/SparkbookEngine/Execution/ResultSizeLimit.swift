import Foundation
import Synchronization
import SparkbookCluster
import SparkbookUtilities

/// `spark.driver.maxResultSize`: how many bytes of serialized results one job may bring to the driver
/// (Spark's default 1g; 0 or a negative size means unlimited). Results are counted per task, cumulatively, as
/// Spark's `TaskSetManager.canFetchMoreResults` counts them, and a task counts its result batch by batch while it
/// produces it, so a result too large to keep fails before it is held whole and the session lives on.
public struct ResultSizeLimit: Sendable, Equatable {
    public static let key = "spark.driver.maxResultSize"
    /// The bound in bytes; nil when unlimited.
    public let maxBytes: Int64?

    public init(maxBytes: Int64?) {
        self.maxBytes = maxBytes.flatMap { $0 > 0 ? $0 : nil }
    }

    /// Spark's default, `1g`.
    public static let sparkDefault = ResultSizeLimit(maxBytes: 1 << 30)

    /// The property's value as Spark reads it (`512m`, `2g`, bytes when bare; `0` or `-1` unlimited), or Spark's
    /// `INVALID_CONF_VALUE.TYPE_MISMATCH` for text that is not a size.
    public init(property text: String?) throws(ConfigError) {
        guard let text else { self = .sparkDefault; return }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("-") {
            // A negative size parses (Spark then treats it as no bound).
            _ = try SparkSize.bytes(String(trimmed.dropFirst()), key: Self.key, defaultUnit: .byte)
            self.init(maxBytes: nil)
        } else {
            self.init(maxBytes: try SparkSize.bytes(text, key: Self.key, defaultUnit: .byte))
        }
    }

    /// One job's running count of result bytes.
    func account() -> ResultSizeAccount { ResultSizeAccount(limit: self) }
}

/// The results one job has brought to the driver so far: bytes counted from every result task (finished or
/// producing), and the tasks whose results have been counted.
final class ResultSizeAccount: Sendable {
    let limit: ResultSizeLimit
    private let state = Mutex<(tasks: Int, bytes: Int64)>((0, 0))

    init(limit: ResultSizeLimit) { self.limit = limit }

    /// Counts `bytes` more of a running task's result; past the bound, Spark's abort (the task counted with the
    /// finished ones, as Spark counts the result that tipped it over).
    func add(_ bytes: Int64) throws {
        guard let max = limit.maxBytes else { return }
        let (tasks, total) = state.withLock { s in s.bytes += bytes; return (s.tasks, s.bytes) }
        if total > max { throw Self.tooLarge(tasks: tasks + 1, bytes: total, max: max) }
    }

    /// A task whose result is complete.
    func taskFinished() { state.withLock { $0.tasks += 1 } }

    /// A task that failed for another reason: its partial result is not the driver's.
    func release(_ bytes: Int64) { state.withLock { $0.bytes -= bytes } }

    /// Spark's text: `Total size of serialized results of 3 tasks (1481.9 KiB) is bigger than
    /// spark.driver.maxResultSize (1024.0 KiB)`.
    static func tooLarge(tasks: Int, bytes: Int64, max: Int64) -> SparkError {
        SparkError(.execution, message: "Job aborted due to stage failure: Total size of serialized results of \(tasks) "
            + "tasks (\(ByteCountText.format(bytes))) is bigger than \(ResultSizeLimit.key) (\(ByteCountText.format(max)))")
    }
}
