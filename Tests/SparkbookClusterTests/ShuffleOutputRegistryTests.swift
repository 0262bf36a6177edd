import SparkbookCluster
import Testing

@Suite struct ShuffleOutputRegistryTests {
    @Test func executorRemovalLosesOnlyOutputItHeldItself() {
        var registry = ShuffleOutputRegistry()
        registry.record(shuffleId: 4, mapPartition: 0, location: .init(executorId: "1", host: "h", external: false))
        registry.record(shuffleId: 4, mapPartition: 1, location: .init(executorId: "2", host: "h", external: false))
        registry.record(shuffleId: 5, mapPartition: 0, location: .init(executorId: "1", host: "h", external: true))
        #expect(registry.shuffles(heldBy: "1") == [4])
        #expect(registry.executorRemoved("1") == [4: [0]])
        #expect(registry.locations(of: 4).keys.sorted() == [1])
        #expect(registry.locations(of: 5).count == 1)  // served by the external shuffle service
        registry.shuffleCleaned(4)
        #expect(registry.shuffles(heldBy: "2").isEmpty)
    }
}
