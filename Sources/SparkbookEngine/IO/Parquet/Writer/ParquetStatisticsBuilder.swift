/// A column chunk's statistics as parquet-mr writes them: min and max in the type's order (plain-encoded;
/// strings and binary compared as unsigned bytes, NaN left out of float bounds), and the null count. INT96 has
/// no defined order, so only its null count is written.
enum ParquetStatisticsBuilder {
    static func statistics(_ values: ColumnVector, nulls: Int, element: ParquetSchemaElement) -> ParquetStatistics {
        var stats = ParquetStatistics(nullCount: Int64(nulls))
        guard values.count > 0, element.type != .int96 else { return stats }
        func encoded(_ row: Int) -> [UInt8] {
            var out: [UInt8] = []
            ParquetPlainEncoder.encode(values, rows: row..<(row + 1), element: element, into: &out)
            // A byte array's plain form has a length before it; statistics hold the bare bytes.
            return element.type == .byteArray ? Array(out.dropFirst(4)) : out
        }
        var low: Int?, high: Int?
        switch values.storage {
        case .int32(let v):
            low = v.indices.min { v[$0] < v[$1] }; high = v.indices.max { v[$0] < v[$1] }
        case .int64(let v):
            low = v.indices.min { v[$0] < v[$1] }; high = v.indices.max { v[$0] < v[$1] }
        case .int128(let v):
            low = v.indices.min { v[$0] < v[$1] }; high = v.indices.max { v[$0] < v[$1] }
        case .float64(let v):
            let numbers = v.indices.filter { !v[$0].isNaN }
            low = numbers.min { v[$0] < v[$1] }; high = numbers.max { v[$0] < v[$1] }
        case .boolean(let v):
            low = v.firstIndex(of: false) ?? v.firstIndex(of: true); high = v.firstIndex(of: true) ?? v.firstIndex(of: false)
        case .string(let s):
            let less = { (a: Int, b: Int) in s.bytes[s.byteRange(a)].lexicographicallyPrecedes(s.bytes[s.byteRange(b)]) }
            low = s.count > 0 ? (0..<s.count).min(by: less) : nil
            high = s.count > 0 ? (0..<s.count).max(by: less) : nil
        default:
            break
        }
        if let low, let high {
            stats.min = encoded(low)
            stats.max = encoded(high)
        }
        return stats
    }
}
