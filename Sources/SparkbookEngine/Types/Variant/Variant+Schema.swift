/// `schema_of_variant`: the type of a variant as Spark names it in DDL-like text: integers of every width are
/// `BIGINT`, an object `OBJECT<a: T, ...>` in key order, an array `ARRAY<T>` of its elements' common type (widened
/// as `schema_of_variant` widens: numbers to the wider number, else `VARIANT`), JSON null `VOID`.
extension Variant {
    public indirect enum SchemaType: Equatable, Sendable {
        case void, boolean, bigint, double, float, string, date, timestamp, timestampNTZ, binary, variant
        case decimal(precision: Int, scale: Int)
        case object([(String, SchemaType)])
        case array(SchemaType)

        public static func == (a: SchemaType, b: SchemaType) -> Bool { a.text == b.text }

        public var text: String {
            switch self {
            case .void: "VOID"
            case .boolean: "BOOLEAN"
            case .bigint: "BIGINT"
            case .double: "DOUBLE"
            case .float: "FLOAT"
            case .string: "STRING"
            case .date: "DATE"
            case .timestamp: "TIMESTAMP"
            case .timestampNTZ: "TIMESTAMP_NTZ"
            case .binary: "BINARY"
            case .variant: "VARIANT"
            case .decimal(let p, let s): "DECIMAL(\(p),\(s))"
            case .object(let fields): "OBJECT<" + fields.map { "\($0.0): \($0.1.text)" }.joined(separator: ", ") + ">"
            case .array(let element): "ARRAY<\(element.text)>"
            }
        }
    }

    public var schema: SchemaType {
        switch kind {
        case .null: return .void
        case .boolean: return .boolean
        case .long: return .bigint
        case .double: return .double
        case .float: return .float
        case .string: return .string
        case .date: return .date
        case .timestamp: return .timestamp
        case .timestampNTZ: return .timestampNTZ
        case .binary: return .binary
        case .decimal:
            let (unscaled, scale) = strippedDecimal!
            let digits = String(unscaled.magnitude).count
            return .decimal(precision: max(digits, scale), scale: scale)
        case .object:
            return .object((0..<count).compactMap { field(at: $0) }.map { ($0.key, $0.value.schema) })
        case .array:
            var element = SchemaType.void
            for i in 0..<count { element = Self.merge(element, self.element(at: i)!.schema) }
            return .array(element)
        }
    }

    /// The common type of two (`schema_of_variant_agg` and array elements): equal types stay, VOID gives way,
    /// numbers widen (BIGINT and DECIMAL to a DECIMAL holding both, anything with a DOUBLE to DOUBLE), objects
    /// merge field by field, arrays element-wise; anything else is VARIANT.
    public static func merge(_ a: SchemaType, _ b: SchemaType) -> SchemaType {
        if a == b { return a }
        switch (a, b) {
        case (.void, _): return b
        case (_, .void): return a
        case (.double, .bigint), (.double, .decimal), (.double, .float), (.float, .double):
            return .double
        case (.bigint, .double), (.decimal, .double), (.float, .bigint), (.bigint, .float), (.float, .decimal),
             (.decimal, .float):
            return .double
        case (.bigint, .decimal(let p, let s)), (.decimal(let p, let s), .bigint):
            return widen(20, 0, p, s)
        case (.decimal(let p1, let s1), .decimal(let p2, let s2)):
            return widen(p1, s1, p2, s2)
        case (.object(let x), .object(let y)):
            var fields: [String: SchemaType] = [:]
            for (k, t) in x { fields[k] = t }
            for (k, t) in y { fields[k] = fields[k].map { merge($0, t) } ?? t }
            return .object(fields.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
                .map { ($0, fields[$0]!) })
        case (.array(let x), .array(let y)):
            return .array(merge(x, y))
        default:
            return .variant
        }
    }

    private static func widen(_ p1: Int, _ s1: Int, _ p2: Int, _ s2: Int) -> SchemaType {
        let scale = max(s1, s2)
        let integral = max(p1 - s1, p2 - s2)
        let precision = integral + scale
        return precision > 38 ? .double : .decimal(precision: precision, scale: scale)
    }
}
