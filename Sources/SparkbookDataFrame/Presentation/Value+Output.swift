import Foundation
import SparkbookEngine

/// Bridges engine scalars and schemas to the output formatters, which know nothing of the engine.
extension Value {
    public var outputValue: OutputValue {
        switch self {
        case .null: .null
        case .integer(let v): .integer(Int64(v))
        case .long(let v): .integer(v)
        case .double(let v): .double(v)
        case .byte(let v): .integer(Int64(v))
        case .short(let v): .integer(Int64(v))
        case .float(let v): .float(v)
        case .string(let v): .string(v)
        case .binary(let v): .binary(v)
        case .boolean(let v): .boolean(v)
        case .timestamp(let v): .timestamp(microsSinceEpoch: v)
        case .date(let v): .date(daysSinceEpoch: Int64(v))
        case .decimal(let d): .decimal(unscaled: d.unscaled, scale: d.scale)
        case .timestampNTZ(let v): .timestampNTZ(microsSinceEpoch: v)
        case .dayTimeInterval(let v): .dayTimeInterval(micros: v)
        case .yearMonthInterval(let v): .yearMonthInterval(months: v)
        case .calendarInterval(let c): .calendarInterval(months: c.months, days: c.days, micros: c.micros)
        case .time(let v): .time(micros: v)
        case .array(let elements): .array(elements.map(\.outputValue))
        case .map(let keys, let values):
            .map(zip(keys, values).map { OutputMapEntry(key: $0.outputValue, value: $1.outputValue) })
        case .structure(let names, let values):
            .structure(zip(names, values).map { OutputField(name: $0, value: $1.outputValue) })
        // A nested value is re-encoded alone, as Spark hands it to Python.
        case .variant(let v):
            .variant(json: v.json(), value: (v.position == 0 ? v : (try? v.rebuilt()) ?? v).value,
                     metadata: (v.position == 0 ? v : (try? v.rebuilt()) ?? v).metadata)
        }
    }
}

extension StructType {
    public var schemaNodes: [SchemaNode] {
        fields.map { SchemaNode(name: $0.name, type: $0.dataType.schemaNodeType, nullable: $0.nullable) }
    }
}

extension DataType {
    /// The type as `printSchema()` shows it, nested types with their element lines.
    public var schemaNodeType: SchemaNodeType {
        if case .array(let element, let containsNull) = self {
            return .array(element: element.schemaNodeType, containsNull: containsNull)
        }
        if case .structure(let fields) = self { return .structure(fields.schemaNodes) }
        if case .map(let k, let v, let n) = self {
            return .map(key: k.schemaNodeType, value: v.schemaNodeType, valueContainsNull: n)
        }
        return .primitive(typeName)
    }
}

extension Row {
    /// `Row(country='US', n=3)`, as PySpark prints a collected row.
    public func pythonRepr(timeZone: TimeZone) -> String {
        PythonRepr(localTimeZone: timeZone).row(zip(names, values).map { OutputField(name: $0, value: $1.outputValue) })
    }
}

extension SparkSession {
    /// The session time zone (`spark.sql.session.timeZone`), used to print timestamps.
    public var timeZone: TimeZone {
        conf.get("spark.sql.session.timeZone").flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
    }
}
