import Foundation
import SparkbookCluster

/// The real Spark 4.3 event logs under tests/fixtures/eventlogs (recorded by tools/pyspark/record_event_logs.py),
/// and scratch directories for logs written by the tests.
enum EventLogFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("tests/fixtures/eventlogs")

    /// Every recorded form; `dynalloc` also has the driver's allocation log.
    static let variants = ["default", "plain", "zstd", "lz4", "snappy", "rolling", "dynalloc"]

    static func path(_ variant: String) -> String { root.appendingPathComponent(variant).path }

    static func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-eventlog-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// One of each event kind Sparkbook models, as its runtime would post them.
    static let sampleEvents: [SparkListenerEvent] = [
        .applicationStart(ApplicationInfo(appName: "sample", appId: "app-1", time: 1_000, user: "me")),
        .environmentUpdate(EnvironmentInfo(jvm: [.init("Java Version", "Sparkbook")],
                                           sparkProperties: [.init("spark.app.id", "app-1"), .init("spark.master", "local")],
                                           systemProperties: [], classpathEntries: [])),
        .executorAdded(ExecutorInfo(id: "1", time: 1_100, host: "localhost", totalCores: 2)),
        .jobStart(jobId: 0, time: 1_200, stageIds: [0, 1], description: "count at cell 3"),
        .stageSubmitted(StageInfo(stageId: 0, name: "count", numTasks: 2, submissionTime: 1_200)),
        .taskStart(stageId: 0, stageAttempt: 0, task: TaskInfo(taskId: 0, index: 0, launchTime: 1_210, executorId: "1",
                                                               host: "localhost")),
        .taskEnd(stageId: 0, stageAttempt: 0, taskType: "ShuffleMapTask",
                 task: TaskInfo(taskId: 0, index: 0, launchTime: 1_210, executorId: "1", host: "localhost", finishTime: 1_300),
                 reason: .success, metrics: TaskMetrics(runTimeMillis: 90, shuffleBytesWritten: 100, shuffleRecordsWritten: 5,
                                                        inputBytesRead: 7, inputRecordsRead: 3, memoryBytesSpilled: 4,
                                                        diskBytesSpilled: 2)),
        .taskEnd(stageId: 0, stageAttempt: 0, taskType: "ShuffleMapTask",
                 task: TaskInfo(taskId: 1, index: 1, launchTime: 1_210, executorId: "1", host: "localhost", finishTime: 1_300,
                                failed: true),
                 reason: .exceptionFailure(className: "java.lang.RuntimeException", description: "boom")),
        .taskEnd(stageId: 0, stageAttempt: 0, taskType: "ShuffleMapTask",
                 task: TaskInfo(taskId: 2, index: 1, attempt: 1, launchTime: 1_310, executorId: "1", host: "localhost",
                                finishTime: 1_320, killed: true), reason: .killed(reason: "another attempt succeeded")),
        .taskEnd(stageId: 0, stageAttempt: 0, taskType: "ShuffleMapTask",
                 task: TaskInfo(taskId: 3, index: 1, attempt: 2, launchTime: 1_330, executorId: "1", host: "localhost",
                                finishTime: 1_340, failed: true),
                 reason: .executorLost(executorId: "1", causedByApp: false, reason: "node lost")),
        .stageCompleted(StageInfo(stageId: 0, name: "count", numTasks: 2, submissionTime: 1_200, completionTime: 1_400)),
        .stageSubmitted(StageInfo(stageId: 1, name: "count", numTasks: 1, submissionTime: 1_400, readsShuffles: [0],
                                  shufflePartitionsBeforeCoalescing: 200)),
        .taskEnd(stageId: 1, stageAttempt: 0, taskType: "ResultTask",
                 task: TaskInfo(taskId: 4, index: 0, launchTime: 1_410, executorId: "1", host: "localhost", finishTime: 1_420,
                                failed: true),
                 reason: .fetchFailed(executorId: "2", host: "h2", shuffleId: 0, mapIndex: 1, reduceId: 0, message: "gone")),
        .stageCompleted(StageInfo(stageId: 1, name: "count", numTasks: 1, submissionTime: 1_400, completionTime: 1_450,
                                  failureReason: "fetch failed", readsShuffles: [0], shufflePartitionsBeforeCoalescing: 200)),
        .jobEnd(jobId: 0, time: 1_460, result: .failed(message: "Job aborted")),
        .jobStart(jobId: 1, time: 1_500, stageIds: [2], description: ""),
        .jobEnd(jobId: 1, time: 1_600, result: .succeeded),
        .unpersistRDD(rddId: 3),
        .executorRemoved(id: "1", time: 1_700, reason: "Executor killed by driver."),
        .applicationEnd(time: 1_800),
    ]

    /// Writes `events` with Sparkbook's writer and returns the finished log's path.
    static func written(_ events: [SparkListenerEvent], in directory: URL) throws -> String {
        let writer = try EventLogWriter(directory: directory.path, appId: "app-1")
        for event in events { writer.onEvent(event) }
        writer.close()
        return writer.finalURL.path
    }
}
