/// A column's metadata (`df.withMetadata("age", {...})`, `col.alias("a", metadata={...})`): a JSON object kept
/// on the schema's field. The expression carries it as a call that passes its first argument through; a select
/// list item that is such a call under an alias names a field with that metadata, and a plain column
/// reference keeps its input field's.
public enum ColumnMetadata {
    static let name = "\u{1F}metadata"

    /// `value` carrying `json` (a JSON object's text) to the field it is selected as.
    public static func call(_ value: Expression, json: String) -> Expression {
        .function(name, [value, .literal(.string(json))])
    }

    /// The metadata an alias's expression carries, nil for any other expression.
    static func json(of e: Expression) -> String? {
        var inner = e
        if case .alias(let aliased, _) = inner { inner = aliased }
        guard case .function(name, let args) = inner, args.count == 2, case .literal(.string(let json)) = args[1] else { return nil }
        return json
    }

    static let function: any ScalarFunction = PassThrough()

    struct PassThrough: NullabilityAwareFunction {
        let name = ColumnMetadata.name
        let arity = 2...2

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            FunctionSignature(inputs: argumentTypes, result: argumentTypes[0])
        }

        func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                      context: FunctionContext) throws -> ColumnVector {
            arguments[0]
        }

        func generatedName(_ arguments: [String]) -> String { arguments[0] }

        func resultNullable(argumentsNullable: [Bool], argumentTypes: [DataType]) -> Bool { argumentsNullable[0] }
    }
}
