import Foundation
import Testing
@testable import SparkbookCluster

/// The resource manager core tick by tick: a profile's single queue (what `ExecutorProvisioner` did before),
/// Capacity Scheduler queues, user limits, preemption, Kubernetes quotas and batches, and its invariants.
struct ResourceManagerTests {
    // MARK: One application on a profile's cluster

    func dedicated(_ master: String, capacity: Int, batch: Int? = nil, startup: ClockDuration = .zero) throws
        -> DedicatedResourceManager {
        var properties = [ClusterManagerProfile.capacityKey: String(capacity),
                          ClusterManagerProfile.startupTimeKey: "\(startup.milliseconds)ms"]
        if let batch { properties["spark.kubernetes.allocation.batch.size"] = String(batch) }
        let profile = try ClusterManagerProfile.resolve(master: master, properties: properties)
        return try profile.dedicatedResourceManager(appName: "app", user: "u", timeScale: .realTime, now: .zero)
    }

    @Test func executorsRegisterAfterTheStartupTime() throws {
        var rm = try dedicated("yarn", capacity: 10, startup: .seconds(2))
        rm.requestTotal(3, now: .zero)
        #expect(rm.allocate(now: .zero).launched.isEmpty)
        #expect(rm.starting.count == 3)
        #expect(rm.allocate(now: ClockTime(milliseconds: 1999)).launched.isEmpty)
        #expect(rm.allocate(now: ClockTime(milliseconds: 2000)).launched.map(\.id) == ["1", "2", "3"])
        #expect(rm.running == ["1", "2", "3"])
    }

    @Test func requestsBeyondCapacityWaitUntilSomethingLeaves() throws {
        var rm = try dedicated("sparkbook", capacity: 2)
        rm.requestTotal(5, now: .zero)
        #expect(rm.allocate(now: .zero).launched.map(\.id) == ["0", "1"])
        #expect(rm.waiting == 3)
        rm.release("0", now: .zero)
        #expect(rm.allocate(now: .zero).launched.map(\.id) == ["2"])
        #expect(rm.waiting == 2)
    }

    /// As Spark's standalone master and YARN allocator: a lower total cancels requests not yet granted, while
    /// launched (starting) executors still come up and register.
    @Test func loweringTheTargetCancelsWaitingButStartingExecutorsComeUp() throws {
        var rm = try dedicated("yarn", capacity: 3, startup: .seconds(1))
        rm.requestTotal(1, now: .zero)
        _ = rm.allocate(now: .zero)
        _ = rm.allocate(now: ClockTime(milliseconds: 1000))
        rm.requestTotal(5, now: ClockTime(milliseconds: 1000))
        _ = rm.allocate(now: ClockTime(milliseconds: 1000))
        #expect((rm.running.count, rm.starting.count, rm.waiting) == (1, 2, 2))
        #expect(rm.requestTotal(2, now: ClockTime(milliseconds: 1000)).isEmpty)
        #expect((rm.running.count, rm.starting.count, rm.waiting) == (1, 2, 0))
        #expect(rm.requestTotal(0, now: ClockTime(milliseconds: 1000)).isEmpty)
        #expect(rm.allocate(now: ClockTime(milliseconds: 2000)).launched.map(\.id) == ["2", "3"])
        #expect(rm.running == ["1", "2", "3"])
    }

    /// The seed's settings on `local-cluster`: 4 initial executors launch at start; the first job lowers the target
    /// to 2 before they are up, and all 4 still register (the driver releases 2 once idle).
    @Test func initialExecutorsAllRegisterWhenTheFirstJobLowersTheTarget() throws {
        var rm = try dedicated("local-cluster[4,1,1024]", capacity: 4, startup: .seconds(1))
        rm.requestTotal(4, now: .zero)
        _ = rm.allocate(now: .zero)
        rm.requestTotal(2, now: ClockTime(milliseconds: 200))
        #expect(rm.allocate(now: ClockTime(milliseconds: 1000)).launched.count == 4)
    }

    @Test func aLostExecutorIsReplacedUpToTheDesiredTotalAKilledOneIsNot() throws {
        var rm = try dedicated("sparkbook", capacity: 4)
        rm.requestTotal(2, now: .zero)
        _ = rm.allocate(now: .zero)
        // The driver lowers its total, then kills an idle executor: nothing replaces it.
        rm.requestTotal(1, now: .zero)
        rm.release("0", now: .zero)
        #expect(rm.allocate(now: .zero).launched.isEmpty)
        rm.executorLost("1", now: .zero)
        #expect(rm.allocate(now: .zero).launched.map(\.id) == ["2"])
    }

    @Test func kubernetesRequestsPodsInBatches() throws {
        var rm = try dedicated("k8s://https://api", capacity: 50, batch: 2)
        rm.requestTotal(5, now: .zero)
        #expect(rm.allocate(now: .zero).launched.count == 2)
        #expect(rm.allocate(now: ClockTime(milliseconds: 500)).launched.isEmpty)
        #expect(rm.nextEventTime == ClockTime(milliseconds: 1000))
        #expect(rm.allocate(now: ClockTime(milliseconds: 1000)).launched.count == 2)
        #expect(rm.allocate(now: ClockTime(milliseconds: 2000)).launched.count == 1)
        #expect(rm.running.count == 5)
    }

    @Test func executorsSpreadRoundRobinOverTheProfilesHosts() throws {
        var rm = try dedicated("yarn", capacity: 4)
        rm.requestTotal(4, now: .zero)
        #expect(rm.allocate(now: .zero).launched.map(\.host) == ["node-1", "node-2", "node-3", "node-4"])
    }

    // MARK: Shared cluster: YARN Capacity Scheduler

    /// 4 nodes of 4 cores and 8 GiB (16 executors of one core and 2 GiB), queues etl 50 %, analytics 30 %,
    /// adhoc 20 %, each elastic to 100 %.
    static func shared(preemption: Bool = false, userLimitFactor: Double? = nil) -> ResourceManager {
        let queues = [("etl", 50.0), ("analytics", 30.0), ("adhoc", 20.0)].map {
            QueueDescription(name: $0.0, capacityPercent: $0.1, userLimitFactor: userLimitFactor)
        }
        return ResourceManager(description: ClusterDescription(
            kind: .yarn, nodes: [NodeGroup(count: 4, resources: Resources(vcores: 4, memoryMiB: 8192))],
            queues: queues, resourceCalculator: .dominant, preemption: PreemptionSettings(enabled: preemption)))
    }

    static let executor = Resources(vcores: 1, memoryMiB: 2048)

    /// Containers granted to the application, starting or running.
    func granted(_ rm: ResourceManager, _ id: String) -> [String] {
        rm.starting(of: id).map(\.id) + rm.running(of: id)
    }

    static func submit(_ rm: inout ResourceManager, _ queue: String, user: String = "u", at now: ClockTime = .zero)
        throws -> String {
        try rm.submit(name: queue, queue: queue, user: user, executorSize: executor, executorNaming: .counting(from: 1),
                      now: now)
    }

    @Test func aQueueAloneGrowsToItsMaximumThenFreedCapacityGoesToTheQueueFurthestBelowItsGuarantee() throws {
        var rm = Self.shared()
        let etl = try Self.submit(&rm, "etl")
        rm.requestTotal(20, for: etl, now: .zero)
        rm.advance(now: .zero)
        #expect(granted(rm, etl).count == 16)
        #expect(rm.waiting(of: etl) == 4)
        let analytics = try Self.submit(&rm, "analytics")
        let adhoc = try Self.submit(&rm, "adhoc")
        rm.requestTotal(10, for: analytics, now: .zero)
        rm.requestTotal(10, for: adhoc, now: .zero)
        // etl gives back executors one by one: analytics (0/30 %) and adhoc (0/20 %) are served in turn by
        // their used/guaranteed ratio, etl (over its guarantee) gets nothing back.
        var order: [String] = []
        for n in 1...8 {
            let victim = granted(rm, etl).last!
            rm.release(executor: victim, of: etl, now: ClockTime(milliseconds: Int64(n)))
            let before = (granted(rm, analytics).count, granted(rm, adhoc).count)
            rm.advance(now: ClockTime(milliseconds: Int64(n)))
            order.append(granted(rm, analytics).count > before.0 ? "analytics"
                         : granted(rm, adhoc).count > before.1 ? "adhoc" : "etl")
        }
        #expect(order == ["analytics", "adhoc", "analytics", "adhoc", "analytics", "analytics", "adhoc", "analytics"])
        #expect(granted(rm, analytics).count == 5 && granted(rm, adhoc).count == 3)
        rm.checkInvariants()
    }

    @Test func aUnknownQueueIsRefusedWithTheQueuesThatExist() {
        var rm = Self.shared()
        let error = #expect(throws: ResourceManagerError.self) { try Self.submit(&rm, "marketing") }
        #expect(error?.message.contains("unknown queue: marketing") == true)
        #expect(error?.message.contains("etl, analytics, adhoc") == true)
    }

    @Test func userLimitFactorOneKeepsAUserAtTheQueuesCapacity() throws {
        var rm = Self.shared(userLimitFactor: 1)
        let etl = try Self.submit(&rm, "etl")
        rm.requestTotal(16, for: etl, now: .zero)
        rm.advance(now: .zero)
        // 50 % of 16 executors; YARN lets a user under its limit take one more container, so 8 exactly.
        #expect(granted(rm, etl).count == 8)
    }

    @Test func twoUsersOfOneQueueShareItByMinimumUserLimitPercent() throws {
        var description = Self.shared().description
        description.queues[0] = QueueDescription(name: "etl", capacityPercent: 50, maximumCapacityPercent: 50,
                                                 userLimitFactor: 1, minimumUserLimitPercent: 50)
        var rm = ResourceManager(description: description)
        let a = try Self.submit(&rm, "etl", user: "ana")
        let b = try Self.submit(&rm, "etl", user: "bo")
        rm.requestTotal(8, for: a, now: .zero)
        rm.requestTotal(8, for: b, now: .zero)
        rm.advance(now: .zero)
        #expect(granted(rm, a).count == 4)
        #expect(granted(rm, b).count == 4)
    }

    @Test func anExecutorLargerThanEveryNodeStaysPendingAndSaysWhy() throws {
        var rm = Self.shared()
        let id = try rm.submit(name: "big", queue: "etl", user: "u", executorSize: Resources(vcores: 1, memoryMiB: 9000),
                               executorNaming: .counting(from: 1), now: .zero)
        rm.requestTotal(2, for: id, now: .zero)
        rm.advance(now: .zero)
        #expect(rm.waiting(of: id) == 2)
        #expect(rm.blockedReason(of: id)?.contains("no node is that large") == true)
        #expect(rm.blockedReason(of: id)?.contains("<memory:8192, vCores:4>") == true)
    }

    @Test func finishingReclaimsEverythingForTheOthers() throws {
        var rm = Self.shared()
        let etl = try Self.submit(&rm, "etl")
        let adhoc = try Self.submit(&rm, "adhoc")
        rm.requestTotal(16, for: etl, now: .zero)
        rm.advance(now: .zero)
        rm.requestTotal(4, for: adhoc, now: .zero)
        rm.advance(now: .zero)
        #expect(granted(rm, adhoc).isEmpty)
        rm.finish(etl, now: ClockTime(milliseconds: 5))
        rm.advance(now: ClockTime(milliseconds: 5))
        #expect(granted(rm, adhoc).count == 4)
        #expect(rm.usage.applications.first { $0.id == etl }?.finishedAt == ClockTime(milliseconds: 5))
        rm.checkInvariants()
    }

    // MARK: Preemption

    /// Runs etl alone on all 16 executors, then analytics asking for 8 at 1 s, to `until`; returns the times at
    /// which analytics got each executor and what etl was preempted.
    static func preemptionRun(_ settings: PreemptionSettings, until: ClockTime) throws
        -> (grants: [ClockTime], preempted: [String], rm: ResourceManager) {
        var description = Self.shared().description
        description.preemption = settings
        var rm = ResourceManager(description: description)
        let etl = try Self.submit(&rm, "etl")
        rm.requestTotal(16, for: etl, now: .zero)
        rm.advance(now: .zero)
        _ = rm.takeUpdates(for: etl)
        let analytics = try Self.submit(&rm, "analytics", at: .seconds(1))
        rm.requestTotal(8, for: analytics, now: .seconds(1))
        var grants: [ClockTime] = []
        var preempted: [String] = []
        var t = ClockTime.seconds(1)
        while t <= until {
            rm.advance(now: t)
            for p in rm.takeUpdates(for: etl).preempted {
                preempted.append(p.executorId)
                #expect(p.reason.hasPrefix("Container container_0_0001_01_"))
                #expect(p.reason.hasSuffix("was preempted."))
                rm.executorLost(p.executorId, of: etl, now: t)
            }
            let have = rm.starting(of: analytics).count + rm.running(of: analytics).count
            while grants.count < have { grants.append(t) }
            #expect(rm.starting(of: etl).count + rm.running(of: etl).count >= 8, "etl below its guarantee at \(t)")
            t = t + .milliseconds(100)
        }
        rm.checkInvariants()
        return (grants, preempted, rm)
    }

    @Test func preemptionWithHadoopsDefaultsTakesOneContainerPerWaitOnASmallCluster() throws {
        // Each 3 s round asks etl for 20 % of its excess over its ideal share (0.375 of the cluster): 0.075, one
        // 0.0625 container (a second would not fit in the round's 10 %). The same container is selected round
        // after round and dies 15 s after its first selection; then the next one is selected.
        let run = try Self.preemptionRun(PreemptionSettings(enabled: true), until: .seconds(80))
        #expect(run.grants == [.seconds(18), .seconds(36), .seconds(54), .seconds(72)])
        #expect(run.preempted.count == 4)
        #expect(run.rm.usage.decisions.contains { $0.kind == .preemptionMarked && $0.detail == "for queue analytics" })
    }

    @Test func aRoundSmallerThanOneExecutorNeverPreemptsAndSaysWhy() throws {
        // 16 executors of 6.25 %: a round of 5 % can take none of them, as in YARN.
        let run = try Self.preemptionRun(PreemptionSettings(enabled: true, totalPreemptionPerRound: 0.05),
                                         until: .seconds(40))
        #expect(run.grants.isEmpty)
        let stalled = run.rm.usage.decisions.filter { $0.kind == .preemptionStalled }
        #expect(stalled.count == 1)
        #expect(stalled.first?.queue == "etl")
        #expect(stalled.first?.detail == "each container (<memory:2048, vCores:1>) is more than a round may take: "
            + "total-preemption-per-round 0.05 of the cluster is <memory:1638, vCores:0>; raise it")
    }

    @Test func aLargerTerminationFactorAndRoundShareReclaimTheGuaranteeWithinTheWaitPlusARound() throws {
        // natural_termination_factor 1 and 30 % a round: the first round selects 4 containers (a fifth would not
        // fit), all killed 15 s later; analytics has 4 executors at 18 s, its guarantee (4.8) a round later.
        let run = try Self.preemptionRun(
            PreemptionSettings(enabled: true, totalPreemptionPerRound: 0.3, naturalTerminationFactor: 1),
            until: .seconds(120))
        #expect(run.grants.prefix(4) == [.seconds(18), .seconds(18), .seconds(18), .seconds(18)])
        #expect(run.grants.count >= 5)
        // Once each queue is at its ideal share, nothing goes back and forth between them.
        #expect(!run.rm.usage.decisions.contains { $0.queue == "analytics" && $0.kind == .preemptionMarked })
    }

    @Test func withoutPreemptionAStarvedQueueWaitsForReleases() throws {
        var rm = Self.shared(preemption: false)
        let etl = try Self.submit(&rm, "etl")
        rm.requestTotal(16, for: etl, now: .zero)
        rm.advance(now: .zero)
        let analytics = try Self.submit(&rm, "analytics")
        rm.requestTotal(8, for: analytics, now: .zero)
        rm.advance(now: .seconds(60))
        #expect(granted(rm, analytics).isEmpty)
        #expect(rm.takeUpdates(for: etl).preempted.isEmpty)
    }

    // MARK: Kubernetes quotas

    @Test func aPodOverItsNamespaceQuotaIsRefusedAndRetriedNextBatch() throws {
        var rm = ResourceManager(description: ClusterDescription(
            kind: .kubernetes, nodes: [NodeGroup(count: 2, resources: Resources(vcores: 8, memoryMiB: 32768))],
            queues: [QueueDescription(name: "team-a", capacityPercent: 0, quotaVcores: 3, quotaMemoryMiB: 65536)],
            resourceCalculator: .dominant, podBatch: PodBatch(size: 20, delay: .seconds(1))))
        let id = try rm.submit(name: "a", queue: "team-a", user: "u", executorSize: Self.executor,
                               executorNaming: .counting(from: 1), now: .zero)
        rm.requestTotal(5, for: id, now: .zero)
        rm.advance(now: .zero)
        #expect(granted(rm, id).count == 3)
        #expect(rm.waiting(of: id) == 2)
        let refusal = try #require(rm.usage.decisions.last { $0.kind == .refused })
        #expect(refusal.detail == "pods is forbidden: exceeded quota: team-a-quota, requested: requests.cpu=1, "
            + "used: requests.cpu=3, limited: requests.cpu=3")
        #expect(rm.nextEventTime(for: id) == .seconds(1))
        rm.release(executor: "1", of: id, now: .milliseconds(500))
        rm.advance(now: .milliseconds(500))
        #expect(granted(rm, id).count == 2)
        rm.advance(now: .seconds(1))
        #expect(granted(rm, id).count == 3)
    }

    @Test func theShippedPreemptionClusterReclaimsWithinTheWaitPlusARoundAndSettles() throws {
        let description = try ClusterDescription.load(
            path: ResourceManagerDescriptionFormsTests.conf + "/cluster-shared-preemption.yaml")
        var rm = ResourceManager(description: description)
        let size = try ExecutorSize(properties: [:]).resources
        let etl = try rm.submit(name: "etl", queue: "etl", user: "e", executorSize: size,
                                executorNaming: .counting(from: 1), now: .zero)
        rm.requestTotal(20, for: etl, now: .zero)
        rm.advance(now: .zero)
        let analytics = try rm.submit(name: "analytics", queue: "analytics", user: "a", executorSize: size,
                                      executorNaming: .counting(from: 1), now: .seconds(1))
        rm.requestTotal(20, for: analytics, now: .seconds(1))
        var reached: ClockTime?
        var t = ClockTime.seconds(1)
        while t <= .seconds(120) {
            rm.advance(now: t)
            for id in [etl, analytics] {
                for p in rm.takeUpdates(for: id).preempted { rm.executorLost(p.executorId, of: id, now: t) }
            }
            if reached == nil, rm.starting(of: analytics).count + rm.running(of: analytics).count >= 6 { reached = t }
            t = t + .milliseconds(100)
        }
        // Demand at 1 s, the first round at 3 s selects 7 (35 % of 20), killed 15 s later: the guarantee (6) at
        // 18 s, the wait plus one round after the demand. Then the two queues sit at their ideal shares (13 and
        // 7 of 20): no container goes back and forth.
        #expect(reached == .seconds(18))
        #expect(rm.running(of: analytics).count + rm.starting(of: analytics).count == 7)
        #expect(!rm.usage.decisions.contains { $0.queue == "analytics" && $0.kind == .preemptionMarked })
    }

    @Test func theInvariantsCatchANodeOrQueueOverItsCapacity() throws {
        var rm = Self.shared()
        let etl = try Self.submit(&rm, "etl")
        rm.requestTotal(3, for: etl, now: .zero)
        rm.advance(now: .zero)
        #expect(rm.invariantViolations().isEmpty)
        var overNode = rm
        overNode.nodeUsed[0] += Resources(vcores: 8, memoryMiB: 0)
        #expect(overNode.invariantViolations().contains { $0.contains("node node-1 has <memory:2048, vCores:9> granted") })
        var lostTrack = rm
        lostTrack.queueUsed["etl"] = .zero
        #expect(lostTrack.invariantViolations().contains { $0.hasPrefix("queue etl counts <memory:0, vCores:0> used") })
    }

    // MARK: Usage log

    @Test func theUsageLogStaysBoundedOverALongBusyRun() throws {
        var rm = Self.shared()
        let etl = try Self.submit(&rm, "etl")
        rm.requestTotal(4, for: etl, now: .zero)
        rm.advance(now: .zero)
        // A busy application reports a new backlog every 100 ms round: ten hours of it.
        for round in 1...360_000 where round % 10 == 0 {
            rm.report(busyExecutors: 4, pendingTasks: round % 97, of: etl, now: .milliseconds(Int64(round) * 100))
        }
        #expect(rm.usage.samples.count <= UsageLog.retainedSamples + 1)
        let report = FairnessReport(log: rm.usage, end: .seconds(36_000))
        let granted = try #require(report.applications.first?.grantedExecutorMillis)
        #expect(granted == Int64(4 * 36_000_000), "\(granted)")
    }

    @Test func theUsageLogRecordsEachChangeOnce() throws {
        var rm = Self.shared()
        let etl = try Self.submit(&rm, "etl")
        rm.requestTotal(2, for: etl, now: .zero)
        rm.advance(now: .zero)
        rm.advance(now: .milliseconds(100))
        rm.report(busyExecutors: 2, pendingTasks: 7, of: etl, now: .milliseconds(200))
        rm.report(busyExecutors: 2, pendingTasks: 7, of: etl, now: .milliseconds(300))
        let samples = rm.usage.samples.filter { $0.applicationId == etl }
        #expect(samples.map(\.granted) == [0, 0, 2, 2])
        #expect(samples.last?.pendingTasks == 7)
        #expect(samples.last?.time == .milliseconds(200))
        #expect(rm.decisionCount == 2)
    }
}

private extension ClockTime {
    static func seconds(_ value: Int64) -> ClockTime { ClockTime(milliseconds: value * 1000) }
    static func milliseconds(_ value: Int64) -> ClockTime { ClockTime(milliseconds: value) }
}

/// The shipped cluster in its two forms, Sparkbook's YAML and Hadoop's capacity-scheduler.xml + yarn-site.xml,
/// must make the same decisions, not only parse to the same description.
struct ResourceManagerDescriptionFormsTests {
    static let conf = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("conf").path

    /// Three teams arrive, ask, give back and leave; returns every decision with its time.
    static func script(_ description: ClusterDescription) throws -> [String] {
        var rm = ResourceManager(description: description, timeScale: TimeScale(factor: 0.001))
        let executor = try ExecutorSize(properties: [:]).resources
        func submit(_ queue: String, _ at: Int64) throws -> String {
            try rm.submit(name: queue, queue: queue, user: queue, executorSize: executor,
                          executorNaming: .counting(from: 1), now: ClockTime(milliseconds: at))
        }
        let etl = try submit("etl", 0)
        rm.requestTotal(30, for: etl, now: .zero)
        rm.advance(now: .zero)
        let analytics = try submit("analytics", 10)
        let adhoc = try submit("adhoc", 10)
        rm.requestTotal(8, for: analytics, now: ClockTime(milliseconds: 10))
        rm.requestTotal(8, for: adhoc, now: ClockTime(milliseconds: 10))
        for (n, executor) in rm.running(of: etl).suffix(9).enumerated() {
            let now = ClockTime(milliseconds: 20 + Int64(n))
            rm.release(executor: executor, of: etl, now: now)
            rm.advance(now: now)
        }
        rm.finish(etl, now: ClockTime(milliseconds: 40))
        rm.advance(now: ClockTime(milliseconds: 40))
        rm.checkInvariants()
        return rm.usage.decisions.map {
            "\($0.time) \($0.kind.rawValue) \($0.applicationId) \($0.queue) \($0.executorId ?? "-") \($0.host ?? "-")"
        }
    }

    @Test func yamlAndCapacitySchedulerXMLGiveTheSameGrants() throws {
        let yaml = try ClusterDescription.load(path: Self.conf + "/cluster-shared.yaml")
        let xml = try ClusterDescription.load(path: Self.conf + "/capacity-scheduler.xml")
        let fromYAML = try Self.script(yaml)
        #expect(fromYAML == (try Self.script(xml)))
        // 20 executors of 1g + 384m (2048 MiB containers) on 4 nodes of 10 GiB: etl alone takes all 20; as etl
        // gives 9 back, analytics and adhoc are served by their used/guaranteed ratio.
        #expect(fromYAML.filter { $0.contains(" granted ") && $0.contains(" etl ") }.count == 20)
        #expect(fromYAML.filter { $0.contains(" granted ") && $0.contains(" analytics ") }.count == 8)
        #expect(fromYAML.filter { $0.contains(" granted ") && $0.contains(" adhoc ") }.count == 8)
    }
}
