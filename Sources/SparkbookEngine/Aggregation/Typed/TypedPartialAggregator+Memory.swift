/// The typed partial aggregator as a `MemoryConsumer` (see there): its bytes estimated from its group count, and
/// a spill that writes its partial states as one run of the map output and starts again empty.
struct SpillingTypedPartialAggregator: MemoryConsumer {
    var aggregator: TypedPartialAggregator
    var runs: SpilledShuffleRuns
    let partitions: Int
    let directory: SpillDirectory?
    var reservedBytes: Int64 = 0

    init(_ aggregator: TypedPartialAggregator, partitions: Int, directory: SpillDirectory?) {
        self.aggregator = aggregator
        self.partitions = partitions
        self.directory = directory
        runs = SpilledShuffleRuns(partitions: partitions)
    }

    /// Bytes the groups hold: key codes, a hash slot, each call's typed state, with the slack of growing arrays.
    var estimatedBytes: Int64 {
        let plan = aggregator.plan
        let perGroup = plan.keyColumns.count * 8 + 16 + plan.calls.count * 17
        return Int64(aggregator.groupCount * perGroup) * 3 / 2
    }

    mutating func spill() throws -> SpillSize {
        guard let directory, !aggregator.plan.keyColumns.isEmpty, aggregator.groupCount > 0 else {
            return SpillSize(memoryBytes: 0, diskBytes: 0)
        }
        if aggregator.overflowed { throw ValueArithmetic.overflow("add") }
        let held = estimatedBytes
        let size = try runs.spill(aggregator.partialBatches(partitions: partitions), directory: directory)
        aggregator = TypedPartialAggregator(plan: aggregator.plan)
        return SpillSize(memoryBytes: held, diskBytes: size.diskBytes)
    }

    /// After a block: keeps the reservation covering the groups, spilling when the task's share cannot.
    mutating func reserve(_ memory: TaskMemory?) throws {
        guard let memory else { return }
        try memory.reserve(estimatedBytes, for: &self)
    }
}
