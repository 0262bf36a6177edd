/// What happened in the application, as Spark's listener bus reports it. Times are wall-clock milliseconds since
/// the Unix epoch (Spark's convention), so event logs and the History Server show real dates.
public enum SparkListenerEvent: Hashable, Sendable {
    case applicationStart(ApplicationInfo)
    case applicationEnd(time: Int64)
    case environmentUpdate(EnvironmentInfo)
    case executorAdded(ExecutorInfo)
    case executorRemoved(id: String, time: Int64, reason: String)
    case jobStart(jobId: Int, time: Int64, stageIds: [Int], description: String)
    case jobEnd(jobId: Int, time: Int64, result: JobResult)
    case stageSubmitted(StageInfo)
    case stageCompleted(StageInfo)
    case taskStart(stageId: Int, stageAttempt: Int, task: TaskInfo)
    /// `taskType` is Spark's class name: `ShuffleMapTask` or `ResultTask`.
    case taskEnd(stageId: Int, stageAttempt: Int, taskType: String, task: TaskInfo, reason: TaskEndDetail,
                 metrics: TaskMetrics = TaskMetrics())
    /// `unpersist()` dropped a cached DataFrame's blocks. (Cached blocks themselves reach the log only as
    /// `SparkListenerBlockUpdated`, which Spark writes only with `spark.eventLog.logBlockUpdates.enabled`.)
    case unpersistRDD(rddId: Int)

    /// Spark's class name for the event (`SparkListenerTaskEnd`).
    public var name: String {
        switch self {
        case .applicationStart: "SparkListenerApplicationStart"
        case .applicationEnd: "SparkListenerApplicationEnd"
        case .environmentUpdate: "SparkListenerEnvironmentUpdate"
        case .executorAdded: "SparkListenerExecutorAdded"
        case .executorRemoved: "SparkListenerExecutorRemoved"
        case .jobStart: "SparkListenerJobStart"
        case .jobEnd: "SparkListenerJobEnd"
        case .stageSubmitted: "SparkListenerStageSubmitted"
        case .stageCompleted: "SparkListenerStageCompleted"
        case .taskStart: "SparkListenerTaskStart"
        case .taskEnd: "SparkListenerTaskEnd"
        case .unpersistRDD: "SparkListenerUnpersistRDD"
        }
    }
}
