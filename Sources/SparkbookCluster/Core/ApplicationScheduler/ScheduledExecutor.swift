/// A registered executor as the core sees it: its task slots and what ran on it. The live driver keeps the
/// executor's threads beside it, keyed by `id`; the simulator needs nothing more.
struct ScheduledExecutor: Hashable, Sendable {
    let id: String
    let host: String
    let cores: Int
    let slots: Int
    let addedAt: ClockTime
    var running = 0
    var completed = 0
    var failed = 0
}
