/// Real, monotonic time for live runs: milliseconds elapsed since the clock was created.
///
/// Monotonic (not wall-clock) so that a system time change never fires or delays a timeout.
public struct SystemClock: Clock {
    private let origin: ContinuousClock.Instant

    public init() {
        origin = ContinuousClock.now
    }

    public var now: ClockTime {
        let elapsed = origin.duration(to: ContinuousClock.now)
        let (seconds, attoseconds) = elapsed.components
        return ClockTime(milliseconds: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
