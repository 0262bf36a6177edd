import SparkbookCluster
import Testing

/// `RunDigest` sums what a run's tasks measured per stage (successful attempts only) and keeps how each stage
/// read its shuffle.
@Suite struct EventRecorderTests {
    static func end(_ stage: Int, _ id: Int, failed: Bool = false, metrics: TaskMetrics) -> SparkListenerEvent {
        let task = TaskInfo(taskId: id, index: id, launchTime: 0, executorId: "1", host: "localhost", finishTime: 1,
                            failed: failed)
        return .taskEnd(stageId: stage, stageAttempt: 0, taskType: "ShuffleMapTask", task: task,
                        reason: failed ? .exceptionFailure(className: "java.io.IOException", description: "x") : .success,
                        metrics: metrics)
    }

    @Test func inputBytesAndTheirTaskTimeAreSummedOverSuccessfulTasks() {
        let digest = RunDigest([
            .stageSubmitted(StageInfo(stageId: 0, name: "csv scan", numTasks: 2)),
            Self.end(0, 0, metrics: TaskMetrics(runTimeMillis: 30, inputBytesRead: 1_000, inputRecordsRead: 10)),
            Self.end(0, 1, failed: true, metrics: TaskMetrics(runTimeMillis: 99, inputBytesRead: 500)),
            Self.end(0, 1, metrics: TaskMetrics(runTimeMillis: 20, inputBytesRead: 500, inputRecordsRead: 5)),
            // A limit's partial read: records only, so its time does not count toward the scan's throughput.
            Self.end(0, 2, metrics: TaskMetrics(runTimeMillis: 7, inputRecordsRead: 5)),
        ])
        let stage = digest.stages[0]
        #expect(stage.inputBytesRead == 1_500)
        #expect(stage.inputRecordsRead == 20)
        #expect(stage.inputTaskMillis == 50)
        #expect(stage.failedTasks == 1)
    }

    @Test func spilledBytesAreSummedOverSuccessfulTasks() {
        let digest = RunDigest([
            .stageSubmitted(StageInfo(stageId: 0, name: "groupBy", numTasks: 2)),
            Self.end(0, 0, metrics: TaskMetrics(memoryBytesSpilled: 4_000, diskBytesSpilled: 1_000)),
            Self.end(0, 1, failed: true, metrics: TaskMetrics(memoryBytesSpilled: 99, diskBytesSpilled: 99)),
            Self.end(0, 1, metrics: TaskMetrics(memoryBytesSpilled: 2_000, diskBytesSpilled: 600)),
        ])
        #expect(digest.stages[0].memoryBytesSpilled == 6_000)
        #expect(digest.stages[0].diskBytesSpilled == 1_600)
    }

    @Test func aStageKeepsTheShuffleItReadsAndItsCoalescing() {
        let digest = RunDigest([
            .stageSubmitted(StageInfo(stageId: 2, name: "groupBy", numTasks: 1, readsShuffles: [1],
                                      shufflePartitionsBeforeCoalescing: 200)),
            .stageSubmitted(StageInfo(stageId: 2, attempt: 1, name: "groupBy", numTasks: 1, readsShuffles: [1],
                                      shufflePartitionsBeforeCoalescing: 200)),
        ])
        #expect(digest.stages.count == 1)
        #expect(digest.stages[0].readsShuffles == [1])
        #expect(digest.stages[0].shufflePartitionsBeforeCoalescing == 200)
        #expect(digest.stages[0].attempts == 2)
    }
}
