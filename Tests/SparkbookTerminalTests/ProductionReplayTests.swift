import SparkbookCluster
import Testing
@testable import SparkbookTerminal

/// The production-scale replay takes its per-task throughput from the run when the run read enough: scan input
/// first, then shuffle reads.
@Suite struct ProductionReplayTests {
    static func digest(readBytes: Int64, taskMillis: Int64, inputBytes: Int64 = 0, scanMillis: Int64 = 0) -> RunDigest {
        let task = TaskInfo(taskId: 0, index: 0, launchTime: 0, executorId: "1", host: "localhost", finishTime: taskMillis)
        let scan = TaskInfo(taskId: 1, index: 0, launchTime: 0, executorId: "1", host: "localhost", finishTime: scanMillis)
        return RunDigest([
            .stageSubmitted(StageInfo(stageId: 0, name: "csv scan", numTasks: 1, submissionTime: 0)),
            .taskEnd(stageId: 0, stageAttempt: 0, taskType: "ShuffleMapTask", task: scan, reason: .success,
                     metrics: TaskMetrics(runTimeMillis: scanMillis, inputBytesRead: inputBytes, inputRecordsRead: 50)),
            .stageSubmitted(StageInfo(stageId: 1, name: "groupBy", numTasks: 1, submissionTime: 0)),
            .taskEnd(stageId: 1, stageAttempt: 0, taskType: "ResultTask", task: task, reason: .success,
                     metrics: TaskMetrics(runTimeMillis: taskMillis, shuffleBytesRead: readBytes, shuffleRecordsRead: 10)),
        ])
    }

    @Test func prefersTheScanInputWhenItReadEnough() throws {
        let replay = ProductionReplay().measuring(Self.digest(readBytes: 40_000_000, taskMillis: 400,
                                                              inputBytes: 2_094_773, scanMillis: 20))
        #expect(abs(replay.megabytesPerSecondPerTask - 104.73865) < 1e-6)
        #expect(replay.throughputNote == "at 104.7 MB/s per task, measured in this run (2045.7 KiB of scan input "
            + "in 20 ms of task time)")
    }

    @Test func tooLittleScanTimeFallsBackToTheShuffleReads() {
        let replay = ProductionReplay().measuring(Self.digest(readBytes: 40_000_000, taskMillis: 400,
                                                              inputBytes: 2_094_773, scanMillis: 9))
        #expect(replay.megabytesPerSecondPerTask == 100)
        let none = ProductionReplay().measuring(Self.digest(readBytes: 4_000, taskMillis: 3, inputBytes: 2_094_773,
                                                           scanMillis: 9))
        #expect(none.throughputNote == "at an assumed 50 MB/s per task: this run read 2045.7 KiB of scan input in "
            + "too little task time and only 3.9 KiB from shuffles, too little to measure")
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
        #expect(text.contains("scan tasks of ~2.6s at an assumed 50 MB/s per task: this run read no scan input "
            + "and only 12.3 KiB from shuffles, too little to measure"))
        let slow = ProductionReplay().measuring(Self.digest(readBytes: 4 << 20, taskMillis: 20))
        #expect(slow.throughputNote.hasSuffix("took too little task time to measure"))
    }

    @Test func nothingWithoutDynamicAllocation() {
        #expect(ProductionReplay().render(properties: [:], width: 80) == nil)
    }
}
