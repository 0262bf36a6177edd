import Foundation

/// Spark's JSON string functions: `get_json_object`, `json_array_length`, `json_object_keys`, `schema_of_json`,
/// and `to_json`. Invalid JSON is null (as Spark's parser failing quietly), never an error.
enum JSONFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("get_json_object", arity: 2...2, signature: Signatures.fixed([.string, .string], .string)) { v, _ in
            guard let path = JSONPath.parse(v[1].string), let tree = JSONTree.parse(v[0].string) else { return .null }
            return JSONPath.evaluate(tree, path).map(Value.string) ?? .null
        },
        // `json_tuple(json, field)`: one field of a JSON object, a string as its text, anything else as JSON (the
        // select list expands `json_tuple(json, f1, f2, ...)` into one of these per field).
        RowFunction("json_tuple", arity: 2...2, signature: Signatures.fixed([.string, .string], .string)) { v, _ in
            guard case .object(let fields)? = JSONTree.parse(v[0].string),
                  let found = fields.first(where: { $0.0 == v[1].string })?.1 else { return .null }
            switch found {
            case .null: return .null
            case .string(let s): return .string(s)
            default: return .string(found.compactText)
            }
        },
        RowFunction("json_array_length", arity: 1...1, signature: Signatures.fixed([.string], .integer)) { v, _ in
            guard case .array(let items)? = JSONTree.parse(v[0].string) else { return .null }
            return .integer(Int32(items.count))
        },
        RowFunction("json_object_keys", arity: 1...1,
                    signature: Signatures.fixed([.string], .array(element: .string, containsNull: true))) { v, _ in
            guard case .object(let fields)? = JSONTree.parse(v[0].string) else { return .null }
            return .array(fields.map { .string($0.0) })
        },
        // `schema_of_json(json[, options])`: the options arrive as one `key=value` line each (the binding's
        // encoding of PySpark's dict), left out of the column name as Spark leaves them.
        RowFunction("schema_of_json", arity: 1...2, nullIntolerant: false, nullability: .never,
                    namer: { "schema_of_json(\($0[0]))" },
                    signature: { types, _ in
                        FunctionSignature(inputs: Array(repeating: .string, count: types.count), result: .string)
                    }) { v, _ in
            let options = v.count > 1 ? JSONOptions(v[1].string) : JSONOptions("")
            guard let tree = JSONTree.parse(v[0].string, unquotedFieldNames: options.allowUnquotedFieldNames) else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                                 message: "Cannot parse the JSON string \(v[0].string) to infer its schema.")
            }
            return .string(JSONSchema.infer(tree).canonical.sql)
        },
        // `to_json(struct | map | array | variant)`: the value as JSON text.
        RowFunction("to_json", arity: 1...2, namer: { "to_json(\($0[0]))" }, signature: { types, _ in
            switch types[0] {
            case .array, .structure, .map, .variant: break
            default:
                throw ArgumentTypeMismatch(argument: 0, .parameter(required: "(\"STRUCT\" or \"MAP\" or \"ARRAY\" or \"VARIANT\")"), actual: types[0])
            }
            return FunctionSignature(inputs: types, result: .string)
        }) { v, _ in .string(JSONSchema.json(v[0]).compactText) },
    ]

    /// The options the JSON functions read, from `key=value` lines (keys case-insensitive, as Spark's).
    struct JSONOptions {
        var allowUnquotedFieldNames = false

        init(_ text: String) {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                if parts[0].lowercased() == "allowunquotedfieldnames" { allowUnquotedFieldNames = parts[1].lowercased() == "true" }
            }
        }
    }
}

/// The type Spark's `JsonInferSchema` infers for a JSON value, and the JSON a value of a Spark type writes.
indirect enum JSONSchema: Equatable {
    case null, boolean, long, double, string
    case decimal(Int, Int)
    case array(JSONSchema)
    case structure([(String, JSONSchema)])

    static func == (a: JSONSchema, b: JSONSchema) -> Bool { a.sql == b.sql }

    static func infer(_ tree: JSONTree) -> JSONSchema {
        switch tree {
        case .null: return .null
        case .boolean: return .boolean
        case .string: return .string
        case .float, .raw: return .double
        case .integer(let text):
            if Int64(text) != nil { return .long }
            let digits = text.hasPrefix("-") ? text.count - 1 : text.count
            return digits <= 38 ? .decimal(digits, 0) : .double
        case .array(let items):
            return .array(items.map(infer).reduce(JSONSchema.null, merge))
        case .object(let fields):
            var byName: [String: JSONSchema] = [:]
            for (name, value) in fields { byName[name] = merge(byName[name] ?? .null, infer(value)) }
            return .structure(byName.keys.sorted().map { ($0, byName[$0]!) })
        }
    }

    /// Spark's `compatibleType` for inferred JSON types: numbers widen, structs take every field, anything else
    /// that differs is a string.
    static func merge(_ a: JSONSchema, _ b: JSONSchema) -> JSONSchema {
        switch (a, b) {
        case _ where a == b: return a
        case (.null, _): return b
        case (_, .null): return a
        case (.long, .double), (.double, .long), (.double, .decimal), (.decimal, .double): return .double
        case (.long, .decimal(let p, let s)), (.decimal(let p, let s), .long): return .decimal(max(p, 20 + s), s)
        case (.decimal(let p1, let s1), .decimal(let p2, let s2)):
            let s = max(s1, s2)
            let p = max(p1 - s1, p2 - s2) + s
            return p <= 38 ? .decimal(p, s) : .double
        case (.array(let x), .array(let y)): return .array(merge(x, y))
        case (.structure(let x), .structure(let y)):
            var byName = Dictionary(x, uniquingKeysWith: { a, _ in a })
            for (name, t) in y { byName[name] = merge(byName[name] ?? .null, t) }
            return .structure(byName.keys.sorted().map { ($0, byName[$0]!) })
        default: return .string
        }
    }

    /// Nulls left in the inferred type read as strings.
    var canonical: JSONSchema {
        switch self {
        case .null: .string
        case .array(let e): .array(e.canonical)
        case .structure(let fields): .structure(fields.map { ($0.0, $0.1.canonical) })
        default: self
        }
    }

    /// Spark's `DataType.sql`: `STRUCT<a: BIGINT, b: ARRAY<STRING>>`.
    var sql: String {
        switch self {
        case .null: "VOID"
        case .boolean: "BOOLEAN"
        case .long: "BIGINT"
        case .double: "DOUBLE"
        case .string: "STRING"
        case .decimal(let p, let s): "DECIMAL(\(p),\(s))"
        case .array(let e): "ARRAY<\(e.sql)>"
        case .structure(let fields): "STRUCT<\(fields.map { "\(Self.quoted($0.0)): \($0.1.sql)" }.joined(separator: ", "))>"
        }
    }

    /// A field name as Spark's SQL text shows it: backquoted unless it is a plain identifier.
    static func quoted(_ name: String) -> String {
        let plain = !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            && !name.allSatisfy(\.isNumber)
        return plain ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// The JSON Spark's `to_json` writes for a value.
    static func json(_ value: Value) -> JSONTree {
        switch value {
        case .null: .null
        case .boolean(let b): .boolean(b)
        case .string(let s): .string(s)
        case .integer, .long, .short, .byte: .integer(value.string)
        case .double(let d): d.isFinite ? .float(String(d)) : .string(value.string)
        case .float(let f): f.isFinite ? .float(String(Double(value.string) ?? Double(f))) : .string(value.string)
        case .decimal(let d): .raw(d.plainText)
        case .array(let items): .array(items.map(json))
        case .date, .timestamp, .timestampNTZ, .dayTimeInterval, .yearMonthInterval, .calendarInterval, .time: .string(value.string)
        // Jackson writes bytes as base64; a struct is an object of its fields; a map's keys are written as text.
        case .binary(let bytes): .string(Data(bytes).base64EncodedString())
        // Null fields are left out (Spark's `ignoreNullFields`, on by default).
        case .structure(let names, let values): .object(zip(names, values).filter { !$0.1.isNull }.map { ($0.0, json($0.1)) })
        case .map(let keys, let values): .object(zip(keys, values).map { ($0.0.string, json($0.1)) })
        case .variant(let v): .raw(v.json())
        }
    }
}
