/// Event handling: the listener half of `ExecutorAllocationManager` plus `ExecutorMonitor`.
extension ExecutorAllocationPolicy {
    /// Applies one event observed at `now`. Events never produce decisions; the next tick does.
    public mutating func handle(_ event: AllocationEvent, at now: ClockTime) {
        switch event {
        case let .stageSubmitted(stageId, attempt, numTasks):
            initializing = false
            tasks.stageSubmitted(.init(stageId: stageId, attempt: attempt), numTasks: numTasks)
            schedulerBacklogged(now: now)

        case let .stageCompleted(stageId, attempt):
            tasks.stageCompleted(.init(stageId: stageId, attempt: attempt))
            // Also covers aborted stages whose tasks never all started.
            if tasks.noStagesWithTasks { schedulerQueueEmpty() }

        case let .speculativeTaskSubmitted(stageId, attempt):
            tasks.speculativeTaskSubmitted(.init(stageId: stageId, attempt: attempt))
            schedulerBacklogged(now: now)

        case let .taskStarted(task):
            tasks.taskStarted(stageAttempt(task), index: task.taskIndex, speculative: task.speculative)
            if !tasks.hasPendingTasks { schedulerQueueEmpty() }
            monitor.taskStarted(on: task.executorId, now: now)

        case let .taskEnded(task, reason):
            if reason == .failed && !tasks.hasPendingTasks {
                // The failed task will be resubmitted: make sure there is room for it.
                schedulerBacklogged(now: now)
            }
            tasks.taskEnded(stageAttempt(task), index: task.taskIndex, speculative: task.speculative, reason: reason)
            monitor.taskEnded(on: task.executorId, stageId: task.stageId, succeeded: reason == .success, now: now)

        case let .executorAdded(id):
            monitor.executorAdded(id, now: now)

        case let .executorRemoved(id):
            monitor.executorRemoved(id)

        case let .jobStarted(jobId, stages):
            monitor.jobStarted(jobId, stages: stages)

        case let .jobEnded(jobId):
            monitor.jobEnded(jobId)

        case let .blockCached(executorId, rddId, partition):
            monitor.blockUpdated(on: executorId, rddId: rddId, partition: partition, cached: true)

        case let .blockDropped(executorId, rddId, partition):
            monitor.blockUpdated(on: executorId, rddId: rddId, partition: partition, cached: false)

        case let .rddUnpersisted(rddId):
            monitor.rddUnpersisted(rddId)

        case let .shuffleCleaned(shuffleId):
            monitor.shuffleCleaned(shuffleId)
        }
    }

    /// Applies several events observed at the same instant, in order.
    public mutating func handle(_ events: [AllocationEvent], at now: ClockTime) {
        for event in events { handle(event, at: now) }
    }

    private func stageAttempt(_ task: TaskRef) -> StageTaskLedger.StageAttempt {
        .init(stageId: task.stageId, attempt: task.stageAttempt)
    }
}
