import SparkbookUtilities
/// One neighbour team's application on the shared cluster core, driven on the live clock: the simulator's
/// application of synthetic tasks (`SimulatedCluster`: its own `ApplicationScheduler` and allocation policy, a
/// client of the shared resource manager), fed the team's jobs as its schedule says, with tasks finished once
/// their time has passed and an allocation round every 100 ms of the clock.
struct NeighbourApplication {
    let team: NeighbourTeam
    let timeScale: TimeScale
    var cluster: SimulatedCluster
    var schedule: NeighbourJobSchedule
    var generator: SplitMix64
    /// The job running now, if any.
    var runningJob: Int?
    var nextRound: ClockTime

    /// The team's allocation settings as Spark checks them (Spark's messages for bad values); its executors are
    /// sized from its Spark properties (cores, memory and overhead), as the student's are on the shared cluster.
    static func setup(for team: NeighbourTeam, timeScale: TimeScale) throws -> (ClusterManagerProfile, AllocationSetup) {
        let properties = team.effectiveProperties
        try SparkConfigEntries.check(properties)
        let profile = try ClusterManagerProfile.resolve(master: nil, properties: properties)
        let setup = try AllocationSetup(profile: profile, properties: profile.effectiveProperties(properties),
                                        timeScale: timeScale)
        return (profile, setup)
    }

    /// Submits the team's application now (its arrival) and makes its initial request.
    init(team: NeighbourTeam, manager: SharedResourceManager, timeScale: TimeScale, seed: UInt64,
         now: ClockTime) throws {
        let (profile, setup) = try Self.setup(for: team, timeScale: timeScale)
        let size = try ExecutorSize(properties: profile.effectiveProperties(team.effectiveProperties)).resources
        let client = try manager.client(name: team.name, queue: team.queue, user: team.user,
                                        executorSize: size, executorNaming: .counting(from: 1),
                                        now: now)
        self.team = team
        self.timeScale = timeScale
        cluster = SimulatedCluster(slotsPerExecutor: setup.slotsPerExecutor, epochOffset: 0, listeners: [],
                                   policy: setup.policy, cluster: client, cleaner: setup.cleaner)
        schedule = NeighbourJobSchedule(jobs: team.jobs, arrival: now, timeScale: timeScale)
        generator = SplitMix64(seed: seed)
        nextRound = now + ExecutorAllocationPolicy.scheduleInterval
        cluster.start(fixedExecutors: setup.fixedExecutors, now: now)
    }

    /// Finishes the tasks due by `now`, starts the next job when it is due, runs the allocation round when 100 ms
    /// have passed; returns the timeline entries of what changed (executors granted, released, preempted).
    mutating func advance(now: ClockTime) -> [TimelineEntry] {
        cluster.finishTasks(now: now)
        if runningJob != nil, cluster.runningJobs.isEmpty {
            schedule.ended(at: cluster.jobEndedAt ?? now)
            runningJob = nil
        }
        if runningJob == nil, let start = schedule.nextStart, start <= now {
            let job = schedule.started(at: now)
            runningJob = cluster.startJob(job.stages, generator: &generator, taskTimeScale: timeScale,
                                          description: "\(team.name): \(job.name)", now: now)
        }
        if now >= nextRound {
            _ = cluster.tick(now: now)
            nextRound = now + ExecutorAllocationPolicy.scheduleInterval
        }
        defer { cluster.timeline.removeAll() }
        return cluster.timeline
    }

    /// Executors registered now.
    var executors: Int { cluster.core.executors.count }

    /// The team leaves: everything it holds goes back to the resource manager.
    mutating func finish(now: ClockTime) {
        cluster.core.cluster.finish(now: now)
    }
}
