/// Spark's types as Arrow types, as Spark's `ArrowUtils` maps them for Python workers: integers by width,
/// `float`/`double`, `string` as `Utf8` (`LargeUtf8` read too), `binary`, `date` as `Date(DAY)`, `timestamp` as
/// `Timestamp(MICROSECOND, session zone)` and `timestamp_ntz` without a zone, `decimal(p,s)` as 128-bit
/// `Decimal`, `array` as `List<element>`, `struct` as `Struct_`, `map` as `Map<entries: struct<key, value>>`,
/// `void` as `Null`, `interval day to second` as `Duration(MICROSECOND)`, `time` as `Time(MICROSECOND, 64)`.
enum ArrowSchemaEncoding {
    /// The `Type` union's member ids (Schema.fbs).
    enum TypeID: UInt8 {
        case null = 1, int = 2, floatingPoint = 3, binary = 4, utf8 = 5, bool = 6, decimal = 7, date = 8, time = 9,
             timestamp = 10, interval = 11, list = 12, structure = 13, map = 17, duration = 18, largeBinary = 19,
             largeUtf8 = 20, largeList = 21
    }

    static func schema(_ schema: StructType, timeZone: String) -> FlatObject {
        // Schema: endianness (Little = 0), fields.
        .table([.int16(0), .object(.tables(schema.fields.map { field($0.name, $0.dataType, nullable: $0.nullable, timeZone: timeZone) }))])
    }

    static func field(_ name: String, _ type: DataType, nullable: Bool, timeZone: String) -> FlatObject {
        let (id, table, children) = arrowType(type, timeZone: timeZone)
        // Field: name, nullable, type_type, type, dictionary, children.
        return .table([.object(.string(name)), .bool(nullable), .int8(id.rawValue), .object(table), nil,
                       .object(.tables(children))])
    }

    private static func arrowType(_ type: DataType, timeZone: String) -> (TypeID, FlatObject, [FlatObject]) {
        func int(_ bits: Int32) -> (TypeID, FlatObject, [FlatObject]) { (.int, .table([.int32(bits), .bool(true)]), []) }
        switch type {
        case .boolean: return (.bool, .table([]), [])
        case .byte: return int(8)
        case .short: return int(16)
        case .integer: return int(32)
        case .long: return int(64)
        case .float: return (.floatingPoint, .table([.int16(1)]), [])
        case .double: return (.floatingPoint, .table([.int16(2)]), [])
        case .string: return (.utf8, .table([]), [])
        case .binary: return (.binary, .table([]), [])
        case .date: return (.date, .table([.int16(0)]), [])
        case .timestamp: return (.timestamp, .table([.int16(2), .object(.string(timeZone))]), [])
        case .timestampNTZ: return (.timestamp, .table([.int16(2), nil]), [])
        case .decimal(let p, let s): return (.decimal, .table([.int32(Int32(p)), .int32(Int32(s)), .int32(128)]), [])
        case .dayTimeInterval: return (.duration, .table([.int16(2)]), [])
        case .time: return (.time, .table([.int16(2), .int32(64)]), [])
        case .array(let element, let containsNull):
            return (.list, .table([]), [field("element", element, nullable: containsNull, timeZone: timeZone)])
        case .structure(let fields):
            return (.structure, .table([]), fields.fields.map { field($0.name, $0.dataType, nullable: $0.nullable, timeZone: timeZone) })
        case .map(let key, let value, let valueContainsNull):
            let entries = FlatObject.table([
                .object(.string("entries")), .bool(false), .int8(TypeID.structure.rawValue), .object(.table([])), nil,
                .object(.tables([field("key", key, nullable: false, timeZone: timeZone),
                                 field("value", value, nullable: valueContainsNull, timeZone: timeZone)])),
            ])
            return (.map, .table([.bool(false)]), [entries])
        default:
            // void, and the types Arrow has no place for in Spark's mapping (year-month and calendar intervals,
            // variant) travel as nulls; `ArrowColumnEncoding` refuses them before a batch is written.
            return (.null, .table([]), [])
        }
    }

    /// The Spark schema of an Arrow `Schema` table, and each column's layout.
    static func decode(schema table: FlatTable) throws -> (StructType, [ArrowLayout]) {
        let fields = try table.tables(1).map(decode(field:))
        return (StructType(fields.map(\.0)), fields.map(\.1))
    }

    static func decode(field table: FlatTable) throws -> (StructField, ArrowLayout) {
        let (type, layout) = try decode(type: table)
        return (StructField(try table.string(0) ?? "", type, nullable: try table.bool(1)), layout)
    }

    private static func decode(type field: FlatTable) throws -> (DataType, ArrowLayout) {
        let raw: UInt8 = try field.scalar(2, default: 0)
        guard let id = TypeID(rawValue: raw) else { throw ArrowIPCError.unsupportedType("#\(raw)") }
        let type = try field.table(3)
        let children = try field.tables(5)
        switch id {
        case .utf8, .binary, .largeUtf8, .largeBinary:
            return (id == .utf8 || id == .largeUtf8 ? .string : .binary, ArrowLayout(largeOffsets: id == .largeUtf8 || id == .largeBinary))
        case .list, .largeList:
            guard let element = children.first else { throw ArrowIPCError.malformed("a List field without its child") }
            let (child, layout) = try decode(field: element)
            return (.array(element: child.dataType, containsNull: child.nullable), ArrowLayout(largeOffsets: id == .largeList, children: [layout]))
        case .structure:
            let fields = try children.map(decode(field:))
            return (.structure(StructType(fields.map(\.0))), ArrowLayout(children: fields.map(\.1)))
        case .map:
            guard let entries = children.first else { throw ArrowIPCError.malformed("a Map field without entries") }
            let kv = try entries.tables(5)
            guard kv.count == 2 else { throw ArrowIPCError.malformed("a Map's entries without a key and a value") }
            let (key, keyLayout) = try decode(field: kv[0]), (value, valueLayout) = try decode(field: kv[1])
            return (.map(key: key.dataType, value: value.dataType, valueContainsNull: value.nullable),
                    ArrowLayout(children: [ArrowLayout(children: [keyLayout, valueLayout])]))
        default:
            return (try decode(primitive: id, type: type), ArrowLayout())
        }
    }

    private static func decode(primitive id: TypeID, type: FlatTable?) throws -> DataType {
        switch id {
        case .null: return .null
        case .bool: return .boolean
        case .int:
            let bits: Int32 = try type?.scalar(0, default: 0) ?? 0
            switch bits {
            case 8: return .byte
            case 16: return .short
            case 32: return .integer
            case 64: return .long
            default: throw ArrowIPCError.unsupportedType("Int(\(bits))")
            }
        case .floatingPoint:
            let precision: Int16 = try type?.scalar(0, default: 0) ?? 0
            switch precision {
            case 1: return .float
            case 2: return .double
            default: throw ArrowIPCError.unsupportedType("FloatingPoint(HALF)")
            }
        case .date:
            let unit: Int16 = try type?.scalar(0, default: 1) ?? 1
            guard unit == 0 else { throw ArrowIPCError.unsupportedType("Date(MILLISECOND)") }
            return .date
        case .timestamp:
            let unit: Int16 = try type?.scalar(0, default: 0) ?? 0
            guard unit == 2 else { throw ArrowIPCError.unsupportedType("Timestamp with a unit other than MICROSECOND") }
            return try type?.string(1) == nil ? .timestampNTZ : .timestamp
        case .decimal:
            let p: Int32 = try type?.scalar(0, default: 0) ?? 0
            let s: Int32 = try type?.scalar(1, default: 0) ?? 0
            let bits: Int32 = try type?.scalar(2, default: 128) ?? 128
            guard bits == 128 else { throw ArrowIPCError.unsupportedType("Decimal(\(bits) bits)") }
            return .decimal(precision: Int(p), scale: Int(s))
        case .duration:
            let unit: Int16 = try type?.scalar(0, default: 1) ?? 1
            guard unit == 2 else { throw ArrowIPCError.unsupportedType("Duration with a unit other than MICROSECOND") }
            return .dayTimeInterval
        case .interval, .utf8, .binary, .largeUtf8, .largeBinary, .list, .largeList, .structure, .map:
            throw ArrowIPCError.unsupportedType("\(id)")
        case .time:
            let unit: Int16 = try type?.scalar(0, default: 1) ?? 1
            guard unit == 2 else { throw ArrowIPCError.unsupportedType("Time with a unit other than MICROSECOND") }
            return .time
        }
    }
}

/// What an Arrow field's layout adds to its Spark type: whether its offsets are 64-bit (`LargeUtf8`,
/// `LargeBinary`, `LargeList`), for it and its children.
struct ArrowLayout: Sendable {
    var largeOffsets = false
    var children: [ArrowLayout] = []

    func child(_ i: Int) -> ArrowLayout { i < children.count ? children[i] : ArrowLayout() }
}
