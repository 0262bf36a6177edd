import SparkbookEngine

/// The classes of `pyspark.sql.types` a cell can name: calling one builds a data type, a field or a schema.
///
/// The classes the engine has no storage for (`BinaryType`, `MapType`, ...) still import, so `from
/// pyspark.sql.types import *` works, but calling one says plainly that Sparkbook does not support it.
public enum SparkTypeClass: String, Sendable, CaseIterable {
    case structType = "StructType"
    case structField = "StructField"
    case stringType = "StringType"
    case integerType = "IntegerType"
    case longType = "LongType"
    case doubleType = "DoubleType"
    case booleanType = "BooleanType"
    case dateType = "DateType"
    case timestampType = "TimestampType"
    case decimalType = "DecimalType"
    case arrayType = "ArrayType"
    case nullType = "NullType"
    case shortType = "ShortType"
    case byteType = "ByteType"
    case floatType = "FloatType"
    case binaryType = "BinaryType"
    case mapType = "MapType"
    case timestampNTZType = "TimestampNTZType"
    case charType = "CharType"
    case dayTimeIntervalType = "DayTimeIntervalType"
    case yearMonthIntervalType = "YearMonthIntervalType"
    case calendarIntervalType = "CalendarIntervalType"
    case timeType = "TimeType"
    case varcharType = "VarcharType"
    case variantType = "VariantType"

    /// The class a data type instance belongs to (`type(IntegerType()).__name__`).
    static func of(_ type: DataType) -> SparkTypeClass {
        switch type {
        case .integer: .integerType
        case .long: .longType
        case .double: .doubleType
        case .byte: .byteType
        case .short: .shortType
        case .float: .floatType
        case .string: .stringType
        case .binary: .binaryType
        case .boolean: .booleanType
        case .timestamp: .timestampType
        case .timestampNTZ: .timestampNTZType
        case .dayTimeInterval: .dayTimeIntervalType
        case .yearMonthInterval: .yearMonthIntervalType
        case .calendarInterval: .calendarIntervalType
        case .time: .timeType
        case .date: .dateType
        case .null: .nullType
        case .decimal: .decimalType
        case .array: .arrayType
        case .structure: .structType
        case .map: .mapType
        case .variant: .variantType
        }
    }

    /// `IntegerType()`, `DecimalType(10, 2)`, `ArrayType(StringType())`, `StructField("id", LongType())`, ...
    func construct(_ args: CallArguments) throws -> PyValue {
        switch self {
        case .structType:
            let v = try args.bind(["fields"])
            let items: [PyValue]
            switch v[0] {
            case nil, .none?: items = []
            case .list(let xs)?, .tuple(let xs)?: items = xs
            case let other?: throw Self.notFieldList(other)
            }
            return .structType(StructType(try items.map { item in
                guard case .structField(let f) = item else { throw Self.notFieldList(item) }
                return f
            }))
        case .structField:
            let v = try args.bind(["name", "dataType", "nullable", "metadata"], required: 2)
            let name = try v[0]!.string("name", in: rawValue)
            let nullable = v[2]?.isTruthy ?? true
            return .structField(StructField(name, try Self.dataType(v[1]!, in: rawValue), nullable: nullable))
        case .decimalType:
            let v = try args.bind(["precision", "scale"])
            let precision = try v[0]?.int("precision", in: rawValue) ?? 10
            let scale = try v[1]?.int("scale", in: rawValue) ?? 0
            guard (1...DecimalValue.maxPrecision).contains(precision), (0...precision).contains(scale) else {
                throw ScriptError("NotImplementedError", "DecimalType(\(precision),\(scale)) is outside what Sparkbook supports (precision 1 to 38, scale 0 to precision)")
            }
            return .dataType(.decimal(precision: precision, scale: scale))
        case .mapType:
            let v = try args.bind(["keyType", "valueType", "valueContainsNull"], required: 2)
            return .dataType(.map(key: try Self.dataType(v[0]!, in: rawValue), value: try Self.dataType(v[1]!, in: rawValue),
                                  valueContainsNull: v[2]?.isTruthy ?? true))
        case .arrayType:
            let v = try args.bind(["elementType", "containsNull"], required: 1)
            return .dataType(.array(element: try Self.dataType(v[0]!, in: rawValue), containsNull: v[1]?.isTruthy ?? true))
        default:
            try args.noArguments()
            guard let type = simpleType else {
                throw ScriptError("NotImplementedError", "\(rawValue) is not supported in Sparkbook; its types are "
                                  + Self.supported.map(\.rawValue).joined(separator: ", "))
            }
            return .dataType(type)
        }
    }

    private static func notFieldList(_ value: PyValue) -> ScriptError {
        ScriptError.type("StructType() takes a list of StructField, not \(value.typeName)")
    }

    /// The data type of a class whose constructor takes no arguments.
    private var simpleType: DataType? {
        switch self {
        case .stringType: .string
        case .binaryType: .binary
        case .integerType: .integer
        case .longType: .long
        case .doubleType: .double
        case .byteType: .byte
        case .shortType: .short
        case .floatType: .float
        case .booleanType: .boolean
        case .dateType: .date
        case .timestampType: .timestamp
        case .timestampNTZType: .timestampNTZ
        case .dayTimeIntervalType: .dayTimeInterval
        case .yearMonthIntervalType: .yearMonthInterval
        case .calendarIntervalType: .calendarInterval
        case .nullType: .null
        case .variantType: .variant
        default: nil
        }
    }

    static let supported: [SparkTypeClass] = [
        .structType, .structField, .stringType, .byteType, .shortType, .integerType, .longType, .floatType,
        .doubleType, .booleanType, .dateType, .timestampType, .decimalType, .arrayType, .binaryType, .mapType,
        .timestampNTZType, .dayTimeIntervalType, .yearMonthIntervalType, .calendarIntervalType,
        .variantType,
    ]

    /// A data type argument: an instance (`IntegerType()`) or a DDL name (`"int"`), as PySpark accepts both.
    static func dataType(_ value: PyValue, in function: String) throws -> DataType {
        switch value {
        case .dataType(let type): return type
        case .string(let ddl): return try DDLSchemaParser.parseType(ddl)
        case .sparkTypeClass(let cls):
            throw ScriptError.type("\(function)() needs a data type instance such as \(cls.rawValue)(), not the class \(cls.rawValue)")
        case .structType(let fields): return .structure(fields)
        default:
            throw ScriptError("PySparkTypeError", "[NOT_EXPECTED_TYPE] Argument `dataType` should be DataType or str, got \(value.typeName).")
        }
    }
}
