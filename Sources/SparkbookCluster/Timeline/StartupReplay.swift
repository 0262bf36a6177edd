/// How long a recorded run's executors took to start, how much longer their first tasks took, and when its driver
/// got to its first job, as the properties that make the embedded cluster take the same times
/// (`sparkbook.executor.startupTime` and `sparkbook.executor.firstTaskDelay`, one entry per executor in launch
/// order; `sparkbook.replay.firstJobAfter`), and how long a killed executor took to go (`sparkbook.executor.killTime`).
///
/// Why: a real executor JVM on a small machine takes seconds to register and its first Python task seconds more
/// (the worker daemon starting); those times are the machine's, not the allocation policy's, yet every lowering
/// and idle removal follows from them. Replaying them lets a comparison hold the policy's decisions to the
/// recorded times.
///
/// On a standalone master (`local-cluster`) executors are numbered in launch order: the initial ones are launched
/// as the application starts, then each `Requesting N new executors` line launches the next N.
public struct StartupReplay: Sendable, Equatable {
    /// Milliseconds from launch to registration, by executor index (executors that never registered end the list).
    public var startupMillis: [Int64]
    /// Milliseconds the first task on each executor took beyond its stage's usual task, by executor index.
    public var firstTaskExtraMillis: [Int64]
    /// Milliseconds from the application's start to its first job.
    public var firstJobMillis: Int64?
    /// Milliseconds from the driver's decision to remove an idle executor to the executor being gone (the median).
    public var killMillis: Int64?

    public init(events: [SparkListenerEvent], allocationLog: [AllocationLogParser.Line]) {
        var appStart: Int64?, firstJob: Int64?
        var registered: [String: Int64] = [:], gone: [String: Int64] = [:]
        var tasks: [(executor: String, stage: Int, launch: Int64, millis: Int64)] = []
        for event in events {
            switch event {
            case .applicationStart(let app): appStart = appStart ?? app.time
            case .jobStart(_, let time, _, _): firstJob = firstJob ?? time
            case .executorAdded(let info): registered[info.id] = registered[info.id] ?? info.time
            case let .executorRemoved(id, time, _): gone[id] = gone[id] ?? time
            case .taskEnd(let stageId, _, _, let task, _, _):
                tasks.append((task.executorId, stageId, task.launchTime, max(0, task.finishTime - task.launchTime)))
            default: break
            }
        }
        firstJobMillis = appStart.flatMap { start in firstJob.map { max(0, $0 - start) } }
        var launches: [Int64] = [], kills: [Int64] = []
        for line in allocationLog {
            switch line.kind {
            case .idleRemoved(let ids):
                kills += ids.compactMap { id in gone[id].map { max(0, $0 - line.time) } }
            case .initial(let target): launches += Array(repeating: appStart ?? line.time, count: target)
            case .requested(let count, _): launches += Array(repeating: line.time, count: count)
            default: break
            }
        }
        startupMillis = []
        for (index, launched) in launches.enumerated() {
            guard let at = registered[String(index)] else { break }
            startupMillis.append(max(0, at - launched))
        }
        // A stage's usual task: the median of the tasks that were not their executor's first.
        let ordered = tasks.sorted { $0.launch < $1.launch }
        var seen = Set<String>()
        var firsts: [String: (stage: Int, millis: Int64)] = [:]
        var usual: [Int: [Int64]] = [:], everyUsual: [Int64] = []
        for task in ordered {
            if seen.insert(task.executor).inserted {
                firsts[task.executor] = (task.stage, task.millis)
            } else {
                usual[task.stage, default: []].append(task.millis)
                everyUsual.append(task.millis)
            }
        }
        func median(_ values: [Int64]) -> Int64? { values.isEmpty ? nil : values.sorted()[values.count / 2] }
        killMillis = median(kills)
        firstTaskExtraMillis = []
        for index in startupMillis.indices {
            guard let first = firsts[String(index)] else { firstTaskExtraMillis.append(0); continue }
            let typical = median(usual[first.stage] ?? []) ?? median(everyUsual) ?? first.millis
            firstTaskExtraMillis.append(max(0, first.millis - typical))
        }
        while firstTaskExtraMillis.last == 0 { firstTaskExtraMillis.removeLast() }
    }

    /// `--conf` pairs for `sparkbook run` (none when nothing was recorded).
    public var properties: [(key: String, value: String)] {
        var out: [(key: String, value: String)] = []
        func list(_ millis: [Int64]) -> String { millis.map { "\($0)ms" }.joined(separator: ",") }
        if !startupMillis.isEmpty { out.append((ClusterManagerProfile.startupTimeKey, list(startupMillis))) }
        if !firstTaskExtraMillis.isEmpty { out.append((ClusterManagerProfile.firstTaskDelayKey, list(firstTaskExtraMillis))) }
        if let firstJobMillis { out.append((ClusterManagerProfile.firstJobAfterKey, "\(firstJobMillis)ms")) }
        if let killMillis { out.append((ClusterManagerProfile.killTimeKey, "\(killMillis)ms")) }
        return out
    }
}
