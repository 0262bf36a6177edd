/// Computes window functions over all rows of a shuffle partition (rows with equal partition keys are in the
/// same shuffle partition): the rows sorted by partition and order keys (`SortKernel`), window partitions and
/// peers found on the typed key columns, rankings and offsets written as typed columns. Aggregates run over
/// each function's frame (`WindowFrameBounds`).
enum WindowEvaluator {
    static func evaluate(_ spec: WindowSpec, _ input: RecordBatch) throws -> RecordBatch {
        let partitionSort = spec.partitionKeys.map { SortKey(expression: $0, direction: .ascending) }
        let order = try SortKernel.order(input, by: partitionSort + spec.orderKeys)
        let sorted = input.gather(order)
        let n = sorted.rowCount
        let partitionKeys = try spec.partitionKeys.map { KeyColumn(try $0.evaluate(sorted)) }
        let orderColumns = try spec.orderKeys.map { try $0.expression.evaluate(sorted) }
        let orderKeys = orderColumns.map(KeyColumn.init)
        var partitions: [Range<Int>] = []
        var start = 0
        for row in 1..<max(1, n) where !partitionKeys.allSatisfy({ $0.equal(row - 1, row) }) {
            partitions.append(start..<row)
            start = row
        }
        if n > 0 { partitions.append(start..<n) }
        func peers(_ a: Int, _ b: Int) -> Bool { orderKeys.allSatisfy { $0.equal(a, b) } }

        var columns = sorted.columns
        for function in spec.functions {
            switch function {
            case .rowNumber, .rank, .denseRank:
                var out = [Int32](repeating: 0, count: n)
                let rowNumber = if case .rowNumber = function { true } else { false }
                let denseRank = if case .denseRank = function { true } else { false }
                for rows in partitions {
                    var rank = 0, dense = 0
                    for row in rows {
                        let i = row - rows.lowerBound
                        if rowNumber { out[row] = Int32(i + 1); continue }
                        if i == 0 || !peers(row - 1, row) { rank = i + 1; dense += 1 }
                        out[row] = Int32(denseRank ? dense : rank)
                    }
                }
                columns.append(ColumnVector(dataType: .integer, storage: .int32(out)))
            case .percentRank:
                var out = [Double](repeating: 0, count: n)
                for rows in partitions {
                    var rank = 0
                    for row in rows {
                        let i = row - rows.lowerBound
                        if i == 0 || !peers(row - 1, row) { rank = i + 1 }
                        out[row] = rows.count > 1 ? Double(rank - 1) / Double(rows.count - 1) : 0
                    }
                }
                columns.append(ColumnVector(dataType: .double, storage: .float64(out)))
            case .ntile(let buckets):
                // The first `size % buckets` buckets hold one row more than the others.
                var out = [Int32](repeating: 0, count: n)
                for rows in partitions {
                    let base = rows.count / buckets, extra = rows.count % buckets
                    for row in rows {
                        let i = row - rows.lowerBound
                        out[row] = Int32(i < extra * (base + 1) ? i / (base + 1) + 1 : (i - extra) / base + 1)
                    }
                }
                columns.append(ColumnVector(dataType: .integer, storage: .int32(out)))
            case .cumeDist:
                var out = [Double](repeating: 0, count: n)
                for rows in partitions {
                    var end = rows.upperBound
                    for row in rows.reversed() {
                        if row + 1 < rows.upperBound && !peers(row, row + 1) { end = row + 1 }
                        out[row] = Double(end - rows.lowerBound) / Double(rows.count)
                    }
                }
                columns.append(ColumnVector(dataType: .double, storage: .float64(out)))
            case .offset(let e, let by, let defaultValue):
                // Row `n` of the extended column is the default.
                let values = ColumnVector.concatenating(
                    [try e.evaluate(sorted), .constant(defaultValue, type: e.dataType, count: 1)], type: e.dataType)
                var sources = [Int](repeating: n, count: n)
                for rows in partitions {
                    for row in rows where rows.contains(row + by) { sources[row] = row + by }
                }
                columns.append(values.gather(sources))
            case .aggregate(let call, let frame):
                var out = [Value](repeating: .null, count: n)
                for rows in partitions {
                    let bounds = WindowFrameBounds(frame, rows: rows, orderKeys: orderColumns,
                                                   directions: spec.orderKeys.map(\.direction), peers: peers)
                    try aggregate(call, over: bounds, rows: rows, sorted, into: &out)
                }
                var builder = ColumnBuilder(type: function.resultType, capacity: n)
                for v in out { builder.append(v) }
                columns.append(builder.finish())
            }
        }
        return RecordBatch(schema: spec.outputSchema, columns: columns, rowCount: n)
    }

    /// The aggregate over each row's frame. A frame that keeps its start and grows (the default, or any frame
    /// from UNBOUNDED PRECEDING) adds only the new rows; any other frame is aggregated afresh, as Spark's
    /// sliding frame does.
    private static func aggregate(_ call: AggregateCall, over bounds: WindowFrameBounds, rows: Range<Int>,
                                  _ batch: RecordBatch, into out: inout [Value]) throws {
        let input = try call.input.map { try $0.evaluate(batch) }
        var accumulator = AggregateAccumulator(call: call)
        accumulator.addGroup()
        var current = rows.lowerBound..<rows.lowerBound
        var value = try accumulator.finalColumn(groups: [0]).value(at: 0)
        for row in rows {
            let frame = bounds.frame(of: row)
            if frame != current {
                if frame.lowerBound != current.lowerBound || frame.upperBound < current.upperBound || current.isEmpty {
                    accumulator = AggregateAccumulator(call: call)
                    accumulator.addGroup()
                    current = frame.lowerBound..<frame.lowerBound
                }
                let added = current.upperBound..<max(current.upperBound, frame.upperBound)
                if !added.isEmpty {
                    let slice = input.map { $0.gather(Array(added)) }
                    try accumulator.update(slice, rowCount: added.count, groupIds: [Int](repeating: 0, count: added.count))
                }
                current = frame
                value = try accumulator.finalColumn(groups: [0]).value(at: 0)
            }
            out[row] = value
        }
    }
}
