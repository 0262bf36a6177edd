import Synchronization

/// Rows held in memory, already split into partitions.
public struct LocalRelation: Sendable {
    public let schema: StructType
    public let partitions: [RecordBatch]

    public init(schema: StructType, partitions: [RecordBatch]) {
        self.schema = schema
        self.partitions = partitions
    }
}
