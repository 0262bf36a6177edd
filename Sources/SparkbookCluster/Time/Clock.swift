/// Where the policy's "now" comes from.
///
/// The allocation policy never reads a clock itself: callers pass `now` into every event and
/// tick. A `Clock` is the one object the driver loop (live, test or simulation) reads it from,
/// so the same policy runs under real, manual and virtual time.
public protocol Clock: Sendable {
    var now: ClockTime { get }
}
