/// The idle-deadline rules of Spark's `ExecutorMonitor`, as a pure function of an executor's
/// state: how long it may sit idle before dynamic allocation releases it.
public struct IdleTimeouts: Hashable, Sendable {
    /// `executorIdleTimeout`: an idle executor holding nothing.
    public var idle: ClockDuration
    /// `cachedExecutorIdleTimeout`: an idle executor holding cached blocks.
    public var cached: ClockDuration
    /// `shuffleTracking.timeout`: an idle executor holding only inactive shuffle data.
    public var shuffle: ClockDuration
    /// Whether shuffle data is tracked at all (tracking on and no external shuffle service).
    public var shuffleTrackingActive: Bool

    public init(idle: ClockDuration, cached: ClockDuration, shuffle: ClockDuration, shuffleTrackingActive: Bool) {
        self.idle = idle
        self.cached = cached
        self.shuffle = shuffle
        self.shuffleTrackingActive = shuffleTrackingActive
    }

    /// The configured timeouts, each multiplied by `scale`.
    public init(config: DynamicAllocationConfig, scale: TimeScale = .realTime) {
        self.init(
            idle: scale.scale(config.executorIdleTimeout),
            cached: scale.scale(config.cachedExecutorIdleTimeout),
            shuffle: scale.scale(config.shuffleTrackingTimeout),
            shuffleTrackingActive: config.shuffleTrackingActive)
    }

    /// Which rule governs an executor and with what timeout.
    public func rule(holdsCache: Bool, holdsShuffle: Bool) -> IdleRule {
        switch (holdsCache, holdsShuffle) {
        case (false, false): .plain(idle)
        case (true, false): .cached(cached)
        case (false, true): .shuffle(shuffle)
        case (true, true): .cachedAndShuffle(min(cached, shuffle))
        }
    }

    /// `idleStart + timeout`, saturating to `.never`; `.never` while the executor is busy.
    public func deadline(idleStart: ClockTime?, holdsCache: Bool, holdsShuffle: Bool) -> ClockTime {
        guard let idleStart else { return .never }
        return idleStart + rule(holdsCache: holdsCache, holdsShuffle: holdsShuffle).timeout
    }
}

/// The rule deciding an idle executor's timeout, kept for labels and the executors table.
public enum IdleRule: Hashable, Sendable, CustomStringConvertible {
    case plain(ClockDuration)
    case cached(ClockDuration)
    case shuffle(ClockDuration)
    case cachedAndShuffle(ClockDuration)

    public var timeout: ClockDuration {
        switch self {
        case .plain(let t), .cached(let t), .shuffle(let t), .cachedAndShuffle(let t): t
        }
    }

    /// `idle 60s`, `cached 5min`, `shuffle inf`, `cached+shuffle 30s`.
    public var description: String { description(at: .realTime) }

    /// With the timeout as configured and as it ran: `idle 60s (1.2s at time scale 0.02)`.
    public func description(at scale: TimeScale) -> String {
        switch self {
        case .plain(let t): "idle \(scale.describe(t))"
        case .cached(let t): "cached \(scale.describe(t))"
        case .shuffle(let t): "shuffle \(scale.describe(t))"
        case .cachedAndShuffle(let t): "cached+shuffle \(scale.describe(t))"
        }
    }
}
