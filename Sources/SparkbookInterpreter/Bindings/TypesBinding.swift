import SparkbookDataFrame
import SparkbookEngine

/// Attributes and methods of schemas, fields and data types (`df.schema.fields`, `field.dataType`,
/// `schema.simpleString()`, `DecimalType(10,2).precision`), as PySpark's `pyspark.sql.types` has them.
enum TypesBinding {
    static func properties(of value: PyValue) -> [String] {
        switch value {
        case .structType: ["fields", "names"]
        case .structField: ["name", "dataType", "nullable", "metadata"]
        case .dataType(.decimal): ["precision", "scale"]
        case .dataType(.array): ["elementType", "containsNull"]
        default: []
        }
    }

    static func methods(of value: PyValue) -> [String] {
        switch value {
        case .structType: ["fieldNames", "simpleString", "typeName", "add"]
        case .structField: ["simpleString"]
        case .dataType: ["simpleString", "typeName"]
        default: []
        }
    }

    static func attribute(_ name: String, of value: PyValue) -> PyValue? {
        switch (value, name) {
        case (.structType(let schema), "fields"): .list(schema.fields.map(PyValue.structField))
        case (.structType(let schema), "names"): .list(schema.names.map(PyValue.string))
        case (.structField(let field), "name"): .string(field.name)
        case (.structField(let field), "nullable"): .bool(field.nullable)
        case (.structField(let field), "dataType"): field.dataType.structFields.map(PyValue.structType) ?? .dataType(field.dataType)
        case (.structField(let field), "metadata"):
            field.metadata.isEmpty ? .dict([]) : (try? JSONModule.call("loads", CallArguments(positional: [.string(field.metadata)], functionName: "loads"))) ?? .dict([])
        case (.dataType(.decimal(let precision, _)), "precision"): .int(Int64(precision))
        case (.dataType(.decimal(_, let scale)), "scale"): .int(Int64(scale))
        case (.dataType(.array(let element, _)), "elementType"): .dataType(element)
        case (.dataType(.array(_, let containsNull)), "containsNull"): .bool(containsNull)
        default: nil
        }
    }

    static func call(_ name: String, on value: PyValue, _ args: CallArguments) throws -> PyValue? {
        switch (value, name) {
        case (.structType(let schema), "fieldNames"):
            try args.noArguments()
            return .list(schema.names.map(PyValue.string))
        case (.structType(let schema), "simpleString"):
            try args.noArguments()
            return .string(simpleString(schema))
        case (.structType, "typeName"):
            try args.noArguments()
            return .string("struct")
        case (.structType(let schema), "add"):
            return .structType(try add(to: schema, args))
        case (.structField(let field), "simpleString"):
            try args.noArguments()
            return .string("\(field.name):\(field.dataType.simpleString)")
        case (.dataType(let type), "simpleString"):
            try args.noArguments()
            return .string(type.simpleString)
        case (.dataType(let type), "typeName"):
            try args.noArguments()
            return .string(typeName(type))
        default:
            return nil
        }
    }

    static func simpleString(_ schema: StructType) -> String {
        "struct<" + schema.fields.map { "\($0.name):\($0.dataType.simpleString)" }.joined(separator: ",") + ">"
    }

    /// PySpark's `DataType.typeName()`: the class name without `Type`, lower-cased (`integer`, `decimal`).
    static func typeName(_ type: DataType) -> String {
        String(SparkTypeClass.of(type).rawValue.dropLast(4)).lowercased()
    }

    /// `schema.add(field)` or `schema.add("name", IntegerType() or "int", nullable=True)`: a new schema.
    private static func add(to schema: StructType, _ args: CallArguments) throws -> StructType {
        let v = try args.bind(["field", "data_type", "nullable", "metadata"], required: 1)
        var fields = schema.fields
        if case .structField(let field) = v[0]! {
            fields.append(field)
        } else {
            guard let type = v[1] else {
                throw ScriptError("PySparkValueError", "[ARGUMENT_REQUIRED] Argument `data_type` is required when passing name of struct_field to create.")
            }
            fields.append(StructField(try v[0]!.string("field", in: "add"), try SparkTypeClass.dataType(type, in: "add"),
                                      nullable: v[2]?.isTruthy ?? true))
        }
        return StructType(fields)
    }

    /// `schema["id"]`: the field of exactly that name, as PySpark matches it.
    static func field(_ schema: StructType, named name: String) throws -> PyValue {
        guard let field = schema.fields.first(where: { $0.name == name }) else {
            throw ScriptError("PySparkKeyError", "[KEY_NOT_EXISTS] Key `\(name)` does not exist.")
        }
        return .structField(field)
    }
}
