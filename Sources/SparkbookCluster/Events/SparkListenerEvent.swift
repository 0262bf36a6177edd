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
        }
    }
}

public struct ApplicationInfo: Hashable, Sendable {
    public var appName: String
    public var appId: String
    public var time: Int64
    public var user: String

    public init(appName: String, appId: String, time: Int64, user: String) {
        self.appName = appName
        self.appId = appId
        self.time = time
        self.user = user
    }
}

/// The environment tab: each section as ordered key/value pairs.
public struct EnvironmentInfo: Hashable, Sendable {
    public var jvm: [KeyValue]
    public var sparkProperties: [KeyValue]
    public var systemProperties: [KeyValue]
    public var classpathEntries: [KeyValue]

    public init(jvm: [KeyValue], sparkProperties: [KeyValue], systemProperties: [KeyValue],
                classpathEntries: [KeyValue]) {
        self.jvm = jvm
        self.sparkProperties = sparkProperties
        self.systemProperties = systemProperties
        self.classpathEntries = classpathEntries
    }

    public struct KeyValue: Hashable, Sendable {
        public var key: String
        public var value: String

        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }
}

public struct ExecutorInfo: Hashable, Sendable {
    public var id: String
    public var time: Int64
    public var host: String
    public var totalCores: Int

    public init(id: String, time: Int64, host: String, totalCores: Int) {
        self.id = id
        self.time = time
        self.host = host
        self.totalCores = totalCores
    }
}

public enum JobResult: Hashable, Sendable {
    case succeeded
    case failed(message: String)
}

public struct StageInfo: Hashable, Sendable {
    public var stageId: Int
    public var attempt: Int
    public var name: String
    public var numTasks: Int
    public var submissionTime: Int64?
    public var completionTime: Int64?
    public var failureReason: String?
    /// Shuffles the stage reads (Spark's StageInfo names parent stages; the shuffle ids say which shuffle split
    /// the job here).
    public var readsShuffles: [Int]
    /// `spark.sql.shuffle.partitions` before AQE coalesced the stage's shuffle input into `numTasks` tasks (Spark
    /// shows the stage reading through `AQEShuffleRead coalesced`); nil when not coalesced.
    public var shufflePartitionsBeforeCoalescing: Int?

    public init(stageId: Int, attempt: Int = 0, name: String, numTasks: Int, submissionTime: Int64? = nil,
                completionTime: Int64? = nil, failureReason: String? = nil, readsShuffles: [Int] = [],
                shufflePartitionsBeforeCoalescing: Int? = nil) {
        self.stageId = stageId
        self.attempt = attempt
        self.name = name
        self.numTasks = numTasks
        self.submissionTime = submissionTime
        self.completionTime = completionTime
        self.failureReason = failureReason
        self.readsShuffles = readsShuffles
        self.shufflePartitionsBeforeCoalescing = shufflePartitionsBeforeCoalescing
    }
}

/// One task attempt: where it ran and when.
public struct TaskInfo: Hashable, Sendable {
    public var taskId: Int
    /// The partition index within the stage.
    public var index: Int
    public var attempt: Int
    public var launchTime: Int64
    public var executorId: String
    public var host: String
    /// 0 while running.
    public var finishTime: Int64
    public var failed: Bool
    public var killed: Bool

    public init(taskId: Int, index: Int, attempt: Int = 0, launchTime: Int64, executorId: String, host: String,
                finishTime: Int64 = 0, failed: Bool = false, killed: Bool = false) {
        self.taskId = taskId
        self.index = index
        self.attempt = attempt
        self.launchTime = launchTime
        self.executorId = executorId
        self.host = host
        self.finishTime = finishTime
        self.failed = failed
        self.killed = killed
    }
}

/// Why a task ended, in the words of Spark's `TaskEndReason`.
public enum TaskEndDetail: Hashable, Sendable {
    case success
    case exceptionFailure(className: String, description: String)
    case killed(reason: String)
    /// The executor went away under the task; `causedByApp` false means it does not count toward
    /// `spark.task.maxFailures`.
    case executorLost(executorId: String, causedByApp: Bool, reason: String)
    /// Map output the task needed was gone (lost with `executorId`).
    case fetchFailed(executorId: String, host: String, shuffleId: Int, mapIndex: Int, reduceId: Int, message: String)

    /// The port in block-manager addresses. Sparkbook's executors serve no network port, but Spark's
    /// `BlockManagerId` (which the History Server rebuilds from the log) requires a positive one.
    public static let blockManagerPort = 7079

    /// Spark's `toErrorString`, used in failure messages.
    public var errorString: String {
        switch self {
        case .success: "Success"
        case let .exceptionFailure(className, description): "\(className): \(description)"
        case .killed(let reason): "TaskKilled (\(reason))"
        case let .executorLost(id, causedByApp, reason):
            "ExecutorLostFailure (executor \(id) exited "
                + (causedByApp ? "caused by one of the running tasks" : "unrelated to the running tasks")
                + ") Reason: \(reason)"
        case let .fetchFailed(id, host, shuffleId, mapIndex, reduceId, message):
            "FetchFailed(BlockManagerId(\(id), \(host), \(Self.blockManagerPort), None), shuffleId=\(shuffleId), mapIndex=\(mapIndex), "
                + "mapId=\(mapIndex), reduceId=\(reduceId), message=\n\(message)\n)"
        }
    }
}
