import Synchronization

/// Rows held in memory, already split into partitions.
public struct LocalRelation: Sendable {
    public let schema: StructType
    public let partitions: [RecordBatch]
    /// Rows a SQL command returned on the driver (Spark's `LocalRelation`); other local rows stand for Spark's
    /// `LogicalRDD` of a `createDataFrame`, which runs on executors.
    public let isCommandResult: Bool
    /// The files the rows were read from (`spark.read.json`), for `df.inputFiles()`; empty for rows made in memory.
    public var sourceFiles: [String] = []

    public init(schema: StructType, partitions: [RecordBatch], isCommandResult: Bool = false) {
        self.schema = schema
        self.partitions = partitions
        self.isCommandResult = isCommandResult
    }
}
