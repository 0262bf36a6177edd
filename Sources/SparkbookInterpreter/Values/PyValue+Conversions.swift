import SparkbookDataFrame
import SparkbookEngine
import SparkbookUtilities

/// Converting call arguments to what the DataFrame API takes, with Python/PySpark's error messages.
extension PyValue {
    func string(_ parameter: String, in function: String) throws -> String {
        if case .string(let s) = self { return s }
        throw ScriptError.type("\(function)() argument '\(parameter)' must be str, not \(typeName)")
    }

    func int(_ parameter: String, in function: String) throws -> Int {
        switch self {
        case .int(let i): return Int(i)
        case .bool(let b): return b ? 1 : 0
        default: throw ScriptError.type("\(function)() argument '\(parameter)' must be int, not \(typeName)")
        }
    }

    /// Spark option values: PySpark turns `True`, numbers and strings into their text.
    func optionText() -> String {
        switch self {
        case .bool(let b): b ? "true" : "false"
        case .string(let s): s
        case .none: "null"
        default: str
        }
    }

    /// "Column or column name", as most PySpark functions accept.
    func column(_ function: String) throws -> Column {
        switch self {
        case .column(let c): return c
        case .string(let name): return Column(name)
        default:
            throw ScriptError("PySparkTypeError",
                              "[NOT_COLUMN_OR_STR] Argument `col` should be a Column or str, got \(typeName).")
        }
    }

    /// A Python scalar as a Spark literal (`lit`), or the column itself.
    func literalColumn() throws -> Column {
        if case .column(let c) = self { return c }
        return Column(.literal(try sparkValue()))
    }

    /// A Python scalar as a Spark value, typed as PySpark infers it (int -> integer or long, float -> double).
    func sparkValue() throws -> Value {
        switch self {
        case .none: return .null
        case .bool(let b): return .boolean(b)
        case .int(let i): return Int32(exactly: i).map(Value.integer) ?? .long(i)
        case .float(let d): return .double(d)
        case .string(let s): return .string(s)
        case .bytes(let b, _): return .binary(b)
        case .list(let items): return .array(try items.map { try $0.sparkValue() })
        case .row(let r): return .structure(names: r.names, values: r.values)
        case .dict(let items): return .map(keys: try items.map { try $0.key.sparkValue() }, values: try items.map { try $0.value.sparkValue() })
        case .decimal(let d): return .decimal(try d.sparkDecimal())
        case .date(let days): return .date(days)
        case .datetime(let micros): return .timestamp(micros)
        case .time(let micros): return .time(micros)
        default:
            throw ScriptError("PySparkTypeError",
                              "[UNSUPPORTED_LITERAL] Unsupported Literal '\(repr)' of type \(typeName).")
        }
    }

    /// A Spark value coming back to Python (`collect()`, `row["n"]`, `spark.conf.get`).
    static func from(_ value: Value) -> PyValue {
        switch value {
        case .null: .none
        case .integer(let v): .int(Int64(v))
        case .long(let v): .int(v)
        case .double(let v): .float(v)
        case .byte(let v): .int(Int64(v))
        case .short(let v): .int(Int64(v))
        // Python's float is a double: a Spark float comes back widened (1.1 reads as 1.100000023841858).
        case .float(let v): .float(Double(v))
        case .string(let v): .string(v)
        case .binary(let v): .bytes(v, mutable: false)
        case .boolean(let v): .bool(v)
        case .timestamp(let micros): .datetime(micros)
        case .timestampNTZ(let micros): .datetime(micros)
        // Python's timedelta is not a cell value yet: a day-time or legacy interval comes back as Spark's text.
        case .dayTimeInterval(let micros): .string(IntervalFormat.dayTime(micros))
        case .yearMonthInterval(let months): .int(Int64(months))
        case .calendarInterval(let c): .string(c.text)
        case .time(let micros): .time(micros)
        case .date(let days): .date(days)
        case .decimal(let d): .decimal(PyDecimal(PythonRepr.decimalText(unscaled: d.unscaled, scale: d.scale))!)
        case .array(let elements): .list(elements.map(from))
        case .structure(let names, let values): .row(Row(names: names, values: values))
        case .map(let keys, let values):
            .dict(JVMMapOrder.collectOrder(of: keys).map { .init(key: from(keys[$0]), value: from(values[$0])) })
        case .variant(let v): .variantVal(v)
        }
    }
}
