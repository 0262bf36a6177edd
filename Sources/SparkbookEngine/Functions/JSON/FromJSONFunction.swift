import Foundation

/// `from_json(json, schema[, options])`: JSON text read as a struct, map or array of the schema's types, as
/// Spark's `JacksonParser` reads it. Malformed text is, in the default PERMISSIVE mode, a struct of nulls (null
/// for a map or array); in FAILFAST mode Spark's `MALFORMED_RECORD_IN_PARSING` error. A value of the wrong JSON
/// kind for its field is null; strings take any other value's JSON text.
enum FromJSONFunction {
    static let function = SchemaFunction(name: "from_json", arity: 2...3, input: .string) { v, type in
        let options = SchemaArgument.options(v.count > 2 ? v[2].string : "")
        let lowered = Dictionary(options.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        let unquoted = lowered["allowunquotedfieldnames"]?.lowercased() == "true"
        guard let tree = JSONTree.parse(v[0].string, unquotedFieldNames: unquoted), let value = convert(tree, to: type) else {
            if lowered["mode"]?.uppercased() == "FAILFAST" {
                throw SparkError(.execution, errorClass: "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
                                 message: "Malformed records are detected in record parsing: \(v[0].string).",
                                 sqlState: "22023")
            }
            if case .structure(let s) = type {
                return .structure(names: s.names, values: Array(repeating: .null, count: s.count))
            }
            return .null
        }
        return value
    }

    /// The JSON value as `type`; nil when its kind does not fit (the caller decides what that means).
    static func convert(_ tree: JSONTree, to type: DataType) -> Value? {
        if case .null = tree { return .null }
        switch (type, tree) {
        case (.structure(let s), .object(let fields)):
            var byName: [String: JSONTree] = [:]
            for (k, t) in fields where byName[k] == nil { byName[k] = t }
            return .structure(names: s.names, values: s.fields.map { f in byName[f.name].flatMap { convert($0, to: f.dataType) } ?? .null })
        case (.map(_, let valueType, _), .object(let fields)):
            return .map(keys: fields.map { .string($0.0) }, values: fields.map { convert($0.1, to: valueType) ?? .null })
        case (.array(let element, _), .array(let items)):
            return .array(items.map { convert($0, to: element) ?? .null })
        case (.string, .string(let s)): return .string(s)
        case (.string, _): return .string(tree.compactText)
        case (.variant, _): return (try? VariantJSONParser.parse(tree.compactText)).map(Value.variant)
        case (.boolean, .boolean(let b)): return .boolean(b)
        case (.integer, .integer(let t)): return Int32(t).map(Value.integer)
        case (.long, .integer(let t)): return Int64(t).map(Value.long)
        case (.short, .integer(let t)): return Int16(t).map(Value.short)
        case (.byte, .integer(let t)): return Int8(t).map(Value.byte)
        case (.double, .integer(let t)), (.double, .float(let t)): return Double(t).map(Value.double)
        case (.float, .integer(let t)), (.float, .float(let t)): return Float(t).map(Value.float)
        case (.double, .string(let s)) where ["NaN", "Infinity", "-Infinity", "+Infinity"].contains(s):
            return .double(Double(s.replacingOccurrences(of: "Infinity", with: "inf"))!)
        case (.decimal, .integer(let t)), (.decimal, .float(let t)):
            let cast = ValueCast.cast(.string(t), to: type)
            return cast.isNull ? nil : cast
        case (.date, .string), (.timestamp, .string):
            guard case .string(let s) = tree else { return nil }
            let cast = ValueCast.cast(.string(s), to: type)
            return cast.isNull ? nil : cast
        default: return nil
        }
    }
}
