/// What the fast paths need from a CSV scan: its splits, streaming reads and error translation.
extension CSVScan {
    /// The split of partition `index` (nil past the last one), as a range only when it is not the whole file.
    func split(_ index: Int) -> (path: String, range: Range<Int>?)? {
        guard index < splits.count else { return nil }
        let split = splits[index]
        return (split.path, split.range == 0..<split.fileSize ? nil : split.range)
    }

    /// Reads partition `index` as batches of at most `maxRows` rows.
    func forEachBatch(partition index: Int, columns: [Int], maxRows: Int,
                      _ body: (RecordBatch) throws -> Void) throws {
        guard let split = split(index) else {
            try body(RecordBatch.empty(StructType(columns.map { schema[$0] })))
            return
        }
        try translatingErrors {
            let data = dataColumns(columns)
            let projection = data == Array(0..<dataSchema.count) ? nil : data
            try reader.forEachBatch(path: split.path, split: split.range, projection: projection, maxRows: maxRows) {
                try body(withPartitionValues($0, columns: columns, path: split.path))
            }
        }
    }

    /// Runs a read, turning CSV errors into Spark's, and a sampled schema's misfit into a refined schema and
    /// `CSVSchemaWidened` (the caller plans the query again).
    func translatingErrors<T>(_ read: () throws -> T) throws -> T {
        do {
            return try read()
        } catch let error as CSVError {
            throw error.sparkError
        } catch is CSVSampleMisfit {
            guard let inferred else { throw CSVSchemaWidened() }
            do { try inferred.refine() } catch let error as CSVError { throw error.sparkError }
            throw CSVSchemaWidened()
        }
    }
}
