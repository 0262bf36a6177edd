/// One job of a neighbour team: stages of synthetic tasks (the simulator's stages), when it starts, and whether
/// it comes back (an ETL load every 20 minutes). A team's jobs run one after another.
public struct NeighbourJob: Hashable, Sendable {
    public enum Start: Hashable, Sendable {
        /// At this time after the team's arrival (or as soon as the job before it ends, if later).
        case at(ClockDuration)
        /// This long after the team's previous job ends (after its arrival for the first job).
        case afterPrevious(gap: ClockDuration)
    }

    public var name: String
    public var stages: [SimulationWorkload.Stage]
    public var start: Start
    /// The job runs again this long after each run started (at once when a run took longer); nil: once.
    public var every: ClockDuration?
    /// How many runs in all with `every`; nil: until the classroom ends.
    public var runs: Int?

    public init(name: String, stages: [SimulationWorkload.Stage], start: Start = .afterPrevious(gap: .zero),
                every: ClockDuration? = nil, runs: Int? = nil) {
        self.name = name
        self.stages = stages
        self.start = start
        self.every = every
        self.runs = runs
    }

    /// Runs in all: once without `every`, else `runs` (nil: no end).
    var totalRuns: Int? { every == nil ? 1 : runs }
}
