/// Which of a team's jobs runs next and when: jobs in order, each run after the previous one ended, a repeating
/// job again `every` after its last start. Pure and in cluster time scaled for the classroom, so it is tested
/// without a clock.
struct NeighbourJobSchedule: Hashable, Sendable {
    let jobs: [NeighbourJob]
    let arrival: ClockTime
    let timeScale: TimeScale
    /// The job whose next run is due, and the runs of it so far.
    private(set) var jobIndex = 0
    private(set) var runsOfJob = 0
    private var lastStart: ClockTime?
    private var lastEnd: ClockTime?

    init(jobs: [NeighbourJob], arrival: ClockTime, timeScale: TimeScale) {
        self.jobs = jobs
        self.arrival = arrival
        self.timeScale = timeScale
    }

    /// When the next run may start, given that no run is going; nil when every job has run.
    var nextStart: ClockTime? {
        guard jobIndex < jobs.count else { return nil }
        let job = jobs[jobIndex]
        let previousEnd = lastEnd ?? arrival
        if runsOfJob > 0, let every = job.every, let lastStart {
            return max(lastStart + timeScale.scale(every), previousEnd)
        }
        switch job.start {
        case .at(let offset): return max(arrival + timeScale.scale(offset), previousEnd)
        case .afterPrevious(let gap): return previousEnd + timeScale.scale(gap)
        }
    }

    /// The job to start now (its run has begun).
    mutating func started(at now: ClockTime) -> NeighbourJob {
        lastStart = now
        runsOfJob += 1
        return jobs[jobIndex]
    }

    /// The running job ended: the next run is of the same job if it repeats, else of the next job.
    mutating func ended(at now: ClockTime) {
        lastEnd = now
        if let total = jobs[jobIndex].totalRuns, runsOfJob >= total {
            jobIndex += 1
            runsOfJob = 0
        }
    }
}
