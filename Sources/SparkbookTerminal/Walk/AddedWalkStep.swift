import Foundation
import SparkbookCluster

/// A step the walkthrough adds after the notebook's own cells, never written into the notebook: its
/// explanation (markdown) and the code it runs, both shown before it runs, titled as added by the walkthrough.
public struct AddedWalkStep: Sendable, Equatable {
    public let title: String
    public let explanation: String
    public let source: String

    public init(title: String, explanation: String, source: String) {
        self.title = title
        self.explanation = explanation
        self.source = source
    }

    /// Tasks of the added backlog job (one per partition) and rows per task. Many small tasks rather than a few
    /// large ones: scheduling 20,000 tasks keeps some waiting past a classroom-scaled backlog timeout on any
    /// build (400 tasks of 2,000 rows ended in 50 ms on a release build, before any request), while the rows
    /// stay few enough that a debug build finishes in seconds.
    public static let backlogPartitions = 20_000
    public static let rowsPerPartition = 50

    /// For a notebook with dynamic allocation: a job with enough tasks to back up the scheduler, then an idle
    /// period longer than the idle timeout, so scale-up and idle release happen in this run, within one step
    /// (a student reading at a prompt between two steps would miss a release that happens meanwhile). The job is narrow
    /// (a filtered range, collected): it writes no shuffle output, so the executors it adds are released after
    /// the idle timeout in real Spark too, even with shuffle tracking on.
    public static func allocationLesson(configuration: (String) -> String?, time: WalkTimeText) -> [AddedWalkStep] {
        guard configuration(DynamicAllocationKeys.enabled)?.lowercased() == "true" else { return [] }
        let backlog = time.configured(configuration(DynamicAllocationKeys.schedulerBacklogTimeout),
                                      key: DynamicAllocationKeys.schedulerBacklogTimeout, fallback: .seconds(1))
        let idleTimeout = WalkTimeText.duration(configuration(DynamicAllocationKeys.executorIdleTimeout),
                                                key: DynamicAllocationKeys.executorIdleTimeout, fallback: .seconds(60))
        let idle = time.configured(idleTimeout)
        let sleep = Swift.max(1, idleTimeout.milliseconds * 3 / 2 / 1000)
        let min = configuration(DynamicAllocationKeys.minExecutors) ?? "0"
        let max = configuration(DynamicAllocationKeys.maxExecutors).map { "maxExecutors (\($0))" } ?? "maxExecutors"
        let tasks = backlogPartitions, rows = backlogPartitions * rowsPerPartition
        let lesson = AddedWalkStep(
            title: "scale-up under backlog, then release when idle",
            explanation: """
            ## Added by the walkthrough: scale-up and idle release, live

            This step is not in the notebook. The notebook's data is read by one task, so no task ever waits and \
            Spark has no reason to ask for executors. Here one job runs \(tasks.formatted()) small tasks (a range of \
            \(rows.formatted()) rows in \(tasks.formatted()) partitions, filtered, collected: no shuffle). Most \
            tasks wait for a free executor; once tasks have waited schedulerBacklogTimeout \(backlog), Spark requests +1 \
            executor, then +2, +4, … each time the backlog lasts that long again, up to \(max).

            Then nothing runs for \(time.configured(.seconds(sleep))), longer than executorIdleTimeout \(idle): \
            each executor idle that long is released, down to minExecutors (\(min)). The executors this job adds \
            hold no shuffle data, so real Spark releases them the same way; executors holding shuffle output are \
            another matter, and the closing table says which ones real Spark would keep, and why. Watch the lines \
            marked `live`: they are printed as the changes happen.
            """,
            source: """
            # Added by the walkthrough (not in the notebook): many tasks and no shuffle, then an idle period.
            import time
            many_tasks_df = spark.range(0, \(rows), numPartitions=\(tasks))
            matches = many_tasks_df.where(F.col("id") % 99991 == 0).collect()
            print(len(matches), "matching ids")
            time.sleep(\(sleep))  # longer than executorIdleTimeout; seconds, scaled like every timeout
            print("idle period over")
            """)
        return [lesson]
    }
}
