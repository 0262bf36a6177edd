import Foundation
import SparkbookDataFrame
import SparkbookEngine

/// How `F.` takes the variant, XPath and JSON/CSV/XML functions' arguments, as PySpark 4.3's wrappers pass them:
/// a path given as a `str` is a literal (`lit(path)`), a target type or flag a plain value.
extension FunctionsBinding {
    static let variantShapes: [String: Shape] = {
        var table: [String: Shape] = [:]
        func add(_ names: [String], _ params: [Parameter], required: Int? = nil) {
            for name in names {
                table[name] = Shape(engineName: name, parameters: params, required: required ?? params.count,
                                    variadicColumns: false)
            }
        }
        add(["parse_json", "try_parse_json"], [.column("col")])
        add(["is_variant_null", "is_valid_variant", "schema_of_variant"], [.column("v")])
        add(["to_variant_object"], [.column("col")])
        add(["variant_get", "try_variant_get"], [.column("v"), .either("path"), .literal("targetType")])
        add(["variant_insert", "try_variant_insert", "variant_array_append", "try_variant_array_append"],
            [.column("v"), .either("path"), .column("value")])
        add(["variant_set", "try_variant_set"], [.column("v"), .either("path"), .column("value"), .literal("create_if_missing")])
        add(["variant_strip_nulls"], [.column("v"), .literal("include_arrays")])
        add(["xpath", "xpath_string", "xpath_boolean", "xpath_number", "xpath_double", "xpath_float", "xpath_long",
             "xpath_int", "xpath_short"], [.column("xml"), .column("path")])
        return table
    }()

    /// A type as DDL text the engine's parser reads back, field names quoted.
    static func ddl(_ type: DataType) -> String {
        switch type {
        case .structure(let s):
            "struct<" + s.fields.map { "`" + $0.name.replacingOccurrences(of: "`", with: "``") + "`:" + ddl($0.dataType) }
                .joined(separator: ",") + ">"
        case .array(let element, _): "array<\(ddl(element))>"
        case .map(let k, let v, _): "map<\(ddl(k)),\(ddl(v))>"
        default: type.simpleString
        }
    }

    /// `f(col, *items)`: the first argument and the rest, at least one (PySpark's `CANNOT_BE_EMPTY`).
    static func columnAndItems(_ name: String, _ args: CallArguments, first: String, items: String) throws
        -> (PyValue, ArraySlice<PyValue>) {
        guard let head = args.positional.first else {
            throw ScriptError.type("\(name)() missing 1 required positional argument: '\(first)'")
        }
        let rest = args.positional.dropFirst()
        guard !rest.isEmpty else {
            throw ScriptError("PySparkValueError", "[CANNOT_BE_EMPTY] At least one \(items) must be specified.")
        }
        return (head, rest)
    }

    /// A PySpark options dict as the engine's `key=value` lines.
    static func optionLines(_ options: PyValue) -> String {
        guard case .dict(let items) = options else { return "" }
        return items.map { "\($0.key.optionText())=\($0.value.optionText())" }.joined(separator: "\n")
    }

    /// The calls no shape describes: PySpark's defaults filled in as its wrappers pass them.
    static func callVariant(_ name: String, _ args: CallArguments) throws -> PyValue? {
        switch name {
        case "variant_set", "try_variant_set", "variant_strip_nulls":
            var filled = args
            let position = name.hasSuffix("variant_set") ? 3 : 1
            let keyword = name.hasSuffix("variant_set") ? "create_if_missing" : "include_arrays"
            if filled.positional.count <= position, !filled.keywords.contains(where: { $0.name == keyword }) {
                filled.keywords.append((name: keyword, value: .bool(true)))
            }
            return .column(try build(variantShapes[name]!, filled))
        case "variant_delete":
            let (v, paths) = try columnAndItems(name, args, first: "v", items: "paths")
            return .column(Column(.function(name, [try v.column(name).expression] + (try paths.map { try $0.literalColumn().expression }))))
        case "from_json", "from_csv", "from_xml":
            let v = try args.bind(["col", "schema", "options"], required: 2)
            var arguments = [try v[0]!.column(name).expression]
            switch v[1]! {
            case .column(let c): arguments.append(c.expression)
            case .string(let s): arguments.append(.literal(.string(s)))
            case .structType(let s) where name != "from_csv": arguments.append(.literal(.string(ddl(.structure(s)))))
            case .dataType(let t) where name != "from_csv": arguments.append(.literal(.string(ddl(t))))
            default:
                throw ScriptError("PySparkTypeError",
                                  "[NOT_COLUMN_OR_STR] Argument `schema` should be a Column or str, got \(v[1]!.typeName).")
            }
            if let options = v[2] { arguments.append(.literal(.string(optionLines(options)))) }
            return .column(Column(.function(name, arguments)))
        case "json_tuple":
            let (json, names) = try columnAndItems(name, args, first: "col", items: "field")
            return .column(Column(.function(name, [try json.column(name).expression] + (try names.map { .literal(try $0.sparkValue()) }))))
        case "to_csv", "to_xml":
            let v = try args.bind(["col", "options"], required: 1)
            var arguments = [try v[0]!.column(name).expression]
            if let options = v[1] { arguments.append(.literal(.string(optionLines(options)))) }
            return .column(Column(.function(name, arguments)))
        default:
            guard let shape = variantShapes[name] else { return nil }
            return .column(try build(shape, args))
        }
    }
}
