import SparkbookCluster

/// Drives an `ExecutorAllocationPolicy` tick by tick with a `ManualClock`, the way Spark's
/// suites drive `ExecutorAllocationManager` (clock starting at 2020 ms like theirs).
struct PolicyHarness {
    var policy: ExecutorAllocationPolicy
    let clock = ManualClock(start: ClockTime(milliseconds: 2020))

    init(min: Int = 1, max: Int = 5, initial: Int? = 1, _ extra: [String: String] = [:]) throws(ConfigError) {
        var properties = extra
        properties["spark.dynamicAllocation.enabled"] = "true"
        properties["spark.dynamicAllocation.minExecutors"] = String(min)
        properties["spark.dynamicAllocation.maxExecutors"] = String(max)
        if let initial { properties["spark.dynamicAllocation.initialExecutors"] = String(initial) }
        policy = try ExecutorAllocationPolicy(config: DynamicAllocationConfig(properties: properties))
    }

    var now: ClockTime { clock.now }
    var target: Int { policy.target }

    mutating func post(_ event: AllocationEvent) {
        policy.handle(event, at: clock.now)
    }

    @discardableResult
    mutating func tick() -> [AllocationDecision] {
        policy.tick(now: clock.now)
    }

    func advance(ms: Int64) {
        clock.advance(by: .milliseconds(ms))
    }

    func advance(seconds: Int64) {
        clock.advance(by: .seconds(seconds))
    }

    mutating func addExecutors(_ ids: [String]) {
        for id in ids { post(.executorAdded(id: id)) }
    }

    mutating func startTask(stage: Int, index: Int, on executor: String, speculative: Bool = false) {
        post(.taskStarted(TaskRef(stageId: stage, taskIndex: index, executorId: executor, speculative: speculative)))
    }

    mutating func endTask(
        stage: Int, index: Int, on executor: String, _ reason: TaskEndReason = .success, speculative: Bool = false
    ) {
        post(.taskEnded(TaskRef(stageId: stage, taskIndex: index, executorId: executor, speculative: speculative), reason))
    }
}

extension Array where Element == AllocationDecision {
    /// The target changes among the decisions.
    var targetChanges: [TargetChange] {
        compactMap { if case .requestTotal(let change) = $0 { change } else { nil } }
    }

    /// The executors asked to go, in order.
    var removedIds: [String] {
        flatMap { decision -> [String] in
            if case .removeExecutors(let removal) = decision { removal.executorIds } else { [] }
        }
    }
}
