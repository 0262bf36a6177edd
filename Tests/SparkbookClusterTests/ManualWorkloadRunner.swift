import Dispatch
import Foundation
import SparkbookCluster
import Synchronization

/// Runs a `SimulationWorkload` (fixed task times, stages one after another) through the live
/// `ClusterTaskScheduler` on a manual clock, in lock step with the simulator's order of events: at each 100 ms
/// instant, tasks due by then finish first (one at a time, in launch order, each followed by the placement it
/// causes), then the allocation round ticks. Task bodies block until the runner lets them finish, so only
/// the manual clock decides when a task ends.
final class ManualWorkloadRunner: Sendable {
    /// Which of the tasks due at the same instant finishes first (the simulator finishes them in launch order).
    enum FinishOrder: Sendable {
        case launchOrder, reverseLaunchOrder
    }

    private struct Board {
        var gates: [Int: DispatchSemaphore] = [:]
        var started = 0
        var driverDone = false
    }

    let harness: RuntimeHarness
    let workload: SimulationWorkload
    private let board = Mutex(Board())

    init(_ workload: SimulationWorkload) throws {
        self.workload = workload
        var options = ClusterRuntime.Options()
        options.appName = workload.appName
        harness = try RuntimeHarness(master: workload.master, workload.properties, options: options)
    }

    private static func key(stage: Int, partition: Int) -> Int { stage * 1_000_000 + partition }

    private func gate(_ key: Int) -> DispatchSemaphore {
        board.withLock { b in
            if let gate = b.gates[key] { return gate }
            let gate = DispatchSemaphore(value: 0)
            b.gates[key] = gate
            return gate
        }
    }

    /// Runs the whole workload and the idle time after it; returns the live timeline.
    func run(finishOrder: FinishOrder = .launchOrder) async throws -> [TimelineEntry] {
        let durations = workload.stages.map { stage -> Int64 in
            guard case .fixed(let seconds) = stage.taskTime else { preconditionFailure("fixed task times only") }
            return Int64((seconds * 1000).rounded())
        }
        precondition(durations.allSatisfy { $0 > 0 && $0 % 100 == 0 }, "task times on the 100 ms grid")
        let driver = Task { try await self.drive() }
        defer { harness.shutdown() }
        var now: Int64 = 0
        var endAt = Int64.max
        while now <= endAt {
            try await finishDueTasks(now: now, durations: durations, order: finishOrder)
            if now > 0 { harness.runtime.tick() }
            try await settle()
            if endAt == .max, let jobEnd = jobEndTime() {
                endAt = jobEnd + (workload.idleAfter ?? .seconds(10)).milliseconds
            }
            harness.clock.advance(by: .milliseconds(100))
            now += 100
        }
        try await driver.value
        return harness.runtime.timeline.entries
    }

    /// The job as the simulator plays it: job start, each stage in turn, job end, then its shuffles unreferenced.
    private func drive() async throws {
        let scheduler = harness.scheduler
        let names = Dictionary(uniqueKeysWithValues: workload.stages.enumerated().map { ($1.name, $0) })
        let read = Set(workload.stages.flatMap { $0.dependsOn.compactMap { names[$0] } })
        let shuffles = Dictionary(uniqueKeysWithValues: read.sorted().enumerated().map { ($1, $0) })
        scheduler.jobStarted(jobId: 0, stages: workload.stages.indices.map { JobStage(stageId: $0, shuffleId: shuffles[$0]) },
                             description: "simulated job")
        for (index, stage) in workload.stages.enumerated() {
            let descriptor = StageDescriptor(
                jobId: 0, stageId: index, name: stage.name, taskCount: stage.tasks, writesShuffle: shuffles[index],
                readsShuffles: stage.dependsOn.compactMap { names[$0].flatMap { shuffles[$0] } })
            try await scheduler.runStage(descriptor) { [self] context in
                let gate = gate(Self.key(stage: context.stageId, partition: context.partition))
                board.withLock { $0.started += 1 }
                gate.wait()
            }
        }
        scheduler.jobEnded(jobId: 0, succeeded: true)
        for shuffle in shuffles.values.sorted() { scheduler.shuffleUnreferenced(shuffle) }
        board.withLock { $0.driverDone = true }
    }

    private struct Running {
        let taskId: Int
        let stage: Int
        let partition: Int
        let launchedAt: Int64
    }

    /// Every event of the scheduler's operations so far: taking the scheduler's lock first waits for an
    /// operation still posting its events, so none is seen half-posted.
    private var events: [SparkListenerEvent] {
        _ = harness.runtime.snapshot()
        return harness.events
    }

    private func running() -> [Running] {
        var tasks: [Int: Running] = [:]
        let origin = harness.runtime.timeline.epochOffset
        for event in events {
            switch event {
            case .taskStart(let stage, _, let info):
                tasks[info.taskId] = Running(taskId: info.taskId, stage: stage, partition: info.index,
                                             launchedAt: info.launchTime - origin)
            case .taskEnd(_, _, _, let info, _, _):
                tasks[info.taskId] = nil
            default: break
            }
        }
        return tasks.values.sorted { $0.taskId < $1.taskId }
    }

    private func finishDueTasks(now: Int64, durations: [Int64], order: FinishOrder) async throws {
        while true {
            var due = running().filter { $0.launchedAt + durations[$0.stage] <= now }
            if order == .reverseLaunchOrder { due.reverse() }
            guard let next = due.first else { return }
            gate(Self.key(stage: next.stage, partition: next.partition)).signal()
            try await waitFor("task \(next.taskId) to end") { !self.running().contains { $0.taskId == next.taskId } }
            try await settle()
        }
    }

    /// Waits until every launched body has started and the job driver has reacted to the last stage end.
    private func settle() async throws {
        try await waitFor("the scheduler to settle") {
            let events = self.events
            let launched = events.count(where: { if case .taskStart = $0 { true } else { false } })
            let completed = Set(events.compactMap { if case .stageCompleted(let s) = $0 { s.stageId } else { nil } })
            let submitted = Set(events.compactMap { if case .stageSubmitted(let s) = $0 { s.stageId } else { nil } })
            let (started, done) = self.board.withLock { ($0.started, $0.driverDone) }
            guard started == launched else { return false }
            if completed.count == self.workload.stages.count { return done }
            return completed.isSubset(of: submitted) && submitted.count == completed.count + 1
        }
    }

    private func jobEndTime() -> Int64? {
        let origin = harness.runtime.timeline.epochOffset
        return events.lazy.compactMap { if case .jobEnd(_, let time, _) = $0 { time - origin } else { nil } }.first
    }

    private struct Timeout: Error, CustomStringConvertible {
        let description: String
    }

    private func waitFor(_ what: String, _ condition: @escaping () -> Bool) async throws {
        guard await eventually(condition) else { throw Timeout(description: "timed out waiting for \(what)") }
    }
}
