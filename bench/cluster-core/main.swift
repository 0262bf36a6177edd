import Foundation
import SparkbookCluster

// How many allocation decisions the cluster core sustains on the virtual clock (`make bench-cluster`).
//
// 1. One application, the whole core (policy, application scheduler, resource manager) through the simulator:
//    a 200,000-task job on a 1,000-executor YARN cluster. Decisions: the timeline's entries (target changes,
//    executors added and removed, each with its cause).
// 2. Many applications on one resource manager (the cluster service's and the neighbours' core): 64
//    applications in 8 queues on 500 nodes, each changing its desired total every few virtual seconds and giving
//    executors back, with YARN preemption on. Decisions: the usage log's grants, releases, marks, kills.
// Figures are wall-clock on this machine, printed with the machine and the commit; no peer runs the same
// state machine, so there are no ratios.

func wallSeconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func oneApplication() throws {
    let workload = SimulationWorkload(
        appName: "bench", master: "yarn",
        properties: ["spark.dynamicAllocation.enabled": "true", "spark.dynamicAllocation.maxExecutors": "1000",
                     "spark.dynamicAllocation.shuffleTracking.enabled": "true", "spark.executor.cores": "4"],
        cluster: ClusterFile(capacity: 1000, executorStartupTime: .seconds(3), hosts: 100),
        stages: [
            .init(name: "scan", tasks: 150_000, taskTime: .normal(meanSeconds: 2, stddevSeconds: 1)),
            .init(name: "aggregate", tasks: 50_000, taskTime: .normal(meanSeconds: 1, stddevSeconds: 0.5),
                  dependsOn: ["scan"]),
        ], seed: 7)
    var result: SimulationResult?
    let seconds = try wallSeconds { result = try AllocationSimulator(workload: workload).run() }
    let r = result!
    print(String(format: "one application: %d tasks, %d decisions, %.0f virtual s in %.2f wall s: "
                 + "%.0f decisions/s, %.0f task events/s, virtual/wall %.0fx",
                 r.tasksRun, r.timeline.count, Double(r.totalDuration.milliseconds) / 1000, seconds,
                 Double(r.timeline.count) / seconds, Double(r.tasksRun) / seconds,
                 Double(r.totalDuration.milliseconds) / 1000 / seconds))
}

func manyApplications() throws {
    let queues = (1...8).map { QueueDescription(name: "team\($0)", capacityPercent: 12.5, userLimitFactor: nil) }
    var rm = ResourceManager(description: ClusterDescription(
        kind: .yarn, nodes: [NodeGroup(count: 500, resources: Resources(vcores: 16, memoryMiB: 65536))],
        queues: queues, resourceCalculator: .dominant, preemption: PreemptionSettings(enabled: true),
        executorStartupTime: .seconds(3)))
    let executor = Resources(vcores: 4, memoryMiB: 8192)
    var apps: [String] = []
    for n in 0..<64 {
        apps.append(try rm.submit(name: "app\(n)", queue: "team\(n % 8 + 1)", user: "user\(n % 16)",
                                  executorSize: executor, executorNaming: .counting(from: 1), now: .zero))
    }
    var seed: UInt64 = 42
    func next(_ bound: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(bound))
    }
    let hour: Int64 = 3_600_000
    var rounds = 0
    let seconds = wallSeconds {
        var t: Int64 = 0
        while t < hour {
            let now = ClockTime(milliseconds: t)
            // Every application acts every ~5 virtual seconds, staggered: a new total, and idle executors back.
            for (index, id) in apps.enumerated() where (t / 100 + Int64(index)) % 50 == 0 {
                rm.requestTotal(next(120), for: id, now: now)
                for executor in rm.running(of: id).prefix(next(4)) { rm.release(executor: executor, of: id, now: now) }
                rm.report(busyExecutors: next(40), pendingTasks: next(400), of: id, now: now)
            }
            rm.advance(now: now)
            for id in apps {
                for preempted in rm.takeUpdates(for: id).preempted { rm.executorLost(preempted.executorId, of: id, now: now) }
            }
            rounds += 1
            t += 100
        }
    }
    rm.checkInvariants()
    print(String(format: "64 applications, 8 queues, 500 nodes, preemption on: %d decisions in %d rounds "
                 + "(1 virtual hour) in %.2f wall s: %.0f decisions/s, %.0f rounds/s",
                 rm.decisionCount, rounds, seconds, Double(rm.decisionCount) / seconds, Double(rounds) / seconds))
}

let commit = (try? String(contentsOfFile: ".git/HEAD", encoding: .utf8)).map { head -> String in
    let ref = head.trimmingCharacters(in: .whitespacesAndNewlines)
    guard ref.hasPrefix("ref: ") else { return String(ref.prefix(7)) }
    let path = ".git/" + ref.dropFirst(5)
    return (try? String(contentsOfFile: path, encoding: .utf8)).map { String($0.prefix(7)) } ?? "?"
} ?? "?"
let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
    .split(separator: "\n").first { $0.hasPrefix("model name") }?
    .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
print("cluster core benchmark, commit \(commit), \(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores")
try oneApplication()
try manyApplications()
