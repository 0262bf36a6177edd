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
