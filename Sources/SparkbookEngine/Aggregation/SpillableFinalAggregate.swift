/// A complete or final aggregate that `SortBasedAggregation` bounds by the task's memory: its groups' partial
/// states leave as a run sorted by key and are merged by key at the end. The general `HashAggregator` and the
/// typed `TypedFinalAggregator` conform.
protocol SpillableFinalAggregate {
    var groupCount: Int { get }
    /// Bytes its groups hold, estimated (what the task reserves from its share).
    var heldBytes: Int64 { get }
    /// Whether its state may be spilled and merged later.
    var spillable: Bool { get }
    /// Set when a BIGINT sum left the 64-bit range (an ANSI `ARITHMETIC_OVERFLOW` for the caller to raise).
    var overflowed: Bool { get }
    /// Folds a batch of partial states laid out as `HashAggregator.partialSchema`.
    mutating func merge(_ batch: RecordBatch) throws
    /// Its groups' partial states in order of first appearance, laid out as `HashAggregator.partialSchema`.
    func partialState() throws -> RecordBatch
    /// The final result: the keys, then one column per call.
    func finalBatch(schema: StructType) throws -> RecordBatch
    /// A new aggregate of the same keys and calls, with no groups (after a spill).
    func emptied() -> Self
    /// The bytes holding `groups` groups would take, for `reserve(groups:)` to ask the task's share first.
    func bytes(forGroups groups: Int) -> Int
    /// Makes room for about `groups` groups, known before they come (the shuffle counted them).
    mutating func reserve(groups: Int)
}

extension HashAggregator: SpillableFinalAggregate {
    /// It grows as groups come.
    func bytes(forGroups groups: Int) -> Int { 0 }
    mutating func reserve(groups: Int) {}

    /// It raises an overflow from `consume` and `merge` itself.
    var overflowed: Bool { false }
    func partialState() throws -> RecordBatch { partialBatches(partitions: 1)[0] }
}

extension TypedFinalAggregator: SpillableFinalAggregate {
    var heldBytes: Int64 { Int64(estimatedBytes) }
    /// A global aggregate's single group stays in memory.
    var spillable: Bool { !keyTypes.isEmpty }
}
