/// One application's dynamic-allocation decisions as its driver logged them (the allocation log's lines, which
/// both engines write), timed from the start of its first job, with the executors its event log saw: what a
/// comparison lines up against another run of the same notebook.
///
/// Times run from the first job's start because that is where both engines' clocks mean the same thing: before
/// it, a real driver spends seconds starting its JVM and the embedded one none.
public struct AllocationRecord: Sendable, Equatable {
    public enum Decision: Hashable, Sendable {
        /// `Using initial executors = N` (logged as the application starts).
        case initial(target: Int)
        /// `Requesting N new executors because tasks are backlogged (new desired total will be T ...)`.
        case requested(count: Int, target: Int)
        /// `Lowering target number of executors to T (previously P ...)` (Spark logs it at DEBUG).
        case lowered(target: Int, previous: Int)
        /// One executor of an `Executors ... removed due to idle timeout.` line.
        case removedIdle(executor: String)
        /// An executor removed for any other reason the event log gives (lost, or killed outside allocation).
        case removedOther(executor: String, reason: String)

        /// An executor gone for a reason other than the idle timeout.
        public var isRemovedOther: Bool {
            if case .removedOther = self { return true }
            return false
        }

        /// A change of the desired total (initial, request, lowering), as opposed to a removal.
        public var isTargetChange: Bool {
            switch self {
            case .initial, .requested, .lowered: true
            case .removedIdle, .removedOther: false
            }
        }

        public var text: String {
            switch self {
            case .initial(let target): "initial target \(target)"
            case let .requested(count, target): "request +\(count) (target \(target))"
            case let .lowered(target, previous): "lower target \(previous) → \(target)"
            case .removedIdle(let id): "remove executor \(id): idle"
            case let .removedOther(id, reason): "executor \(id) gone: \(reason)"
            }
        }
    }

    public struct Timed: Hashable, Sendable {
        /// Milliseconds from the first job's start (negative before it).
        public var millis: Int64
        public var decision: Decision
    }

    /// Every decision in time order.
    public var decisions: [Timed]
    /// The most executors registered at once.
    public var peakExecutors: Int
    /// Executors that registered over the whole run.
    public var executorsAdded: Int
    /// The application id, to title a comparison.
    public var appId: String?
    /// Tasks each executor ran (ended, whatever the outcome): what tells executors apart when their ids do not,
    /// since which id a standalone worker's executor gets depends on which JVM registers first.
    public var tasksRun: [String: Int] = [:]

    public init(events: [SparkListenerEvent], allocationLog: [AllocationLogParser.Line]) {
        var firstJob: Int64?, appStart: Int64?, appEnd: Int64?
        var live = Set<String>(), peak = 0, added = 0
        var idleRemoved = Set<String>()
        var others: [(time: Int64, id: String, reason: String)] = []
        for line in allocationLog { if case .idleRemoved(let ids) = line.kind { idleRemoved.formUnion(ids) } }
        for event in events {
            switch event {
            case .applicationStart(let app):
                appStart = appStart ?? app.time
                appId = appId ?? app.appId
            case .applicationEnd(let time): appEnd = time
            case .jobStart(_, let time, _, _): firstJob = firstJob ?? time
            case .executorAdded(let info):
                live.insert(info.id)
                added += 1
                peak = max(peak, live.count)
            case .taskEnd(_, _, _, let task, _, _):
                tasksRun[task.executorId, default: 0] += 1
            case let .executorRemoved(id, time, reason):
                live.remove(id)
                if !idleRemoved.contains(id) { others.append((time, id, reason)) }
            default: break
            }
        }
        let origin = firstJob ?? appStart ?? allocationLog.first?.time ?? 0
        var timed: [Timed] = []
        for line in allocationLog {
            let millis = line.time - origin
            switch line.kind {
            case .initial(let target): timed.append(Timed(millis: millis, decision: .initial(target: target)))
            case let .requested(count, target): timed.append(Timed(millis: millis, decision: .requested(count: count, target: target)))
            case let .lowered(target, previous): timed.append(Timed(millis: millis, decision: .lowered(target: target, previous: previous)))
            case .idleRemoved(let ids):
                timed += ids.map { Timed(millis: millis, decision: .removedIdle(executor: $0)) }
            }
        }
        // Executors leave when the application stops; that is the end of the run, not a decision.
        if let appEnd { others.removeAll { $0.time >= appEnd } }
        timed += others.map { Timed(millis: $0.time - origin, decision: .removedOther(executor: $0.id, reason: $0.reason)) }
        // Stable by time: the log's own order at equal times.
        decisions = Self.coalescingLowerings(
            timed.enumerated().sorted { ($0.element.millis, $0.offset) < ($1.element.millis, $1.offset) }.map(\.element))
        peakExecutors = peak
        executorsAdded = added
    }

    /// Lowerings in a row (no request between them) as one, at the first one's time, to the last one's target:
    /// as the last tasks of a stage end, Spark lowers the target at each 100 ms round by however many ended in it,
    /// so how the drop splits into steps is the tasks' jitter, not a decision.
    static func coalescingLowerings(_ decisions: [Timed]) -> [Timed] {
        var result: [Timed] = []
        var open: Int?  // index in `result` of the lowering a following one joins
        for item in decisions {
            switch item.decision {
            case let .lowered(target, _):
                if let i = open, case let .lowered(_, previous) = result[i].decision {
                    result[i].decision = .lowered(target: target, previous: previous)
                } else {
                    open = result.count
                    result.append(item)
                }
            case .requested, .initial:
                open = nil
                result.append(item)
            case .removedIdle, .removedOther:
                result.append(item)
            }
        }
        return result
    }
}
