/// A map task's partial aggregate as a `MemoryConsumer`: it reserves what its groups hold after each batch or
/// block, and its spill writes the partial states as one run of the map output (`SpilledShuffleRuns`) and starts
/// again empty. One wrapper for the general and the typed aggregate.
struct SpillingPartialAggregator<Aggregate: SpillablePartialAggregate>: MemoryConsumer {
    var aggregator: Aggregate
    var runs: SpilledShuffleRuns
    let partitions: Int
    let directory: SpillDirectory?
    var reservedBytes: Int64 = 0

    init(_ aggregator: Aggregate, partitions: Int, directory: SpillDirectory?) {
        self.aggregator = aggregator
        self.partitions = partitions
        self.directory = directory
        runs = SpilledShuffleRuns(partitions: partitions)
    }

    mutating func spill() throws -> SpillSize {
        guard let directory, aggregator.spillable, aggregator.groupCount > 0 else {
            return SpillSize(memoryBytes: 0, diskBytes: 0)
        }
        let held = aggregator.heldBytes
        let size = try runs.spill(aggregator.spillRun(partitions: partitions), directory: directory)
        aggregator = aggregator.emptied()
        return SpillSize(memoryBytes: held, diskBytes: size.diskBytes)
    }

    /// Keeps the reservation covering the groups, spilling when the task's share cannot.
    mutating func reserve(_ memory: TaskMemory?) throws {
        guard let memory else { return }
        try memory.reserve(aggregator.heldBytes, for: &self)
    }
}
