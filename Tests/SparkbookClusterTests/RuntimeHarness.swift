import Dispatch
import Foundation
import SparkbookCluster
import Synchronization

/// Starts a `ClusterRuntime` on a manual clock with manual ticking and records every listener event, so tests
/// drive allocation tick by tick with no real waiting.
final class RuntimeHarness: Sendable {
    let clock: ManualClock
    let runtime: ClusterRuntime
    private let recorder = EventRecorder()

    /// `clock`: a clock shared with something else on the same cluster (neighbour teams).
    init(master: String? = nil, _ properties: [String: String] = [:], timeScale: TimeScale = .realTime,
         options: ClusterRuntime.Options = ClusterRuntime.Options(), clock: ManualClock = ManualClock()) throws {
        self.clock = clock
        var properties = properties
        if properties[ClusterManagerProfile.startupTimeKey] == nil {
            properties[ClusterManagerProfile.startupTimeKey] = "0ms"
        }
        var options = options
        options.ticking = .manual
        options.wallClockOrigin = options.wallClockOrigin ?? 1_700_000_000_000
        options.consoleProgress = false
        runtime = try ClusterRuntime.start(
            master: master, properties: properties, clock: clock, timeScale: timeScale, listeners: [recorder],
            options: options)
    }

    /// Dynamic allocation on the embedded cluster with the given bounds.
    static func dynamic(min: Int, max: Int, initial: Int? = nil, _ extra: [String: String] = [:],
                        options: ClusterRuntime.Options = ClusterRuntime.Options(),
                        clock: ManualClock = ManualClock()) throws -> RuntimeHarness {
        var properties = extra
        properties["spark.dynamicAllocation.enabled"] = "true"
        properties["spark.dynamicAllocation.minExecutors"] = String(min)
        properties["spark.dynamicAllocation.maxExecutors"] = String(max)
        if let initial { properties["spark.dynamicAllocation.initialExecutors"] = String(initial) }
        return try RuntimeHarness(properties, options: options, clock: clock)
    }

    var scheduler: ClusterTaskScheduler { runtime.clusterScheduler }

    /// Every event delivered so far (flushes the bus first).
    var events: [SparkListenerEvent] {
        runtime.bus.flush()
        return recorder.events
    }

    var addedExecutors: [String] {
        events.compactMap { if case .executorAdded(let info) = $0 { info.id } else { nil } }
    }

    var removedExecutors: [String] {
        events.compactMap { if case .executorRemoved(let id, _, _) = $0 { id } else { nil } }
    }

    /// Moves the clock by `ms`, ticking every 100 ms on the way; returns executors added at each tick.
    @discardableResult
    func advance(ms: Int64, onTick: (ClockTime) -> Void = { _ in }) -> [Int] {
        var perTick: [Int] = []
        var left = ms
        while left > 0 {
            let step = min(100, left)
            clock.advance(by: .milliseconds(step))
            left -= step
            let before = addedExecutors.count
            runtime.tick()
            perTick.append(addedExecutors.count - before)
            onTick(clock.now)
        }
        return perTick
    }

    /// Runs a stage in the background and returns once it is submitted; its outcome arrives through the task.
    func startStage(jobId: Int = 0, stageId: Int = 0, tasks: Int, writesShuffle: Int? = nil,
                    body: @escaping @Sendable (TaskContext) throws -> Void) async -> Task<Void, any Error> {
        let scheduler = self.scheduler
        let stage = StageDescriptor(jobId: jobId, stageId: stageId, name: "stage \(stageId)", taskCount: tasks,
                                    writesShuffle: writesShuffle)
        let task = Task { try await scheduler.runStage(stage, task: body) }
        _ = await eventually {
            events.contains { if case .stageSubmitted(let info) = $0 { info.stageId == stageId } else { false } }
        }
        return task
    }

    func shutdown() { runtime.shutdown() }
}

/// Keeps every event it is given.
final class EventRecorder: SparkListener {
    private let storage = Mutex<[SparkListenerEvent]>([])

    func onEvent(_ event: SparkListenerEvent) { storage.withLock { $0.append(event) } }

    var events: [SparkListenerEvent] { storage.withLock { $0 } }
}

/// Holds task bodies until opened, so a backlog stays put while the test ticks the clock.
final class TaskGate: Sendable {
    private let open = Mutex(false)
    private let semaphore = DispatchSemaphore(value: 0)
    private let waiting = Mutex(0)

    func wait() {
        if open.withLock({ $0 }) { return }
        waiting.withLock { $0 += 1 }
        semaphore.wait()
        semaphore.signal()  // let the next waiter through once opened
    }

    func release() {
        open.withLock { $0 = true }
        semaphore.signal()
    }
}

/// Polls `condition` every millisecond for up to two seconds (scheduling happens on other threads).
func eventually(_ condition: () -> Bool) async -> Bool {
    for _ in 0..<2000 {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(1))
    }
    return condition()
}
