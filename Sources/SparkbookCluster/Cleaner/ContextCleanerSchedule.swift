/// When the driver's ContextCleaner removes shuffles nothing refers to any more, as a pure schedule on the
/// cluster clock. Spark cleans a shuffle only after a driver GC has collected its last reference; with no memory
/// pressure that GC is the cleaner's periodic `System.gc()` (`spark.cleaner.periodicGC.interval`, 30min, counted
/// from the application's start), and with `spark.cleaner.referenceTracking=false` nothing is ever cleaned. Until
/// then, with shuffle tracking on and no `shuffleTracking.timeout`, executors holding the shuffle's output stay.
public struct ContextCleanerSchedule: Hashable, Sendable {
    public static let periodicGCIntervalKey = "spark.cleaner.periodicGC.interval"
    public static let referenceTrackingKey = "spark.cleaner.referenceTracking"

    /// `spark.cleaner.periodicGC.interval`, as it runs (scaled like every timeout).
    public let periodicGCInterval: ClockDuration
    /// `spark.cleaner.referenceTracking`: without it the cleaner never runs.
    public let referenceTracking: Bool
    /// The application's start: the periodic GC's first round is one interval later.
    public private(set) var origin = ClockTime.zero
    /// Unreferenced shuffles, with the GC round that cleans each.
    public private(set) var pending: [Int: ClockTime] = [:]

    public init(periodicGCInterval: ClockDuration = .seconds(30 * 60), referenceTracking: Bool = true) {
        self.periodicGCInterval = periodicGCInterval
        self.referenceTracking = referenceTracking
    }

    /// Reads both settings the way Spark does (the interval in seconds), the interval scaled by `scale`.
    init(properties: [String: String], scale: TimeScale) throws(ConfigError) {
        let read = SparkPropertyReader(properties: properties)
        let interval = try read.duration(Self.periodicGCIntervalKey, unit: .seconds) ?? .seconds(30 * 60)
        self.init(periodicGCInterval: scale.scale(interval),
                  referenceTracking: try read.bool(Self.referenceTrackingKey) ?? true)
    }

    /// The application starts now: GC rounds fall at `now + k * interval`.
    public mutating func start(at now: ClockTime) {
        origin = now
    }

    /// The last job using the shuffle ended and nothing refers to it: it goes at the next GC round after `now`.
    public mutating func shuffleUnreferenced(_ shuffleId: Int, now: ClockTime) {
        guard referenceTracking, pending[shuffleId] == nil else { return }
        pending[shuffleId] = nextGC(after: now)
    }

    /// The first periodic GC strictly after `now` (`.never` for a zero or infinite interval).
    public func nextGC(after now: ClockTime) -> ClockTime {
        let step = periodicGCInterval.milliseconds
        guard step > 0, !periodicGCInterval.isInfinite else { return .never }
        let elapsed = max(0, (now - origin).milliseconds)
        return origin + .milliseconds((elapsed / step + 1) * step)
    }

    /// When the next pending shuffle is cleaned (`.never` if none is pending).
    public var nextCleaning: ClockTime { pending.values.min() ?? .never }

    /// Removes and returns the shuffles whose GC round has come by `now`, in id order.
    public mutating func clean(now: ClockTime) -> [Int] {
        let due = pending.filter { $0.value <= now }.keys.sorted()
        for id in due { pending[id] = nil }
        return due
    }
}
