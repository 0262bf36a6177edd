import SparkbookCluster
import Testing

@Suite struct EventLogEncoderTests {
    @Test func applicationStartLineHasTheLiteralPrefixTheHistoryServerMatches() {
        let line = EventLogEncoder.encode(.applicationStart(ApplicationInfo(
            appName: "demo", appId: "app-20250101000000-0000", time: 1_735_689_600_000, user: "ana"))).compact
        #expect(line == #"{"Event":"SparkListenerApplicationStart","App Name":"demo","App ID":"app-20250101000000-0000","#
            + #""Timestamp":1735689600000,"User":"ana"}"#)
    }

    /// As Spark 4.3 logs `unpersist()` (recorded from PySpark).
    @Test func unpersistRDD() {
        #expect(EventLogEncoder.encode(.unpersistRDD(rddId: 17)).compact
            == #"{"Event":"SparkListenerUnpersistRDD","RDD ID":17}"#)
    }

    @Test func executorAndTaskEventsCarryTheMandatoryFields() {
        let added = EventLogEncoder.encode(.executorAdded(ExecutorInfo(id: "3", time: 5, host: "node-1", totalCores: 2)))
        #expect(added.compact == #"{"Event":"SparkListenerExecutorAdded","Timestamp":5,"Executor ID":"3","#
            + #""Executor Info":{"Host":"node-1","Total Cores":2,"Log Urls":{},"Attributes":{},"Resources":{},"#
            + #""Resource Profile Id":0}}"#)
        let removed = EventLogEncoder.encode(.executorRemoved(id: "3", time: 9, reason: "Executor killed by driver."))
        #expect(removed.compact == #"{"Event":"SparkListenerExecutorRemoved","Timestamp":9,"Executor ID":"3","#
            + #""Removed Reason":"Executor killed by driver."}"#)
        let task = TaskInfo(taskId: 12, index: 4, launchTime: 100, executorId: "3", host: "node-1", finishTime: 150)
        let end = EventLogEncoder.encode(.taskEnd(stageId: 2, stageAttempt: 0, taskType: "ShuffleMapTask", task: task,
                                                  reason: .success)).compact
        #expect(end.hasPrefix(#"{"Event":"SparkListenerTaskEnd","Stage ID":2,"Stage Attempt ID":0,"#
            + #""Task Type":"ShuffleMapTask","Task End Reason":{"Reason":"Success"},"Task Info":{"Task ID":12,"Index":4,"#))
        for field in [#""Launch Time":100"#, #""Executor ID":"3""#, #""Host":"node-1""#, #""Locality":"PROCESS_LOCAL""#,
                      #""Getting Result Time":0"#, #""Finish Time":150"#, #""Failed":false"#] {
            #expect(end.contains(field))
        }
    }

    @Test func jobAndStageEvents() {
        let start = EventLogEncoder.encode(.jobStart(jobId: 1, time: 7, stageIds: [2, 3], description: "")).compact
        #expect(start == #"{"Event":"SparkListenerJobStart","Job ID":1,"Submission Time":7,"Stage IDs":[2,3],"#
            + #""Properties":{}}"#)
        let end = EventLogEncoder.encode(.jobEnd(jobId: 1, time: 8, result: .succeeded)).compact
        #expect(end == #"{"Event":"SparkListenerJobEnd","Job ID":1,"Completion Time":8,"#
            + #""Job Result":{"Result":"JobSucceeded"}}"#)
        let stage = EventLogEncoder.encode(.stageSubmitted(StageInfo(stageId: 2, name: "map", numTasks: 8,
                                                                     submissionTime: 7))).compact
        #expect(stage == #"{"Event":"SparkListenerStageSubmitted","Stage Info":{"Stage ID":2,"Stage Attempt ID":0,"#
            + #""Stage Name":"map","Number of Tasks":8,"RDD Info":[],"Parent IDs":[],"Details":"","#
            + #""Submission Time":7,"Accumulables":[],"Resource Profile Id":0},"Properties":{}}"#)
        let coalesced = EventLogEncoder.encode(.stageCompleted(StageInfo(
            stageId: 3, name: "count", numTasks: 2, readsShuffles: [1], shufflePartitionsBeforeCoalescing: 200))).compact
        let rdd = #"{"RDD ID":3,"Name":"ShuffledRowRDD","#
            + #""Scope":"{\"id\":\"aqe_shuffle_read_3\",\"name\":\"AQEShuffleRead\"}","Callsite":"count","#
            + #""Parent IDs":[],"Storage Level":{"Use Disk":false,"Use Memory":false,"Use Off Heap":false,"#
            + #""Deserialized":false,"Replication":1},"Barrier":false,"DeterministicLevel":"UNORDERED","#
            + #""Number of Partitions":2,"Number of Cached Partitions":0,"Memory Size":0,"Disk Size":0}"#
        let details = "AQEShuffleRead coalesced: 200 shuffle partitions of shuffle 1 read by 2 tasks"
        #expect(coalesced.contains(#""Number of Tasks":2,"RDD Info":["# + rdd + #"],"Parent IDs":[],"Details":""#
            + details + "\","))
        #expect(EventLogEncoder.logStart().compact == #"{"Event":"SparkListenerLogStart","Spark Version":"4.3.0"}"#)
    }
}

/// What a History Server reads about failed attempts and shuffle bytes: Spark's `TaskEndReason` objects and the
/// `Task Metrics` with shuffle read and write metrics.
@Suite struct EventLogEncoderFailureTests {
    let task = TaskInfo(taskId: 7, index: 1, attempt: 2, launchTime: 10, executorId: "2", host: "node-2",
                        finishTime: 20, failed: true)

    func reason(_ detail: TaskEndDetail) -> String {
        let line = EventLogEncoder.encode(.taskEnd(stageId: 1, stageAttempt: 1, taskType: "ResultTask", task: task,
                                                   reason: detail)).compact
        let start = line.range(of: #""Task End Reason":"#)!.upperBound
        let end = line.range(of: #","Task Info""#)!.lowerBound
        return String(line[start..<end])
    }

    @Test func executorLostFailure() {
        #expect(reason(.executorLost(executorId: "2", causedByApp: false, reason: "Worker lost"))
            == #"{"Reason":"ExecutorLostFailure","Executor ID":"2","Exit Caused By App":false,"Loss Reason":"Worker lost"}"#)
    }

    @Test func fetchFailed() {
        #expect(reason(.fetchFailed(executorId: "2", host: "node-2", shuffleId: 0, mapIndex: 3, reduceId: 1, message: "gone"))
            == #"{"Reason":"FetchFailed","Block Manager Address":{"Executor ID":"2","Host":"node-2","Port":7079},"#
            + #""Shuffle ID":0,"Map ID":3,"Map Index":3,"Reduce ID":1,"Message":"gone"}"#)
    }

    @Test func errorStringsAreSparks() {
        #expect(TaskEndDetail.executorLost(executorId: "2", causedByApp: false, reason: "Worker lost").errorString
            == "ExecutorLostFailure (executor 2 exited unrelated to the running tasks) Reason: Worker lost")
        #expect(TaskEndDetail.exceptionFailure(className: "java.io.IOException", description: "x").errorString
            == "java.io.IOException: x")
    }

    @Test func taskMetricsCarryShuffleBytes() {
        let metrics = TaskMetrics(runTimeMillis: 9, shuffleBytesWritten: 1234, shuffleRecordsWritten: 5,
                                  shuffleBytesRead: 777, shuffleRecordsRead: 3)
        let line = EventLogEncoder.encode(.taskEnd(stageId: 1, stageAttempt: 0, taskType: "ResultTask", task: task,
                                                   reason: .success, metrics: metrics)).compact
        #expect(line.contains(#""Task Attempt":"#) == false)
        #expect(line.contains(#""Attempt":2"#))
        #expect(line.contains(#""Task Metrics":{"Executor Deserialize Time":0,"Executor Deserialize CPU Time":0,"#
            + #""Executor Run Time":9,"#))
        #expect(line.contains(#""Local Bytes Read":777,"Total Records Read":3,"#))
        #expect(line.contains(#""Shuffle Write Metrics":{"Shuffle Bytes Written":1234,"Shuffle Write Time":0,"#
            + #""Shuffle Records Written":5}"#))
        #expect(line.hasSuffix(#""Updated Blocks":[]}}"#))
    }

    @Test func taskMetricsCarryInputBytes() {
        let metrics = TaskMetrics(runTimeMillis: 9, inputBytesRead: 2_094_773, inputRecordsRead: 50_000)
        let line = EventLogEncoder.encode(.taskEnd(stageId: 0, stageAttempt: 0, taskType: "ShuffleMapTask", task: task,
                                                   reason: .success, metrics: metrics)).compact
        #expect(line.contains(#""Input Metrics":{"Bytes Read":2094773,"Records Read":50000}"#))
    }

    /// Spark writes both spill counters between the result serialization time and the shuffle read metrics.
    @Test func taskMetricsCarrySpilledBytes() {
        let metrics = TaskMetrics(runTimeMillis: 9, memoryBytesSpilled: 1_048_576, diskBytesSpilled: 65_432)
        let line = EventLogEncoder.encode(.taskEnd(stageId: 0, stageAttempt: 0, taskType: "ShuffleMapTask", task: task,
                                                   reason: .success, metrics: metrics)).compact
        #expect(line.contains(#""Result Serialization Time":0,"Memory Bytes Spilled":1048576,"#
            + #""Disk Bytes Spilled":65432,"Shuffle Read Metrics":"#))
    }
}
