/// The executor timeline of a real Spark application, built from its event log and, when given, the driver's
/// allocation log, as the same `TimelineEntry`s the embedded engine records, so it prints and charts the same way.
///
/// The event log alone says when executors were added and removed, with Spark's "Removed Reason"; a removal
/// the driver asked for reads `removed executor 1: Executor killed by driver.`, any other `lost executor 3: …`.
/// The allocation log adds the target totals and why they moved (`requested 1 more executor: tasks backlogged 1s
/// (target 1 → 2)`) and turns removals it explains into `removed executors 1,2: idle 60s`, the timeouts read from
/// the application's own configuration.
public struct EventLogTimeline: Sendable {
    public var entries: [TimelineEntry]
    /// Wall-clock milliseconds at clock time zero (the application's start).
    public var epochOffset: Int64
    /// Clock time of the application's end (or its last event, for a log still in progress).
    public var end: ClockTime
    /// `spark.master` and the application id, to title the chart.
    public var master: String?
    public var appId: String?

    public init(events: [SparkListenerEvent], allocationLog: [AllocationLogParser.Line]? = nil) {
        var start: Int64?, last: Int64 = 0, ended: Int64?
        var properties: [String: String] = [:]
        for event in events {
            switch event {
            case .applicationStart(let app):
                start = start ?? app.time
                appId = app.appId
            case .applicationEnd(let time): ended = time
            case .environmentUpdate(let env):
                for pair in env.sparkProperties { properties[pair.key] = pair.value }
            default: break
            }
            if let time = Self.time(of: event) {
                start = start ?? time
                last = max(last, time)
            }
        }
        let origin = start ?? 0
        epochOffset = origin
        end = ClockTime(milliseconds: max(0, (ended ?? last) - origin))
        master = properties["spark.master"]
        appId = appId ?? properties["spark.app.id"]
        let timeouts = Timeouts(properties)
        // Decisions from before the application started or after it ended belong to another application.
        let window = (origin - 5_000)...((ended ?? last) + 5_000)
        let decisions = (allocationLog ?? []).filter { window.contains($0.time) }
        entries = Self.merge(events: events, decisions: decisions, origin: origin, timeouts: timeouts)
    }

    /// The dynamic-allocation timeouts the application ran with (Spark's defaults when not set).
    struct Timeouts {
        var backlog = ClockDuration.seconds(1)
        var sustained = ClockDuration.seconds(1)
        var idle = ClockDuration.seconds(60)

        init(_ properties: [String: String]) {
            func read(_ key: String) -> ClockDuration? {
                properties[key].flatMap { try? SparkDuration.duration($0, key: key, unit: .seconds) }
            }
            backlog = read(DynamicAllocationKeys.schedulerBacklogTimeout) ?? backlog
            sustained = read(DynamicAllocationKeys.sustainedSchedulerBacklogTimeout) ?? backlog
            idle = read(DynamicAllocationKeys.executorIdleTimeout) ?? idle
        }
    }

    private static func merge(events: [SparkListenerEvent], decisions: [AllocationLogParser.Line], origin: Int64,
                              timeouts: Timeouts) -> [TimelineEntry] {
        enum Item {
            case decision(AllocationLogParser.Line.Kind)
            case added(String)
            case removed(String, reason: String)
        }
        var items: [(time: Int64, item: Item)] = decisions.map { ($0.time, .decision($0.kind)) }
        for event in events {
            switch event {
            case .executorAdded(let info): items.append((info.time, .added(info.id)))
            case let .executorRemoved(id, time, reason): items.append((time, .removed(id, reason: reason)))
            default: break
            }
        }
        // Stable: at equal times a decision comes before the executor change it caused.
        items = items.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)

        var entries: [TimelineEntry] = []
        var executors: [String] = []
        var target: Int?
        var backlogged = false
        /// Executors the allocation log removed for idleness, in groups, until the event log shows them gone.
        var idleGroups: [(ids: [String], left: Set<String>)] = []
        for (time, item) in items {
            let clock = ClockTime(milliseconds: time - origin)
            func record(_ kind: TimelineEntry.Kind, idleRules: [IdleRule] = []) {
                entries.append(TimelineEntry(time: clock, kind: kind, executors: executors.count, target: target,
                                             idleRules: idleRules))
            }
            switch item {
            case .decision(.initial(let total)):
                target = total
                record(.targetChanged(TargetChange(target: total, previousTarget: 0, reason: .initial)))
            case let .decision(.requested(count, total)):
                target = total
                record(.targetChanged(TargetChange(target: total, previousTarget: total - count,
                                                   reason: .backlog(after: backlogged ? timeouts.sustained : timeouts.backlog))))
                backlogged = true
            case let .decision(.lowered(total, previous)):
                target = total
                backlogged = false
                record(.targetChanged(TargetChange(target: total, previousTarget: previous, reason: .loadDropped(needed: total))))
            case .decision(.idleRemoved(let ids)):
                backlogged = false
                idleGroups.append((ids, Set(ids)))
            case .added(let id):
                executors.append(id)
                record(.executorsAdded([id]))
            case let .removed(id, reason):
                executors.removeAll { $0 == id }
                if let g = idleGroups.firstIndex(where: { $0.left.contains(id) }) {
                    idleGroups[g].left.remove(id)
                    guard idleGroups[g].left.isEmpty else { continue }
                    let ids = idleGroups.remove(at: g).ids
                    // Spark removes idle executors only down to the target, so the target is at most what is left
                    // (it lowered the target at DEBUG, which INFO logs do not show).
                    if let t = target { target = min(t, executors.count) }
                    record(.executorsRemoved(ids, label: "-\(ids.count) " + IdleRule.plain(timeouts.idle).description),
                           idleRules: ids.map { _ in .plain(timeouts.idle) })
                } else {
                    let said = reason.isEmpty ? "no reason in the event log" : reason
                    record(.executorsRemoved([id], label: Self.killedByDriver(reason) ? "-1 \(said)" : "-1 lost: \(said)"))
                }
            }
        }
        return entries
    }

    /// Spark's reason when the driver itself killed the executor (dynamic allocation, `killExecutors`), as opposed
    /// to one the cluster lost.
    static func killedByDriver(_ reason: String) -> Bool {
        reason.localizedCaseInsensitiveContains("killed by driver")
    }

    /// The wall-clock time an event carries, if any.
    static func time(of event: SparkListenerEvent) -> Int64? {
        switch event {
        case .applicationStart(let app): app.time
        case .applicationEnd(let time): time
        case .executorAdded(let info): info.time
        case .executorRemoved(_, let time, _): time
        case .jobStart(_, let time, _, _): time
        case .jobEnd(_, let time, _): time
        case .stageSubmitted(let s): s.submissionTime
        case .stageCompleted(let s): s.completionTime
        case .taskStart(_, _, let task): task.launchTime
        case .taskEnd(_, _, _, let task, _, _): task.finishTime
        case .environmentUpdate, .unpersistRDD: nil
        }
    }
}
