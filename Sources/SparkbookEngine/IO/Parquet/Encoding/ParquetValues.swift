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

    /// Appends `other` (same type) after these values.
    mutating func append(_ other: ParquetValues) {
        switch (self, other) {
        case (.boolean(var a), .boolean(let b)): a.append(contentsOf: b); self = .boolean(a)
        case (.int32(var a), .int32(let b)): a.append(contentsOf: b); self = .int32(a)
        case (.int64(var a), .int64(let b)): a.append(contentsOf: b); self = .int64(a)
        case (.int96Micros(var a), .int96Micros(let b)): a.append(contentsOf: b); self = .int96Micros(a)
        case (.float(var a), .float(let b)): a.append(contentsOf: b); self = .float(a)
        case (.double(var a), .double(let b)): a.append(contentsOf: b); self = .double(a)
        case (.bytes(var a), .bytes(let b)): a.append(contentsOf: b); self = .bytes(a)
        default: preconditionFailure("appending Parquet values of another physical type")
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
