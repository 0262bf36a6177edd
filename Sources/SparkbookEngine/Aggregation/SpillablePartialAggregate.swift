/// A map task's partial aggregate that can leave memory (`SpillingPartialAggregator`): the general
/// `HashAggregator` and the typed `TypedPartialAggregator` conform.
protocol SpillablePartialAggregate {
    var groupCount: Int { get }
    /// Bytes its groups hold, estimated (what the task reserves from its share).
    var heldBytes: Int64 { get }
    /// Whether its state may be spilled and merged later.
    var spillable: Bool { get }
    /// Its partial states bucketed by reduce partition, written as one run of the map output.
    func spillRun(partitions: Int) throws -> [RecordBatch]
    /// A new aggregate of the same keys and calls, with no groups (after a spill).
    func emptied() -> Self
}

extension HashAggregator: SpillablePartialAggregate {
    var heldBytes: Int64 { estimatedBytes }
    func spillRun(partitions: Int) throws -> [RecordBatch] { partialBatches(partitions: partitions) }
}

extension TypedPartialAggregator: SpillablePartialAggregate {
    var heldBytes: Int64 { Int64(estimatedBytes) }
    /// A global aggregate's single group stays in memory.
    var spillable: Bool { !plan.keyColumns.isEmpty }

    func spillRun(partitions: Int) throws -> [RecordBatch] {
        if overflowed { throw ValueArithmetic.overflow("add") }
        return partialBatches(partitions: partitions)
    }

    func emptied() -> TypedPartialAggregator { TypedPartialAggregator(plan: plan) }
}
