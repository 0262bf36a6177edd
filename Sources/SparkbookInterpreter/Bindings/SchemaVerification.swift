import SparkbookEngine

/// PySpark's `verifySchema` for `createDataFrame(data, schema)`: each Python value must be of a type the field's
/// data type accepts (an int is not a double, a bool is not an int), and a non-nullable field refuses None; only
/// a string field takes anything (as its text). Errors carry PySpark's error classes and wording.
struct SchemaVerification {
    let schema: StructType

    /// One row (a tuple or list of values in field order) as Spark values of the schema's types.
    func row(_ values: [PyValue]) throws -> [Value] {
        guard values.count == schema.count else {
            throw ScriptError("PySparkValueError", "[FIELD_STRUCT_LENGTH_MISMATCH] Length of object (\(values.count)) does not match with length of fields (\(schema.count)).")
        }
        return try zip(values, schema.fields).map { try Self.value($0, as: $1.dataType, nullable: $1.nullable, field: "field \($1.name)") }
    }

    /// A dict row: values picked by field name, missing keys null.
    func row(_ entries: [PyValue.DictItem]) throws -> [Value] {
        try schema.fields.map { field in
            let value = entries.first { $0.key.str == field.name }?.value ?? .none
            return try Self.value(value, as: field.dataType, nullable: field.nullable, field: "field \(field.name)")
        }
    }

    static func value(_ value: PyValue, as type: DataType, nullable: Bool, field: String) throws -> Value {
        if case .none = value {
            guard nullable else {
                throw ScriptError("PySparkValueError", "[FIELD_NOT_NULLABLE_WITH_NAME] \(field): This field is not nullable, but got None.")
            }
            return .null
        }
        switch (type, value) {
        case (.string, _):
            let natural = try value.sparkValue()
            return natural.dataType == .string ? natural : try ValueCast.ansiCast(natural, to: .string)
        case (.integer, .int(let i)), (.short, .int(let i)), (.byte, .int(let i)):
            let bounds = ValueCast.integralBounds(type)!
            guard bounds.contains(i) else {
                throw ScriptError("PySparkValueError", "[VALUE_OUT_OF_BOUNDS] Value for `obj` must be between \(bounds.lowerBound) and \(bounds.upperBound) (inclusive), got \(i)")
            }
            return ValueCast.integral(i, as: type)
        case (.long, .int(let i)): return .long(i)
        case (.double, .float(let d)): return .double(d)
        case (.float, .float(let d)): return .float(Float(d))
        case (.boolean, .bool(let b)): return .boolean(b)
        case (.binary, .bytes(let b, _)): return .binary(b)
        case (.structure(let s), .row(let r)) where r.names.count == s.count:
            return .structure(names: s.names, values: try zip(r.values.map(PyValue.from), s.fields).map {
                try Self.value($0, as: $1.dataType, nullable: $1.nullable, field: "field \($1.name) in field \(field)")
            })
        case (.structure(let s), .tuple(let items)) where items.count == s.count,
             (.structure(let s), .list(let items)) where items.count == s.count:
            return .structure(names: s.names, values: try zip(items, s.fields).map {
                try Self.value($0, as: $1.dataType, nullable: $1.nullable, field: "field \($1.name) in field \(field)")
            })
        case (.map(let k, let v, let n), .dict(let entries)):
            return .map(keys: try entries.map { try Self.value($0.key, as: k, nullable: false, field: "key of map \(field)") },
                        values: try entries.map { try Self.value($0.value, as: v, nullable: n, field: "value of map \(field)") })
        case (.structure(let s), .dict(let entries)):
            return .structure(names: s.names, values: try s.fields.map { f in
                let v = entries.first { $0.key.str == f.name }?.value ?? .none
                return try Self.value(v, as: f.dataType, nullable: f.nullable, field: "field \(f.name) in field \(field)")
            })
        case (.array(let element, let containsNull), .list(let items)), (.array(let element, let containsNull), .tuple(let items)):
            return .array(try items.map { try Self.value($0, as: element, nullable: containsNull, field: "element in array \(field)") })
        default:
            if let converted = try temporalOrDecimal(value, as: type) { return converted }
            throw ScriptError("PySparkTypeError", "[FIELD_DATA_TYPE_UNACCEPTABLE_WITH_NAME] \(field): \(type.pythonClassName) can not accept object \(value.repr) in type \(PyClass.of(value).repr).")
        }
    }

    /// Decimal, date and datetime values into fields of their types (a datetime into a date keeps the day).
    private static func temporalOrDecimal(_ value: PyValue, as type: DataType) throws -> Value? {
        switch (type, value) {
        case (.decimal(let precision, let scale), .decimal(let d)):
            let exact = try d.sparkDecimal()
            guard let fitted = exact.converted(precision: precision, scale: scale) else {
                let rounded = exact.converted(precision: DecimalValue.maxPrecision, scale: scale)?.plainText ?? d.description
                throw SparkError(.execution, errorClass: "NUMERIC_VALUE_OUT_OF_RANGE.WITHOUT_SUGGESTION",
                                 message: " The \(rounded) rounded half up from \(d.description) cannot be represented as Decimal(\(precision), \(scale)).",
                                 sqlState: "22003")
            }
            return .decimal(fitted)
        case (.date, .date(let days)): return .date(days)
        case (.date, .datetime): return .date(DateTimeModule.days(of: value))
        case (.timestamp, .datetime(let micros)): return .timestamp(micros)
        case (.timestampNTZ, .datetime(let micros)): return .timestampNTZ(micros)
        case (.timestampNTZ, .date(let days)): return .timestampNTZ(Int64(days) * 86_400_000_000)
        default: return nil
        }
    }
}
