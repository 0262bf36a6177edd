import SparkbookCluster
import SparkbookNotebook
import SparkbookUtilities

/// The report of a real Spark application read from its event log: its jobs, stages with tasks per executor,
/// executors with Spark's removal reasons, the executor timeline and the Spark properties it ran with. What the
/// log does not record (a notebook's cells, target totals without the allocation log) is left out.
public enum EventLogReport {
    public static func make(events: [SparkListenerEvent], timeline: EventLogTimeline) -> RunReport {
        var title = "Spark application"
        var configuration: [(key: String, value: String)] = []
        for event in events {
            if case .applicationStart(let app) = event { title = "\(app.appName) (\(app.appId))" }
            if case .environmentUpdate(let env) = event { configuration = env.sparkProperties.map { ($0.key, $0.value) } }
        }
        var report = RunReport(title: title, notebook: Notebook(), configuration: configuration,
                               timeline: timeline.entries, durationMillis: timeline.end.milliseconds)
        let digest = RunDigest(events)
        report.stages = digest.stages.map(StageSummary.init(digest:))
        report.jobs = digest.jobs.map {
            JobSummary(jobId: $0.id, description: $0.description, stageIds: $0.stageIds, durationMillis: $0.millis,
                       failure: $0.failure)
        }
        report.executors = executors(events, origin: timeline.epochOffset)
        return report
    }

    static func executors(_ events: [SparkListenerEvent], origin: Int64) -> [ExecutorSummary] {
        var summaries: [ExecutorSummary] = []
        var index: [String: Int] = [:]
        for event in events {
            switch event {
            case .executorAdded(let info):
                index[info.id] = summaries.count
                summaries.append(ExecutorSummary(id: info.id, host: info.host, cores: info.totalCores,
                                                 addedMillis: info.time - origin))
            case let .executorRemoved(id, time, reason):
                guard let i = index[id] else { continue }
                summaries[i].removedMillis = time - origin
                summaries[i].removedReason = reason
            case .taskEnd(_, _, _, let task, _, _):
                guard let i = index[task.executorId] else { continue }
                if task.failed { summaries[i].failedTasks += 1 } else if !task.killed { summaries[i].tasks += 1 }
            default:
                break
            }
        }
        return summaries
    }
}

extension StageSummary {
    /// A stage as the digest of its events has it, with bytes formatted as Spark's UI prints them.
    public init(digest stage: RunDigest.Stage) {
        func bytes(_ n: Int64) -> String? { n > 0 ? ByteCountText.format(n) : nil }
        self.init(stageId: stage.id, name: stage.name, tasksByExecutor: stage.tasksByExecutor,
                  durationMillis: stage.millis ?? 0, shuffleWrite: bytes(stage.shuffleBytesWritten),
                  shuffleRead: bytes(stage.shuffleBytesRead), input: bytes(stage.inputBytesRead),
                  spill: stage.diskBytesSpilled > 0
                      ? ByteCountText.format(stage.memoryBytesSpilled) + " / " + ByteCountText.format(stage.diskBytesSpilled)
                      : nil)
    }
}
