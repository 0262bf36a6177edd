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

    /// Rows split over `parallelism` partitions as `parallelize` splits them (at most one partition per row),
    /// each value cast to its column's type with ANSI rules.
    public init(rows: [[Value]], schema: StructType, parallelism: Int, isCommandResult: Bool = false) throws {
        let partitions = max(1, min(parallelism, max(1, rows.count)))
        var batches: [RecordBatch] = []
        for p in 0..<partitions {
            let lo = p * rows.count / partitions, hi = (p + 1) * rows.count / partitions
            var builders = schema.fields.map { ColumnBuilder(type: $0.dataType, capacity: hi - lo) }
            for row in rows[lo..<hi] {
                for (c, value) in row.enumerated() {
                    let target = schema[c].dataType
                    builders[c].append(value.isNull || value.dataType == target ? value : try ValueCast.ansiCast(value, to: target))
                }
            }
            batches.append(RecordBatch(schema: schema, columns: builders.map { $0.finish() }, rowCount: hi - lo))
        }
        self.init(schema: schema, partitions: batches, isCommandResult: isCommandResult)
    }
}
