import Foundation

/// Spark's XML row functions, over `XMLTree`: `schema_of_xml` (the struct type Spark's `XmlInferSchema` infers
/// for one record: child elements as fields in name order, a repeated one an array, attributes `_name` fields,
/// text beside attributes `_VALUE`; leaf text a BIGINT, DOUBLE, BOOLEAN or STRING), `from_xml` (a record read as
/// a struct of the schema's types), and `to_xml` (a struct written as Spark's `StaxXmlGenerator` indents it,
/// under `rowTag`, `ROW` by default). Options arrive as `key=value` lines.
enum XMLFunctions {
    static let all: [any ScalarFunction] = [
        RowFunction("schema_of_xml", arity: 1...2, nullIntolerant: false, nullability: .never,
                    namer: { "schema_of_xml(\($0[0]))" },
                    signature: { types, _ in FunctionSignature(inputs: Array(repeating: .string, count: types.count), result: .string) }) { v, _ in
            let options = Options(v.count > 1 ? v[1].string : "")
            guard let tree = try? XMLTree(parsing: v[0].string), let root = tree.nodes[0].children.first else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                                 message: "Cannot parse the XML string \(v[0].string) to infer its schema.")
            }
            return .string(sql(canonical(infer(tree, root, options))))
        },
        SchemaFunction(name: "from_xml", arity: 2...3, input: .string) { v, type in
            let options = Options(v.count > 2 ? v[2].string : "")
            guard let tree = try? XMLTree(parsing: v[0].string), let root = tree.nodes[0].children.first else {
                if case .structure(let s) = type { return .structure(names: s.names, values: Array(repeating: .null, count: s.count)) }
                return .null
            }
            return read(tree, root, as: type, options)
        },
        RowFunction("to_xml", arity: 1...2, namer: { "to_xml(\($0[0]))" }, signature: { types, _ in
            guard case .structure = types[0] else {
                throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"STRUCT\""), actual: types[0])
            }
            return FunctionSignature(inputs: Array([types[0], .string].prefix(types.count)), result: .string)
        }) { v, _ in
            let options = Options(v.count > 1 ? v[1].string : "")
            var out = ""
            write(v[0], tag: options.rowTag, depth: 0, to: &out, options)
            return .string(out)
        },
    ]

    struct Options {
        var rowTag = "ROW"
        var excludeAttribute = false
        var attributePrefix = "_"
        var valueTag = "_VALUE"
        var nullValue: String?

        init(_ text: String) {
            for (key, value) in SchemaArgument.options(text) {
                switch key.lowercased() {
                case "rowtag": rowTag = value
                case "excludeattribute": excludeAttribute = value.lowercased() == "true"
                case "attributeprefix": attributePrefix = value
                case "valuetag": valueTag = value
                case "nullvalue": nullValue = value
                default: break
                }
            }
        }
    }

    // MARK: Inference

    /// The type of an element: a struct of its attributes and children, or the type of its text alone.
    static func infer(_ tree: XMLTree, _ element: Int, _ options: Options) -> DataType {
        let node = tree.nodes[element]
        var fields: [String: DataType] = [:]
        var order: [String] = []
        func add(_ name: String, _ type: DataType, repeated: Bool) {
            if let existing = fields[name] {
                let element: DataType = if case .array(let e, _) = existing { e } else { existing }
                fields[name] = .array(element: merge(element, type), containsNull: true)
            } else {
                fields[name] = repeated ? .array(element: type, containsNull: true) : type
                order.append(name)
            }
        }
        if !options.excludeAttribute {
            for a in node.attributes { add(options.attributePrefix + tree.nodes[a].name, inferText(tree.nodes[a].text), repeated: false) }
        }
        let elements = node.children.filter { tree.nodes[$0].kind == .element }
        for child in elements { add(tree.nodes[child].name, infer(tree, child, options), repeated: false) }
        let text = node.children.filter { tree.nodes[$0].kind == .text }.map { tree.nodes[$0].text }.joined()
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if fields.isEmpty { return inferText(text) }
        if !text.isEmpty { add(options.valueTag, inferText(text), repeated: false) }
        return .structure(StructType(order.sorted().map { StructField($0, fields[$0]!, nullable: true) }))
    }

    static func inferText(_ text: String) -> DataType {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty { return .null }
        if Int64(t) != nil { return .long }
        if Double(t) != nil, t.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) { return .double }
        if t.lowercased() == "true" || t.lowercased() == "false" { return .boolean }
        return .string
    }

    static func merge(_ a: DataType, _ b: DataType) -> DataType {
        switch (a, b) {
        case _ where a == b: return a
        case (.null, _): return b
        case (_, .null): return a
        case (.long, .double), (.double, .long): return .double
        case (.structure(let x), .structure(let y)):
            var byName = Dictionary(x.fields.map { ($0.name, $0.dataType) }, uniquingKeysWith: { a, _ in a })
            for f in y.fields { byName[f.name] = byName[f.name].map { merge($0, f.dataType) } ?? f.dataType }
            return .structure(StructType(byName.keys.sorted().map { StructField($0, byName[$0]!, nullable: true) }))
        case (.array(let x, _), .array(let y, _)): return .array(element: merge(x, y), containsNull: true)
        case (.array(let x, _), _): return .array(element: merge(x, b), containsNull: true)
        case (_, .array(let y, _)): return .array(element: merge(a, y), containsNull: true)
        default: return .string
        }
    }

    /// Types left null (empty text) read as strings.
    static func canonical(_ type: DataType) -> DataType {
        switch type {
        case .null: .string
        case .array(let e, let n): .array(element: canonical(e), containsNull: n)
        case .structure(let s): .structure(StructType(s.fields.map { StructField($0.name, canonical($0.dataType), nullable: true) }))
        default: type
        }
    }

    /// Spark's `DataType.sql`.
    static func sql(_ type: DataType) -> String {
        switch type {
        case .structure(let s): "STRUCT<" + s.fields.map { "\(JSONSchema.quoted($0.name)): \(sql($0.dataType))" }.joined(separator: ", ") + ">"
        case .array(let e, _): "ARRAY<\(sql(e))>"
        case .map(let k, let v, _): "MAP<\(sql(k)), \(sql(v))>"
        default: CSVFunctions.sql(type)
        }
    }

    // MARK: Reading

    static func read(_ tree: XMLTree, _ element: Int, as type: DataType, _ options: Options) -> Value {
        let node = tree.nodes[element]
        let text = node.children.filter { tree.nodes[$0].kind == .text }.map { tree.nodes[$0].text }.joined()
        guard case .structure(let s) = type else { return scalar(text, type, options) }
        return .structure(names: s.names, values: s.fields.map { field in
            if field.name.hasPrefix(options.attributePrefix), !options.excludeAttribute,
               let a = node.attributes.first(where: { options.attributePrefix + tree.nodes[$0].name == field.name }) {
                return scalar(tree.nodes[a].text, field.dataType, options)
            }
            if field.name == options.valueTag { return scalar(text, field.dataType, options) }
            let matches = node.children.filter { tree.nodes[$0].kind == .element && tree.nodes[$0].name == field.name }
            if case .array(let e, _) = field.dataType {
                return matches.isEmpty ? .null : .array(matches.map { read(tree, $0, as: e, options) })
            }
            return matches.first.map { read(tree, $0, as: field.dataType, options) } ?? .null
        })
    }

    static func scalar(_ text: String, _ type: DataType, _ options: Options) -> Value {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty || t == options.nullValue { return .null }
        return ValueCast.cast(.string(type == .string ? text : t), to: type)
    }

    // MARK: Writing

    static func write(_ value: Value, tag: String, depth: Int, to out: inout String, _ options: Options) {
        let indent = String(repeating: "    ", count: depth)
        switch value {
        case .null: return
        case .structure(let names, let values):
            let attributes = zip(names, values).filter { $0.0.hasPrefix(options.attributePrefix) && $0.0 != options.valueTag && !$0.1.isNull }
            let children = zip(names, values).filter { !$0.0.hasPrefix(options.attributePrefix) && !$0.1.isNull }
            out += indent + "<" + tag
            for (name, v) in attributes { out += " \(name.dropFirst(options.attributePrefix.count))=\"\(escape(ValueCast.sqlText(v)))\"" }
            guard !children.isEmpty else { out += "/>"; return }
            out += ">"
            for (name, v) in children {
                out += "\n"
                write(v, tag: name, depth: depth + 1, to: &out, options)
            }
            out += "\n" + indent + "</" + tag + ">"
        case .array(let items):
            for (i, item) in items.enumerated() {
                if i > 0 { out += "\n" }
                write(item, tag: tag, depth: depth, to: &out, options)
            }
        default:
            out += indent + "<\(tag)>\(escape(ValueCast.sqlText(value)))</\(tag)>"
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
