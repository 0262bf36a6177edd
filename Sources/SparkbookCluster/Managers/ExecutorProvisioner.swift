/// The cluster manager's side of executor requests, as a pure clock-driven state machine: the driver asks for a
/// desired total; requests wait while the cluster is full (or, on Kubernetes, for the next batch round), then
/// start and register after the start-up time. Lowering the total cancels waiting, then starting requests,
/// newest first; running executors are only ever removed by an explicit kill.
public struct ExecutorProvisioner: Hashable, Sendable {
    /// An executor the manager has granted and is starting.
    public struct Starting: Hashable, Sendable {
        public let id: String
        public let host: String
        public let readyAt: ClockTime
    }

    /// An executor that just registered.
    public struct Launch: Hashable, Sendable {
        public let id: String
        public let host: String
        public let cores: Int
    }

    public let profile: ClusterManagerProfile
    public let startupTime: ClockDuration
    /// Time between request rounds when the profile batches requests (time-scaled by the caller).
    public var batchDelay: ClockDuration
    public private(set) var desiredTotal = 0
    /// Requests not yet granted (cluster full or waiting for a batch round), oldest first.
    public private(set) var waiting = 0
    public private(set) var starting: [Starting] = []
    public private(set) var running: [String] = []
    private var nextIndex = 0
    private var nextBatchAt: ClockTime?

    /// `startupTime` is the profile's, already time-scaled by the caller.
    public init(profile: ClusterManagerProfile, startupTime: ClockDuration) {
        self.profile = profile
        self.startupTime = startupTime
        self.batchDelay = profile.requestBatch?.delay ?? .zero
    }

    /// Requests + starting + running.
    public var total: Int { waiting + starting.count + running.count }

    /// Sets the desired total (Spark's `requestTotalExecutors`); returns ids of starting executors cancelled.
    @discardableResult
    public mutating func setDesiredTotal(_ target: Int) -> [String] {
        desiredTotal = max(0, target)
        if total < desiredTotal {
            waiting += desiredTotal - total
            return []
        }
        var excess = total - desiredTotal
        let fromWaiting = min(excess, waiting)
        waiting -= fromWaiting
        excess -= fromWaiting
        var cancelled: [String] = []
        while excess > 0, let last = starting.popLast() {
            cancelled.append(last.id)
            excess -= 1
        }
        return cancelled
    }

    /// Grants waiting requests that fit (in batch rounds on Kubernetes) and registers executors whose start-up
    /// time has passed, in grant order.
    public mutating func advance(now: ClockTime) -> [Launch] {
        grant(now: now)
        var launched: [Launch] = []
        while let first = starting.first, first.readyAt <= now {
            starting.removeFirst()
            running.append(first.id)
            launched.append(Launch(id: first.id, host: first.host, cores: profile.executorCores))
        }
        return launched
    }

    /// The executor was killed or lost: its capacity is free again.
    public mutating func executorRemoved(_ id: String) {
        running.removeAll { $0 == id }
    }

    /// After executors were lost (not killed by the driver), asks the cluster for replacements up to the desired
    /// total, as YARN and Kubernetes backends do when fewer executors run than the driver asked for.
    public mutating func replaceLostExecutors() {
        if total < desiredTotal { waiting += desiredTotal - total }
    }

    /// The next instant something would change by itself (an executor registers or a batch round is due).
    public var nextEventTime: ClockTime {
        var next = starting.first?.readyAt ?? .never
        if waiting > 0, let batch = nextBatchAt { next = min(next, batch) }
        return next
    }

    private mutating func grant(now: ClockTime) {
        var free = profile.capacity - running.count - starting.count
        guard waiting > 0, free > 0 else { return }
        if let batch = profile.requestBatch {
            if let due = nextBatchAt, now < due { return }
            free = min(free, batch.size)
            nextBatchAt = now + batchDelay
        }
        let granted = min(free, waiting)
        waiting -= granted
        for _ in 0..<granted {
            let index = nextIndex
            nextIndex += 1
            starting.append(Starting(
                id: profile.executorId(forIndex: index), host: profile.host(forIndex: index),
                readyAt: now + startupTime))
        }
    }
}
