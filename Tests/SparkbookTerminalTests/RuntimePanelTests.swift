import SparkbookCluster
import Testing
@testable import SparkbookTerminal

/// The runtime panel draws each stage's input and shuffle bytes and retried attempts from task-end metrics.
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
            Self.end(0, 0, executor: "1", metrics: TaskMetrics(shuffleBytesWritten: 6_000, shuffleRecordsWritten: 7,
                                                               inputBytesRead: 1 << 20, inputRecordsRead: 10)),
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
        #expect(text.contains("  stage 0: 2 tasks on exec 1×2 · 0.005s · input 1024.0 KiB · shuffle write 12.3 KiB · 1 failed\n"))
        #expect(text.contains("  stage 1: 1 task on exec 1×1 · 0.002s · shuffle read 12.3 KiB · 2 attempts\n"))
    }

    @Test func aStageThatSpilledShowsItsMemoryAndDiskBytes() throws {
        let events: [SparkListenerEvent] = [
            .jobStart(jobId: 0, time: 0, stageIds: [0], description: "count"),
            .stageSubmitted(StageInfo(stageId: 0, name: "groupBy", numTasks: 1, submissionTime: 0)),
            Self.end(0, 0, executor: "1", metrics: TaskMetrics(memoryBytesSpilled: 3 << 20, diskBytesSpilled: 700 << 10)),
            .jobEnd(jobId: 0, time: 8, result: .succeeded),
        ]
        let text = try #require(RuntimePanel(style: TerminalStyle(color: false)).render(events: events, timeline: [],
                                                                                       minExecutors: nil))
        #expect(text.contains("  stage 0: 1 task on exec 1×1 · spill 3.0 MiB (memory), 700.0 KiB (disk)\n"))
    }

    @Test func aCoalescedStageNamesItsShuffleAndThePartitionsBeforeAQE() throws {
        let events: [SparkListenerEvent] = [
            .jobStart(jobId: 0, time: 0, stageIds: [0, 1], description: "count"),
            .stageSubmitted(StageInfo(stageId: 0, name: "csv scan", numTasks: 2, submissionTime: 0)),
            .stageSubmitted(StageInfo(stageId: 1, name: "groupBy", numTasks: 2, submissionTime: 5, readsShuffles: [0],
                                      shufflePartitionsBeforeCoalescing: 200)),
            Self.end(1, 2, executor: "1", metrics: TaskMetrics(shuffleBytesRead: 100, shuffleRecordsRead: 1)),
            Self.end(1, 3, executor: "2", metrics: TaskMetrics(shuffleBytesRead: 100, shuffleRecordsRead: 1)),
            .jobEnd(jobId: 0, time: 8, result: .succeeded),
        ]
        let text = try #require(RuntimePanel(style: TerminalStyle(color: false)).render(events: events, timeline: [],
                                                                                       minExecutors: nil))
        #expect(text.contains("  stage 0: 2 tasks on -\n"))
        #expect(text.contains("  stage 1 (after shuffle 0): 200 shuffle partitions → 2 tasks after AQE coalescing, "
            + "on exec 1×1 exec 2×1 · shuffle read 200.0 B\n"))
    }

    @Test func anUncoalescedShuffleReadKeepsItsTaskCount() {
        var stage = RunDigest([.stageSubmitted(StageInfo(stageId: 3, name: "repartition", numTasks: 3,
                                                         readsShuffles: [1, 2]))]).stages[0]
        #expect(RuntimePanel.stageHeading(stage) == "stage 3 (after shuffles 1, 2): 3 tasks")
        stage.readsShuffles = []
        #expect(RuntimePanel.stageHeading(stage) == "stage 3: 3 tasks")
    }
}
