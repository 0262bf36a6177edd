/// How Spark's types are stored in Parquet and read back, as Spark's ParquetSchemaConverter and
/// ParquetToSparkSchemaConverter do with their defaults (`writeLegacyFormat=false`, INT96 timestamps,
/// binary not read as string).
enum ParquetSparkTypes {
    /// The Spark type of a node, from the file's own annotations.
    static func sparkType(_ node: ParquetSchemaNode) throws -> DataType {
        let type = try baseType(node)
        return node.element.repetition == .repeated ? .array(element: type, containsNull: false) : type
    }

    /// The node's type, leaving aside that it repeats.
    private static func baseType(_ node: ParquetSchemaNode) throws -> DataType {
        switch node {
        case .leaf(let leaf): try primitive(leaf)
        case .group(let e, let children): try groupType(e, children)
        }
    }

    private static func groupType(_ e: ParquetSchemaElement, _ children: [ParquetSchemaNode]) throws -> DataType {
        if e.logicalType == .list || e.convertedType == .list {
            // LIST: one repeated child. In the 3-level form it wraps the element; a repeated group named
            // "array" or "<name>_tuple", or with several fields, is itself the element (the compatibility rules).
            guard children.count == 1 else { throw ParquetError("LIST group \(e.name) has \(children.count) children") }
            let repeated = children[0]
            if let element = listElement(e, repeated) {
                return .array(element: try sparkType(element), containsNull: element.element.repetition != .required)
            }
            return .array(element: try baseType(repeated), containsNull: false)
        }
        if e.logicalType == .map || e.convertedType == .map || e.convertedType == .mapKeyValue {
            guard children.count == 1, case .group(_, let kv) = children[0], kv.count == 2 else {
                throw ParquetError("MAP group \(e.name) is not a repeated key_value group of two fields")
            }
            return .map(key: try sparkType(kv[0]), value: try sparkType(kv[1]),
                        valueContainsNull: kv[1].element.repetition != .required)
        }
        return .structure(StructType(try children.map {
            StructField($0.name, try sparkType($0), nullable: $0.element.repetition != .required)
        }))
    }

    private static func primitive(_ leaf: ParquetLeaf) throws -> DataType {
        let e = leaf.element
        if case .decimal(let p, let s)? = e.logicalType { return .decimal(precision: Int(p), scale: Int(s)) }
        if e.convertedType == .decimal { return .decimal(precision: Int(e.precision ?? 10), scale: Int(e.scale ?? 0)) }
        switch leaf.type {
        case .boolean: return .boolean
        case .int32:
            switch (e.logicalType, e.convertedType) {
            case (.integer(8, true)?, _), (nil, .int8?): return .byte
            case (.integer(16, true)?, _), (nil, .int16?): return .short
            case (.integer(8, false)?, _), (nil, .uint8?): return .short
            case (.integer(16, false)?, _), (nil, .uint16?): return .integer
            case (.integer(32, false)?, _), (nil, .uint32?): return .long
            case (.date?, _), (nil, .date?): return .date
            case (.time?, _), (nil, .timeMillis?):
                throw unsupportedTime
            default: return .integer
            }
        case .int64:
            switch (e.logicalType, e.convertedType) {
            case (.integer(64, false)?, _), (nil, .uint64?): return .decimal(precision: 20, scale: 0)
            case (.timestamp(let adjustedToUTC, let unit)?, _):
                if unit == .nanos { throw ParquetError("column \(e.name) holds TIMESTAMP(NANOS), which Spark cannot read either") }
                // Local date-times (isAdjustedToUTC=false) are timestamp_ntz, as Spark infers them by default
                // (spark.sql.parquet.inferTimestampNTZ.enabled) and writes them.
                return adjustedToUTC ? .timestamp : .timestampNTZ
            case (nil, .timestampMicros?), (nil, .timestampMillis?): return .timestamp
            case (.time?, _), (nil, .timeMicros?):
                throw unsupportedTime
            default: return .long
            }
        case .int96: return .timestamp
        case .float: return .float
        case .double: return .double
        case .byteArray:
            switch (e.logicalType, e.convertedType) {
            case (.string?, _), (.enumeration?, _), (.json?, _), (nil, .utf8?), (nil, .enumeration?), (nil, .json?): return .string
            default: return .binary
            }
        case .fixedLenByteArray: return .binary
        }
    }

    /// Spark 4.3 refuses TIME columns in Parquet both ways (with its TIME type off by default), and so does Sparkbook.
    static var unsupportedTime: SparkError {
        SparkError(.analysis, errorClass: "UNSUPPORTED_TIME_TYPE", message: "The data type TIME is not supported.",
                   sqlState: "0A000")
    }

    /// The element of a LIST group in the 3-level form, nil for the 2-level form (the repeated node is the element).
    static func listElement(_ list: ParquetSchemaElement, _ repeated: ParquetSchemaNode) -> ParquetSchemaNode? {
        if case .group(let r, let inner) = repeated, inner.count == 1, r.name != "array", r.name != list.name + "_tuple" {
            return inner[0]
        }
        return nil
    }

    /// The Spark schema of a file: Spark's own, when the file carries it and it fits the file's columns;
    /// otherwise what the file's types say. Every column reads as nullable, as Spark's file sources make them.
    static func schema(_ metadata: ParquetFileMetaData, nodes: [ParquetSchemaNode]) throws -> StructType {
        let fromFile = try StructType(nodes.map { StructField($0.name, asNullable(try sparkType($0)), nullable: true) })
        if let text = metadata.value(forKey: sparkSchemaKey), let spark = SparkSchemaJSON.schema(text),
           spark.names == fromFile.names {
            return StructType(spark.fields.map { StructField($0.name, asNullable($0.dataType), nullable: true) })
        }
        return fromFile
    }

    /// The type with every nested field, element and map value nullable (Spark's `asNullable`).
    static func asNullable(_ type: DataType) -> DataType {
        switch type {
        case .array(let e, _): .array(element: asNullable(e), containsNull: true)
        case .map(let k, let v, _): .map(key: asNullable(k), value: asNullable(v), valueContainsNull: true)
        case .structure(let s): .structure(StructType(s.fields.map { StructField($0.name, asNullable($0.dataType), nullable: true) }))
        default: type
        }
    }

    /// Where Spark keeps its schema in a Parquet footer.
    static let sparkSchemaKey = "org.apache.spark.sql.parquet.row.metadata"
}
