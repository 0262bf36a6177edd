/// The Spark SQL types the engine stores in typed column buffers.
///
/// Names follow Spark: `typeName` is what `printSchema()` prints, `simpleString` what `df.dtypes` and DDL use.
public enum DataType: Sendable, Hashable {
    case integer
    case long
    case double
    /// `tinyint`: stored in `Int32` column buffers, read as `Int8` (Types/SmallNumericTypes.swift).
    case byte
    /// `smallint`: stored in `Int32` column buffers, read as `Int16`.
    case short
    /// `float`: stored in `Double` column buffers holding exact `Float` values, computed as `Float`.
    case float
    case string
    /// `binary`: byte strings, stored in the same byte buffer + offsets as strings (`StringBuffer`).
    case binary
    case boolean
    /// Microseconds since the Unix epoch, UTC; shown in the session time zone.
    case timestamp
    /// Days since the Unix epoch.
    case date
    /// `timestamp_ntz`: microseconds of a wall-clock reading with no zone, printed as is whatever the session zone.
    case timestampNTZ
    /// `interval day to second` (Spark's ANSI DayTimeIntervalType, its default fields): microseconds.
    case dayTimeInterval
    /// `interval year to month` (YearMonthIntervalType, its default fields): months, in `Int32` buffers.
    case yearMonthInterval
    /// `interval`: Spark's legacy CalendarInterval (Types/Interval/CalendarInterval.swift), in `Int128` buffers.
    case calendarInterval
    /// `time(6)`: microseconds since midnight (Spark 4's TimeType at its default precision), in `Int64` buffers.
    case time
    /// The type of an untyped `NULL` literal; widens to any other type.
    case null
    /// An exact number of at most 38 digits, `scale` of them after the point (`DecimalValue`).
    case decimal(precision: Int, scale: Int)
    /// `array<element>`; `containsNull` says whether elements may be null (Types/ArrayType.swift).
    indirect case array(element: DataType, containsNull: Bool)
    /// `struct<name:type,...>`: named fields, each nullable or not (Types/StructValues.swift).
    indirect case structure(StructType)
    /// `map<key,value>`: keys never null, values null when `valueContainsNull` (Types/MapValues.swift).
    indirect case map(key: DataType, value: DataType, valueContainsNull: Bool)
    /// `variant`: semi-structured values in Spark's variant encoding, stored as binary is (Types/Variant).
    case variant

    /// The name `printSchema()` prints (`integer`, `long`, `double`, ...).
    public var typeName: String {
        switch self {
        case .integer: "integer"
        case .long: "long"
        case .double: "double"
        case .byte: "byte"
        case .short: "short"
        case .float: "float"
        case .string: "string"
        case .binary: "binary"
        case .boolean: "boolean"
        case .timestamp: "timestamp"
        case .date: "date"
        case .timestampNTZ: "timestamp_ntz"
        case .dayTimeInterval: "interval day to second"
        case .yearMonthInterval: "interval year to month"
        case .calendarInterval: "interval"
        case .time: "time(6)"
        case .null: "void"
        case .decimal(let p, let s): "decimal(\(p),\(s))"
        case .array: "array"
        case .structure: "struct"
        case .map: "map"
        case .variant: "variant"
        }
    }

    /// The short name `df.dtypes` and DDL strings use (`int`, `bigint`, ...).
    public var simpleString: String {
        switch self {
        case .integer: "int"
        case .long: "bigint"
        case .double: "double"
        case .byte: "tinyint"
        case .short: "smallint"
        case .float: "float"
        case .string: "string"
        case .binary: "binary"
        case .boolean: "boolean"
        case .timestamp: "timestamp"
        case .date: "date"
        case .timestampNTZ: "timestamp_ntz"
        case .dayTimeInterval: "interval day to second"
        case .yearMonthInterval: "interval year to month"
        case .calendarInterval: "interval"
        case .time: "time(6)"
        case .null: "void"
        case .decimal(let p, let s): "decimal(\(p),\(s))"
        case .array(let element, _): "array<\(element.simpleString)>"
        case .map(let k, let v, _): "map<\(k.simpleString),\(v.simpleString)>"
        case .variant: "variant"
        case .structure(let s): "struct<" + s.fields.map { "\($0.name):\($0.dataType.simpleString)" }.joined(separator: ",") + ">"
        }
    }

    /// The name in the `IntegerType()` form that PySpark's `repr` of a schema uses.
    public var pythonClassName: String {
        switch self {
        case .integer: "IntegerType()"
        case .long: "LongType()"
        case .double: "DoubleType()"
        case .byte: "ByteType()"
        case .short: "ShortType()"
        case .float: "FloatType()"
        case .string: "StringType()"
        case .binary: "BinaryType()"
        case .boolean: "BooleanType()"
        case .timestamp: "TimestampType()"
        case .date: "DateType()"
        case .timestampNTZ: "TimestampNTZType()"
        case .dayTimeInterval: "DayTimeIntervalType(0, 3)"
        case .yearMonthInterval: "YearMonthIntervalType(0, 1)"
        case .calendarInterval: "CalendarIntervalType()"
        case .time: "TimeType(6)"
        case .null: "NullType()"
        case .decimal(let p, let s): "DecimalType(\(p),\(s))"
        case .array(let element, let containsNull):
            "ArrayType(\(element.pythonClassName), \(containsNull ? "True" : "False"))"
        case .variant: "VariantType()"
        case .map(let k, let v, let n): "MapType(\(k.pythonClassName), \(v.pythonClassName), \(n ? "True" : "False"))"
        case .structure(let s):
            "StructType([" + s.fields.map {
                "StructField('\($0.name)', \($0.dataType.pythonClassName), \($0.nullable ? "True" : "False"))"
            }.joined(separator: ", ") + "])"
        }
    }

    /// Whether arithmetic aggregates (`sum`, `avg`) accept the type without a cast.
    public var isNumeric: Bool {
        switch self {
        case .integer, .long, .double, .decimal, .byte, .short, .float: true
        default: false
        }
    }
}
