/// A shuffle between two stages: its id, the schema of the rows written, and the number of reduce partitions
/// before adaptive coalescing.
public struct ShuffleHandle: Sendable, Hashable {
    public let id: Int
    public let schema: StructType
    public let partitions: Int
    /// Whether adaptive execution may coalesce its reduce partitions (not for an explicit `repartition(n)`).
    public var coalescible = true
    /// Read whole by every task of the reading stage: the build side of a broadcast join (`BroadcastExchange`).
    public var broadcast = false
}
