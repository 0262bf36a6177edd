import Testing
@testable import SparkbookCluster

/// YARN's container normalisation and maximum, with Hadoop's defaults (1024 MiB / 1 vcore up to 8192 / 4).
@Suite struct AllocationLimitsTests {
    @Test(arguments: [
        // A default Spark executor (1g + 384 MiB) occupies a 2048 MiB container.
        (Resources(vcores: 1, memoryMiB: 1408), ResourceCalculator.memory, Resources(vcores: 1, memoryMiB: 2048)),
        // DefaultResourceCalculator books one vcore per container, whatever the executor asks.
        (Resources(vcores: 4, memoryMiB: 4505), .memory, Resources(vcores: 1, memoryMiB: 5120)),
        (Resources(vcores: 4, memoryMiB: 4505), .dominant, Resources(vcores: 4, memoryMiB: 5120)),
        (Resources(vcores: 1, memoryMiB: 100), .dominant, Resources(vcores: 1, memoryMiB: 1024)),
        (Resources(vcores: 2, memoryMiB: 2048), .dominant, Resources(vcores: 2, memoryMiB: 2048)),
    ] as [(Resources, ResourceCalculator, Resources)])
    func roundsRequestsUpToTheMinimum(request: Resources, calculator: ResourceCalculator, container: Resources) {
        #expect(AllocationLimits.yarnDefaults.container(for: request, calculator: calculator) == container)
    }

    @Test func aDescriptionWithoutLimitsGrantsTheRequest() {
        var description = ClusterDescription(kind: .kubernetes, nodes: [], queues: [.default])
        #expect(description.container(for: Resources(vcores: 1, memoryMiB: 1408)) == Resources(vcores: 1, memoryMiB: 1408))
        description.allocationLimits = AllocationLimits(minimum: Resources(vcores: 1, memoryMiB: 512))
        #expect(description.container(for: Resources(vcores: 1, memoryMiB: 1408)) == Resources(vcores: 1, memoryMiB: 1536))
    }

    @Test func saysWhyAnOversizedExecutorIsRefused() {
        let limits = AllocationLimits.yarnDefaults
        #expect(limits.refusal(for: Resources(vcores: 4, memoryMiB: 8192)) == nil)
        #expect(limits.refusal(for: Resources(vcores: 4, memoryMiB: 9011)) == "the executor container needs 9011 MiB, "
            + "above the cluster's maximum allocation of 8192 MiB (yarn.scheduler.maximum-allocation-mb)")
        #expect(limits.refusal(for: Resources(vcores: 5, memoryMiB: 2048)) == "the executor container needs 5 vcores, "
            + "above the cluster's maximum allocation of 4 (yarn.scheduler.maximum-allocation-vcores)")
        #expect(limits.conflict == nil)
    }
}
