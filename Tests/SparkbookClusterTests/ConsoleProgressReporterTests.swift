import SparkbookCluster
import Synchronization
import Testing

@Suite struct ConsoleProgressReporterTests {
    @Test func drawsOnRefreshAndClearsAtJobEnd() {
        let written = Mutex<[String]>([])
        let now = Mutex<Int64>(0)
        let reporter = ConsoleProgressReporter(width: 40, now: { now.withLock { $0 } },
                                               write: { text in written.withLock { $0.append(text) } }, refresh: false)
        reporter.onEvent(.stageSubmitted(StageInfo(stageId: 0, name: "s", numTasks: 4, submissionTime: 0)))
        let task = TaskInfo(taskId: 0, index: 0, launchTime: 0, executorId: "0", host: "h")
        reporter.onEvent(.taskStart(stageId: 0, stageAttempt: 0, task: task))
        reporter.onEvent(.taskEnd(stageId: 0, stageAttempt: 0, taskType: "ResultTask", task: task, reason: .success))
        reporter.onEvent(.taskStart(stageId: 0, stageAttempt: 0, task: task))
        reporter.refresh()
        #expect(written.withLock { $0 }.isEmpty)  // not yet 500 ms
        now.withLock { $0 = 600 }
        reporter.refresh()
        reporter.refresh()  // unchanged text is not redrawn
        #expect(written.withLock { $0 } == ["\r[Stage 0:====>" + String(repeating: " ", count: 14) + "(1 + 1) / 4]"])
        reporter.onEvent(.jobEnd(jobId: 0, time: 700, result: .succeeded))
        #expect(written.withLock { $0 }.last == "\r" + String(repeating: " ", count: 40) + "\r")
        reporter.stop()
    }
}
