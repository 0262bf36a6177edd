/// The non-null values of a leaf column as decoded from its pages, in their physical type; the reader converts
/// them to Spark's types once per column chunk.
enum ParquetValues {
    case boolean([Bool])
    case int32([Int32])
    case int64([Int64])
    /// INT96 timestamps (Impala's and Spark's legacy form), already as microseconds since the epoch.
    case int96Micros([Int64])
    case float([Float])
    case double([Double])
    /// BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY values.
    case bytes(StringBuffer)

    static func empty(_ type: ParquetPhysicalType) -> ParquetValues {
        switch type {
        case .boolean: .boolean([])
        case .int32: .int32([])
        case .int64: .int64([])
        case .int96: .int96Micros([])
        case .float: .float([])
        case .double: .double([])
        case .byteArray, .fixedLenByteArray: .bytes(StringBuffer())
        }
    }

    var count: Int {
        switch self {
        case .boolean(let v): v.count
        case .int32(let v): v.count
        case .int64(let v), .int96Micros(let v): v.count
        case .float(let v): v.count
        case .double(let v): v.count
        case .bytes(let v): v.count
        }
    }

    /// The parts (pages) of one column chunk as one run of values, copied once into storage of the right size.
    static func joined(_ parts: [ParquetValues], type: ParquetPhysicalType) -> ParquetValues {
        guard parts.count > 1 else { return parts.first ?? .empty(type) }
        func join<T>(_ pick: (ParquetValues) -> [T]?) -> [T] {
            var out: [T] = []
            out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for part in parts { if let values = pick(part) { out.append(contentsOf: values) } }
            return out
        }
        switch parts[0] {
        case .boolean: return .boolean(join { if case .boolean(let v) = $0 { v } else { nil } })
        case .int32: return .int32(join { if case .int32(let v) = $0 { v } else { nil } })
        case .int64: return .int64(join { if case .int64(let v) = $0 { v } else { nil } })
        case .int96Micros: return .int96Micros(join { if case .int96Micros(let v) = $0 { v } else { nil } })
        case .float: return .float(join { if case .float(let v) = $0 { v } else { nil } })
        case .double: return .double(join { if case .double(let v) = $0 { v } else { nil } })
        case .bytes:
            var buffer = StringBuffer()
            let sizes = parts.reduce((0, 0)) { acc, part in
                if case .bytes(let b) = part { return (acc.0 + b.count, acc.1 + b.bytes.count) }
                return acc
            }
            buffer.reserveCapacity(rows: sizes.0, bytes: sizes.1)
            for case .bytes(let b) in parts { buffer.append(contentsOf: b) }
            return .bytes(buffer)
        }
    }

    /// The values at `indices` (dictionary lookups); an index outside the dictionary is an error.
    func gather(_ indices: [Int32]) throws -> ParquetValues {
        let n = count
        for i in indices where i < 0 || Int(i) >= n {
            throw ParquetError("dictionary index \(i) is outside a dictionary of \(n) values")
        }
        switch self {
        case .boolean(let v): return .boolean(indices.map { v[Int($0)] })
        case .int32(let v): return .int32(indices.map { v[Int($0)] })
        case .int64(let v): return .int64(indices.map { v[Int($0)] })
        case .int96Micros(let v): return .int96Micros(indices.map { v[Int($0)] })
        case .float(let v): return .float(indices.map { v[Int($0)] })
        case .double(let v): return .double(indices.map { v[Int($0)] })
        case .bytes(let v): return .bytes(v.gathered(indices))
        }
    }
}
