extension TypedPartialAggregator {
    /// Folds a `RecordBatch` from the general operator path, copying its key and input columns into `block`
    /// (typed reads, no `Value`s) a block at a time.
    mutating func consume(_ input: RecordBatch, block: AggregationBatch) {
        var start = 0
        while start < input.rowCount {
            let rows = min(block.capacity, input.rowCount - start)
            for (k, column) in plan.keyColumns.enumerated() {
                block.encodeKey(input.columns[column], k: k, from: start, rows: rows, dictionary: &dictionary)
            }
            for c in plan.callColumns.indices {
                guard let column = plan.callColumns[c] else { continue }
                block.copyInput(input.columns[column], c: c, from: start, rows: rows, asDouble: plan.readsDouble(c))
            }
            block.rowCount = rows
            consume(block)
            start += rows
        }
    }
}
