/// The allocation settings the runtime starts with, derived from the profile and the properties: the policy
/// when dynamic allocation applies, otherwise the fixed executor count; slots per executor; notices.
struct AllocationSetup {
    var policy: ExecutorAllocationPolicy?
    var fixedExecutors: Int
    var slotsPerExecutor: Int
    var shuffleServiceEnabled: Bool
    var notices: [ConfigNotice]
    /// `spark.task.maxFailures` (default 4); local mode ignores it: one attempt with `local[N]`, F with `local[N,F]`.
    var maxTaskFailures: Int
    /// `spark.sparkbook.test.killExecutorAfterTasks`: lose one busy executor after this many successful tasks
    /// (a teaching and test aid for executor loss mid-job).
    var killExecutorAfterTasks: Int?
    /// When the driver's ContextCleaner removes shuffles no job refers to any more.
    var cleaner: ContextCleanerSchedule

    static let killExecutorAfterTasksKey = "spark.sparkbook.test.killExecutorAfterTasks"

    init(profile: ClusterManagerProfile, properties: [String: String], timeScale: TimeScale) throws {
        typealias Keys = DynamicAllocationKeys
        let reader = SparkPropertyReader(properties: properties)
        if case .local(let threads, let failures) = profile.master {
            maxTaskFailures = failures
            // Spark's `checkResourcesPerTask` for local mode: the threads must fit one task's cpus.
            var cores = DynamicAllocationConfig()
            cores.executorCores = threads
            cores.taskCpus = try reader.int(DynamicAllocationKeys.taskCpus) ?? 1
            try ExecutorAllocationPolicy.checkCores(cores)
        } else {
            maxTaskFailures = max(1, try reader.int("spark.task.maxFailures") ?? 4)
        }
        killExecutorAfterTasks = try reader.int(Self.killExecutorAfterTasksKey)
        cleaner = try ContextCleanerSchedule(properties: properties, scale: timeScale)
        let requested = properties[Keys.enabled]?.trimmingCharacters(in: .whitespaces).lowercased() == "true"
        notices = []
        if !profile.supportsDynamicAllocation {
            // Spark's local mode: one executor in the driver; allocation keys are ignored.
            let cpus = max(1, Int(properties[Keys.taskCpus] ?? "") ?? 1)
            slotsPerExecutor = max(1, profile.executorCores / cpus)
            fixedExecutors = 1
            shuffleServiceEnabled = false
            policy = nil
            if requested {
                notices.append(ConfigNotice(
                    level: .info, source: .sparkbook, code: .dynamicAllocationIgnored, key: Keys.enabled,
                    message: "Dynamic allocation is ignored with master \(profile.master): one executor "
                        + "(the driver) runs \(slotsPerExecutor) task\(slotsPerExecutor == 1 ? "" : "s") at a time."))
            }
            return
        }
        let basics = [Keys.executorCores, Keys.taskCpus, Keys.executorInstances, Keys.shuffleServiceEnabled]
        let readable = requested ? properties : properties.filter { basics.contains($0.key) }
        let config = try DynamicAllocationConfig(properties: readable)
        if config.shuffleServiceEnabled && !profile.externalShuffleServiceAvailable {
            var message = "\(profile.master) has no external shuffle service; set \(Keys.shuffleServiceEnabled)=false."
            if case .localCluster = profile.master {
                // Real Spark accepts the application and then launches executors that fail, forever.
                message += " Its workers run none, so real Spark's executors fail to start (\"Unable to register with "
                    + "external shuffle server due to : Failed to connect to /127.0.0.1:7337\") and it launches "
                    + "others, forever. Keep executors for their shuffle output with "
                    + "\(Keys.shuffleTrackingEnabled)=true instead, or run on YARN, whose NodeManagers run the service."
            }
            throw ClusterManagerError(code: .unsupportedByManager, key: Keys.shuffleServiceEnabled, message: message)
        }
        shuffleServiceEnabled = config.shuffleServiceEnabled
        if requested {
            notices = try config.validate()
            policy = try ExecutorAllocationPolicy(config: config, timeScale: timeScale, executorOrder: .spark)
            fixedExecutors = 0
        } else {
            try ExecutorAllocationPolicy.checkCores(config)
            policy = nil
            fixedExecutors = max(0, config.executorInstances ?? profile.defaultInstances)  // beyond capacity: pending
        }
        slotsPerExecutor = max(1, config.tasksPerExecutor)
    }
}

extension ExecutorAllocationPolicy {
    /// Spark's resource-profile check, which applies with or without dynamic allocation.
    static func checkCores(_ config: DynamicAllocationConfig) throws(ConfigError) {
        var coresOnly = DynamicAllocationConfig()
        coresOnly.executorCores = config.executorCores
        coresOnly.taskCpus = config.taskCpus
        try coresOnly.validate()
    }
}
