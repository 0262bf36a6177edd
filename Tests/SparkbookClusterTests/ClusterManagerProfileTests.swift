import Foundation
import SparkbookCluster
import Testing

@Suite struct ClusterManagerProfileTests {
    @Test func embeddedDefaultOffersMoreSlotsThanCores() throws {
        let profile = try ClusterManagerProfile.resolve(master: nil, properties: [:])
        #expect(profile.capacity == 32)
        #expect(profile.supportsDynamicAllocation)
        // Embedded executors are threads: they start at once unless sparkbook.executor.startupTime says otherwise.
        #expect(profile.startupTime == .zero)
        #expect(profile.summary == "sparkbook: up to 32 executors of 1 core, external shuffle service available")
        let slow = try ClusterManagerProfile.resolve(master: nil, properties: ["sparkbook.executor.startupTime": "1s"])
        #expect(slow.startupTime == .seconds(1))
    }

    @Test func localModeIsOneDriverExecutor() throws {
        let profile = try ClusterManagerProfile.resolve(master: "local[4]", properties: [:])
        #expect(!profile.supportsDynamicAllocation)
        #expect(profile.capacity == 1 && profile.executorCores == 4)
        #expect(profile.executorId(forIndex: 0) == "driver")
    }

    @Test func localClusterIsWorkersTimesCores() throws {
        let whole = try ClusterManagerProfile.resolve(master: "local-cluster[3,4,1024]", properties: [:])
        #expect(whole.capacity == 3 && whole.executorCores == 4 && whole.defaultInstances == 3)
        let split = try ClusterManagerProfile.resolve(master: "local-cluster[3,4,1024]",
                                                      properties: ["spark.executor.cores": "2"])
        #expect(split.capacity == 6 && split.executorCores == 2)
        #expect(split.executorId(forIndex: 0) == "0")
    }

    /// Spark refuses at start an executor heap larger than a worker; an executor with more cores than a worker
    /// has is accepted by Spark and never starts, which the profile says (the scheduler fails the job with it).
    @Test func localClusterExecutorsMustFitAWorker() throws {
        #expect(throws: ClusterManagerError(code: .noExecutorFits, key: "spark.executor.memory",
                                            message: "Asked to launch cluster with 1024 MiB/worker but requested 2048 MiB/executor")) {
            try ClusterManagerProfile.resolve(master: "local-cluster[2,1,1024]", properties: ["spark.executor.memory": "2g"])
        }
        let fits = try ClusterManagerProfile.resolve(master: "local-cluster[2,1,1024]", properties: ["spark.executor.memory": "1g"])
        #expect(fits.noExecutorFits == nil && fits.capacity == 2)
        let tooWide = try ClusterManagerProfile.resolve(master: "local-cluster[2,1,1024]",
                                                        properties: ["spark.executor.cores": "4"])
        #expect(tooWide.capacity == 0)
        #expect(tooWide.noExecutorFits?.hasPrefix("No executor can start: spark.executor.cores=4 is more than the 1 core "
                                                  + "of each worker of local-cluster[2,1,1024].") == true)
        #expect(tooWide.noExecutorFits?.contains("(local-cluster[2,4,1024])") == true)
    }

    /// A replay of a recorded run gives each executor its own start-up and first-task delay, in launch order.
    @Test func startupTimesMayBeListedOnePerExecutor() throws {
        let listed = try ClusterManagerProfile.resolve(
            master: "local-cluster[2,1,1024]",
            properties: ["sparkbook.executor.startupTime": "3s, 500ms", "sparkbook.executor.firstTaskDelay": "2s"])
        #expect(listed.startupSchedule == [.seconds(3), .milliseconds(500)] && listed.startupTime == .milliseconds(500))
        #expect(listed.firstTaskDelays == [.seconds(2)])
        #expect(listed.clusterDescription.executorStartupSchedule == [.seconds(3), .milliseconds(500)])
        let single = try ClusterManagerProfile.resolve(master: "local-cluster[2,1,1024]",
                                                       properties: ["sparkbook.executor.startupTime": "3s"])
        #expect(single.startupSchedule.isEmpty && single.startupTime == .seconds(3))
        #expect(throws: ClusterManagerError.self) {
            try ClusterManagerProfile.resolve(master: "local-cluster[2,1,1024]",
                                              properties: ["sparkbook.executor.startupTime": "3s,soon"])
        }
    }

    @Test func yarnAndKubernetesReadTheClusterFile() throws {
        let file = ClusterFile(capacity: 7, executorStartupTime: .milliseconds(1500), hosts: 3)
        let yarn = try ClusterManagerProfile.resolve(master: "yarn", properties: [:], clusterFile: file)
        #expect(yarn.capacity == 7 && yarn.startupTime == .milliseconds(1500) && yarn.externalShuffleServiceAvailable)
        #expect(yarn.executorId(forIndex: 0) == "1" && yarn.host(forIndex: 4) == "node-2")
        let k8s = try ClusterManagerProfile.resolve(
            master: "k8s://https://api:6443", properties: ["spark.kubernetes.allocation.batch.size": "5"],
            clusterFile: file)
        #expect(k8s.requestBatch?.size == 5 && k8s.requestBatch?.delay == .seconds(1))
        #expect(!k8s.externalShuffleServiceAvailable)
        #expect(throws: ClusterManagerError.self) {
            try ClusterManagerProfile.resolve(master: "k8s://https://api:6443",
                                              properties: ["spark.shuffle.service.enabled": "true"])
        }
    }

    @Test func startupTimeIsConfigurable() throws {
        let profile = try ClusterManagerProfile.resolve(master: "yarn",
                                                        properties: [ClusterManagerProfile.startupTimeKey: "250ms"])
        #expect(profile.startupTime == .milliseconds(250))
    }

    // MARK: Described clusters

    static let sharedYAML = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("conf/cluster-shared.yaml").path

    @Test func aDescribedClusterHoldsAsManyExecutorsAsItsNodesFitOfTheApplicationsSize() throws {
        let profile = try ClusterManagerProfile.resolve(
            master: "yarn", properties: [ClusterManagerProfile.sparkbookClusterFileKey: Self.sharedYAML])
        // 1g + 384m rounded up to YARN's 1024 MiB minimum allocation: 2048 MiB, 5 per 10 GiB node, 4 nodes.
        #expect(profile.capacity == 20)
        #expect(profile.executorSize == Resources(vcores: 1, memoryMiB: 1408))
        #expect(profile.startupTime == .seconds(2))
        #expect(profile.clusterDescription.queues.map(\.name) == ["etl", "analytics", "adhoc"])
        let bigger = try ClusterManagerProfile.resolve(
            master: "yarn", properties: [ClusterManagerProfile.sparkbookClusterFileKey: Self.sharedYAML,
                                         "spark.executor.memory": "3g"])
        // 3g + 384m = 3456 MiB, a 4096 MiB container: 2 per node.
        #expect(bigger.capacity == 8)
    }

    @Test func theQueueMustExistOnADescribedClusterAndTheMasterMustMatchItsManager() throws {
        let profile = try ClusterManagerProfile.resolve(
            master: "yarn", properties: [ClusterManagerProfile.sparkbookClusterFileKey: Self.sharedYAML])
        let refused = #expect(throws: ClusterManagerError.self) {
            try profile.dedicatedResourceManager(appName: "a", queue: "default", user: "ana", timeScale: .realTime,
                                                 now: .zero)
        }
        #expect(refused?.message == "Application submitted by user ana to unknown queue: default (queues: etl, analytics, adhoc)")
        let etl = try profile.dedicatedResourceManager(appName: "a", queue: "etl", user: "ana", timeScale: .realTime,
                                                       now: .zero)
        #expect(etl.capacity == 20)
        let mismatch = #expect(throws: ClusterManagerError.self) {
            try ClusterManagerProfile.resolve(
                master: "k8s://https://api", properties: [ClusterManagerProfile.sparkbookClusterFileKey: Self.sharedYAML])
        }
        #expect(mismatch?.message.contains("describes a yarn cluster, but the master is k8s://https://api") == true)
    }
}
