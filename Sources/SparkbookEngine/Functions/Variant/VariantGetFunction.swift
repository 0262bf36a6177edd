/// `variant_get(v, path[, type])` and `try_variant_get`: the value at a JSON-path-like `path` (a column or a
/// literal, parsed per row), read as `type` (a literal DDL type, the result type; a variant when left out).
/// A missing field or element is null; a value that does not convert is `INVALID_VARIANT_CAST`, or null for
/// the `try_` form. The column name leaves the type out, as Spark's does.
struct VariantGetFunction: ScalarFunction {
    let name: String
    let arity = 2...3

    static let all: [any ScalarFunction] = [VariantGetFunction(name: "variant_get"), VariantGetFunction(name: "try_variant_get")]

    var tolerant: Bool { name.hasPrefix("try_") }

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        try VariantFunctions.checkVariant(argumentTypes[0])
        return FunctionSignature(inputs: Array([DataType.variant, .string, .string].prefix(argumentTypes.count)), result: .variant)
    }

    func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature {
        let base = try signature(arguments.map(\.dataType), context: context)
        guard arguments.count == 3 else { return base }
        guard case .literal(.string(let text), _) = arguments[2] else {
            throw SparkError(.analysis, errorClass: "NON_FOLDABLE_ARGUMENT",
                             message: "The function `\(name)` requires the parameter `targetType` to be a foldable expression of the type \"STRING\", but the actual argument is a non-foldable.",
                             sqlState: "42K08")
        }
        return FunctionSignature(inputs: base.inputs, result: try DDLSchemaParser.parseType(text))
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        for row in 0..<rowCount {
            guard case .variant(let v) = arguments[0].value(at: row), case .string(let text) = arguments[1].value(at: row) else {
                builder.appendNull(); continue
            }
            guard let path = VariantPath(text) else { throw VariantPath.invalid(text, in: name) }
            guard let found = v.value(at: path) else { builder.appendNull(); continue }
            do {
                builder.append(try found.cast(to: signature.result))
            } catch let invalid as Variant.Invalid {
                if tolerant { builder.appendNull() } else { throw Variant.castError(invalid) }
            }
        }
        return builder.finish()
    }

    func generatedName(_ arguments: [String]) -> String { "\(name)(\(arguments.prefix(2).joined(separator: ", ")))" }
}
