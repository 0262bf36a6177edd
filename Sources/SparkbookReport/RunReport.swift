import SparkbookCluster
import SparkbookNotebook

/// Everything a shareable report shows: the executed notebook, the configuration in effect, and what the
/// cluster did (executor counts and requests over time with their causes, and each stage's tasks per executor).
public struct RunReport: Sendable {
    public var title: String
    public var notebook: Notebook
    public var configuration: [(key: String, value: String)]
    /// The application's executor timeline: requests, executors added and removed, executors kept.
    public var timeline: [TimelineEntry]
    public var stages: [StageSummary]
    /// Milliseconds from the start of the application to its end, for the chart's x axis.
    public var durationMillis: Int64
    /// `--time-scale`: stated at the top and applied to the timeouts in the configuration table.
    public var timeScale: TimeScale
    /// Fair usage from the resource manager's usage log; the report shows a "Shared cluster" section when it
    /// covers more than one application or queue.
    public var fairness: FairnessReport?
    /// Jobs and executors, listed for a report made from an event log (a notebook run shows its cells instead).
    public var jobs: [JobSummary] = []
    public var executors: [ExecutorSummary] = []

    public init(title: String, notebook: Notebook, configuration: [(key: String, value: String)] = [],
                timeline: [TimelineEntry] = [], stages: [StageSummary] = [], durationMillis: Int64 = 0,
                timeScale: TimeScale = .realTime, fairness: FairnessReport? = nil) {
        self.title = title
        self.notebook = notebook
        self.configuration = configuration
        self.timeline = timeline
        self.stages = stages
        self.durationMillis = durationMillis
        self.timeScale = timeScale
        self.fairness = fairness
    }
}

/// One stage as it ran: its tasks, how they spread over executors, the bytes its tasks read from input files and
/// wrote to and read from the shuffle (already formatted, as Spark's UI prints them; nil when there were none).
public struct StageSummary: Sendable, Equatable {
    public var stageId: Int
    public var name: String
    public var tasksByExecutor: [(executor: String, tasks: Int)]
    public var durationMillis: Int64
    public var shuffleWrite: String?
    public var shuffleRead: String?
    public var input: String?
    /// Bytes spilled, `memory / disk` (Spark's Memory and Disk Bytes Spilled), when the stage spilled.
    public var spill: String?

    public init(stageId: Int, name: String, tasksByExecutor: [(executor: String, tasks: Int)], durationMillis: Int64,
                shuffleWrite: String? = nil, shuffleRead: String? = nil, input: String? = nil, spill: String? = nil) {
        self.stageId = stageId
        self.name = name
        self.tasksByExecutor = tasksByExecutor
        self.durationMillis = durationMillis
        self.shuffleWrite = shuffleWrite
        self.shuffleRead = shuffleRead
        self.input = input
        self.spill = spill
    }

    public var taskCount: Int { tasksByExecutor.reduce(0) { $0 + $1.tasks } }

    public static func == (l: StageSummary, r: StageSummary) -> Bool {
        l.stageId == r.stageId && l.name == r.name && l.durationMillis == r.durationMillis
            && l.shuffleWrite == r.shuffleWrite && l.shuffleRead == r.shuffleRead && l.input == r.input && l.spill == r.spill
            && l.tasksByExecutor.map(\.executor) == r.tasksByExecutor.map(\.executor)
            && l.tasksByExecutor.map(\.tasks) == r.tasksByExecutor.map(\.tasks)
    }
}

/// One job: what ran it, how long it took, and whether it failed.
public struct JobSummary: Sendable, Equatable {
    public var jobId: Int
    public var description: String
    public var stageIds: [Int]
    /// nil while the job had not ended when the log stops.
    public var durationMillis: Int64?
    public var failure: String?

    public init(jobId: Int, description: String, stageIds: [Int], durationMillis: Int64?, failure: String? = nil) {
        self.jobId = jobId
        self.description = description
        self.stageIds = stageIds
        self.durationMillis = durationMillis
        self.failure = failure
    }
}

/// One executor over the application's life: where it ran, when it came and left (milliseconds from the
/// start), why it left in Spark's words, and the tasks it ended.
public struct ExecutorSummary: Sendable, Equatable {
    public var id: String
    public var host: String
    public var cores: Int
    public var addedMillis: Int64
    public var removedMillis: Int64?
    public var removedReason: String?
    public var tasks: Int
    public var failedTasks: Int

    public init(id: String, host: String, cores: Int, addedMillis: Int64, removedMillis: Int64? = nil,
                removedReason: String? = nil, tasks: Int = 0, failedTasks: Int = 0) {
        self.id = id
        self.host = host
        self.cores = cores
        self.addedMillis = addedMillis
        self.removedMillis = removedMillis
        self.removedReason = removedReason
        self.tasks = tasks
        self.failedTasks = failedTasks
    }
}
