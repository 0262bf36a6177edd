/// Start-up checks in Spark's order and words: `ResourceProfile`'s cores check, then
/// `ExecutorAllocationManager.validateSettings`, then the initial-executors notices.
extension DynamicAllocationConfig {
    /// Throws the first error Spark would raise; returns the INFO/WARN notices it would log.
    @discardableResult
    public func validate() throws(ConfigError) -> [ConfigNotice] {
        if executorCores < taskCpus {
            throw ConfigError(
                code: .coresBelowTaskCpus, key: Keys.taskCpus,
                message: "The number of cores per executor (=\(executorCores)) has to be >= "
                    + "the number of cpus per task = \(taskCpus).")
        }
        if minExecutors < 0 || maxExecutors < 0 {
            throw ConfigError(
                code: .negativeExecutorBounds, key: minExecutors < 0 ? Keys.minExecutors : Keys.maxExecutors,
                message: "\(Keys.minExecutors) and \(Keys.maxExecutors) must be positive!")
        }
        if maxExecutors == 0 {
            throw ConfigError(code: .zeroMaxExecutors, key: Keys.maxExecutors, message: "\(Keys.maxExecutors) cannot be 0!")
        }
        if minExecutors > maxExecutors {
            throw ConfigError(
                code: .minAboveMax, key: Keys.minExecutors,
                message: "\(Keys.minExecutors) (\(minExecutors)) must be less than or equal to "
                    + "\(Keys.maxExecutors) (\(maxExecutors))!")
        }
        if schedulerBacklogTimeout.milliseconds <= 0 {
            throw ConfigError(
                code: .nonPositiveBacklogTimeout, key: Keys.schedulerBacklogTimeout,
                message: "\(Keys.schedulerBacklogTimeout) must be > 0!")
        }
        if effectiveSustainedSchedulerBacklogTimeout.milliseconds <= 0 {
            // The leading "s" is Spark's own typo (an `s` before its string interpolation).
            throw ConfigError(
                code: .nonPositiveSustainedBacklogTimeout, key: Keys.sustainedSchedulerBacklogTimeout,
                message: "s\(Keys.sustainedSchedulerBacklogTimeout) must be > 0!")
        }
        var notices: [ConfigNotice] = []
        if !shuffleServiceEnabled {
            if shuffleTrackingEnabled {
                notices.append(ConfigNotice(
                    level: .info, source: .spark, code: .enabledWithoutShuffleService,
                    message: "Dynamic allocation is enabled without a shuffle service."))
            } else if shuffleDecommissionEnabled {
                notices.append(ConfigNotice(
                    level: .info, source: .spark, code: .shuffleDecommissionWithoutShuffleService,
                    message: "Shuffle data decommission is enabled without a shuffle service."))
            } else {
                throw ConfigError(
                    code: .shuffleMechanismRequired, key: Keys.shuffleTrackingEnabled,
                    message: "Dynamic allocation of executors requires one of the following conditions: "
                        + "1) enabling external shuffle service through \(Keys.shuffleServiceEnabled). "
                        + "2) enabling shuffle tracking through \(Keys.shuffleTrackingEnabled). "
                        + "3) enabling shuffle blocks decommission through \(Keys.decommissionEnabled) and "
                        + "\(Keys.decommissionShuffleBlocksEnabled). 4) (Experimental) configuring "
                        + "\(Keys.shuffleIOPluginClass) to use a custom ShuffleDataIO who's "
                        + "ShuffleDriverComponents supports reliable storage.")
            }
        }
        if shuffleTrackingEnabled && shuffleDecommissionEnabled {
            notices.append(ConfigNotice(
                level: .warning, source: .spark, code: .shuffleTrackingWithOtherMechanism,
                message: "You are enabling both shuffle tracking and other DA supported mechanism, which will "
                    + "cause idle executors not to be released in a timely, please check the configurations."))
        }
        if shuffleTrackingEnabled && shuffleServiceEnabled {
            notices.append(ConfigNotice(
                level: .warning, source: .sparkbook, code: .shuffleTrackingIgnoredWithShuffleService,
                key: Keys.shuffleTrackingEnabled,
                message: "\(Keys.shuffleTrackingEnabled) has no effect while \(Keys.shuffleServiceEnabled) is true: "
                    + "shuffle files outlive their executors, so shuffle data never keeps an executor alive."))
        }
        if executorAllocationRatio > 1.0 || executorAllocationRatio <= 0.0 || executorAllocationRatio.isNaN {
            throw ConfigError(
                code: .allocationRatioOutOfRange, key: Keys.executorAllocationRatio,
                message: "\(Keys.executorAllocationRatio) must be > 0 and <= 1.0")
        }
        return initialExecutorNotices + notices
    }

    /// Spark's notices while computing the initial target (`Utils.getDynamicAllocationInitialExecutors`).
    /// Note Spark compares an *unset* `executor.instances` as 0, so any `minExecutors > 0`
    /// warns about it.
    public var initialExecutorNotices: [ConfigNotice] {
        var notices: [ConfigNotice] = []
        let ignoring = " less than \(Keys.minExecutors) is invalid, ignoring its setting, please update your configs."
        if (initialExecutors ?? minExecutors) < minExecutors {
            notices.append(ConfigNotice(
                level: .warning, source: .spark, code: .initialExecutorsBelowMin, key: Keys.initialExecutors,
                message: Keys.initialExecutors + ignoring))
        }
        if (executorInstances ?? 0) < minExecutors {
            notices.append(ConfigNotice(
                level: .warning, source: .spark, code: .executorInstancesBelowMin, key: Keys.executorInstances,
                message: Keys.executorInstances + ignoring))
        }
        notices.append(ConfigNotice(
            level: .info, source: .spark, code: .usingInitialExecutors,
            message: "Using initial executors = \(effectiveInitialExecutors), max of "
                + "\(Keys.initialExecutors),\(Keys.minExecutors) and \(Keys.executorInstances)"))
        return notices
    }
}
