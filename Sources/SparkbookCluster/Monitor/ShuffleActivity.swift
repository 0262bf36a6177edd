/// Which shuffles are "active": some running job still needs their map output. Mirrors the
/// job bookkeeping of Spark's `ExecutorMonitor` (used only when shuffle tracking is active).
struct ShuffleActivity: Hashable, Sendable {
    /// Every shuffle seen, with the running jobs that need it (empty list: inactive, but known,
    /// so a later job using it counts as a reuse).
    private(set) var activeJobs: [Int: [Int]] = [:]
    /// Map stage to the shuffle it writes, for stages of running jobs.
    private(set) var stageToShuffle: [Int: Int] = [:]
    private var jobToStages: [Int: [Int]] = [:]

    /// Registers a job; returns the job's shuffle ids when one of them is reused (executors
    /// holding them must be re-activated), nil otherwise.
    mutating func jobStarted(_ jobId: Int, stages: [JobStage]) -> Set<Int>? {
        let shuffleStages = stages.compactMap { stage in stage.shuffleId.map { (stage.stageId, $0) } }
        var reused = false
        for (_, shuffle) in shuffleStages {
            if activeJobs[shuffle] != nil { reused = true } else { activeJobs[shuffle] = [] }
            activeJobs[shuffle, default: []].append(jobId)
        }
        for (stage, shuffle) in shuffleStages { stageToShuffle[stage] = shuffle }
        jobToStages[jobId] = shuffleStages.map(\.0)
        return reused ? Set(shuffleStages.map(\.1)) : nil
    }

    /// Unregisters a job; returns the shuffles still active when some shuffle went inactive
    /// (executors must be re-evaluated), nil otherwise.
    mutating func jobEnded(_ jobId: Int) -> Set<Int>? {
        var someWentIdle = false
        var stillActive: Set<Int> = []
        for shuffle in activeJobs.keys {
            activeJobs[shuffle]?.removeAll { $0 == jobId }
            if activeJobs[shuffle]?.isEmpty ?? true { someWentIdle = true } else { stillActive.insert(shuffle) }
        }
        for stage in jobToStages.removeValue(forKey: jobId) ?? [] { stageToShuffle[stage] = nil }
        return someWentIdle ? stillActive : nil
    }

    mutating func shuffleCleaned(_ shuffleId: Int) {
        activeJobs[shuffleId] = nil
    }

    /// Shuffles some running job needs.
    var activeShuffles: Set<Int> { Set(activeJobs.filter { !$0.value.isEmpty }.keys) }
}

/// A stage of a starting job and the shuffle it writes (nil for a result stage). Skipped
/// stages whose shuffle output is reused must be listed too: that is how reuse is detected.
public struct JobStage: Hashable, Sendable {
    public var stageId: Int
    public var shuffleId: Int?

    public init(stageId: Int, shuffleId: Int? = nil) {
        self.stageId = stageId
        self.shuffleId = shuffleId
    }
}
