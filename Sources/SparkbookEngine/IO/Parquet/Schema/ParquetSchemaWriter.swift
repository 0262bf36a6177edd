/// The Parquet schema Spark writes for a Spark schema (ParquetSchemaConverter with `writeLegacyFormat=false`):
/// a root named `spark_schema`, 3-level LISTs (`list`/`element`), MAPs (`key_value`/`key`/`value`), INT96
/// timestamps, timestamp_ntz as INT64 micros not adjusted to UTC, decimals in the smallest of INT32, INT64 or fixed-length bytes that holds their precision.
enum ParquetSchemaWriter {
    static func elements(_ schema: StructType) throws -> [ParquetSchemaElement] {
        var out = [ParquetSchemaElement(name: "spark_schema", childCount: Int32(schema.count))]
        for f in schema.fields { try append(f.name, f.dataType, nullable: f.nullable, to: &out) }
        return out
    }

    private static func append(_ name: String, _ type: DataType, nullable: Bool, to out: inout [ParquetSchemaElement]) throws {
        let repetition: ParquetRepetition = nullable ? .optional : .required
        switch type {
        case .array(let element, let containsNull):
            out.append(ParquetSchemaElement(name: name, repetition: repetition, childCount: 1, convertedType: .list, logicalType: .list))
            out.append(ParquetSchemaElement(name: "list", repetition: .repeated, childCount: 1))
            try append("element", element, nullable: containsNull, to: &out)
        case .map(let key, let value, let valueContainsNull):
            out.append(ParquetSchemaElement(name: name, repetition: repetition, childCount: 1, convertedType: .map, logicalType: .map))
            out.append(ParquetSchemaElement(name: "key_value", repetition: .repeated, childCount: 2))
            try append("key", key, nullable: false, to: &out)
            try append("value", value, nullable: valueContainsNull, to: &out)
        case .structure(let s):
            out.append(ParquetSchemaElement(name: name, repetition: repetition, childCount: Int32(s.count)))
            for f in s.fields { try append(f.name, f.dataType, nullable: f.nullable, to: &out) }
        default:
            var e = try leaf(name, type)
            e.repetition = repetition
            out.append(e)
        }
    }

    private static func leaf(_ name: String, _ type: DataType) throws -> ParquetSchemaElement {
        switch type {
        case .boolean: return ParquetSchemaElement(name: name, type: .boolean)
        case .byte: return ParquetSchemaElement(name: name, type: .int32, convertedType: .int8, logicalType: .integer(bitWidth: 8, signed: true))
        case .short: return ParquetSchemaElement(name: name, type: .int32, convertedType: .int16, logicalType: .integer(bitWidth: 16, signed: true))
        case .integer: return ParquetSchemaElement(name: name, type: .int32)
        case .long: return ParquetSchemaElement(name: name, type: .int64)
        case .float: return ParquetSchemaElement(name: name, type: .float)
        case .double: return ParquetSchemaElement(name: name, type: .double)
        case .string: return ParquetSchemaElement(name: name, type: .byteArray, convertedType: .utf8, logicalType: .string)
        case .binary: return ParquetSchemaElement(name: name, type: .byteArray)
        case .date: return ParquetSchemaElement(name: name, type: .int32, convertedType: .date, logicalType: .date)
        case .timestamp: return ParquetSchemaElement(name: name, type: .int96)
        case .timestampNTZ:
            return ParquetSchemaElement(name: name, type: .int64, logicalType: .timestamp(adjustedToUTC: false, unit: .micros))
        // ANSI intervals as their plain counts (months; microseconds): the Spark schema in the footer gives the type.
        case .yearMonthInterval: return ParquetSchemaElement(name: name, type: .int32)
        case .dayTimeInterval: return ParquetSchemaElement(name: name, type: .int64)
        case .time: throw ParquetSparkTypes.unsupportedTime
        case .decimal(let p, let s):
            let physical: ParquetPhysicalType = p <= 9 ? .int32 : p <= 18 ? .int64 : .fixedLenByteArray
            return ParquetSchemaElement(name: name, type: physical,
                                        typeLength: physical == .fixedLenByteArray ? Int32(decimalBytes(p)) : nil,
                                        convertedType: .decimal, scale: Int32(s), precision: Int32(p),
                                        logicalType: .decimal(precision: Int32(p), scale: Int32(s)))
        default:
            throw SparkError(.analysis, errorClass: "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE",
                             message: "The Parquet datasource doesn't support the column `\(name)` of the type \"\(type.simpleString.uppercased())\".",
                             sqlState: "0A000")
        }
    }

    /// The bytes a decimal of `precision` digits needs (Spark's `Decimal.minBytesForPrecision`).
    static func decimalBytes(_ precision: Int) -> Int {
        var bytes = 1
        while true {
            // 2^(8*bytes - 1) >= 10^precision, compared in logarithms (exact enough at these sizes).
            if Double(8 * bytes - 1) * 0.30102999566398120 >= Double(precision) { return bytes }
            bytes += 1
        }
    }
}
