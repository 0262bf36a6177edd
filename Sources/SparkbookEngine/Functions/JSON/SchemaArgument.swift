/// The schema argument of `from_json`, `from_csv` and `from_xml`: a DDL string (`a INT, b STRING`,
/// `struct<a:int>`, `MAP<STRING,INT>`, `array<int>`), given as a literal or as an expression of no column that
/// folds to one (`schema_of_csv('1,2')`), read once at analysis to decide the result type. The options argument
/// arrives as one `key=value` line each (the binding's encoding of PySpark's dict).
enum SchemaArgument {
    static func type(_ argument: BoundExpression, function: String) throws -> DataType {
        guard argument.columnIndices.isEmpty,
              case .string(let text) = try argument.evaluate(RecordBatch(schema: StructType([]), columns: [], rowCount: 1)).value(at: 0)
        else {
            throw SparkError(.analysis, errorClass: "INVALID_SCHEMA.NON_STRING_LITERAL",
                             message: "The input schema \"\(argument)\" must be a STRING literal.", sqlState: "42K07")
        }
        switch try DDLSchemaParser.parseSchemaOrType(text) {
        case .schema(let s): return .structure(s)
        case .type(let t): return t
        }
    }

    /// `key=value` lines to a dictionary (keys as given).
    static func options(_ text: String) -> [String: String] {
        var map: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { map[parts[0]] = parts[1] }
        }
        return map
    }
}

/// A function whose result type is its schema argument's: the row rule gets that type.
struct SchemaFunction: ScalarFunction {
    let name: String
    let arity: ClosedRange<Int>
    /// Which argument types are accepted before the schema (checked by the caller's rule).
    let input: DataType
    let rule: @Sendable (_ values: [Value], _ type: DataType) throws -> Value

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        FunctionSignature(inputs: Array(([input] + Array(repeating: DataType.string, count: 2)).prefix(argumentTypes.count)),
                          result: .string)
    }

    func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature {
        let base = try signature(arguments.map(\.dataType), context: context)
        return FunctionSignature(inputs: base.inputs, result: try SchemaArgument.type(arguments[1], function: name))
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        var values = [Value](repeating: .null, count: arguments.count)
        for row in 0..<rowCount {
            if arguments[0].isNull(row) { builder.appendNull(); continue }
            for i in arguments.indices { values[i] = arguments[i].value(at: row) }
            builder.append(try rule(values, signature.result))
        }
        return builder.finish()
    }

    func generatedName(_ arguments: [String]) -> String { "\(name)(\(arguments[0]))" }
}
