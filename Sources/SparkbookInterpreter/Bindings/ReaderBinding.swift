import SparkbookDataFrame
import SparkbookEngine

/// `spark.read`: options and schema, then `csv(...)` / `load(...)`.
enum ReaderBinding {
    static let methods = ["option", "options", "schema", "format", "csv", "text", "load", "json", "xml", "parquet", "table"]
        + FormatNotSupportedYet.readerMethods

    static func call(_ name: String, _ reader: DataFrameReader, _ args: CallArguments) async throws -> PyValue {
        switch name {
        case "option":
            let v = try args.bind(["key", "value"], required: 2)
            return .reader(reader.option(try v[0]!.string("key", in: name), v[1]!.optionText()))
        case "options":
            guard args.positional.isEmpty else { throw ScriptError.type("options() takes keyword arguments only") }
            return .reader(reader.options(Dictionary(args.keywords.map { ($0.name, $0.value.optionText()) }) { $1 }))
        case "schema":
            let v = try args.bind(["schema"], required: 1)
            return .reader(reader.schema(try schema(v[0]!)))
        case "format":
            let v = try args.bind(["source"], required: 1)
            return .reader(reader.format(try v[0]!.string("source", in: name)))
        case "csv", "text", "load", "json", "xml", "parquet":
            guard let pathValue = args.positional.first ?? args.keywords.first(where: { $0.name == "path" })?.value else {
                throw ScriptError.type("\(name)() missing 1 required positional argument: 'path'")
            }
            // `parquet(*paths)` takes its paths positionally, as PySpark's does.
            guard args.positional.count <= 1 || name == "parquet" else {
                throw ScriptError.type("\(name)() takes the path as its only positional argument; pass options by keyword")
            }
            var r = reader
            for (key, value) in args.keywords where key != "path" {
                switch (key, value) {
                case (_, .none): continue
                case ("schema", _): r = r.schema(try schema(value))
                case ("format", _) where name == "load": r = r.format(try value.string("format", in: name))
                default: r = r.option(key, value.optionText())
                }
            }
            var paths: [String]
            switch pathValue {
            case .dataFrame(let frame) where name == "json": return .dataFrame(try await r.json(frame))
            case .dataFrame(let frame) where name == "xml": return .dataFrame(try await r.xml(frame))
            case .string(let p): paths = [p]
            case .list(let items), .tuple(let items): paths = try items.map { try $0.string("path", in: name) }
            default:
                throw ScriptError.type("\(name)() argument 'path' must be str or list\(name == "json" || name == "xml" ? " or DataFrame" : ""), not \(pathValue.typeName)")
            }
            if name == "parquet" { paths += try args.positional.dropFirst().map { try $0.string("paths", in: name) } }
            if name == "json" || (name == "load" && r.formatName == "json") { return .dataFrame(try r.json(paths)) }
            return .dataFrame(name == "load" ? try r.load(paths) : try r.format(name).load(paths))
        case "table":
            let v = try args.bind(["tableName"], required: 1)
            return .dataFrame(try reader.table(try v[0]!.string("tableName", in: name)))
        case _ where FormatNotSupportedYet.readerMethods.contains(name):
            throw FormatNotSupportedYet.reading(name, supported: reader.supportedFormats)
        default:
            throw Members.missingAttribute(name, of: .reader(reader))
        }
    }

    /// A schema given as a `StructType` or a DDL string (`"id INT, name STRING"`).
    static func schema(_ value: PyValue) throws -> StructType {
        switch value {
        case .structType(let schema): return schema
        case .string(let ddl): return try DDLSchemaParser.parseSchema(ddl)
        default:
            throw ScriptError("PySparkTypeError", "[NOT_EXPECTED_TYPE] Argument `schema` should be str or struct type, got \(value.typeName).")
        }
    }
}
