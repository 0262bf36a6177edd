/// A map task's general partial aggregate as a `MemoryConsumer`: its spill writes the partial states as one run
/// of the map output (`SpilledShuffleRuns`) and starts again empty.
struct SpillingHashAggregator: MemoryConsumer {
    var aggregator: HashAggregator
    var runs: SpilledShuffleRuns
    let partitions: Int
    let directory: SpillDirectory?
    var reservedBytes: Int64 = 0

    init(_ aggregator: HashAggregator, partitions: Int, directory: SpillDirectory?) {
        self.aggregator = aggregator
        self.partitions = partitions
        self.directory = directory
        runs = SpilledShuffleRuns(partitions: partitions)
    }

    mutating func spill() throws -> SpillSize {
        guard let directory, aggregator.spillable, aggregator.groupCount > 0 else {
            return SpillSize(memoryBytes: 0, diskBytes: 0)
        }
        let held = aggregator.estimatedBytes
        let size = try runs.spill(aggregator.partialBatches(partitions: partitions), directory: directory)
        aggregator = aggregator.emptied()
        return SpillSize(memoryBytes: held, diskBytes: size.diskBytes)
    }
}
