import Synchronization

/// The classroom's neighbour teams (`--neighbours FILE`): one shared resource manager core built from the
/// file's cluster, the teams' applications on it, and the thread that drives them on the live clock. The
/// student's session joins the same core through `connection` (and runs on the same clock), so its executors
/// and the teams' are granted, released and preempted by one resource manager, and the run's `UsageLog` holds
/// every application.
public final class Neighbours: Sendable {
    public enum Ticking: Sendable {
        /// A thread advances the teams, polling the clock at this real interval.
        case background(poll: Duration)
        /// The caller calls `advance()` after moving its manual clock.
        case manual
    }

    private struct State {
        /// Teams not arrived yet, in arrival order.
        var waiting: [NeighbourTeam]
        var running: [NeighbourApplication] = []
        var changes: [NeighbourChange] = []
        var stopped = false
        var nextSeed: UInt64 = 1
    }

    public let file: NeighboursFile
    public let manager: SharedResourceManager
    public let clock: any Clock
    public let timeScale: TimeScale
    /// When the classroom started (the teams' arrivals count from it).
    public let start: ClockTime
    private let state: Mutex<State>
    private let ticker: Mutex<AllocationTicker?>

    /// Builds the cluster's resource manager and starts the clock; teams arrive as their times come.
    public init(file: NeighboursFile, cluster: ClusterDescription, timeScale: TimeScale,
                clock: any Clock = SystemClock(), ticking: Ticking = .background(poll: .milliseconds(10))) {
        self.file = file
        self.clock = clock
        self.timeScale = timeScale
        self.start = clock.now
        manager = SharedResourceManager(ResourceManager(description: cluster, timeScale: timeScale))
        state = Mutex(State(waiting: file.teams.sorted { $0.arrival < $1.arrival }))
        ticker = Mutex(nil)
        advance()
        if case .background(let poll) = ticking {
            let ticker = AllocationTicker(clock: clock, interval: .milliseconds(1), poll: poll) { [self] in advance() }
            self.ticker.withLock { $0 = ticker }
        }
    }

    /// How the student's session joins this cluster: submitted to the file's queue (or `--queue`), on this
    /// clock.
    public var connection: ResourceManagerConnection { .shared(manager, clock: clock) }

    /// Admits teams whose arrival has come, and moves every team to `clock.now`.
    public func advance() {
        let now = clock.now
        state.withLock { s in
            guard !s.stopped else { return }
            while let team = s.waiting.first, start + timeScale.scale(team.arrival) <= now {
                s.waiting.removeFirst()
                do {
                    s.running.append(try NeighbourApplication(team: team, manager: manager, timeScale: timeScale,
                                                              seed: s.nextSeed, now: now))
                    s.nextSeed += 1
                } catch {
                    // The file was checked when it was read (queues included); a team refused now stays away.
                    continue
                }
            }
            for index in s.running.indices {
                let entries = s.running[index].advance(now: now)
                guard !entries.isEmpty else { continue }
                let (inUse, total) = manager.withLock { ($0.grantedResources, $0.totalResources) }
                for entry in entries {
                    if let change = NeighbourChange(entry, team: s.running[index].team, inUse: inUse, total: total) {
                        s.changes.append(change)
                    }
                }
            }
        }
    }

    /// Changes after the first `index` (the live panels keep their place).
    public func changes(since index: Int) -> [NeighbourChange] {
        state.withLock { s in index < s.changes.count ? Array(s.changes[index...]) : [] }
    }

    public var changeCount: Int { state.withLock { $0.changes.count } }

    /// Each team's executors now, in arrival order (teams not arrived yet are left out).
    public func executorsByTeam() -> [(team: NeighbourTeam, executors: Int)] {
        state.withLock { s in s.running.map { ($0.team, $0.executors) } }
    }

    /// The usage log of every application on the cluster, the student's included.
    public func usageLog() -> UsageLog { manager.withLock { $0.usage } }

    /// Stops the thread; the teams leave the cluster. Safe to call twice.
    public func stop() {
        let ticker = self.ticker.withLock { t -> AllocationTicker? in defer { t = nil }; return t }
        ticker?.stop()
        let now = clock.now
        state.withLock { s in
            guard !s.stopped else { return }
            s.stopped = true
            for index in s.running.indices { s.running[index].finish(now: now) }
        }
    }
}
