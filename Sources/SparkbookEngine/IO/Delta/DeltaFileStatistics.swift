import SparkbookUtilities

/// The `stats` of an `add` action, as Delta writes them: the file's row count and, per top-level column, the
/// null count and the bounds readers skip files with (numbers, strings and dates; others get only null counts).
enum DeltaFileStatistics {
    static func json(_ batch: RecordBatch) -> String {
        var minimums: [(String, JSONTree)] = [], maximums: [(String, JSONTree)] = [], nulls: [(String, JSONTree)] = []
        for (field, column) in zip(batch.schema.fields, batch.columns) {
            switch field.dataType {
            case .array, .map, .structure, .variant: continue
            default: break
            }
            var nullCount = 0
            for row in 0..<batch.rowCount where column.isNull(row) { nullCount += 1 }
            nulls.append((field.name, .integer(String(nullCount))))
            guard let (low, high) = bounds(column, rows: batch.rowCount, type: field.dataType) else { continue }
            minimums.append((field.name, low))
            maximums.append((field.name, high))
        }
        return JSONTree.object([("numRecords", .integer(String(batch.rowCount))), ("minValues", .object(minimums)),
                                ("maxValues", .object(maximums)), ("nullCount", .object(nulls))]).compactText
    }

    /// The smallest and largest non-null values, on the typed buffers.
    private static func bounds(_ column: ColumnVector, rows: Int, type: DataType) -> (JSONTree, JSONTree)? {
        let live = (0..<rows).filter { !column.isNull($0) }
        guard !live.isEmpty else { return nil }
        switch (column.storage, type) {
        case (.int32(let v), .date):
            let (l, h) = extremes(live) { v[$0] < v[$1] }
            return (.string(Variant.dateText(CivilCalendar.date(daysSinceEpoch: Int64(v[l])))),
                    .string(Variant.dateText(CivilCalendar.date(daysSinceEpoch: Int64(v[h])))))
        case (.int32(let v), .integer), (.int32(let v), .short), (.int32(let v), .byte):
            let (l, h) = extremes(live) { v[$0] < v[$1] }
            return (.integer(String(v[l])), .integer(String(v[h])))
        case (.int64(let v), .long):
            let (l, h) = extremes(live) { v[$0] < v[$1] }
            return (.integer(String(v[l])), .integer(String(v[h])))
        case (.float64(let v), .double), (.float64(let v), .float):
            let numbers = live.filter { v[$0].isFinite }
            guard !numbers.isEmpty else { return nil }
            let (l, h) = extremes(numbers) { v[$0] < v[$1] }
            return (.float(String(v[l])), .float(String(v[h])))
        case (.string(let s), .string):
            let (l, h) = extremes(live) { s.bytes[s.byteRange($0)].lexicographicallyPrecedes(s.bytes[s.byteRange($1)]) }
            return (.string(String(decoding: s.bytes[s.byteRange(l)], as: UTF8.self)),
                    .string(String(decoding: s.bytes[s.byteRange(h)], as: UTF8.self)))
        default:
            return nil
        }
    }

    private static func extremes(_ rows: [Int], _ less: (Int, Int) -> Bool) -> (Int, Int) {
        var low = rows[0], high = rows[0]
        for r in rows.dropFirst() {
            if less(r, low) { low = r }
            if less(high, r) { high = r }
        }
        return (low, high)
    }
}
