import Synchronization

/// A clock that only moves when told to: tests advance it tick by tick.
public final class ManualClock: Clock {
    private let current: Mutex<ClockTime>

    public init(start: ClockTime = .zero) {
        current = Mutex(start)
    }

    public var now: ClockTime { current.withLock { $0 } }

    /// Moves the clock forward (a negative span moves it back, which tests sometimes want).
    @discardableResult
    public func advance(by span: ClockDuration) -> ClockTime {
        current.withLock { time in
            time = time + span
            return time
        }
    }

    public func set(to time: ClockTime) {
        current.withLock { $0 = time }
    }
}
