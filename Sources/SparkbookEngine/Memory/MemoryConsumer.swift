/// An operator's in-memory state that can move to disk when its task cannot get more execution memory (Spark's
/// `MemoryConsumer`): an external sort's buffered rows, a hash aggregate's groups.
///
/// A consumer keeps `reservedBytes` at least as large as what it holds by calling `TaskMemory.reserve(_:for:)`
/// as its state grows (per batch, not per row). When the task's share cannot cover the growth, `reserve` calls
/// `spill()`, which writes the state to a file under the session's `SpillDirectory` and empties it; the consumer
/// carries on with an empty state and merges its spill files when it produces its output.
///
/// The typed aggregators (`Aggregation/Typed`) adopt it the same way. The partial one does already, through the
/// `SpillingPartialAggregator` the general one uses too: it reserves its table's and states' bytes after each block
/// (`FusedCSVAggregation.run`'s `afterBlock`, `FastShuffleWrite`), and its `spill()` writes its partial states,
/// bucketed by reduce partition, as one run of the map output (`SpilledShuffleRuns`); the final aggregate merges
/// the runs' states, and groups keep their order of first appearance. The final one runs inside
/// `SortBasedAggregation`, as the general one does (`SpillableFinalAggregate`): its spill writes the groups' states
/// sorted by key, with the run and position where each group first appeared, and the runs are merged by key and
/// put back in that order.
public protocol MemoryConsumer {
    /// Execution memory held from the task's share.
    var reservedBytes: Int64 { get set }
    /// Writes the in-memory state to disk and empties it: the bytes it held in memory and wrote to disk
    /// (Spark's `Memory Bytes Spilled` and `Disk Bytes Spilled`).
    mutating func spill() throws -> SpillSize
}

/// What one spill moved: the in-memory size of the state and the bytes of its file.
public struct SpillSize: Sendable, Equatable {
    public var memoryBytes: Int64
    public var diskBytes: Int64

    public init(memoryBytes: Int64, diskBytes: Int64) {
        self.memoryBytes = memoryBytes
        self.diskBytes = diskBytes
    }
}
