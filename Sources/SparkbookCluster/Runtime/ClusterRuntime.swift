import Foundation
import Synchronization

/// The live cluster a session runs on: cluster manager profile, task scheduler with its executors, the
/// allocation loop, the listener bus, the optional event log and progress bar, and the timeline. It lives
/// between jobs (idle executors leave on their own) until `shutdown()`.
public final class ClusterRuntime: Sendable {
    public struct Options: Sendable {
        public enum Ticking: Sendable {
            /// A thread ticks every 100 ms of the clock, polling it at this real interval.
            case background(poll: Duration)
            /// The caller ticks (`tick()`) after moving its manual or virtual clock.
            case manual
        }

        public var appName = "sparkbook"
        public var user = ProcessInfo.processInfo.environment["USER"] ?? "sparkbook"
        /// Generated when nil (`local-<ms>` in local mode, `app-yyyyMMddHHmmss-NNNN` otherwise, as Spark).
        public var appId: String?
        public var ticking = Ticking.background(poll: .milliseconds(20))
        /// Wall-clock milliseconds at clock time zero; by default "now" minus the clock's current time.
        public var wallClockOrigin: Int64?
        public var clusterFile: ClusterFile?
        /// The queue the application is submitted to (`--queue`); nil: `spark.yarn.queue`, else `default`.
        public var queue: String?
        /// A resource manager shared with other applications; nil: the application has its cluster to itself.
        public var resourceManager: ResourceManagerConnection?
        /// Writes an event log there (overrides `spark.eventLog.enabled` / `spark.eventLog.dir`).
        public var eventLogDirectory: String?
        /// Shows the console progress bar on stderr when it is a terminal (default: `spark.ui.showConsoleProgress`,
        /// true when unset).
        public var consoleProgress: Bool?

        public init() {}
    }

    public let profile: ClusterManagerProfile
    public let appId: String
    public let appName: String
    public let bus: ListenerBus
    public let timeline: ExecutorTimeline
    /// Spark's start-up INFO/WARN lines about the allocation settings, plus Sparkbook's own notes.
    public let notices: [ConfigNotice]
    public let dynamicAllocationEnabled: Bool
    public let clusterScheduler: ClusterTaskScheduler
    public let eventLog: EventLogWriter?
    public let progress: ConsoleProgressReporter?
    public let timeScale: TimeScale
    /// Task slots of the executors the application starts with: Spark's default parallelism (at least 2 on a
    /// cluster, the thread count in local mode), which sizes file splits.
    public let initialTaskSlots: Int
    private let ticker: AllocationTicker?
    private let stopped = Mutex(false)

    public var scheduler: any TaskScheduler { clusterScheduler }
    public var clock: any Clock { clusterScheduler.clock }

    /// Validates the configuration (throwing `ConfigError` / `ClusterManagerError` with Spark's messages), starts
    /// the cluster and requests the initial executors.
    public static func start(master: String?, properties: [String: String], clock: any Clock = SystemClock(),
                             timeScale: TimeScale = .realTime, listeners: [any SparkListener] = [],
                             options: Options = Options()) throws -> ClusterRuntime {
        var options = options
        options.user = properties[Self.userKey] ?? options.user
        var profile = try ClusterManagerProfile.resolve(master: master, properties: properties,
                                                        clusterFile: options.clusterFile)
        var joined: (any ResourceManagerClient)?
        if case let .service(host, port) = profile.master {
            // The executor's container is sized from the Spark properties, as on YARN; the service's answer tells
            // how many of that size its cluster holds and how long one takes to start, and the profile is resolved
            // again with both.
            let client = try (options.resourceManager ?? .remote(host: host, port: port)).connect(.init(
                appName: options.appName, queue: Self.queue(options, properties), user: options.user,
                executorSize: try ExecutorSize(properties: profile.effectiveProperties(properties)).resources,
                executorNaming: profile.executorNaming, timeScale: timeScale,
                now: clock.now))
            var facts = properties
            if let remote = client as? RemoteResourceManagerClient {
                facts[ClusterManagerProfile.capacityKey] = String(max(1, remote.capacity))
                facts[ClusterManagerProfile.startupTimeKey] = "\(remote.executorStartupMillis)ms"
            } else {
                facts[ClusterManagerProfile.capacityKey] = String(max(1, client.capacity))
            }
            profile = try ClusterManagerProfile.resolve(master: master, properties: facts,
                                                        clusterFile: options.clusterFile)
            joined = client
        }
        let effective = profile.effectiveProperties(properties)
        let setup: AllocationSetup
        do {
            setup = try AllocationSetup(profile: profile, properties: effective, timeScale: timeScale)
        } catch {
            var client = joined
            client?.finish(now: clock.now)
            throw error
        }
        return try ClusterRuntime(profile: profile, properties: effective, setup: setup, clock: clock,
                                  timeScale: timeScale, listeners: listeners, options: options, joined: joined)
    }

    /// The queue the application joins: `--queue`, else `spark.yarn.queue`, else `default`.
    static func queue(_ options: Options, _ properties: [String: String]) -> String {
        options.queue ?? properties[ClusterManagerProfile.queueKey] ?? ClusterManagerProfile.defaultQueue
    }

    /// The user an application joins a shared cluster as (`--user`; default the login name).
    public static let userKey = "sparkbook.cluster.user"

    private init(profile: ClusterManagerProfile, properties: [String: String], setup: AllocationSetup,
                 clock: any Clock, timeScale: TimeScale, listeners: [any SparkListener], options: Options,
                 joined: (any ResourceManagerClient)?) throws {
        let origin = options.wallClockOrigin ?? (Int64(Date().timeIntervalSince1970 * 1000) - clock.now.milliseconds)
        let startWall = origin + clock.now.milliseconds
        self.profile = profile
        self.appName = options.appName
        self.appId = options.appId ?? ApplicationID.make(master: profile.master, wallMillis: startWall)
        self.timeScale = timeScale
        self.notices = setup.notices
        let initialExecutors = setup.policy?.target ?? setup.fixedExecutors
        if case .local = profile.master {
            self.initialTaskSlots = setup.slotsPerExecutor
        } else {
            self.initialTaskSlots = max(2, initialExecutors * setup.slotsPerExecutor)
        }
        self.dynamicAllocationEnabled = setup.policy != nil
        self.timeline = ExecutorTimeline(epochOffset: origin)

        var all: [any SparkListener] = []
        let logDirectory = options.eventLogDirectory
            ?? (properties["spark.eventLog.enabled"]?.lowercased() == "true"
                ? properties["spark.eventLog.dir"] ?? "/tmp/spark-events" : nil)
        if let logDirectory {
            let writer = try EventLogWriter(directory: logDirectory, appId: appId)
            eventLog = writer
            all.append(writer)
        } else {
            eventLog = nil
        }
        all += listeners
        let showProgress = options.consoleProgress
            ?? (properties["spark.ui.showConsoleProgress"]?.lowercased() != "false")
        if showProgress && ConsoleProgressReporter.stderrIsTerminal {
            let reporter = ConsoleProgressReporter(now: { origin + clock.now.milliseconds })
            progress = reporter
            all.append(reporter)
        } else {
            progress = nil
        }
        bus = ListenerBus(listeners: all)

        let queue = Self.queue(options, properties)
        let resourceManager: any ResourceManagerClient
        if let joined {
            resourceManager = joined
        } else if let connection = options.resourceManager {
            // A shared cluster counts each executor's memory, as YARN does: the container from the Spark properties.
            resourceManager = try connection.connect(.init(
                appName: appName, queue: queue, user: options.user,
                executorSize: try ExecutorSize(properties: properties).resources,
                executorNaming: profile.executorNaming, timeScale: timeScale, now: clock.now))
        } else {
            resourceManager = try profile.dedicatedResourceManager(appName: appName, queue: queue, user: options.user,
                                                                   timeScale: timeScale, now: clock.now)
        }
        var state = SchedulerState(
            bus: bus, timeline: timeline, epochOffset: origin, shuffleServiceEnabled: setup.shuffleServiceEnabled,
            maxTaskFailures: setup.maxTaskFailures, slotsPerExecutor: setup.slotsPerExecutor, policy: setup.policy,
            cluster: resourceManager, cleaner: setup.cleaner)
        state.killExecutorAfterTasks = setup.killExecutorAfterTasks
        if let kill = try ClusterManagerProfile.duration(properties, ClusterManagerProfile.killTimeKey) {
            state.core.executorKillTime = timeScale.scale(kill)
        }
        if let after = try ClusterManagerProfile.duration(properties, ClusterManagerProfile.firstJobAfterKey) {
            state.firstJobNotBefore = clock.now + timeScale.scale(after)
        }
        for (index, delay) in profile.firstTaskDelays.enumerated() {
            state.firstTaskDelays[profile.executorNaming.executorId(forIndex: index)] = timeScale.scale(delay)
        }
        clusterScheduler = ClusterTaskScheduler(
            clock: clock, profile: profile, slotsPerExecutor: setup.slotsPerExecutor, state: state)

        bus.post(.environmentUpdate(Self.environment(properties: properties, profile: profile, appId: appId,
                                                     appName: appName, user: options.user)))
        bus.post(.applicationStart(ApplicationInfo(appName: appName, appId: appId, time: startWall, user: options.user)))
        clusterScheduler.requestInitialExecutors(fixedCount: setup.fixedExecutors)
        if case .background(let poll) = options.ticking {
            let scheduler = clusterScheduler
            ticker = AllocationTicker(clock: clock, interval: ExecutorAllocationPolicy.scheduleInterval, poll: poll) {
                scheduler.tick()
            }
        } else {
            ticker = nil
        }
    }

    /// One allocation round now (for manual ticking; harmless with the background ticker).
    public func tick() { clusterScheduler.tick() }

    public func executorStatuses() -> [ClusterExecutorStatus] { clusterScheduler.executorStatuses() }

    public func snapshot() -> ClusterSnapshot { clusterScheduler.snapshot() }

    /// What the resource manager handed out so far: this application's grants, and its neighbours' on a shared
    /// cluster.
    public func usageLog() -> UsageLog { clusterScheduler.state.withLock { $0.core.cluster.usageLog() } }

    /// The usage log as the run ends: read on its own clock now (the service's, on a shared service), with this
    /// application marked finished now, since the run is over when its figures are printed.
    public func finalUsage() -> (log: UsageLog, end: ClockTime) {
        let (client, now) = clusterScheduler.state.withLock { ($0.core.cluster, clock.now) }
        var (log, end) = client.usageLog(at: now)
        if let index = log.applications.firstIndex(where: { $0.id == client.applicationId }),
           log.applications[index].finishedAt == nil {
            log.applications[index].finishedAt = end
        }
        return (log, end)
    }

    /// Stops the allocation loop, fails running stages, joins every executor thread, posts the application end,
    /// delivers all pending events and closes the event log. Safe to call twice.
    public func shutdown() {
        let first = stopped.withLock { value -> Bool in
            defer { value = true }
            return !value
        }
        guard first else { return }
        ticker?.stop()
        clusterScheduler.stopAll()
        let now = Int64(timeline.epochOffset) + clock.now.milliseconds
        bus.post(.applicationEnd(time: now))
        bus.flush()
        eventLog?.close()
        if let eventLog { writeAllocationLog(beside: eventLog) }
        progress?.stop()
    }

    /// The allocation manager's lines of the run (DEBUG included, milliseconds in the time) as
    /// `<appId>.allocation.log` beside the event log, as `--engine spark` keeps real Spark's: `sparkbook timeline`
    /// then shows the targets and causes of either engine's run, and the two can be compared decision by decision.
    func writeAllocationLog(beside eventLog: EventLogWriter) {
        let renderer = AllocationLogRenderer(includeDebug: true, dateFormat: AllocationLogRenderer.millisecondDateFormat)
        let lines = renderer.lines(timeline.entries, epochOffset: timeline.epochOffset)
        let url = eventLog.directory.appendingPathComponent(EventLogLocation.allocationLogName(appId: appId))
        try? Data(lines.map { $0 + "\n" }.joined().utf8).write(to: url, options: .atomic)
    }

    static func environment(properties: [String: String], profile: ClusterManagerProfile, appId: String,
                            appName: String, user: String) -> EnvironmentInfo {
        var spark = properties
        spark["spark.master"] = profile.master.description
        spark["spark.app.name"] = appName
        spark["spark.app.id"] = appId
        let info = ProcessInfo.processInfo
        return EnvironmentInfo(
            jvm: [.init("Java Version", "Sparkbook (Swift)"), .init("Java Home", ""), .init("Scala Version", "")],
            sparkProperties: spark.sorted { $0.key < $1.key }.map { .init($0.key, $0.value) },
            systemProperties: [
                .init("os.name", info.operatingSystemVersionString), .init("user.name", user),
                .init("sparkbook.cluster", profile.summary),
            ],
            classpathEntries: [])
    }
}
