/// Spark's variant functions: `parse_json` (JSON text to a variant), `is_variant_null`, `is_valid_variant`,
/// `schema_of_variant`, `to_variant_object` (a struct, map or array as a variant), and the edits `variant_insert`,
/// `variant_set`, `variant_delete`, `variant_array_append`, `variant_strip_nulls`, with the `try_` forms that
/// return null where the plain ones raise Spark's error. `variant_get` is `VariantGetFunction`.
enum VariantFunctions {
    static let all: [any ScalarFunction] = [
        // Null only for a null input, as Spark's schema says (`try_parse_json` may be null for any).
        RowFunction("parse_json", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.string], .variant)) { v, _ in
            do { return .variant(try VariantJSONParser.parse(v[0].string)) } catch is VariantJSONParser.Malformed {
                throw SparkError(.execution, errorClass: "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
                                 message: "Malformed records are detected in record parsing: \(v[0].string).",
                                 sqlState: "22023")
            }
        },
        RowFunction("try_parse_json", arity: 1...1, signature: Signatures.fixed([.string], .variant)) { v, _ in
            (try? VariantJSONParser.parse(v[0].string)).map(Value.variant) ?? .null
        },
        RowFunction("is_variant_null", arity: 1...1, nullIntolerant: false, nullability: .never,
                    signature: variantFirst(.boolean)) { v, _ in
            guard case .variant(let x) = v[0] else { return .boolean(false) }
            return .boolean(x.kind == .null)
        },
        RowFunction("is_valid_variant", arity: 1...1, signature: variantFirst(.boolean)) { v, _ in
            guard case .variant(let x) = v[0] else { return .null }
            return .boolean((try? x.rebuilt()) != nil)
        },
        RowFunction("schema_of_variant", arity: 1...1, signature: variantFirst(.string)) { v, _ in
            guard case .variant(let x) = v[0] else { return .null }
            return .string(x.schema.text)
        },
        RowFunction("to_variant_object", arity: 1...1, nullability: .whenAnyArgument, signature: { types, _ in
            switch types[0] {
            case .structure, .map, .array, .null: return FunctionSignature(inputs: types, result: .variant)
            default:
                throw ArgumentTypeMismatch(argument: 0, .parameter(required: "(\"ARRAY\" or \"MAP\" or \"STRUCT\")"), actual: types[0])
            }
        }) { v, _ in .variant(try VariantBuilder.variant(v[0])) },
        edit("variant_insert", arity: 3...3) { v in .insert(try node(v[2])) },
        edit("try_variant_insert", arity: 3...3) { v in .insert(try node(v[2])) },
        edit("variant_set", arity: 3...4) { v in .set(try node(v[2]), create: v.count < 4 || v[3] == .boolean(true)) },
        edit("try_variant_set", arity: 3...4) { v in .set(try node(v[2]), create: v.count < 4 || v[3] == .boolean(true)) },
        edit("variant_array_append", arity: 3...3) { v in .append(try node(v[2])) },
        edit("try_variant_array_append", arity: 3...3) { v in .append(try node(v[2])) },
        // Null paths are skipped; each other path is deleted in turn.
        RowFunction("variant_delete", arity: 2...64, nullIntolerant: false,
                    signature: { types, _ in
                        try checkVariant(types[0])
                        return FunctionSignature(inputs: [.variant] + Array(repeating: .string, count: types.count - 1), result: .variant)
                    }) { v, _ in
            guard case .variant(let x) = v[0] else { return .null }
            var tree = VariantNode(x)
            for path in v.dropFirst() where !path.isNull {
                guard let parsed = VariantPath(path.string) else { throw VariantPath.invalid(path.string, in: "variant_delete") }
                tree = try tree.editing(parsed.segments, .delete)
            }
            return .variant(try tree.variant())
        },
        RowFunction("variant_strip_nulls", arity: 1...2,
                    signature: { types, _ in
                        try checkVariant(types[0])
                        return FunctionSignature(inputs: Array([DataType.variant, .boolean].prefix(types.count)), result: .variant)
                    }) { v, _ in
            guard case .variant(let x) = v[0] else { return .null }
            let inArrays = v.count < 2 || v[1] == .boolean(true)
            return .variant(try VariantNode(x).strippingNulls(inArrays: inArrays).variant())
        },
    ]

    /// A function whose first argument is a variant (a null literal passes as one).
    static func variantFirst(_ result: DataType) -> @Sendable ([DataType], FunctionContext) throws -> FunctionSignature {
        { types, _ in
            try checkVariant(types[0])
            return FunctionSignature(inputs: [.variant], result: result)
        }
    }

    static func checkVariant(_ type: DataType) throws {
        guard type == .variant || type == .null else {
            throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"VARIANT\""), actual: type)
        }
    }

    static func node(_ value: Value) throws -> VariantNode { VariantNode(try VariantBuilder.variant(value)) }

    /// An edit at a path: null when any argument is; Spark's errors, or null for the `try_` forms.
    static func edit(_ name: String, arity: ClosedRange<Int>,
                     _ make: @escaping @Sendable ([Value]) throws -> VariantNode.Edit) -> RowFunction {
        let tolerant = name.hasPrefix("try_")
        return RowFunction(name, arity: arity, signature: { types, _ in
            try checkVariant(types[0])
            var inputs: [DataType] = [.variant, .string, types[2]]
            if types.count > 3 { inputs.append(.boolean) }
            return FunctionSignature(inputs: inputs, result: .variant)
        }) { v, _ in
            guard case .variant(let x) = v[0] else { return .null }
            let text = v[1].string
            guard let path = VariantPath(text) else { throw VariantPath.invalid(text, in: name) }
            do {
                return .variant(try VariantNode(x).editing(path.segments, try make(v)).variant())
            } catch let mismatch as VariantNode.PathMismatch {
                if tolerant { return .null }
                throw SparkError(.execution, errorClass: "VARIANT_PATH_TYPE_MISMATCH",
                                 message: "The path '\(text)' is incompatible with the variant value at '\(path.prefixText(mismatch.at))' in `\(name)`.",
                                 sqlState: "22023")
            } catch {
                if tolerant { return .null }
                throw error
            }
        }
    }
}

extension VariantPath {
    /// The path's first `count` steps as text (`$.a[1]`).
    func prefixText(_ count: Int) -> String {
        "$" + segments.prefix(count).map { segment -> String in
            switch segment {
            case .index(let i): return "[\(i)]"
            case .key(let k):
                return k.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? "." + k : "['\(k)']"
            }
        }.joined()
    }
}
