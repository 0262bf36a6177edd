import Dispatch
import Foundation
import Synchronization

/// The threads of one executor: one per task slot, each taking launched tasks from the executor's inbox.
/// Task bodies are synchronous CPU work, so real threads (not the cooperative pool) run them.
final class ExecutorWorker: Sendable {
    let id: String
    private let inbox = Mutex<(tasks: [TaskLaunch], stopping: Bool)>(([], false))
    private let available = DispatchSemaphore(value: 0)
    private let finished = DispatchGroup()
    private let slots: Int

    init(id: String, slots: Int, run: @escaping @Sendable (TaskLaunch) -> Void) {
        self.id = id
        self.slots = slots
        for slot in 0..<slots {
            finished.enter()
            let thread = Thread { [self] in
                while let launch = self.next() { run(launch) }
                self.finished.leave()
            }
            thread.name = "executor-\(id)-slot-\(slot)"
            thread.start()
        }
    }

    func submit(_ launch: TaskLaunch) {
        inbox.withLock { $0.tasks.append(launch) }
        available.signal()
    }

    /// Lets the threads finish what they were given, then exit.
    func stop() {
        inbox.withLock { $0.stopping = true }
        for _ in 0..<slots { available.signal() }
    }

    /// The executor is lost: tasks handed over but not started are dropped; bodies already running finish (a
    /// thread cannot be killed) and their results are discarded by the scheduler.
    func abandon() {
        inbox.withLock { $0.tasks.removeAll(); $0.stopping = true }
        for _ in 0..<slots { available.signal() }
    }

    /// Waits for every thread to exit (call after `stop`).
    func join() {
        finished.wait()
    }

    private func next() -> TaskLaunch? {
        available.wait()
        return inbox.withLock { box in
            if !box.tasks.isEmpty { return box.tasks.removeFirst() }
            return nil
        }
    }
}

/// A task handed to an executor slot: the core's placement with the stage's body.
struct TaskLaunch: Sendable {
    let task: TaskPlacement
    let body: @Sendable (TaskContext) throws -> Void
    /// The stage run's kill flag.
    let interruption: TaskInterruption

    var taskId: Int { task.taskId }
    var runId: Int { task.runId }
    var jobId: Int { task.jobId }
    var stageId: Int { task.stageId }
    var partition: Int { task.partition }
    var attempt: Int { task.attempt }
    var stageAttempt: Int { task.stageAttempt }
    var executorId: String { task.executorId }
    var host: String { task.host }
    var launchTime: ClockTime { task.launchTime }
    var writesShuffle: Int? { task.writesShuffle }
    var taskType: String { task.taskType }
}
