import Synchronization

/// Keeps every listener event of an application in order, so reports and walkthrough panels can be drawn from
/// what really happened (`events(since:)` gives the events of one cell).
public final class EventRecorder: SparkListener {
    private let storage = Mutex<[SparkListenerEvent]>([])

    public init() {}

    public func onEvent(_ event: SparkListenerEvent) {
        storage.withLock { $0.append(event) }
    }

    public var events: [SparkListenerEvent] { storage.withLock { $0 } }

    /// A position to read from later (`events(since: recorder.mark)`).
    public var mark: Int { storage.withLock { $0.count } }

    public func events(since mark: Int) -> [SparkListenerEvent] {
        storage.withLock { Array($0[min(mark, $0.count)...]) }
    }
}

/// What a run (or a slice of one) did: its jobs, its stages with tasks per executor, executors added and removed.
public struct RunDigest: Sendable, Equatable {
    public struct Job: Sendable, Equatable {
        public var id: Int
        public var stageIds: [Int]
        public var description: String
        public var millis: Int64?
        /// Spark's message when the job failed.
        public var failure: String?
    }

    public struct Stage: Sendable, Equatable {
        public var id: Int
        public var name: String
        public var numTasks: Int
        /// Tasks that ended, per executor id, in order of first appearance.
        public var tasksByExecutor: [(executor: String, tasks: Int)]
        public var millis: Int64?
        public var failedTasks: Int
        /// Bytes the stage's successful tasks wrote to and read from the shuffle (their task-end metrics).
        public var shuffleBytesWritten: Int64 = 0
        public var shuffleBytesRead: Int64 = 0
        /// Bytes the stage's successful tasks spilled: their in-memory size and their files' (task-end metrics).
        public var memoryBytesSpilled: Int64 = 0
        public var diskBytesSpilled: Int64 = 0
        /// Stage attempts submitted (more than 1 when lost map output or a fetch failure resubmitted it).
        public var attempts = 1
        /// Summed run time of the successful tasks that read shuffle bytes (for per-task throughput).
        public var shuffleReadTaskMillis: Int64 = 0
        /// Bytes and records the stage's successful tasks read from input files, and the summed run time of the
        /// tasks that read input bytes (scan throughput).
        public var inputBytesRead: Int64 = 0
        public var inputRecordsRead: Int64 = 0
        public var inputTaskMillis: Int64 = 0
        /// Shuffles the stage reads, and their partition count before AQE coalesced them into `numTasks` tasks.
        public var readsShuffles: [Int] = []
        public var shufflePartitionsBeforeCoalescing: Int?

        public static func == (l: Stage, r: Stage) -> Bool {
            l.id == r.id && l.name == r.name && l.numTasks == r.numTasks && l.millis == r.millis
                && l.failedTasks == r.failedTasks && l.shuffleBytesWritten == r.shuffleBytesWritten
                && l.shuffleBytesRead == r.shuffleBytesRead && l.attempts == r.attempts
                && l.memoryBytesSpilled == r.memoryBytesSpilled && l.diskBytesSpilled == r.diskBytesSpilled
                && l.inputBytesRead == r.inputBytesRead && l.inputRecordsRead == r.inputRecordsRead
                && l.readsShuffles == r.readsShuffles
                && l.shufflePartitionsBeforeCoalescing == r.shufflePartitionsBeforeCoalescing
                && l.tasksByExecutor.map(\.executor) == r.tasksByExecutor.map(\.executor)
                && l.tasksByExecutor.map(\.tasks) == r.tasksByExecutor.map(\.tasks)
        }
    }

    public var jobs: [Job] = []
    public var stages: [Stage] = []
    public var executorsAdded: [(id: String, time: Int64)] = []
    public var executorsRemoved: [(id: String, time: Int64, reason: String)] = []

    public static func == (l: RunDigest, r: RunDigest) -> Bool {
        l.jobs == r.jobs && l.stages == r.stages && l.executorsAdded.map(\.id) == r.executorsAdded.map(\.id)
            && l.executorsRemoved.map(\.id) == r.executorsRemoved.map(\.id)
    }

    public init(_ events: [SparkListenerEvent]) {
        var jobStart: [Int: Int64] = [:]
        var stageIndex: [Int: Int] = [:]
        for event in events {
            switch event {
            case .jobStart(let id, let time, let stageIds, let description):
                jobStart[id] = time
                jobs.append(Job(id: id, stageIds: stageIds, description: description, millis: nil))
            case .jobEnd(let id, let time, let result):
                guard let i = jobs.firstIndex(where: { $0.id == id }) else { continue }
                if let start = jobStart[id] { jobs[i].millis = time - start }
                if case .failed(let message) = result { jobs[i].failure = message }
            case .stageSubmitted(let info):
                if let i = stageIndex[info.stageId] {
                    stages[i].attempts = max(stages[i].attempts, info.attempt + 1)
                } else {
                    stageIndex[info.stageId] = stages.count
                    stages.append(Stage(id: info.stageId, name: info.name, numTasks: info.numTasks,
                                        tasksByExecutor: [], millis: nil, failedTasks: 0, attempts: info.attempt + 1,
                                        readsShuffles: info.readsShuffles,
                                        shufflePartitionsBeforeCoalescing: info.shufflePartitionsBeforeCoalescing))
                }
            case .stageCompleted(let info):
                if let i = stageIndex[info.stageId], let start = info.submissionTime, let end = info.completionTime {
                    stages[i].millis = (info.attempt > 0 ? stages[i].millis ?? 0 : 0) + end - start
                }
            case .taskEnd(let stageId, _, _, let task, _, let metrics):
                guard let i = stageIndex[stageId] else { continue }
                if task.failed { stages[i].failedTasks += 1; continue }
                if !task.killed {
                    stages[i].shuffleBytesWritten += metrics.shuffleBytesWritten
                    stages[i].shuffleBytesRead += metrics.shuffleBytesRead
                    stages[i].memoryBytesSpilled += metrics.memoryBytesSpilled
                    stages[i].diskBytesSpilled += metrics.diskBytesSpilled
                    if metrics.shuffleBytesRead > 0 { stages[i].shuffleReadTaskMillis += metrics.runTimeMillis }
                    stages[i].inputBytesRead += metrics.inputBytesRead
                    stages[i].inputRecordsRead += metrics.inputRecordsRead
                    if metrics.inputBytesRead > 0 { stages[i].inputTaskMillis += metrics.runTimeMillis }
                }
                if let k = stages[i].tasksByExecutor.firstIndex(where: { $0.executor == task.executorId }) {
                    stages[i].tasksByExecutor[k].tasks += 1
                } else {
                    stages[i].tasksByExecutor.append((executor: task.executorId, tasks: 1))
                }
            case .executorAdded(let info):
                executorsAdded.append((id: info.id, time: info.time))
            case .executorRemoved(let id, let time, let reason):
                executorsRemoved.append((id: id, time: time, reason: reason))
            default:
                break
            }
        }
    }
}
