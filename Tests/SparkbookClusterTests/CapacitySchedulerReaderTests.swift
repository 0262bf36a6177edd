import Foundation
import Testing
@testable import SparkbookCluster

/// Hadoop's `capacity-scheduler.xml` (with `yarn-site.xml`) read as is.
@Suite struct CapacitySchedulerReaderTests {
    /// A Hadoop configuration file, one `<property>` per 4 lines starting on line 3.
    static func configuration(_ properties: [(String, String)]) -> String {
        "<?xml version=\"1.0\"?>\n<configuration>\n"
            + properties.map { "<property>\n  <name>\($0.0)</name>\n  <value>\($0.1)</value>\n</property>\n" }.joined()
            + "</configuration>\n"
    }

    static func read(_ properties: [(String, String)]) throws(ClusterManagerError) -> ClusterDescription {
        try ClusterDescription(capacitySchedulerXML: Data(configuration(properties).utf8), file: "cs.xml")
    }

    static func refusal(_ properties: [(String, String)]) -> String? {
        ClusterDescriptionFixtures.refusal { () throws(ClusterManagerError) in try read(properties) }
    }

    static let twoQueues: [(String, String)] = [("yarn.scheduler.capacity.root.queues", "etl, bi"),
                            ("yarn.scheduler.capacity.root.etl.capacity", "60"),
                            ("yarn.scheduler.capacity.root.bi.capacity", "40")]

    @Test func readsEveryKey() throws {
        let description = try Self.read(Self.twoQueues + [
            ("yarn.scheduler.capacity.root.etl.maximum-capacity", "-1"),
            ("yarn.scheduler.capacity.root.etl.user-limit-factor", "2.5"),
            ("yarn.scheduler.capacity.root.etl.minimum-user-limit-percent", "25"),
            ("yarn.scheduler.capacity.root.etl.ordering-policy", "fair"),
            ("yarn.scheduler.capacity.root.etl.disable_preemption", "true"),
            ("yarn.scheduler.capacity.root.bi.maximum-capacity", "50"),
            ("yarn.scheduler.capacity.root.bi.user-limit-factor", "-1"),
            ("yarn.scheduler.capacity.root.bi.acl_submit_applications", "*"),
            ("yarn.scheduler.capacity.resource-calculator", "org.apache.hadoop.yarn.util.resource.DominantResourceCalculator"),
            ("yarn.resourcemanager.scheduler.monitor.enable", "true"),
            ("yarn.resourcemanager.monitor.capacity.preemption.monitoring_interval", "1000"),
            ("yarn.resourcemanager.monitor.capacity.preemption.max_wait_before_kill", "10000"),
            ("yarn.resourcemanager.monitor.capacity.preemption.total_preemption_per_round", "0.2"),
            ("yarn.resourcemanager.monitor.capacity.preemption.max_ignored_over_capacity", "0"),
            ("yarn.resourcemanager.monitor.capacity.preemption.natural_termination_factor", "0.5"),
            ("yarn.nodemanager.resource.memory-mb", "16384"),
            ("yarn.nodemanager.resource.cpu-vcores", "8"),
            ("sparkbook.cluster.nodes", "2"),
            ("sparkbook.cluster.executor-startup-time", "2500ms"),
            ("yarn.scheduler.minimum-allocation-mb", "512"),
            ("yarn.scheduler.maximum-allocation-mb", "16384"),
            ("yarn.scheduler.maximum-allocation-vcores", "8"),
        ])
        #expect(description == ClusterDescriptionFixtures.everyYARNKey(nodes: [NodeGroup(count: 2, resources: Resources(vcores: 8, memoryMiB: 16384))]))
    }

    /// The keys of the `capacity-scheduler.xml` Hadoop ships, those Sparkbook does not model accepted as written.
    @Test func readsHadoopsShippedFileAndFillsItsDefaults() throws {
        let description = try Self.read([
            ("yarn.scheduler.capacity.maximum-applications", "10000"),
            ("yarn.scheduler.capacity.maximum-am-resource-percent", "0.1"),
            ("yarn.scheduler.capacity.resource-calculator", "org.apache.hadoop.yarn.util.resource.DefaultResourceCalculator"),
            ("yarn.scheduler.capacity.root.queues", "default"),
            ("yarn.scheduler.capacity.root.default.capacity", "100"),
            ("yarn.scheduler.capacity.root.default.user-limit-factor", "1"),
            ("yarn.scheduler.capacity.root.default.maximum-capacity", "100"),
            ("yarn.scheduler.capacity.root.default.state", "RUNNING"),
            ("yarn.scheduler.capacity.root.default.acl_submit_applications", "*"),
            ("yarn.scheduler.capacity.root.default.acl_administer_queue", "*"),
            ("yarn.scheduler.capacity.root.default.acl_application_max_priority", "*"),
            ("yarn.scheduler.capacity.node-locality-delay", "40"),
            ("yarn.scheduler.capacity.queue-mappings", ""),
            ("yarn.scheduler.capacity.queue-mappings-override.enable", "false"),
            ("yarn.scheduler.capacity.per-node-heartbeat.maximum-offswitch-assignments", "1"),
        ])
        #expect(description == ClusterDescription(
            kind: .yarn, nodes: [NodeGroup(count: 1, resources: Resources(vcores: 8, memoryMiB: 8192))],
            queues: [.default], resourceCalculator: .memory, preemption: .off, executorStartupTime: .seconds(3),
            allocationLimits: .yarnDefaults))
    }

    @Test func turnsWeightsIntoShares() throws {
        let description = try Self.read([("yarn.scheduler.capacity.root.queues", "a,b"),
                                         ("yarn.scheduler.capacity.root.a.capacity", "3w"),
                                         ("yarn.scheduler.capacity.root.b.capacity", "1.0w")])
        #expect(description.queues.map(\.capacityPercent) == [75, 25])
    }

    @Test(arguments: [
        ([("yarn.scheduler.capacity.root.queues", "a,b"), ("yarn.scheduler.capacity.root.a.capacity", "50"),
          ("yarn.scheduler.capacity.root.b.capacity", "40")],
         "cs.xml:3: yarn.scheduler.capacity.root.queues: the capacities of root's queues must add up to 100 %, but a 50 + b 40 = 90 %"),
        ([("yarn.scheduler.capacity.root.queues", "a"), ("yarn.scheduler.capacity.root.a.capacity", "100"),
          ("yarn.scheduler.capacity.root.a.maximum-capacity", "80")],
         "cs.xml:7: yarn.scheduler.capacity.root.a.capacity: queue root.a has capacity 100 % above its maximum-capacity 80 %; the guarantee must fit under the cap"),
        ([("yarn.scheduler.capacity.root.queues", "a"), ("yarn.scheduler.capacity.root.a.capacity", "100"),
          ("yarn.scheduler.capacity.root.a.minimum-user-limit-percent", "-5")],
         "cs.xml:11: yarn.scheduler.capacity.root.a.minimum-user-limit-percent: must be a percentage between 0 and 100 for queue root.a, got -5"),
        ([("yarn.scheduler.capacity.root.queues", "a"), ("yarn.scheduler.capacity.root.a.capacity", "100"),
          ("yarn.scheduler.capacity.root.a.capacty", "100")],
         "cs.xml:11: yarn.scheduler.capacity.root.a.capacty: unknown setting; did you mean yarn.scheduler.capacity.root.a.capacity?"),
        ([("yarn.scheduler.capacity.root.queues", "a,b")],
         "cs.xml:3: yarn.scheduler.capacity.root.queues: lists a, but yarn.scheduler.capacity.root.a.capacity is not set"),
        ([("yarn.scheduler.capacity.root.queues", "prod"), ("yarn.scheduler.capacity.root.prod.capacity", "100"),
          ("yarn.scheduler.capacity.root.prod.queues", "etl,bi")],
         "cs.xml:11: yarn.scheduler.capacity.root.prod.queues: makes root.prod a parent of etl,bi; Sparkbook models leaf queues directly under root only. Write the leaves under root (e.g. root.prod_…) with capacities that are shares of the whole cluster"),
        ([("yarn.scheduler.capacity.root.queues", "a"), ("yarn.scheduler.capacity.root.a.capacity", "[memory=1024,vcores=1]")],
         "cs.xml:7: yarn.scheduler.capacity.root.a.capacity: absolute resources ('[memory=1024,vcores=1]') are not supported; write a percentage of the cluster"),
        ([("yarn.scheduler.capacity.root.queues", "a,b"), ("yarn.scheduler.capacity.root.a.capacity", "2w"),
          ("yarn.scheduler.capacity.root.b.capacity", "50")],
         "cs.xml:11: yarn.scheduler.capacity.root.b.capacity: is a percentage while a sibling's capacity is a weight (like 2w); use one mode under root"),
        ([("yarn.scheduler.capacity.root.queues", "a"), ("yarn.scheduler.capacity.root.a.capacity", "100"),
          ("yarn.scheduler.capacity.root.a.ordering-policy", "priority-utilization")],
         "cs.xml:11: yarn.scheduler.capacity.root.a.ordering-policy: must be fifo or fair, got 'priority-utilization'"),
        ([("yarn.scheduler.capacity.root.default.capacity", "100"),
          ("yarn.scheduler.capacity.resource-calculator", "org.example.MyCalculator")],
         "cs.xml:7: yarn.scheduler.capacity.resource-calculator: must be org.apache.hadoop.yarn.util.resource.DefaultResourceCalculator or org.apache.hadoop.yarn.util.resource.DominantResourceCalculator, got 'org.example.MyCalculator'"),
        ([("yarn.scheduler.capacity.root.default.capacity", "100"),
          ("yarn.resourcemanager.monitor.capacity.preemption.total_preemption_per_round", "10")],
         "cs.xml:7: yarn.resourcemanager.monitor.capacity.preemption.total_preemption_per_round: must be a fraction above 0 up to 1 (0.1 is 10 % of the cluster), got 10.0"),
        ([("yarn.scheduler.capacity.root.default.capacity", "100"),
          ("yarn.resourcemanager.scheduler.monitor.enable", "yes")],
         "cs.xml:7: yarn.resourcemanager.scheduler.monitor.enable: must be true or false, got 'yes'"),
        ([("yarn.scheduler.capacity.root.default.capacity", "100"), ("yarn.nodemanager.resource.memory-mb", "-1")],
         "cs.xml:7: yarn.nodemanager.resource.memory-mb: must be a whole number above 0, got '-1'"),
        ([("yarn.scheduler.capacity.root.default.capacity", "100"), ("sparkbook.cluster.executor-startup-time", "soon")],
         "cs.xml:7: sparkbook.cluster.executor-startup-time: must be a duration in milliseconds such as 3000 (or 3s), got 'soon'"),
        ([("yarn.scheduler.capacity.root.default.capacity", "100"), ("yarn.scheduler.minimum-allocation-mb", "10240")],
         "cs.xml:7: yarn.scheduler.minimum-allocation-mb: the maximum allocation <memory:8192, vCores:4> is below the minimum <memory:10240, vCores:1>"),
    ] as [([(String, String)], String)])
    func refusesWithFileLineAndKey(properties: [(String, String)], message: String) {
        #expect(Self.refusal(properties) == message)
    }

    @Test func readsYarnSiteBesideItAndRefusesConflicts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scheduler = folder.appendingPathComponent("capacity-scheduler.xml")
        try Self.configuration(Self.twoQueues).write(to: scheduler, atomically: true, encoding: .utf8)
        let site = folder.appendingPathComponent("yarn-site.xml")
        try Self.configuration([("yarn.resourcemanager.scheduler.monitor.enable", "true"),
                                ("yarn.nodemanager.resource.cpu-vcores", "4")])
            .write(to: site, atomically: true, encoding: .utf8)
        let description = try CapacitySchedulerReader.load(path: scheduler.path)
        #expect(description.preemption.enabled)
        #expect(description.nodes[0].resources.vcores == 4)
        try Self.configuration([("yarn.scheduler.capacity.root.etl.capacity", "50")])
            .write(to: site, atomically: true, encoding: .utf8)
        #expect(throws: ClusterManagerError(
            code: .invalidClusterFile, key: "yarn.scheduler.capacity.root.etl.capacity",
            message: "\(scheduler.path):7: yarn.scheduler.capacity.root.etl.capacity: is '60' here but '50' in "
                + "\(site.path):3; set it in one file")) {
            try CapacitySchedulerReader.load(path: scheduler.path)
        }
    }
}
