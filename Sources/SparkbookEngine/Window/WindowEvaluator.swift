/// A bound window: partition keys, ordering and the functions to compute, over one input schema.
public struct WindowSpec: Sendable {
    public let partitionKeys: [BoundExpression]
    public let orderKeys: [SortKey]
    public let functions: [BoundWindowFunction]
    public let outputSchema: StructType
}

/// One window function with its bound argument.
public enum BoundWindowFunction: Sendable {
    case rowNumber, rank, denseRank, percentRank
    case offset(BoundExpression, by: Int, defaultValue: Value)
    case aggregate(AggregateCall, frame: WindowFrame)

    public var resultType: DataType {
        switch self {
        case .rowNumber, .rank, .denseRank: .integer
        case .percentRank: .double
        case .offset(let e, _, _): e.dataType
        case .aggregate(let call, _): call.resultType
        }
    }

    /// Spark's nullability of the result: ranks never null; `lag`/`lead` null past the partition's edge unless
    /// the default is a value (and the input is never null); aggregates as in a `groupBy` (`count` never null).
    public func resultNullable(in schema: StructType) -> Bool {
        switch self {
        case .rowNumber, .rank, .denseRank, .percentRank: false
        case .offset(let e, _, let defaultValue): defaultValue.isNull || e.nullable(in: schema)
        case .aggregate(let call, _): call.resultNullable
        }
    }
}

/// Computes window functions over all rows of a shuffle partition (rows with equal partition keys are in the
/// same shuffle partition). Aggregates run over each function's frame (`WindowFrameBounds`).
enum WindowEvaluator {
    static func evaluate(_ spec: WindowSpec, _ input: RecordBatch) throws -> RecordBatch {
        let partitionSort = spec.partitionKeys.map { SortKey(expression: $0, direction: .ascending) }
        let order = try RowSorter.order(input, by: partitionSort + spec.orderKeys)
        let sorted = input.gather(order)
        let partitionValues = try spec.partitionKeys.map { try $0.evaluate(sorted) }
        let orderValues = try spec.orderKeys.map { try $0.expression.evaluate(sorted) }
        func samePartition(_ a: Int, _ b: Int) -> Bool {
            partitionValues.allSatisfy { $0.value(at: a) == $0.value(at: b) }
        }
        func peers(_ a: Int, _ b: Int) -> Bool { orderValues.allSatisfy { $0.value(at: a) == $0.value(at: b) } }

        var results = [[Value]](repeating: [Value](repeating: .null, count: sorted.rowCount), count: spec.functions.count)
        var start = 0
        while start < sorted.rowCount {
            var end = start + 1
            while end < sorted.rowCount && samePartition(start, end) { end += 1 }
            for (f, function) in spec.functions.enumerated() {
                try compute(function, rows: start..<end, sorted, orderKeys: orderValues, directions: spec.orderKeys.map(\.direction),
                            peers, into: &results[f])
            }
            start = end
        }
        var columns = sorted.columns
        for (f, function) in spec.functions.enumerated() {
            var builder = ColumnBuilder(type: function.resultType, capacity: sorted.rowCount)
            for v in results[f] { builder.append(v) }
            columns.append(builder.finish())
        }
        return RecordBatch(schema: spec.outputSchema, columns: columns, rowCount: sorted.rowCount)
    }

    private static func compute(_ function: BoundWindowFunction, rows: Range<Int>, _ batch: RecordBatch,
                                orderKeys: [ColumnVector], directions: [SortDirection],
                                _ peers: (Int, Int) -> Bool, into out: inout [Value]) throws {
        switch function {
        case .rowNumber:
            for (i, row) in rows.enumerated() { out[row] = .integer(Int32(i + 1)) }
        case .rank, .denseRank, .percentRank:
            var rank = 0, dense = 0
            for (i, row) in rows.enumerated() {
                if i == 0 || !peers(row - 1, row) { rank = i + 1; dense += 1 }
                switch function {
                case .rank: out[row] = .integer(Int32(rank))
                case .denseRank: out[row] = .integer(Int32(dense))
                default: out[row] = .double(rows.count > 1 ? Double(rank - 1) / Double(rows.count - 1) : 0)
                }
            }
        case .offset(let e, let by, let defaultValue):
            let values = try e.evaluate(batch)
            for row in rows {
                let source = row + by
                out[row] = rows.contains(source) ? values.value(at: source) : defaultValue
            }
        case .aggregate(let call, let frame):
            let bounds = WindowFrameBounds(frame, rows: rows, orderKeys: orderKeys, directions: directions, peers: peers)
            try aggregate(call, over: bounds, rows: rows, batch, into: &out)
        }
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
