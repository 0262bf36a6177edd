import SparkbookEngine

extension SparkSession {
    /// `spark.range(start, end, step, numPartitions)`: a single `id` column of longs, split evenly over
    /// partitions (default parallelism by default), as Spark's Range operator does.
    public func range(_ start: Int64, _ end: Int64, step: Int64 = 1, numPartitions: Int? = nil) throws -> DataFrame {
        guard step != 0 else {
            throw SparkError(.illegalArgument, message: "requirement failed: step (0) cannot be 0")
        }
        let count = max(0, (end - start + step + (step > 0 ? -1 : 1)) / step)
        let partitions = max(1, numPartitions ?? defaultParallelism)
        let schema = StructType([StructField("id", .long, nullable: false)])
        var batches: [RecordBatch] = []
        for p in 0..<partitions {
            let lo = Int64(p) * count / Int64(partitions), hi = Int64(p + 1) * count / Int64(partitions)
            var builder = ColumnBuilder(type: .long, capacity: Int(hi - lo))
            for i in lo..<hi { builder.append(int64: start + i * step) }
            batches.append(RecordBatch(schema: schema, columns: [builder.finish()], rowCount: Int(hi - lo)))
        }
        return DataFrame(session: self, plan: .local(LocalRelation(schema: schema, partitions: batches)))
    }
}
