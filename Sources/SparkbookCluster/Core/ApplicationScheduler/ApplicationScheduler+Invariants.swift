/// What must hold between any two events, checked after every event when the module is built with
/// `SPARKBOOK_INTERNAL_CHECKS` (debug builds, hence the tests), as swift-collections checks its structures
/// with `COLLECTIONS_INTERNAL_CHECKS`; release builds skip the walk.
extension ApplicationScheduler {
    /// Stops the process on the first broken invariant, naming all of them.
    func checkInvariants() {
        let violations = invariantViolations()
        precondition(violations.isEmpty, "ApplicationScheduler invariants broken: " + violations.joined(separator: "; "))
    }

    /// Each broken invariant, in words (empty when the state is consistent):
    /// - the resource manager's own (never more granted than a node or queue holds, one state per container);
    /// - every executor in exactly one state: waiting is a count, starting and registered ids are disjoint, the
    ///   cluster manager's running set is the registered set, pending removal only for registered executors, and a
    ///   removed id never comes back;
    /// - running tasks per executor between 0 and its slots, and in all equal to the attempts placed;
    /// - queue entries refer to live stage attempts (and each stage's queued count is right).
    /// The walk allocates nothing unless something is broken: debug builds run it after every event.
    func invariantViolations() -> [String] {
        var problems: [String] = []
        problems += cluster.invariantViolations()
        let starting = cluster.starting
        if cluster.waiting < 0 { problems.append("negative waiting requests \(cluster.waiting)") }
        for (index, executor) in starting.enumerated() {
            if executors[executor.id] != nil { problems.append("executor \(executor.id) both starting and registered") }
            if starting[..<index].contains(where: { $0.id == executor.id }) {
                problems.append("executor \(executor.id) is starting twice")
            }
            if retiredExecutors.contains(executor.id) { problems.append("removed executor \(executor.id) came back") }
        }
        // Only an application alone sees its resource manager at the same instant (a shared one may have taken an
        // executor back that the application learns of at its next round), and only until it has finished there.
        let managed = cluster.running
        if let dedicated = cluster as? DedicatedResourceManager, dedicated.manager.isSubmitted(dedicated.applicationId),
           managed.count != executors.count || !managed.allSatisfy({ executors[$0] != nil }) {
            problems.append("cluster manager runs \(managed.sorted()), scheduler has \(executors.keys.sorted())")
        }
        let ordered = zip(executorOrder, executorOrder.dropFirst()).allSatisfy(ExecutorIDOrder.numeric.areInIncreasingOrder)
        if !ordered || executorOrder.count != executors.count || !executorOrder.allSatisfy({ executors[$0] != nil }) {
            problems.append("executor order \(executorOrder) is not the registered executors in numeric order")
        }
        var running = 0
        for (id, executor) in executors {
            if retiredExecutors.contains(id) { problems.append("removed executor \(id) came back") }
            if executor.running < 0 || executor.running > executor.slots {
                problems.append("executor \(id) runs \(executor.running) tasks on \(executor.slots) slots")
            }
            running += executor.running
        }
        if let policy {
            for (id, tracker) in policy.monitor.executors where tracker.pendingRemoval && executors[id] == nil {
                problems.append("pending removal of unregistered executor \(id)")
            }
        }
        if running != runningTasks.count {
            problems.append("executors count \(running) running tasks, \(runningTasks.count) are placed")
        }
        for task in runningTasks.values where (executors[task.executorId]?.running ?? 0) == 0 {
            problems.append("task \(task.taskId) runs on \(task.executorId), which runs nothing")
        }
        var queued = 0
        for (id, stage) in stages {
            if stage.running < 0 || stage.queued < 0 { problems.append("stage \(id) counts below zero") }
            queued += stage.queued
        }
        if queued != queue.count { problems.append("stages count \(queued) queued tasks, the queue holds \(queue.count)") }
        // Walking a long queue after every event would make debug runs quadratic; its counts are checked above.
        if queue.count <= 64 {
            for entry in queue.entries where stages[entry.stageId]?.runId != entry.runId {
                problems.append("queued task \(entry.stageId).\(entry.partition) of an ended stage run \(entry.runId)")
                break
            }
        }
        return problems
    }
}
