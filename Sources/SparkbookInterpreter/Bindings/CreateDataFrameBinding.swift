import SparkbookDataFrame
import SparkbookEngine

/// `spark.createDataFrame(data, schema)`: a list of tuples, lists, dicts or Rows; the schema a list of names,
/// a DDL string, or nothing (names `_1`, `_2`, ... or the dict keys, sorted as PySpark sorts them).
enum CreateDataFrameBinding {
    static func create(_ session: SparkSession, _ args: CallArguments) throws -> DataFrame {
        let v = try args.bind(["data", "schema", "samplingRatio", "verifySchema"], required: 1)
        guard case .list(let items) = v[0]! else {
            throw ScriptError("NotImplementedError", "createDataFrame() takes a list of tuples, lists, dicts or Rows in Sparkbook (pandas DataFrames and RDDs are not supported)")
        }
        var names: [String]?
        var ddl: StructType?
        switch v[1] {
        case nil, .none?: break
        case .string(let text)?:
            switch try DDLSchemaParser.parseSchemaOrType(text) {
            case .schema(let schema): ddl = schema
            case .type(let type): return try singleColumn(session, items, type)
            }
        case .list(let values)?, .tuple(let values)?: names = try values.map { try $0.string("schema", in: "createDataFrame") }
        case .structType(let schema)?: ddl = schema
        case .dataType(let type)?: return try singleColumn(session, items, type)
        case let other?: throw ScriptError.type("createDataFrame() schema must be a list of names, a DDL string or a StructType, not \(other.typeName)")
        }
        if let ddl { return try session.createDataFrame(rows: try verifiedRows(items, ddl), schema: ddl) }
        var rows: [[Value]] = []
        var dictKeys: [String]?
        for item in items {
            switch item {
            case .tuple(let values), .list(let values):
                rows.append(try values.map(cell))
            case .row(let row):
                if dictKeys == nil { dictKeys = row.names }
                rows.append(row.values)
            case .dict(let entries):
                let keys = entries.map(\.key.str)
                if dictKeys == nil { dictKeys = keys.sorted() }
                rows.append(try dictKeys!.map { key in try entries.first { $0.key.str == key }.map { try cell($0.value) } ?? .null })
            default:
                rows.append([try cell(item)])
            }
        }
        let width = rows.first?.count ?? names?.count ?? 0
        let columnNames = names ?? dictKeys ?? (1...max(1, width)).map { "_\($0)" }
        guard columnNames.count == width || rows.isEmpty else {
            throw ScriptError("PySparkValueError", "[AXIS_LENGTH_MISMATCH] Length mismatch: Expected axis has \(width) elements, new values have \(columnNames.count) elements.")
        }
        let schema = try session.inferSchema(rows: rows, names: columnNames)
        return try session.createDataFrame(rows: rows, schema: schema)
    }

    /// A value inside a row: a nested tuple is a struct of fields `_1`, `_2`, ..., as PySpark infers one.
    static func cell(_ value: PyValue) throws -> Value {
        switch value {
        case .tuple(let items) where !items.isEmpty:
            return .structure(names: items.indices.map { "_\($0 + 1)" }, values: try items.map(cell))
        case .list(let items): return .array(try items.map(cell))
        default: return try value.sparkValue()
        }
    }

    /// A single data type for a schema: each item is one value of a column named `value`.
    private static func singleColumn(_ session: SparkSession, _ items: [PyValue], _ type: DataType) throws -> DataFrame {
        let schema = StructType([StructField("value", type)])
        return try session.createDataFrame(rows: try items.map { try SchemaVerification(schema: schema).row([$0]) }, schema: schema)
    }

    /// Rows checked against a given schema as PySpark's `verifySchema` checks them; dicts matched by field name.
    private static func verifiedRows(_ items: [PyValue], _ schema: StructType) throws -> [[Value]] {
        let verification = SchemaVerification(schema: schema)
        return try items.map { item in
            switch item {
            case .tuple(let values), .list(let values): return try verification.row(values)
            case .dict(let entries): return try verification.row(entries)
            case .row(let row): return try verification.row(row.values.map(PyValue.from))
            default: return try verification.row([item])
            }
        }
    }
}

/// `df.write.mode(...).option(...).csv(path)`.
enum WriterBinding {
    static let methods = ["mode", "option", "options", "format", "partitionBy", "csv", "json", "xml", "parquet", "text", "save",
                          "saveAsTable", "insertInto", "bucketBy", "sortBy", "clusterBy"] + FormatNotSupportedYet.writerMethods

    /// Column names given as one string or a list of them.
    static func columnNames(_ value: PyValue, in function: String) throws -> [String] {
        switch value {
        case .list(let items), .tuple(let items): try items.map { try $0.string("cols", in: function) }
        default: [try value.string("cols", in: function)]
        }
    }

    static func call(_ name: String, _ writer: DataFrameWriter, _ args: CallArguments) async throws -> PyValue {
        switch name {
        case "mode":
            let v = try args.bind(["saveMode"], required: 1)
            return .writer(try writer.mode(try v[0]!.string("saveMode", in: name)))
        case "option":
            let v = try args.bind(["key", "value"], required: 2)
            return .writer(writer.option(try v[0]!.string("key", in: name), v[1]!.optionText()))
        case "options":
            var w = writer
            for (key, value) in args.keywords { w = w.option(key, value.optionText()) }
            return .writer(w)
        case "format":
            let v = try args.bind(["source"], required: 1)
            return .writer(writer.format(try v[0]!.string("source", in: name)))
        case "partitionBy":
            // `partitionBy("a", "b")` or `partitionBy(["a", "b"])`.
            let names = args.positional.count == 1 ? try columnNames(args.positional[0], in: name)
                : try args.positional.map { try $0.string("cols", in: name) }
            return .writer(writer.partitionBy(names))
        case "parquet":
            let v = try args.bind(["path", "mode", "partitionBy", "compression"], required: 1)
            var w = writer
            let given = { (x: PyValue?) -> PyValue? in if case .none? = x { return nil } else { return x } }
            if let mode = given(v[1]) { w = try w.mode(try mode.string("mode", in: name)) }
            if let columns = given(v[2]) { w = w.partitionBy(try Self.columnNames(columns, in: name)) }
            if let codec = given(v[3]) { w = w.option("compression", codec.optionText()) }
            try await w.format("parquet").save(try v[0]!.string("path", in: name))
            return .none
        case "xml":
            // xml(path, rowTag=None, mode=None, ..., rootTag=None, ...): `mode` sets the save mode, the rest are options.
            guard let path = args.positional.first ?? args.keywords.first(where: { $0.name == "path" })?.value else {
                throw ScriptError.type("xml() missing 1 required positional argument: 'path'")
            }
            var w = writer
            for (key, value) in args.keywords where key != "path" && !value.isNone {
                w = key == "mode" ? try w.mode(try value.string("mode", in: name)) : w.option(key, value.optionText())
            }
            try await w.format("xml").save(try path.string("path", in: name))
            return .none
        case "text":
            let v = try args.bind(["path", "compression", "lineSep"], required: 1)
            try await writer.format("text").save(try v[0]!.string("path", in: name))
            return .none
        case "csv", "json", "save":
            let v = try args.bind(["path", "mode", "header", "sep", "format", "partitionBy"], required: 1)
            var w = writer
            if let columns = v[5], !columns.isNone {
                // Only save() takes partitionBy; csv() and json() have no such parameter in PySpark.
                guard name == "save" else { throw ScriptError.type("DataFrameWriter.\(name)() got an unexpected keyword argument 'partitionBy'") }
                w = w.partitionBy(try Self.columnNames(columns, in: name))
            }
            if let mode = v[1] { w = try w.mode(try mode.string("mode", in: name)) }
            if let header = v[2] { w = w.option("header", header.optionText()) }
            if let sep = v[3] { w = w.option("sep", sep.optionText()) }
            if let format = v[4] { w = w.format(try format.string("format", in: name)) }
            if name != "save" { w = w.format(name) }
            try await w.save(try v[0]!.string("path", in: name))
            return .none
        case "bucketBy":
            // bucketBy(numBuckets, col, *cols) or bucketBy(numBuckets, [cols])
            guard let count = args.positional.first, args.keywords.isEmpty else {
                throw ScriptError.type("bucketBy() missing 1 required positional argument: 'numBuckets'")
            }
            let rest = Array(args.positional.dropFirst())
            let columns = rest.count == 1 ? try columnNames(rest[0], in: name) : try rest.map { try $0.string("col", in: name) }
            return .writer(writer.bucketBy(try count.int("numBuckets", in: name), columns))
        case "sortBy", "clusterBy":
            let columns = args.positional.count == 1 ? try columnNames(args.positional[0], in: name)
                : try args.positional.map { try $0.string("cols", in: name) }
            return .writer(name == "sortBy" ? writer.sortBy(columns) : writer.clusterBy(columns))
        case "saveAsTable":
            // saveAsTable(name, format=None, mode=None, partitionBy=None, **options)
            let named = ["name", "format", "mode", "partitionBy"]
            var known = args
            known.keywords = args.keywords.filter { named.contains($0.name) }
            let v = try known.bind(named, required: 1)
            var w = writer
            let given = { (x: PyValue?) -> PyValue? in if case .none? = x { return nil } else { return x } }
            if let format = given(v[1]) { w = w.format(try format.string("format", in: name)) }
            if let mode = given(v[2]) { w = try w.mode(try mode.string("mode", in: name)) }
            if let columns = given(v[3]) { w = w.partitionBy(try Self.columnNames(columns, in: name)) }
            for (key, value) in args.keywords where !named.contains(key) && !value.isNone {
                w = w.option(key, value.optionText())
            }
            try await w.saveAsTable(try v[0]!.string("name", in: name))
            return .none
        case "insertInto":
            let v = try args.bind(["tableName", "overwrite"], required: 1)
            let overwrite: Bool? = switch v[1] {
            case nil, .none?: nil
            case .bool(let b)?: b
            case let other?: throw ScriptError.type("insertInto() argument 'overwrite' must be bool, not \(other.typeName)")
            }
            try await writer.insertInto(try v[0]!.string("tableName", in: name), overwrite: overwrite)
            return .none
        default:
            throw FormatNotSupportedYet.writing(name)
        }
    }
}
