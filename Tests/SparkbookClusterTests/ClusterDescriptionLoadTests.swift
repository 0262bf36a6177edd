import Foundation
import Testing
@testable import SparkbookCluster

/// `ClusterDescription.load(path:)` and the descriptions shipped in `conf/`.
@Suite struct ClusterDescriptionLoadTests {
    static func conf(_ name: String) -> String {
        SimulationRunTests.repoRoot.appendingPathComponent("conf").appendingPathComponent(name).path
    }

    static let shared = ClusterDescription(
        kind: .yarn, nodes: [NodeGroup(count: 4, resources: Resources(vcores: 5, memoryMiB: 10240))],
        queues: [QueueDescription(name: "etl", capacityPercent: 50, maximumCapacityPercent: 100, userLimitFactor: nil),
                 QueueDescription(name: "analytics", capacityPercent: 30, maximumCapacityPercent: 100, userLimitFactor: nil),
                 QueueDescription(name: "adhoc", capacityPercent: 20, maximumCapacityPercent: 100, userLimitFactor: nil)],
        resourceCalculator: .dominant, preemption: .off, executorStartupTime: .seconds(2),
        allocationLimits: .yarnDefaults)

    @Test func theSharedYAMLAndHadoopsFilesDescribeTheSameCluster() throws {
        let yaml = try ClusterDescription.load(path: Self.conf("cluster-shared.yaml"))
        let xml = try ClusterDescription.load(path: Self.conf("capacity-scheduler.xml"))
        #expect(yaml == Self.shared)
        #expect(xml == yaml)
    }

    @Test func thePreemptionVariantDiffersOnlyInPreemption() throws {
        var expected = Self.shared
        expected.preemption.enabled = true
        expected.preemption.totalPreemptionPerRound = 0.35
        expected.preemption.naturalTerminationFactor = 1
        #expect(try ClusterDescription.load(path: Self.conf("cluster-shared-preemption.yaml")) == expected)
    }

    @Test func theKubernetesExampleHasTwoQuotas() throws {
        let description = try ClusterDescription.load(path: Self.conf("cluster-k8s-quotas.yaml"))
        #expect(description.kind == .kubernetes)
        #expect(description.queues.map(\.name) == ["team-etl", "team-analytics"])
        #expect(description.queues.map(\.quotaVcores) == [16, 8])
        #expect(description.queues.map(\.quotaMemoryMiB) == [65536, 32768])
        #expect(description.podBatch == PodBatch())
        #expect(description.totalResources == Resources(vcores: 24, memoryMiB: 98304))
    }

    @Test func choosesTheFormByExtensionAndNamesThePath() {
        #expect(throws: ClusterManagerError(code: .invalidClusterFile, key: "(file)", message:
            "cluster.conf: (file): a cluster description ends in .yaml or .yml (Sparkbook's form) or .xml "
                + "(Hadoop's capacity-scheduler.xml)")) {
            try ClusterDescription.load(path: "cluster.conf")
        }
        #expect(throws: ClusterManagerError(code: .invalidClusterFile, key: "(file)", message:
            "/nonexistent/c.yml: (file): cannot read the cluster description")) {
            try ClusterDescription.load(path: "/nonexistent/c.yml")
        }
        #expect(throws: ClusterManagerError(code: .invalidClusterFile, key: "(file)", message:
            "/nonexistent/cs.xml: (file): cannot read /nonexistent/cs.xml")) {
            try ClusterDescription.load(path: "/nonexistent/cs.xml")
        }
    }
}
