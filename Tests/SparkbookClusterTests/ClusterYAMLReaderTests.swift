import Foundation
import Testing
@testable import SparkbookCluster

/// Sparkbook's YAML form of a cluster description: every key, and every refusal naming file, line and key.
@Suite struct ClusterYAMLReaderTests {
    static func read(_ yaml: String) throws(ClusterManagerError) -> ClusterDescription {
        try ClusterDescription(yaml: yaml, file: "c.yaml")
    }

    /// The message of the error `yaml` raises (nil when it is accepted).
    static func refusal(_ yaml: String) -> String? {
        ClusterDescriptionFixtures.refusal { () throws(ClusterManagerError) in try read(yaml) }
    }

    @Test func readsEveryYARNKey() throws {
        let description = try Self.read("""
            manager: yarn
            nodes:
              - {count: 2, cores: 8, memory: 16g, name: big-}
              - count: 3
                cores: 4
                memory: 8192m
            executor-startup-time: 2500ms
            resource-calculator: dominant
            queues:
              - name: etl
                capacity: 60
                maximum-capacity: -1
                user-limit-factor: 2.5
                minimum-user-limit-percent: 25
                ordering-policy: fair
                disable-preemption: true
              - {name: bi, capacity: 40%, maximum-capacity: 50 %, user-limit-factor: -1}
            preemption:
              enabled: true
              monitoring-interval: 1s
              max-wait-before-kill: 10000ms
              total-preemption-per-round: 0.2
              max-ignored-over-capacity: 0
              natural-termination-factor: 0.5
            minimum-allocation: {memory: 512m}
            maximum-allocation: {memory: 16g, cores: 8}
            """)
        #expect(description == ClusterDescriptionFixtures.everyYARNKey(nodes: [NodeGroup(count: 2, resources: Resources(vcores: 8, memoryMiB: 16384), namePrefix: "big-"),
                    NodeGroup(count: 3, resources: Resources(vcores: 4, memoryMiB: 8192))]))
    }

    @Test func fillsYARNsDefaults() throws {
        let description = try Self.read("manager: yarn\nnodes: [{count: 1, cores: 2, memory: 4096}]")
        #expect(description.queues == [QueueDescription(name: "default", capacityPercent: 100)])
        #expect(description.resourceCalculator == .memory)
        #expect(description.preemption == .off)
        #expect(description.podBatch == nil)
        #expect(description.executorStartupTime == .seconds(3))
        #expect(description.allocationLimits == .yarnDefaults)
        #expect(description.nodes[0].resources.memoryMiB == 4096)
        let preemption = try Self.read("manager: yarn\nnodes: [{count: 1, cores: 2, memory: 4g}]\npreemption: {enabled: true}")
        #expect(preemption.preemption == PreemptionSettings(enabled: true))
    }

    @Test func acceptsHadoopsUnderscoredSpellings() throws {
        let description = try Self.read("""
            manager: yarn
            nodes: [{count: 1, cores: 2, memory: 4g}]
            queues: [{name: a, capacity: 100, disable_preemption: true}]
            preemption: {enabled: true, max_wait_before_kill: 5s}
            """)
        #expect(description.queues[0].preemptionDisabled)
        #expect(description.preemption.maxWaitBeforeKill == .seconds(5))
    }

    @Test func readsKubernetesNamespacesAndPodBatches() throws {
        let description = try Self.read("""
            manager: kubernetes
            nodes: [{count: 3, cores: 8, memory: 32g}]
            namespaces:
              - name: team-a
                quota: {cpu: 16, memory: 64g}
              - name: team-b
                quota: {cpu: 8000m, memory: 32Gi}
              - name: team-c
            pod-batch: {size: 5, delay: 2s}
            """)
        #expect(description.kind == .kubernetes)
        #expect(description.queues.map(\.name) == ["team-a", "team-b", "team-c"])
        #expect(description.queues[0].quotaVcores == 16 && description.queues[0].quotaMemoryMiB == 65536)
        #expect(description.queues[1].quotaVcores == 8 && description.queues[1].quotaMemoryMiB == 32768)
        #expect(description.queues[2].quotaVcores == nil && description.queues[2].quotaMemoryMiB == nil)
        #expect(description.podBatch == PodBatch(size: 5, delay: .seconds(2)))
        #expect(description.resourceCalculator == .dominant)
        #expect(description.executorStartupTime == .seconds(2))
        #expect(description.allocationLimits == nil)
        let defaults = try Self.read("manager: kubernetes\nnodes: [{count: 1, cores: 1, memory: 1g}]\nnamespaces: [{name: a}]")
        #expect(defaults.podBatch == PodBatch(size: 20, delay: .seconds(1)))
    }

    @Test func readsAStandalonePool() throws {
        let description = try Self.read("manager: standalone\nnodes: [{count: 2, cores: 4, memory: 8g}]")
        #expect(description.kind == .standalone)
        #expect(description.queues == [.default])
        #expect(description.totalResources == Resources(vcores: 8, memoryMiB: 16384))
        #expect(description.executorStartupTime == .seconds(1))
    }

    @Test(arguments: [
        // Unknown keys, with a did-you-mean at every level.
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nexecutor-startup-tme: 2s",
         "c.yaml:3: executor-startup-tme: unknown key; did you mean 'executor-startup-time'?"),
        ("manager: yarn\nnodes:\n  - count: 1\n    cores: 1\n    memroy: 1g",
         "c.yaml:5: nodes[1].memroy: unknown key; did you mean 'memory'?"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - name: etl\n    capacity: 100\n    maximum-capacty: 100",
         "c.yaml:6: queues.etl.maximum-capacty: unknown key; did you mean 'maximum-capacity'?"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\npreemption:\n  enabled: true\n  monitoring-intervall: 3s",
         "c.yaml:5: preemption.monitoring-intervall: unknown key; did you mean 'monitoring-interval'?"),
        // Values.
        ("manager: mesos\nnodes: [{count: 1, cores: 1, memory: 1g}]",
         "c.yaml:1: manager: must be one of yarn | kubernetes | standalone, got 'mesos'"),
        ("nodes: [{count: 1, cores: 1, memory: 1g}]", "c.yaml:1: manager: is required"),
        ("manager: yarn", "c.yaml:1: nodes: is required"),
        ("manager: yarn\nnodes: []", "c.yaml:2: nodes: needs at least one group of nodes"),
        ("manager: yarn\nnodes:\n  - {count: 0, cores: 1, memory: 1g}",
         "c.yaml:3: nodes[1].count: must be a whole number above 0, got '0'"),
        ("manager: yarn\nnodes:\n  - {count: 1, cores: 1}", "c.yaml:3: nodes[1].memory: is required"),
        ("manager: yarn\nnodes:\n  - {count: 1, cores: 1, memory: 1.5g}",
         "c.yaml:3: nodes[1].memory: must be a size such as 8g or 8192m, got '1.5g'"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nexecutor-startup-time: soon",
         "c.yaml:3: executor-startup-time: must be a duration such as 3s or 15000ms, got 'soon'"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nresource-calculator: drf",
         "c.yaml:3: resource-calculator: must be one of memory | dominant, got 'drf'"),
        ("manager: yarn\nnodes: {count: 1}", "c.yaml:2: nodes: expected a list (lines starting with '- ')"),
        ("manager: [yarn]\nnodes: [{count: 1, cores: 1, memory: 1g}]", "c.yaml:1: manager: expected a single value"),
        // Keys of another manager.
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nnamespaces: [{name: a}]",
         "c.yaml:3: namespaces: is for manager: kubernetes, not yarn"),
        ("manager: kubernetes\nnodes: [{count: 1, cores: 1, memory: 1g}]\nnamespaces: [{name: a}]\nqueues: []",
         "c.yaml:4: queues: is for manager: yarn, not kubernetes"),
        ("manager: kubernetes\nnodes: [{count: 1, cores: 1, memory: 1g}]", "c.yaml:1: namespaces: is required"),
        // Queues, validated as Hadoop does.
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - {name: a, capacity: 50}\n  - {name: b, capacity: 40}",
         "c.yaml:3: queues: the capacities of root's queues must add up to 100 %, but a 50 + b 40 = 90 %"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - name: a\n    capacity: 100\n    maximum-capacity: 50",
         "c.yaml:5: queues.a.capacity: queue root.a has capacity 100 % above its maximum-capacity 50 %; the guarantee must fit under the cap"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - name: a\n    capacity: 100\n    minimum-user-limit-percent: 120",
         "c.yaml:6: queues.a.minimum-user-limit-percent: must be a percentage between 0 and 100 for queue root.a, got 120"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - name: a\n    capacity: 100\n    maximum-capacity: 150",
         "c.yaml:6: queues.a.maximum-capacity: must be a percentage between 0 and 100 for queue root.a, got 150"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - name: a\n    capacity: 100\n    user-limit-factor: 0",
         "c.yaml:6: queues.a.user-limit-factor: must be above 0, or -1 for no limit, for queue root.a; got 0"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - {name: a, capacity: 50}\n  - {name: a, capacity: 50}",
         "c.yaml:5: queues.a.name: queue 'a' is defined twice under root"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - {capacity: 100}", "c.yaml:4: queues[1].name: is required"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - {name: a}", "c.yaml:4: queues.a.capacity: is required"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - {name: a, capacity: 100, ordering-policy: lifo}",
         "c.yaml:4: queues.a.ordering-policy: must be one of fifo | fair, got 'lifo'"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues: []",
         "c.yaml:3: queues: no queue is defined; root needs at least one leaf queue"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nqueues:\n  - {name: a, capacity: half}",
         "c.yaml:4: queues.a.capacity: must be a percentage such as 50, got 'half'"),
        // Preemption.
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\npreemption:\n  enabled: true\n  total-preemption-per-round: 10",
         "c.yaml:5: preemption.total-preemption-per-round: must be a fraction above 0 up to 1 (0.1 is 10 % of the cluster), got 10.0"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\npreemption:\n  enabled: true\n  monitoring-interval: 0s",
         "c.yaml:5: preemption.monitoring-interval: must be above 0"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\npreemption:\n  monitoring-interval: 1s",
         "c.yaml:3: preemption.enabled: is required"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\npreemption:\n  enabled: yes please",
         "c.yaml:4: preemption.enabled: must be true or false, got 'yes please'"),
        // Kubernetes.
        ("manager: kubernetes\nnodes: [{count: 1, cores: 1, memory: 1g}]\nnamespaces:\n  - name: a\n    quota: {cpu: 500m}",
         "c.yaml:5: namespaces.a.quota.cpu: must be whole cores such as 8 or 8000m, got '500m'"),
        ("manager: kubernetes\nnodes: [{count: 1, cores: 1, memory: 1g}]\nnamespaces: [{name: a}]\npod-batch:\n  delay: 100ms",
         "c.yaml:5: pod-batch.delay: must be more than 0.1s, as Spark requires"),
        ("manager: kubernetes\nnodes: [{count: 1, cores: 1, memory: 1g}]\nnamespaces:\n  - {name: a}\n  - {name: a}",
         "c.yaml:5: namespaces.a.name: namespace 'a' is defined twice"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nmaximum-allocation:\n  memory: 512m",
         "c.yaml:3: maximum-allocation: the maximum allocation <memory:512, vCores:4> is below the minimum <memory:1024, vCores:1>"),
        ("manager: yarn\nnodes: [{count: 1, cores: 1, memory: 1g}]\nminimum-allocation:\n  vcores: 1",
         "c.yaml:4: minimum-allocation.vcores: unknown key; did you mean 'cores'?"),
        // YAML itself.
        ("manager: yarn\nnodes: [{count: 1\n", "c.yaml:3: (YAML): not valid YAML: did not find expected ',' or '}'"),
        ("manager: yarn\nnodes:\n\t- count: 4",
         "c.yaml:3: (YAML): not valid YAML: found character that cannot start any token (YAML indents with spaces, not tabs)"),
        ("manager: yarn\nmanager: kubernetes", "c.yaml:1: manager: is written twice in the same mapping"),
        ("", "c.yaml: manager: the file is empty; it needs at least manager and nodes"),
        ("- yarn", "c.yaml:1: (top level): expected a mapping of keys to values"),
    ] as [(String, String)])
    func refusesWithFileLineAndKey(yaml: String, message: String) {
        #expect(Self.refusal(yaml) == message)
    }

    @Test func readsQueuesFromHadoopsFileNamedInTheYAML() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try CapacitySchedulerReaderTests.configuration([
            ("yarn.scheduler.capacity.root.queues", "a,b"),
            ("yarn.scheduler.capacity.root.a.capacity", "70"),
            ("yarn.scheduler.capacity.root.b.capacity", "30"),
            ("yarn.nodemanager.resource.memory-mb", "2048"),
        ]).write(to: folder.appendingPathComponent("cs.xml"), atomically: true, encoding: .utf8)
        let yamlPath = folder.appendingPathComponent("c.yaml").path
        let description = try ClusterDescription(yaml: """
            manager: yarn
            capacity-scheduler: cs.xml
            nodes: [{count: 6, cores: 2, memory: 4g}]
            executor-startup-time: 1s
            """, file: yamlPath)
        #expect(description.queues.map(\.name) == ["a", "b"])
        #expect(description.nodes == [NodeGroup(count: 6, resources: Resources(vcores: 2, memoryMiB: 4096))])
        #expect(description.executorStartupTime == .seconds(1))
        let withoutNodes = try ClusterDescription(yaml: "manager: yarn\ncapacity-scheduler: cs.xml", file: yamlPath)
        #expect(withoutNodes.nodes == [NodeGroup(count: 1, resources: Resources(vcores: 8, memoryMiB: 2048))])
        do {
            _ = try ClusterDescription(yaml: "manager: yarn\ncapacity-scheduler: cs.xml\nqueues: []", file: yamlPath)
            Issue.record("accepted queues in both files")
        } catch {
            #expect(error.message == "\(yamlPath):3: queues: comes from the capacity-scheduler file named on line 2; set it there, not in both")
        }
        do {
            _ = try ClusterDescription(yaml: "manager: yarn\ncapacity-scheduler: missing.xml", file: yamlPath)
            Issue.record("accepted a missing file")
        } catch {
            #expect(error.message == "\(yamlPath):2: (file): cannot read \(folder.path)/missing.xml")
        }
    }
}
