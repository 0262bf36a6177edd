import Foundation

/// Turns one parsed line of a Spark event log (`JsonProtocol`) back into a listener event: the inverse of
/// `EventLogEncoder`, and lenient the way the History Server is with logs of other Spark versions: fields it
/// does not know are ignored, missing optional fields take Spark's defaults, and events Sparkbook has no case
/// for (SQL executions, block updates, executor metrics...) give nil so a reader can skip them.
public enum EventLogDecoder {
    /// The event of one line, or nil for an event Sparkbook does not model. Throws when the line names an
    /// event Sparkbook models but lacks one of its required fields.
    public static func decode(_ object: [String: Any]) throws(EventLogDecodingError) -> SparkListenerEvent? {
        let o = Fields(object)
        guard let name = o.string("Event") else { throw EventLogDecodingError("no \"Event\" field") }
        switch name {
        case "SparkListenerApplicationStart":
            return .applicationStart(ApplicationInfo(
                appName: try o.required("App Name"), appId: o.string("App ID") ?? "",
                time: try o.requiredInt("Timestamp"), user: o.string("User") ?? ""))
        case "SparkListenerApplicationEnd":
            return .applicationEnd(time: try o.requiredInt("Timestamp"))
        case "SparkListenerEnvironmentUpdate":
            func section(_ key: String) -> [EnvironmentInfo.KeyValue] {
                // Jackson keeps the writer's order; Foundation's dictionaries do not, so sections read sorted.
                (o.object(key)?.values ?? [:]).map { EnvironmentInfo.KeyValue($0.key, "\($0.value)") }
                    .sorted { $0.key < $1.key }
            }
            return .environmentUpdate(EnvironmentInfo(
                jvm: section("JVM Information"), sparkProperties: section("Spark Properties"),
                systemProperties: section("System Properties"), classpathEntries: section("Classpath Entries")))
        case "SparkListenerExecutorAdded":
            let info = o.object("Executor Info")
            return .executorAdded(ExecutorInfo(
                id: try o.required("Executor ID"), time: try o.requiredInt("Timestamp"),
                host: info?.string("Host") ?? "", totalCores: Int(info?.int("Total Cores") ?? 0)))
        case "SparkListenerExecutorRemoved":
            return .executorRemoved(id: try o.required("Executor ID"), time: try o.requiredInt("Timestamp"),
                                    reason: o.string("Removed Reason") ?? "")
        case "SparkListenerJobStart":
            let stageIds = (o.array("Stage IDs") ?? []).compactMap(Fields.int).map { Int($0) }
            return .jobStart(jobId: Int(try o.requiredInt("Job ID")), time: o.int("Submission Time") ?? 0,
                             stageIds: stageIds, description: jobDescription(o))
        case "SparkListenerJobEnd":
            let result = o.object("Job Result")
            let outcome: JobResult = result?.string("Result") == "JobSucceeded" || result == nil ? .succeeded
                : .failed(message: result?.object("Exception")?.string("Message") ?? result?.string("Result") ?? "")
            return .jobEnd(jobId: Int(try o.requiredInt("Job ID")), time: o.int("Completion Time") ?? 0, result: outcome)
        case "SparkListenerStageSubmitted":
            return .stageSubmitted(try stageInfo(o))
        case "SparkListenerStageCompleted":
            return .stageCompleted(try stageInfo(o))
        case "SparkListenerTaskStart":
            return .taskStart(stageId: Int(try o.requiredInt("Stage ID")), stageAttempt: Int(o.int("Stage Attempt ID") ?? 0),
                              task: try taskInfo(o))
        case "SparkListenerTaskEnd":
            return .taskEnd(stageId: Int(try o.requiredInt("Stage ID")), stageAttempt: Int(o.int("Stage Attempt ID") ?? 0),
                            taskType: o.string("Task Type") ?? "", task: try taskInfo(o),
                            reason: endReason(o.object("Task End Reason")), metrics: metrics(o.object("Task Metrics")))
        case "SparkListenerUnpersistRDD":
            return .unpersistRDD(rddId: Int(try o.requiredInt("RDD ID")))
        default:
            return nil
        }
    }

    /// `spark.job.description` when set (Sparkbook sets it per cell), else what Spark's UI shows: the call site
    /// of the job's last stage (`collect at /tmp/job.py:12`).
    static func jobDescription(_ o: Fields) -> String {
        if let description = o.object("Properties")?.string("spark.job.description") { return description }
        let stages = (o.array("Stage Infos") ?? []).compactMap { $0 as? [String: Any] }.map(Fields.init)
        return stages.max { ($0.int("Stage ID") ?? 0) < ($1.int("Stage ID") ?? 0) }?.string("Stage Name") ?? ""
    }

    static func stageInfo(_ o: Fields) throws(EventLogDecodingError) -> StageInfo {
        guard let s = o.object("Stage Info") else { throw EventLogDecodingError("no \"Stage Info\"") }
        var info = StageInfo(
            stageId: Int(try s.requiredInt("Stage ID")), attempt: Int(s.int("Stage Attempt ID") ?? 0),
            name: s.string("Stage Name") ?? "", numTasks: Int(s.int("Number of Tasks") ?? 0),
            submissionTime: s.int("Submission Time"), completionTime: s.int("Completion Time"),
            failureReason: s.string("Failure Reason"))
        // What Sparkbook's encoder writes for an AQE-coalesced shuffle read (`EventLogEncoder.details`).
        if let details = s.string("Details"), let coalesced = coalescedRead(details) {
            info.shufflePartitionsBeforeCoalescing = coalesced.before
            info.readsShuffles = coalesced.shuffles
        }
        return info
    }

    /// Parses `AQEShuffleRead coalesced: 8 shuffle partitions of shuffle 0, 1 read by 2 tasks`.
    static func coalescedRead(_ details: String) -> (before: Int, shuffles: [Int])? {
        let prefix = "AQEShuffleRead coalesced: "
        guard details.hasPrefix(prefix) else { return nil }
        let rest = details.dropFirst(prefix.count)
        guard let partitions = rest.range(of: " shuffle partitions of shuffle "), let readBy = rest.range(of: " read by "),
              let before = Int(rest[..<partitions.lowerBound])
        else { return nil }
        let shuffles = rest[partitions.upperBound..<readBy.lowerBound].split(separator: ",")
            .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        return (before, shuffles)
    }

    static func taskInfo(_ o: Fields) throws(EventLogDecodingError) -> TaskInfo {
        guard let t = o.object("Task Info") else { throw EventLogDecodingError("no \"Task Info\"") }
        return TaskInfo(
            taskId: Int(try t.requiredInt("Task ID")), index: Int(t.int("Index") ?? 0), attempt: Int(t.int("Attempt") ?? 0),
            launchTime: t.int("Launch Time") ?? 0, executorId: t.string("Executor ID") ?? "", host: t.string("Host") ?? "",
            finishTime: t.int("Finish Time") ?? 0, failed: t.bool("Failed") ?? false, killed: t.bool("Killed") ?? false)
    }

    /// Spark's `TaskEndReason`; the rarer ones (`Resubmitted`, `TaskResultLost`, `TaskCommitDenied`,
    /// `UnknownReason`) read as a failure named by their class, which is how Spark's UI lists them.
    static func endReason(_ r: Fields?) -> TaskEndDetail {
        guard let r, let reason = r.string("Reason") else { return .success }
        switch reason {
        case "Success":
            return .success
        case "ExceptionFailure":
            return .exceptionFailure(className: r.string("Class Name") ?? "", description: r.string("Description") ?? "")
        case "TaskKilled":
            return .killed(reason: r.string("Kill Reason") ?? "")
        case "ExecutorLostFailure":
            return .executorLost(executorId: r.string("Executor ID") ?? "", causedByApp: r.bool("Exit Caused By App") ?? true,
                                 reason: r.string("Loss Reason") ?? "")
        case "FetchFailed":
            let address = r.object("Block Manager Address")
            return .fetchFailed(executorId: address?.string("Executor ID") ?? "", host: address?.string("Host") ?? "",
                                shuffleId: Int(r.int("Shuffle ID") ?? 0),
                                mapIndex: Int(r.int("Map Index") ?? r.int("Map ID") ?? 0),
                                reduceId: Int(r.int("Reduce ID") ?? 0), message: r.string("Message") ?? "")
        default:
            return .exceptionFailure(className: reason, description: r.string("Description") ?? "")
        }
    }

    /// The counters Sparkbook keeps; shuffle bytes read are Spark's local plus remote bytes.
    static func metrics(_ m: Fields?) -> TaskMetrics {
        guard let m else { return TaskMetrics() }
        let read = m.object("Shuffle Read Metrics"), write = m.object("Shuffle Write Metrics"), input = m.object("Input Metrics")
        return TaskMetrics(
            runTimeMillis: m.int("Executor Run Time") ?? 0,
            shuffleBytesWritten: write?.int("Shuffle Bytes Written") ?? 0,
            shuffleRecordsWritten: write?.int("Shuffle Records Written") ?? 0,
            shuffleBytesRead: (read?.int("Local Bytes Read") ?? 0) + (read?.int("Remote Bytes Read") ?? 0),
            shuffleRecordsRead: read?.int("Total Records Read") ?? 0,
            inputBytesRead: input?.int("Bytes Read") ?? 0, inputRecordsRead: input?.int("Records Read") ?? 0,
            memoryBytesSpilled: m.int("Memory Bytes Spilled") ?? 0, diskBytesSpilled: m.int("Disk Bytes Spilled") ?? 0)
    }

    /// Typed reads from one JSON object as `JSONSerialization` returns it.
    struct Fields {
        let values: [String: Any]

        init(_ values: [String: Any]) {
            self.values = values
        }

        func string(_ key: String) -> String? { values[key] as? String }
        func object(_ key: String) -> Fields? { (values[key] as? [String: Any]).map(Fields.init) }
        func array(_ key: String) -> [Any]? { values[key] as? [Any] }
        func int(_ key: String) -> Int64? { values[key].flatMap(Self.int) }
        func bool(_ key: String) -> Bool? { (values[key] as? Bool) ?? (values[key] as? NSNumber)?.boolValue }

        static func int(_ value: Any) -> Int64? {
            if let n = value as? Int64 { return n }
            if let n = value as? Int { return Int64(n) }
            if let n = value as? NSNumber { return n.int64Value }
            return nil
        }

        func required(_ key: String) throws(EventLogDecodingError) -> String {
            guard let value = string(key) else { throw EventLogDecodingError("no \"\(key)\"") }
            return value
        }

        func requiredInt(_ key: String) throws(EventLogDecodingError) -> Int64 {
            guard let value = int(key) else { throw EventLogDecodingError("no number \"\(key)\"") }
            return value
        }
    }
}

/// A line that names a known event but lacks a field it needs.
public struct EventLogDecodingError: Error, Sendable {
    public let message: String

    init(_ message: String) {
        self.message = message
    }
}
