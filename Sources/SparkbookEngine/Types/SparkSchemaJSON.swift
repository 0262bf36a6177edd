import SparkbookUtilities

/// A schema as Spark writes it in JSON (`StructType.json`): what Parquet files keep under
/// `org.apache.spark.sql.parquet.row.metadata` and Delta logs keep as `schemaString`, so a reader gets back the
/// exact Spark types (`byte` vs `integer`, nullability) that the file's own types cannot say.
public enum SparkSchemaJSON {
    public static func text(_ schema: StructType) -> String {
        var out = ""
        write(.structure(schema), to: &out)
        return out
    }

    private static func write(_ type: DataType, to out: inout String) {
        switch type {
        case .structure(let s):
            out += #"{"type":"struct","fields":["#
            for (i, f) in s.fields.enumerated() {
                if i > 0 { out += "," }
                out += #"{"name":"#
                JSONStringEscaping.append(f.name, to: &out, as: .jackson)
                out += #","type":"#
                write(f.dataType, to: &out)
                out += #","nullable":\#(f.nullable),"metadata":{}}"#
            }
            out += "]}"
        case .array(let element, let containsNull):
            out += #"{"type":"array","elementType":"#
            write(element, to: &out)
            out += #","containsNull":\#(containsNull)}"#
        case .map(let key, let value, let valueContainsNull):
            out += #"{"type":"map","keyType":"#
            write(key, to: &out)
            out += #","valueType":"#
            write(value, to: &out)
            out += #","valueContainsNull":\#(valueContainsNull)}"#
        default:
            JSONStringEscaping.append(type.typeName, to: &out, as: .jackson)
        }
    }

    /// The schema in `text`, or nil when it is not a Spark schema this engine has every type of.
    public static func schema(_ text: String) -> StructType? {
        guard let tree = JSONTree.parse(text), case .structure(let s)? = type(tree) else { return nil }
        return s
    }

    /// An ANSI interval as Spark names it in JSON (`interval day to second`, `interval hour`, `interval year`): this
    /// engine has one day-time and one year-month interval type, whatever their fields.
    private static func ansiInterval(_ name: String) -> DataType? {
        guard name.hasPrefix("interval ") else { return nil }
        let fields = name.dropFirst("interval ".count).split(separator: " to ").map(String.init)
        if fields.allSatisfy({ ["year", "month"].contains($0) }) { return .yearMonthInterval }
        if fields.allSatisfy({ ["day", "hour", "minute", "second"].contains($0) }) { return .dayTimeInterval }
        return nil
    }

    private static func field(_ tree: JSONTree, _ name: String) -> JSONTree? {
        guard case .object(let fields) = tree else { return nil }
        return fields.first { $0.0 == name }?.1
    }

    private static func bool(_ tree: JSONTree?, default value: Bool) -> Bool {
        if case .boolean(let b)? = tree { return b }
        return value
    }

    private static func type(_ tree: JSONTree) -> DataType? {
        switch tree {
        case .string(let name):
            if name == "void" { return .null }
            return ansiInterval(name) ?? (try? DDLSchemaParser.parseType(name))
        case .object:
            guard case .string(let kind)? = field(tree, "type") else { return nil }
            switch kind {
            case "struct":
                guard case .array(let items)? = field(tree, "fields") else { return nil }
                var fields: [StructField] = []
                for item in items {
                    guard case .string(let name)? = field(item, "name"), let t = field(item, "type").flatMap(type) else { return nil }
                    fields.append(StructField(name, t, nullable: bool(field(item, "nullable"), default: true)))
                }
                return .structure(StructType(fields))
            case "array":
                guard let element = field(tree, "elementType").flatMap(type) else { return nil }
                return .array(element: element, containsNull: bool(field(tree, "containsNull"), default: true))
            case "map":
                guard let k = field(tree, "keyType").flatMap(type), let v = field(tree, "valueType").flatMap(type) else { return nil }
                return .map(key: k, value: v, valueContainsNull: bool(field(tree, "valueContainsNull"), default: true))
            default:
                return nil
            }
        default:
            return nil
        }
    }
}
