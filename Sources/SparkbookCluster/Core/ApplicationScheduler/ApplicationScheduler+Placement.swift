/// Stages and their tasks: submission queues a stage's partitions FIFO; placement launches queued tasks on free
/// slots, lowest executor id first (skipping executors the policy is removing); a task's end frees its slot.
extension ApplicationScheduler {
    /// Registers a stage attempt and queues its partitions, in order.
    mutating func submitStage(stageId: Int, runId: Int, jobId: Int, attempt: Int, writesShuffle: Int?,
                              partitions: Int) {
        stages[stageId] = ScheduledStage(runId: runId, jobId: jobId, attempt: attempt, writesShuffle: writesShuffle)
        for partition in 0..<partitions {
            enqueue(TaskQueue.Entry(runId: runId, stageId: stageId, partition: partition))
        }
    }

    /// Queues a task attempt of a running stage (a retry or a resubmission after executor loss).
    mutating func enqueue(_ entry: TaskQueue.Entry) {
        guard stages[entry.stageId]?.runId == entry.runId else { return }
        queue.append(entry)
        stages[entry.stageId]!.queued += 1
    }

    /// The stage attempt ended (done, failed or cancelled): its queued tasks are dropped; its running tasks
    /// finish on their executors and are discarded by the driver.
    mutating func stageEnded(_ stageId: Int) {
        guard let stage = stages.removeValue(forKey: stageId), stage.queued > 0 else { return }
        queue.removeAll { $0.stageId == stageId && $0.runId == stage.runId }
    }

    /// Launches queued tasks on free slots, FIFO, lowest executor id first; returns the placements (also
    /// handed to the driver in `effects.launches`).
    @discardableResult
    mutating func placeTasks(now: ClockTime) -> [TaskPlacement] {
        guard !queue.isEmpty else { return [] }
        var placed: [TaskPlacement] = []
        var searchFrom = 0
        let pendingRemoval = policy?.pendingRemoval ?? []
        while let entry = queue.first {
            guard let slot = executorOrder[searchFrom...].firstIndex(where: { id in
                let e = executors[id]!
                return e.running < e.slots && !pendingRemoval.contains(id)
            }) else { break }
            searchFrom = slot
            queue.removeFirst()
            let executorId = executorOrder[slot]
            let stage = stages[entry.stageId]!
            executors[executorId]!.running += 1
            stages[entry.stageId]!.queued -= 1
            stages[entry.stageId]!.launched += 1
            stages[entry.stageId]!.running += 1
            let task = TaskPlacement(
                taskId: nextTaskId, runId: entry.runId, jobId: stage.jobId, stageId: entry.stageId,
                partition: entry.partition, attempt: entry.attempt, stageAttempt: stage.attempt,
                executorId: executorId, host: executors[executorId]!.host, launchTime: now,
                writesShuffle: stage.writesShuffle)
            nextTaskId += 1
            runningTasks[task.taskId] = task
            emit(.taskStarted(TaskRef(stageId: task.stageId, taskIndex: task.partition, executorId: executorId)),
                 .taskStart(stageId: task.stageId, stageAttempt: task.stageAttempt, task: taskInfo(task, finishedAt: nil)),
                 now: now)
            placed.append(task)
        }
        effects.launches += placed
        return placed
    }

    /// How an ended attempt counts on its executor's tally.
    enum TaskTally {
        case completed, failed, neither
    }

    /// Frees the attempt's slot; returns it, or nil when it already ended (its executor was lost meanwhile).
    /// The stage's running count drops only if the attempt belongs to the stage's current run.
    mutating func taskEnded(_ taskId: Int, tally: TaskTally) -> TaskPlacement? {
        guard let task = runningTasks.removeValue(forKey: taskId) else { return nil }
        if executors[task.executorId] != nil {
            executors[task.executorId]!.running -= 1
            switch tally {
            case .completed: executors[task.executorId]!.completed += 1
            case .failed: executors[task.executorId]!.failed += 1
            case .neither: break
            }
        }
        if stages[task.stageId]?.runId == task.runId { stages[task.stageId]!.running -= 1 }
        return task
    }
}
