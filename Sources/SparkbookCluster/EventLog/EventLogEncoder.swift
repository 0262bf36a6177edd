/// Turns listener events into the JSON lines of Spark's event log (`JsonProtocol`): `"Event"` first, then the
/// fields the History Server reads, in Spark's own order.
public enum EventLogEncoder {
    /// The Spark version the log claims (the History Server shows it).
    public static let sparkVersion = "4.3.0"

    public static func logStart(sparkVersion: String = sparkVersion) -> OrderedJSON {
        .object([("Event", .string("SparkListenerLogStart")), ("Spark Version", .string(sparkVersion))])
    }

    public static func encode(_ event: SparkListenerEvent) -> OrderedJSON {
        var fields: [(key: String, value: OrderedJSON)] = [("Event", .string(event.name))]
        switch event {
        case .applicationStart(let app):
            fields += [
                ("App Name", .string(app.appName)), ("App ID", .string(app.appId)), ("Timestamp", .int(app.time)),
                ("User", .string(app.user)),
            ]
        case .applicationEnd(let time):
            fields.append(("Timestamp", .int(time)))
        case .unpersistRDD(let rddId):
            fields.append(("RDD ID", .int(Int64(rddId))))
        case .environmentUpdate(let env):
            func section(_ pairs: [EnvironmentInfo.KeyValue]) -> OrderedJSON {
                .stringMap(pairs.map { ($0.key, $0.value) })
            }
            fields += [
                ("JVM Information", section(env.jvm)), ("Spark Properties", section(env.sparkProperties)),
                ("Hadoop Properties", .object([])), ("System Properties", section(env.systemProperties)),
                ("Metrics Properties", .object([])), ("Classpath Entries", section(env.classpathEntries)),
            ]
        case .executorAdded(let executor):
            fields += [
                ("Timestamp", .int(executor.time)), ("Executor ID", .string(executor.id)),
                ("Executor Info", .object([
                    ("Host", .string(executor.host)), ("Total Cores", .int(executor.totalCores)),
                    ("Log Urls", .object([])), ("Attributes", .object([])), ("Resources", .object([])),
                    ("Resource Profile Id", .int(0)),
                ])),
            ]
        case let .executorRemoved(id, time, reason):
            fields += [("Timestamp", .int(time)), ("Executor ID", .string(id)), ("Removed Reason", .string(reason))]
        case let .jobStart(jobId, time, stageIds, description):
            fields += [
                ("Job ID", .int(jobId)), ("Submission Time", .int(time)),
                ("Stage IDs", .array(stageIds.map { .int($0) })),
                ("Properties", .stringMap(description.isEmpty ? [] : [("spark.job.description", description)])),
            ]
        case let .jobEnd(jobId, time, result):
            let resultJSON: OrderedJSON = switch result {
            case .succeeded: .object([("Result", .string("JobSucceeded"))])
            case .failed(let message):
                .object([
                    ("Result", .string("JobFailed")),
                    ("Exception", .object([("Message", .string(message)), ("Stack Trace", .array([]))])),
                ])
            }
            fields += [("Job ID", .int(jobId)), ("Completion Time", .int(time)), ("Job Result", resultJSON)]
        case .stageSubmitted(let stage):
            fields += [("Stage Info", stageInfo(stage)), ("Properties", .object([]))]
        case .stageCompleted(let stage):
            fields.append(("Stage Info", stageInfo(stage)))
        case let .taskStart(stageId, attempt, task):
            fields += [("Stage ID", .int(stageId)), ("Stage Attempt ID", .int(attempt)), ("Task Info", taskInfo(task))]
        case let .taskEnd(stageId, attempt, taskType, task, reason, metrics):
            fields += [
                ("Stage ID", .int(stageId)), ("Stage Attempt ID", .int(attempt)), ("Task Type", .string(taskType)),
                ("Task End Reason", endReason(reason)), ("Task Info", taskInfo(task)),
                ("Task Metrics", taskMetrics(metrics)),
            ]
        }
        return .object(fields)
    }

    static func stageInfo(_ stage: StageInfo) -> OrderedJSON {
        var fields: [(key: String, value: OrderedJSON)] = [
            ("Stage ID", .int(stage.stageId)), ("Stage Attempt ID", .int(stage.attempt)),
            ("Stage Name", .string(stage.name)), ("Number of Tasks", .int(stage.numTasks)),
            ("RDD Info", .array(stage.shufflePartitionsBeforeCoalescing == nil ? [] : [coalescedShuffleRead(stage)])),
            ("Parent IDs", .array([])), ("Details", .string(details(stage))),
        ]
        if let time = stage.submissionTime { fields.append(("Submission Time", .int(time))) }
        if let time = stage.completionTime { fields.append(("Completion Time", .int(time))) }
        if let reason = stage.failureReason { fields.append(("Failure Reason", .string(reason))) }
        fields += [("Accumulables", .array([])), ("Resource Profile Id", .int(0))]
        return .object(fields)
    }

    /// Spark puts the stage's call site here; Sparkbook has none, so it says how the stage read its shuffle
    /// when AQE coalesced it (the History Server shows this text under the stage's `+details`).
    static func details(_ stage: StageInfo) -> String {
        guard let before = stage.shufflePartitionsBeforeCoalescing else { return "" }
        let shuffles = stage.readsShuffles.map(String.init).joined(separator: ", ")
        return "AQEShuffleRead coalesced: \(before) shuffle partitions of shuffle \(shuffles) read by "
            + "\(stage.numTasks) task\(stage.numTasks == 1 ? "" : "s")"
    }

    /// The RDD a stage reads coalesced shuffle partitions through, as Spark logs it: a `ShuffledRowRDD` in the
    /// scope of the `AQEShuffleRead` operator, with one partition per task (the History Server's
    /// REST API lists it in the stage's `rddIds`; its DAG is drawn from the job start, which comes before AQE
    /// decides). Sparkbook logs no other RDDs; the stage id serves as a unique RDD id.
    static func coalescedShuffleRead(_ stage: StageInfo) -> OrderedJSON {
        .object([
            ("RDD ID", .int(stage.stageId)), ("Name", .string("ShuffledRowRDD")),
            ("Scope", .string(#"{"id":"aqe_shuffle_read_\#(stage.stageId)","name":"AQEShuffleRead"}"#)),
            ("Callsite", .string(stage.name)), ("Parent IDs", .array([])),
            ("Storage Level", .object([
                ("Use Disk", .bool(false)), ("Use Memory", .bool(false)), ("Use Off Heap", .bool(false)),
                ("Deserialized", .bool(false)), ("Replication", .int(1)),
            ])),
            ("Barrier", .bool(false)), ("DeterministicLevel", .string("UNORDERED")),
            ("Number of Partitions", .int(stage.numTasks)), ("Number of Cached Partitions", .int(0)),
            ("Memory Size", .int(0)), ("Disk Size", .int(0)),
        ])
    }

    static func taskInfo(_ task: TaskInfo) -> OrderedJSON {
        .object([
            ("Task ID", .int(task.taskId)), ("Index", .int(task.index)), ("Attempt", .int(task.attempt)),
            ("Partition ID", .int(task.index)), ("Launch Time", .int(task.launchTime)),
            ("Executor ID", .string(task.executorId)), ("Host", .string(task.host)),
            ("Locality", .string("PROCESS_LOCAL")), ("Speculative", .bool(false)), ("Getting Result Time", .int(0)),
            ("Finish Time", .int(task.finishTime)), ("Failed", .bool(task.failed)), ("Killed", .bool(task.killed)),
            ("Accumulables", .array([])),
        ])
    }

    static func endReason(_ reason: TaskEndDetail) -> OrderedJSON {
        switch reason {
        case .success:
            .object([("Reason", .string("Success"))])
        case let .exceptionFailure(className, description):
            .object([
                ("Reason", .string("ExceptionFailure")), ("Class Name", .string(className)),
                ("Description", .string(description)), ("Stack Trace", .array([])),
                ("Full Stack Trace", .string("")), ("Accumulator Updates", .array([])),
            ])
        case .killed(let reason):
            .object([
                ("Reason", .string("TaskKilled")), ("Kill Reason", .string(reason)),
                ("Accumulator Updates", .array([])),
            ])
        case let .executorLost(id, causedByApp, reason):
            .object([
                ("Reason", .string("ExecutorLostFailure")), ("Executor ID", .string(id)),
                ("Exit Caused By App", .bool(causedByApp)), ("Loss Reason", .string(reason)),
            ])
        case let .fetchFailed(id, host, shuffleId, mapIndex, reduceId, message):
            .object([
                ("Reason", .string("FetchFailed")),
                ("Block Manager Address", .object([
                    ("Executor ID", .string(id)), ("Host", .string(host)), ("Port", .int(TaskEndDetail.blockManagerPort)),
                ])),
                ("Shuffle ID", .int(shuffleId)), ("Map ID", .int(mapIndex)), ("Map Index", .int(mapIndex)),
                ("Reduce ID", .int(reduceId)), ("Message", .string(message)),
            ])
        }
    }

    /// Spark's `Task Metrics` object: run time, input, shuffle and spilled bytes measured, every other counter zero.
    static func taskMetrics(_ m: TaskMetrics) -> OrderedJSON {
        func zeros(_ keys: [String]) -> [(key: String, value: OrderedJSON)] { keys.map { ($0, .int(0)) } }
        let push = zeros(["Corrupt Merged Block Chunks", "Merged Fetch Fallback Count", "Merged Remote Blocks Fetched",
                          "Merged Local Blocks Fetched", "Merged Remote Chunks Fetched", "Merged Local Chunks Fetched",
                          "Merged Remote Bytes Read", "Merged Local Bytes Read", "Merged Remote Requests Duration"])
        let read: [(key: String, value: OrderedJSON)] = zeros(["Remote Blocks Fetched", "Local Blocks Fetched",
                                                                "Fetch Wait Time", "Remote Bytes Read", "Remote Bytes Read To Disk"])
            + [("Local Bytes Read", .int(m.shuffleBytesRead)), ("Total Records Read", .int(m.shuffleRecordsRead)),
               ("Remote Requests Duration", .int(0)), ("Push Based Shuffle", .object(push))]
        return .object(
            zeros(["Executor Deserialize Time", "Executor Deserialize CPU Time"])
                + [("Executor Run Time", .int(m.runTimeMillis))]
                + zeros(["Executor CPU Time", "Peak Execution Memory", "Result Size", "JVM GC Time",
                         "Result Serialization Time"])
                + [("Memory Bytes Spilled", .int(m.memoryBytesSpilled)), ("Disk Bytes Spilled", .int(m.diskBytesSpilled))]
                + [
                    ("Shuffle Read Metrics", .object(read)),
                    ("Shuffle Write Metrics", .object([
                        ("Shuffle Bytes Written", .int(m.shuffleBytesWritten)), ("Shuffle Write Time", .int(0)),
                        ("Shuffle Records Written", .int(m.shuffleRecordsWritten)),
                    ])),
                    ("Input Metrics", .object([
                        ("Bytes Read", .int(m.inputBytesRead)), ("Records Read", .int(m.inputRecordsRead)),
                    ])),
                    ("Output Metrics", .object(zeros(["Bytes Written", "Records Written"]))),
                    ("Updated Blocks", .array([])),
                ])
    }
}
