import SparkbookCluster
import Testing
@testable import SparkbookTerminal

/// The production-scale replay takes its per-task throughput from the run when the run read enough.
@Suite struct ProductionReplayTests {
    static func digest(readBytes: Int64, taskMillis: Int64) -> RunDigest {
        let task = TaskInfo(taskId: 0, index: 0, launchTime: 0, executorId: "1", host: "localhost", finishTime: taskMillis)
        return RunDigest([
            .stageSubmitted(StageInfo(stageId: 1, name: "groupBy", numTasks: 1, submissionTime: 0)),
            .taskEnd(stageId: 1, stageAttempt: 0, taskType: "ResultTask", task: task, reason: .success,
                     metrics: TaskMetrics(runTimeMillis: taskMillis, shuffleBytesRead: readBytes, shuffleRecordsRead: 10)),
        ])
    }

    static let properties = ["spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.maxExecutors": "20"]

    @Test func usesTheMeasuredThroughputWhenTheRunReadEnough() throws {
        let replay = ProductionReplay().measuring(Self.digest(readBytes: 40_000_000, taskMillis: 400))
        #expect(replay.megabytesPerSecondPerTask == 100)
        let text = try #require(replay.render(properties: Self.properties, width: 80))
        #expect(text.contains("4000 scan tasks of ~1.3s at 100.0 MB/s per task, measured in this run "
            + "(38.1 MiB of shuffle read in 400 ms of task time)"))
    }

    @Test func fallsBackToTheAssumedFigureAndSaysSo() throws {
        let replay = ProductionReplay().measuring(Self.digest(readBytes: 12_595, taskMillis: 3))
        #expect(replay.megabytesPerSecondPerTask == 50)
        let text = try #require(replay.render(properties: Self.properties, width: 80))
        #expect(text.contains("scan tasks of ~2.6s at an assumed 50 MB/s per task: this run read only 12.3 KiB "
            + "from shuffles, too little to measure"))
        let slow = ProductionReplay().measuring(Self.digest(readBytes: 4 << 20, taskMillis: 20))
        #expect(slow.throughputNote.hasSuffix("took too little task time to measure"))
    }

    @Test func nothingWithoutDynamicAllocation() {
        #expect(ProductionReplay().render(properties: [:], width: 80) == nil)
    }
}
