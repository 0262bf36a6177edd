import Synchronization

/// Simulated time: a discrete-event simulation jumps it straight to the next interesting
/// instant, so an hour of allocation behaviour replays in microseconds.
///
/// Unlike `ManualClock` it refuses to run backwards, because a simulation that did so would
/// silently reorder events.
public final class VirtualClock: Clock {
    private let current: Mutex<ClockTime>

    public init(start: ClockTime = .zero) {
        current = Mutex(start)
    }

    public var now: ClockTime { current.withLock { $0 } }

    /// Jumps to `time` if it lies ahead; returns the (possibly unchanged) current time.
    @discardableResult
    public func advance(to time: ClockTime) -> ClockTime {
        current.withLock { value in
            if time > value { value = time }
            return value
        }
    }

    /// Moves forward by a non-negative span; negative spans are ignored.
    @discardableResult
    public func advance(by span: ClockDuration) -> ClockTime {
        current.withLock { value in
            if span > .zero { value = value + span }
            return value
        }
    }

    /// The instants a driver must visit to tick the policy every `interval` up to `end`
    /// (inclusive), starting after the current time. Used to replay the 100 ms schedule.
    public func ticks(every interval: ClockDuration, until end: ClockTime) -> [ClockTime] {
        guard interval > .zero else { return [] }
        var result: [ClockTime] = []
        var next = now + interval
        while next <= end {
            result.append(next)
            next = next + interval
        }
        return result
    }
}
