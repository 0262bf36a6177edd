import SparkbookCluster
import Testing
@testable import SparkbookTerminal

/// The runtime panel draws each stage's shuffle bytes and retried attempts from task-end metrics.
@Suite struct RuntimePanelTests {
    static func end(_ stage: Int, _ id: Int, executor: String, attempt: Int = 0, failed: Bool = false,
                    metrics: TaskMetrics) -> SparkListenerEvent {
        let task = TaskInfo(taskId: id, index: id, launchTime: 0, executorId: executor, host: "localhost",
                            finishTime: 1, failed: failed)
        return .taskEnd(stageId: stage, stageAttempt: attempt, taskType: "ShuffleMapTask", task: task,
                        reason: failed ? .executorLost(executorId: executor, causedByApp: false, reason: "lost") : .success,
                        metrics: metrics)
    }

    @Test func stagesShowShuffleWriteReadAndAttempts() throws {
        let events: [SparkListenerEvent] = [
            .jobStart(jobId: 0, time: 0, stageIds: [0, 1], description: "count"),
            .stageSubmitted(StageInfo(stageId: 0, name: "csv scan", numTasks: 2, submissionTime: 0)),
            Self.end(0, 0, executor: "1", metrics: TaskMetrics(shuffleBytesWritten: 6_000, shuffleRecordsWritten: 7)),
            Self.end(0, 1, executor: "2", failed: true, metrics: TaskMetrics()),
            Self.end(0, 1, executor: "1", metrics: TaskMetrics(shuffleBytesWritten: 6_595, shuffleRecordsWritten: 7)),
            .stageCompleted(StageInfo(stageId: 0, name: "csv scan", numTasks: 2, submissionTime: 0, completionTime: 5)),
            .stageSubmitted(StageInfo(stageId: 1, name: "groupBy", numTasks: 1, submissionTime: 5)),
            .stageSubmitted(StageInfo(stageId: 1, attempt: 1, name: "groupBy", numTasks: 1, submissionTime: 6)),
            Self.end(1, 2, executor: "1", attempt: 1, metrics: TaskMetrics(shuffleBytesRead: 12_595, shuffleRecordsRead: 14)),
            .stageCompleted(StageInfo(stageId: 1, attempt: 1, name: "groupBy", numTasks: 1, submissionTime: 6,
                                      completionTime: 8)),
            .jobEnd(jobId: 0, time: 8, result: .succeeded),
        ]
        let text = try #require(RuntimePanel(style: TerminalStyle(color: false)).render(events: events, timeline: [],
                                                                                       minExecutors: nil))
        #expect(text.contains("  stage 0: 2 tasks on exec 1×2 · 5 ms · shuffle write 12.3 KiB · 1 failed\n"))
        #expect(text.contains("  stage 1: 1 task on exec 1×1 · 2 ms · shuffle read 12.3 KiB · 2 attempts\n"))
    }
}
