import Foundation
import SparkbookUtilities

/// Replays a workload on a virtual clock through the same allocation policy, configuration validation and
/// cluster-manager rules as a live run, with synthetic tasks: a 500 GB job on a 100-executor cluster plays out
/// in milliseconds and yields the same timeline, allocation log and (optionally) event log.
///
/// Discrete-event: time jumps from one task completion or allocation round to the next. Rounds keep Spark's
/// 100 ms grid; a round in which nothing changed is followed directly by the first grid instant at which
/// something can (a deadline, an executor coming up, a task ending), which gives the same result as ticking
/// every 100 ms (`Options.tickEveryInterval`, kept to check exactly that).
public struct AllocationSimulator: Sendable {
    public struct Options: Sendable {
        /// Multiplies every allocation timeout and the executor start-up time, as `--time-scale` does live.
        public var timeScale = TimeScale.realTime
        /// Writes a Spark event log there.
        public var eventLogDirectory: String?
        /// Wall-clock milliseconds at virtual time zero (dates in log lines and the event log); nil: now.
        public var wallClockOrigin: Int64?
        public var appId: String?
        public var user = ProcessInfo.processInfo.environment["USER"] ?? "sparkbook"
        /// Extra listeners, called synchronously with every event in order.
        public var listeners: [any SparkListener] = []
        public var timeZone = TimeZone.current
        /// Visit every 100 ms round instead of skipping quiet ones (slower; same result).
        public var tickEveryInterval = false

        public init() {}
    }

    public let workload: SimulationWorkload
    public var options: Options

    public init(workload: SimulationWorkload, options: Options = Options()) {
        self.workload = workload
        self.options = options
    }

    public func run() throws(SimulationError) -> SimulationResult {
        try workload.validate()
        let profile: ClusterManagerProfile
        let effective: [String: String]
        let setup: AllocationSetup
        do {
            profile = try ClusterManagerProfile.resolve(master: workload.master, properties: workload.properties,
                                                        clusterFile: workload.cluster)
            effective = profile.effectiveProperties(workload.properties)
            setup = try AllocationSetup(profile: profile, properties: effective, timeScale: options.timeScale)
        } catch let error as ConfigError {
            throw SimulationError(code: .invalidConfiguration, message: error.message,
                                  location: error.key.map { "properties.\($0)" })
        } catch let error as ClusterManagerError {
            throw SimulationError(code: .invalidConfiguration, message: error.message,
                                  location: error.key.map { "properties.\($0)" })
        } catch {
            throw SimulationError(code: .invalidConfiguration, message: String(describing: error))
        }

        let origin = options.wallClockOrigin ?? Int64(Date().timeIntervalSince1970 * 1000)
        let appId = options.appId ?? ApplicationID.make(master: profile.master, wallMillis: origin)
        var listeners: [any SparkListener] = []
        var eventLog: EventLogWriter?
        if let directory = options.eventLogDirectory {
            do { eventLog = try EventLogWriter(directory: directory, appId: appId) } catch {
                throw SimulationError(code: .eventLog, message: error.message)
            }
            listeners.append(eventLog!)
        }
        listeners += options.listeners

        let resourceManager: DedicatedResourceManager
        do {
            resourceManager = try profile.dedicatedResourceManager(appName: workload.appName, user: options.user,
                                                                   timeScale: options.timeScale, now: .zero)
        } catch {
            throw SimulationError(code: .invalidConfiguration, message: error.message)
        }
        var cluster = SimulatedCluster(
            slotsPerExecutor: setup.slotsPerExecutor, epochOffset: origin, listeners: listeners,
            policy: setup.policy, cluster: resourceManager, cleaner: setup.cleaner)

        // Application start, as `ClusterRuntime` posts it, then the initial request and the job.
        var now = ClockTime.zero
        let environment = ClusterRuntime.environment(properties: effective, profile: profile, appId: appId,
                                                     appName: workload.appName, user: options.user)
        cluster.post(.environmentUpdate(environment), now: now)
        cluster.post(.applicationStart(ApplicationInfo(appName: workload.appName, appId: appId, time: origin,
                                                       user: options.user)), now: now)
        cluster.start(fixedExecutors: setup.fixedExecutors, now: now)
        var generator = SplitMix64(seed: workload.seed)
        cluster.startJob(workload.stages, generator: &generator, description: "simulated job", now: now)

        let interval = ExecutorAllocationPolicy.scheduleInterval
        var nextTick = ClockTime.zero + interval
        var endAt = ClockTime.never
        while true {
            if endAt == .never, let jobEnd = cluster.jobEndedAt { endAt = watchEnd(jobEnd: jobEnd, cluster: cluster) }
            let nextCompletion = cluster.completions.nextTime
            if nextCompletion <= nextTick && nextCompletion <= endAt {
                now = nextCompletion
                cluster.finishTasks(now: now)
                continue
            }
            if nextTick > endAt { break }
            now = nextTick
            let changed = cluster.tick(now: now)
            if changed || options.tickEveryInterval {
                nextTick = now + interval
                continue
            }
            // A quiet round: nothing changes until the next wake-up, a task completion or the end.
            let wake = min(cluster.core.nextWake(after: now), cluster.completions.nextTime, endAt)
            guard wake != .never else {
                throw SimulationError(
                    code: .stalled,
                    message: "The job cannot finish: no task is running and no executor will come "
                        + "(\(profile.summary); \(cluster.core.executors.count) executors, target "
                        + "\(cluster.core.policy.map { String($0.target) } ?? "fixed")).")
            }
            nextTick = Self.gridInstant(atOrAfter: wake, after: now, interval: interval)
        }
        now = max(now, endAt)

        for executor in cluster.core.executors.values {
            cluster.executorMilliseconds += (now - executor.addedAt).milliseconds
        }
        cluster.post(.applicationEnd(time: cluster.wall(now)), now: now)
        eventLog?.close()
        let entries = cluster.timeline
        var renderer = AllocationLogRenderer()
        renderer.timeZone = options.timeZone
        return SimulationResult(
            appId: appId, cluster: profile.summary, dynamicAllocationEnabled: setup.policy != nil,
            notices: setup.notices, timeline: entries, logLines: renderer.lines(entries, epochOffset: origin),
            epochOffset: origin,
            stages: cluster.stages.map {
                .init(stageId: $0.id, name: $0.spec.name, tasks: $0.spec.tasks, submitted: $0.submittedAt ?? .zero,
                      completed: $0.completedAt ?? now)
            },
            jobDuration: (cluster.jobEndedAt ?? now) - .zero, totalDuration: now - .zero,
            peakExecutors: cluster.peakExecutors, peakTarget: cluster.peakTarget,
            finalExecutors: cluster.core.executors.count, tasksRun: cluster.tasksRun,
            taskSeconds: Double(cluster.taskMilliseconds) / 1000,
            executorSeconds: Double(cluster.executorMilliseconds) / 1000, slotsPerExecutor: setup.slotsPerExecutor,
            eventLogPath: eventLog?.finalURL.path)
    }

    /// When the replay stops watching: the workload's watch time after the job; without one, the (scaled) idle
    /// timeout plus 10 s, counted from the ContextCleaner's next GC when executors hold shuffle data until then
    /// (shuffle tracking), so the replay shows them kept and then released, as Spark does.
    private func watchEnd(jobEnd: ClockTime, cluster: SimulatedCluster) -> ClockTime {
        if let idleAfter = workload.idleAfter { return jobEnd + idleAfter }
        let watch = idleAfter(policy: cluster.core.policy)
        let cleaning = cluster.core.cleaner.nextCleaning
        guard let monitor = cluster.core.policy?.monitor, !cleaning.isNever,
              monitor.executors.values.contains(where: \.holdsShuffle) else { return jobEnd + watch }
        return max(jobEnd, cleaning) + watch
    }

    /// The (scaled) idle timeout plus 10 s.
    private func idleAfter(policy: ExecutorAllocationPolicy?) -> ClockDuration {
        guard let policy, !policy.monitor.timeouts.idle.isInfinite else { return .seconds(10) }
        return .milliseconds(policy.monitor.timeouts.idle.milliseconds + 10_000)
    }

    /// The first round of the 100 ms grid at or after `time` and strictly after `now`.
    static func gridInstant(atOrAfter time: ClockTime, after now: ClockTime, interval: ClockDuration) -> ClockTime {
        let step = interval.milliseconds
        let earliest = max(time.milliseconds, now.milliseconds + 1)
        return ClockTime(milliseconds: (earliest + step - 1) / step * step)
    }
}
