/// Parquet's logical type annotation (the `LogicalType` union), for the kinds Spark reads and writes.
public enum ParquetLogicalType: Sendable, Equatable {
    public enum TimeUnit: Sendable, Equatable { case millis, micros, nanos }

    case string, map, list, enumeration, date, json, bson, uuid, unknown, float16, variant
    case decimal(precision: Int32, scale: Int32)
    case time(adjustedToUTC: Bool, unit: TimeUnit)
    case timestamp(adjustedToUTC: Bool, unit: TimeUnit)
    case integer(bitWidth: Int8, signed: Bool)

    static func read(_ r: inout ThriftCompactReader) throws -> ParquetLogicalType? {
        var result: ParquetLogicalType?
        try r.structure { r, field in
            switch field.id {
            case 1: result = .string
            case 2: result = .map
            case 3: result = .list
            case 4: result = .enumeration
            case 5:
                var precision: Int32 = 0, scale: Int32 = 0
                try r.structure { r, f in
                    switch f.id {
                    case 1: scale = try r.i32()
                    case 2: precision = try r.i32()
                    default: return false
                    }
                    return true
                }
                result = .decimal(precision: precision, scale: scale)
                return true
            case 6: result = .date
            case 7, 8:
                var adjusted = true, unit = TimeUnit.micros
                try r.structure { r, f in
                    switch f.id {
                    case 1: adjusted = f.bool
                    case 2: unit = try readUnit(&r)
                    default: return false
                    }
                    return true
                }
                result = field.id == 7 ? .time(adjustedToUTC: adjusted, unit: unit) : .timestamp(adjustedToUTC: adjusted, unit: unit)
                return true
            case 10:
                var width: Int8 = 32, signed = true
                try r.structure { r, f in
                    switch f.id {
                    case 1: width = Int8(truncatingIfNeeded: try r.byte())
                    case 2: signed = f.bool
                    default: return false
                    }
                    return true
                }
                result = .integer(bitWidth: width, signed: signed)
                return true
            case 11: result = .unknown
            case 12: result = .json
            case 13: result = .bson
            case 14: result = .uuid
            case 15: result = .float16
            case 16: result = .variant
            default: return false
            }
            return false  // an empty struct: let the reader skip it
        }
        return result
    }

    private static func readUnit(_ r: inout ThriftCompactReader) throws -> TimeUnit {
        var unit = TimeUnit.micros
        try r.structure { _, f in
            switch f.id {
            case 1: unit = .millis
            case 2: unit = .micros
            case 3: unit = .nanos
            default: break
            }
            return false
        }
        return unit
    }

    func write(_ w: inout ThriftCompactWriter) {
        let empty: (inout ThriftCompactWriter) -> Void = { _ in }
        func unit(_ w: inout ThriftCompactWriter, _ u: TimeUnit) {
            w.field(2) { w in
                switch u {
                case .millis: w.field(1, structure: empty)
                case .micros: w.field(2, structure: empty)
                case .nanos: w.field(3, structure: empty)
                }
            }
        }
        switch self {
        case .string: w.field(1, structure: empty)
        case .map: w.field(2, structure: empty)
        case .list: w.field(3, structure: empty)
        case .enumeration: w.field(4, structure: empty)
        case .decimal(let p, let s): w.field(5) { w in w.field(1, i32: s); w.field(2, i32: p) }
        case .date: w.field(6, structure: empty)
        case .time(let adjusted, let u): w.field(7) { w in w.field(1, bool: adjusted); unit(&w, u) }
        case .timestamp(let adjusted, let u): w.field(8) { w in w.field(1, bool: adjusted); unit(&w, u) }
        case .integer(let width, let signed):
            w.field(10) { w in w.field(1, byte: width); w.field(2, bool: signed) }
        case .unknown: w.field(11, structure: empty)
        case .json: w.field(12, structure: empty)
        case .bson: w.field(13, structure: empty)
        case .uuid: w.field(14, structure: empty)
        case .float16: w.field(15, structure: empty)
        case .variant: w.field(16, structure: empty)
        }
    }
}
