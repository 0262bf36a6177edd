extension TypedPartialAggregator {
    /// Folds a `RecordBatch` from the general operator path, copying its key and input columns into `block`
    /// (typed reads, no `Value`s) a block at a time.
    mutating func consume(_ input: RecordBatch, block: AggregationBatch) {
        var start = 0
        while start < input.rowCount {
            let rows = min(block.capacity, input.rowCount - start)
            for (k, column) in plan.keyColumns.enumerated() {
                encodeKey(input.columns[column], k: k, from: start, rows: rows, block: block)
            }
            for c in plan.calls.indices {
                guard let column = plan.callColumns[c] else { continue }
                copyInput(input.columns[column], c: c, from: start, rows: rows, block: block)
            }
            block.rowCount = rows
            consume(block)
            start += rows
        }
    }

    private mutating func encodeKey(_ column: ColumnVector, k: Int, from start: Int, rows: Int,
                                    block: AggregationBatch) {
        let codes = block.keyCodes + k * block.capacity
        let valid = block.keyValid + k * block.capacity
        for row in 0..<rows { valid[row] = !column.isNull(start + row) }
        switch column.storage {
        case .int32(let v): for row in 0..<rows { codes[row] = GroupKeyCodes.code(int32: v[start + row]) }
        case .int64(let v): for row in 0..<rows { codes[row] = GroupKeyCodes.code(int64: v[start + row]) }
        case .float64(let v): for row in 0..<rows { codes[row] = GroupKeyCodes.code(double: v[start + row]) }
        case .boolean(let v): for row in 0..<rows { codes[row] = v[start + row] ? 1 : 0 }
        case .string(let strings):
            strings.bytes.withUnsafeBufferPointer { bytes in
                let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
                for row in 0..<rows where valid[row] {
                    let range = strings.byteRange(start + row)
                    codes[row] = GroupKeyCodes.code(string: base + range.lowerBound, count: range.count,
                                                    dictionary: &dictionary)
                }
            }
        case .null: for row in 0..<rows { valid[row] = false }
        case .int128: preconditionFailure("decimal keys stay on the general aggregation path")
        case .array: preconditionFailure("GroupKeyCodes.supports keeps array keys on the general path")
        }
        for row in 0..<rows where !valid[row] { codes[row] = 0 }
    }

    private func copyInput(_ column: ColumnVector, c: Int, from start: Int, rows: Int, block: AggregationBatch) {
        let valid = block.inputValid + c * block.capacity
        for row in 0..<rows { valid[row] = !column.isNull(start + row) }
        let longs = block.longs + c * block.capacity
        let doubles = block.doubles + c * block.capacity
        switch column.storage {
        case .int32(let v): for row in 0..<rows { longs[row] = Int64(v[start + row]) }
        case .int64(let v): for row in 0..<rows { longs[row] = v[start + row] }
        case .float64(let v): for row in 0..<rows { doubles[row] = v[start + row] }
        case .null: for row in 0..<rows { valid[row] = false }
        case .boolean, .string, .int128, .array: break // only count(col) reads these, and it reads validity only
        }
    }
}
