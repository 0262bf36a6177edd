/// Executors leaving: killed by the driver when idle, or lost busy or not (node failure, taken back by the
/// cluster manager), whose running attempts then end with `ExecutorLostFailure` and go back to the queue.
extension ApplicationScheduler {
    /// Removes a registered executor; its capacity is free again. Returns whether it was registered.
    @discardableResult
    mutating func removeExecutor(_ id: String, reason: String, lost: Bool, now: ClockTime) -> Bool {
        guard let executor = executors.removeValue(forKey: id) else { return false }
        executorOrder.removeAll { $0 == id }
        if lost { cluster.executorLost(id, now: now) } else { cluster.release(id, now: now) }
        keptNotes.forget(id)
        retiredExecutors.insert(id)
        effects.released.append(.init(executor: executor, lost: lost))
        emit(.executorRemoved(id: id), .executorRemoved(id: id, time: wall(now), reason: reason), now: now)
        return true
    }

    /// Loses an executor, busy or idle: its running attempts end (`ExecutorLostFailure`, not counted toward
    /// `spark.task.maxFailures`; killed if their stage already ended) and their next attempts are queued; the
    /// cluster manager replaces it if the target still needs it. Returns false for an unknown executor.
    @discardableResult
    mutating func executorLost(_ id: String, reason: String, label: String = "-1 lost", now: ClockTime) -> Bool {
        guard executors[id] != nil else { return false }
        for task in runningTasks.values.filter({ $0.executorId == id }).sorted(by: { $0.taskId < $1.taskId }) {
            runningTasks[task.taskId] = nil
            let ref = TaskRef(stageId: task.stageId, taskIndex: task.partition, executorId: id)
            let stage = stages[task.stageId].flatMap { $0.runId == task.runId ? $0 : nil }
            let detail: TaskEndDetail = stage != nil
                ? .executorLost(executorId: id, causedByApp: false, reason: reason) : .killed(reason: "Stage cancelled")
            emit(.taskEnded(ref, stage != nil ? .failed : .killed),
                 .taskEnd(stageId: task.stageId, stageAttempt: task.stageAttempt, taskType: task.taskType,
                          task: taskInfo(task, finishedAt: now, failed: stage != nil, killed: stage == nil),
                          reason: detail),
                 now: now)
            guard stage != nil else { continue }
            stages[task.stageId]!.running -= 1
            enqueue(TaskQueue.Entry(runId: task.runId, stageId: task.stageId, partition: task.partition,
                                    attempt: task.attempt + 1))
        }
        removeExecutor(id, reason: reason, lost: true, now: now)
        record(.executorsRemoved([id], label: label), now: now)
        return true
    }
}
