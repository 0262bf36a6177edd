import SparkbookCluster
import Testing

/// What a recorded run's start-up times become: each executor's time from launch to registration (the initial ones
/// launched as the application starts, then N per `Requesting N` line) and its first task's time beyond its
/// stage's usual task; and its first job's time from the application's start.
struct StartupReplayTests {
    private func task(_ id: Int, stage: Int, on executor: String, at launch: Int64, took millis: Int64) -> SparkListenerEvent {
        .taskEnd(stageId: stage, stageAttempt: 0, taskType: "ResultTask",
                 task: TaskInfo(taskId: id, index: id, launchTime: launch, executorId: executor, host: "h",
                                finishTime: launch + millis),
                 reason: .success)
    }

    @Test func startupsCountFromLaunchAndFirstTasksFromTheirStagesUsualTask() {
        let events: [SparkListenerEvent] = [
            .applicationStart(ApplicationInfo(appName: "a", appId: "app-1", time: 1_000, user: "u")),
            .executorAdded(ExecutorInfo(id: "0", time: 9_000, host: "h", totalCores: 1)),
            .jobStart(jobId: 0, time: 19_500, stageIds: [0], description: "collect"),
            task(0, stage: 0, on: "0", at: 20_000, took: 3_500),
            task(1, stage: 0, on: "0", at: 23_500, took: 500),
            task(2, stage: 0, on: "0", at: 24_000, took: 520),
            .executorAdded(ExecutorInfo(id: "1", time: 30_000, host: "h", totalCores: 1)),
            .executorAdded(ExecutorInfo(id: "2", time: 31_000, host: "h", totalCores: 1)),
            task(3, stage: 0, on: "1", at: 30_100, took: 5_500),
        ]
        let log = [AllocationLogParser.Line(time: 1_200, kind: .initial(target: 1)),
                   AllocationLogParser.Line(time: 22_000, kind: .requested(count: 2, target: 3)),
                   AllocationLogParser.Line(time: 23_000, kind: .requested(count: 1, target: 4))]
        let replay = StartupReplay(events: events, allocationLog: log)
        // Executor 3 was requested and never registered: the list ends before it.
        #expect(replay.startupMillis == [8_000, 8_000, 9_000])
        // Stage 0's usual task is the median (the upper one of two) of the not-first ones (500, 520); executor 2
        // ran nothing.
        #expect(replay.firstTaskExtraMillis == [2_980, 4_980])
        #expect(replay.properties.map { "\($0.key)=\($0.value)" } == [
            "sparkbook.executor.startupTime=8000ms,8000ms,9000ms",
            "sparkbook.executor.firstTaskDelay=2980ms,4980ms",
            "sparkbook.replay.firstJobAfter=18500ms"])
    }

    @Test func aRunWithoutExecutorsReplaysNothing() {
        let replay = StartupReplay(events: [], allocationLog: [])
        #expect(replay.startupMillis.isEmpty && replay.firstTaskExtraMillis.isEmpty && replay.properties.isEmpty)
    }
}
