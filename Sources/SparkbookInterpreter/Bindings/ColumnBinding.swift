import SparkbookDataFrame
import SparkbookEngine

/// Column methods (`.alias`, `.cast`, `.isin`, `.desc()`, `.over(w)`, ...).
enum ColumnBinding {
    static let methods = [
        "alias", "name", "cast", "astype", "isNull", "isNotNull", "isin", "between", "like", "ilike", "rlike",
        "startswith", "endswith", "contains", "asc", "desc", "asc_nulls_first", "asc_nulls_last", "desc_nulls_first",
        "desc_nulls_last", "when", "otherwise", "over", "eqNullSafe", "substr", "getItem", "getField", "bitwiseAND",
        "bitwiseOR", "bitwiseXOR", "isNaN", "transform", "withField", "dropFields", "try_cast",
    ]
    /// PySpark's Column methods Sparkbook does not have yet: calling one says so, rather than reading the name as
    /// a struct field (`col.withField` would otherwise be the field `withField`, and calling it a TypeError).
    static let notSupportedYet: Set<String> = ["outer"]

    /// `asc_nulls_first` -> `ascNullsFirst`: one spelling for the PySpark and F.* forms.
    static func camel(_ name: String) -> String {
        let parts = name.split(separator: "_")
        return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
    }

    static func call(_ name: String, _ column: Column, _ args: CallArguments) throws -> PyValue {
        switch name {
        case "alias", "name":
            if args.positional.count > 1, args.keywords.isEmpty {
                return .column(column.alias(try args.positional.map { try $0.string("alias", in: name) }))
            }
            let v = try args.bind(["alias", "metadata"], required: 1)
            let alias = try v[0]!.string("alias", in: name)
            if let metadata = v[1], !metadata.isNone {
                guard case .dict = metadata else {
                    throw ScriptError("PySparkTypeError", "[NOT_DICT] Argument `metadata` should be a dict, got \(metadata.typeName).")
                }
                return .column(column.alias(alias, metadataJSON: try JSONModule.dumps(metadata, indent: nil, sortKeys: false, level: 0)))
            }
            return .column(column.alias(alias))
        case "cast", "astype":
            let v = try args.bind(["dataType"], required: 1)
            return .column(column.cast(try SparkTypeClass.dataType(v[0]!, in: name)))
        case "try_cast":
            let v = try args.bind(["dataType"], required: 1)
            return .column(column.tryCast(try SparkTypeClass.dataType(v[0]!, in: name)))
        case "isNull":
            try args.noArguments()
            return .column(column.isNull())
        case "isNotNull":
            try args.noArguments()
            return .column(column.isNotNull())
        case "isin":
            return .column(column.isin(try args.variadic().map { try $0.literalColumn() }))
        case "between":
            let v = try args.bind(["lowerBound", "upperBound"], required: 2)
            return .column(column.between(try v[0]!.literalColumn(), try v[1]!.literalColumn()))
        case "like", "ilike", "rlike":
            let v = try args.bind(["other"], required: 1)
            let pattern = try v[0]!.string("other", in: name)
            return .column(name == "like" ? column.like(pattern) : name == "ilike" ? column.ilike(pattern) : column.rlike(pattern))
        case "startswith", "endswith", "contains":
            let v = try args.bind(["other"], required: 1)
            let other = try v[0]!.literalColumn()
            return .column(name == "startswith" ? column.startswith(other) : name == "endswith" ? column.endswith(other) : column.contains(other))
        case "eqNullSafe":
            let v = try args.bind(["other"], required: 1)
            return .column(column.eqNullSafe(try v[0]!.literalColumn()))
        case "bitwiseAND", "bitwiseOR", "bitwiseXOR":
            let v = try args.bind(["other"], required: 1)
            let symbol = name == "bitwiseAND" ? "&" : name == "bitwiseOR" ? "|" : "^"
            return .column(Functions.call(symbol, [column, try v[0]!.literalColumn()]))
        case "isNaN":
            try args.noArguments()
            return .column(Functions.call("isnan", [column]))
        case "getItem":
            let v = try args.bind(["key"], required: 1)
            return .column(try item(column, v[0]!))
        case "withField":
            let v = try args.bind(["fieldName", "col"], required: 2)
            guard case .column(let value) = v[1]! else {
                throw ScriptError("PySparkTypeError", "[NOT_COLUMN] Argument `col` should be a Column, got \(v[1]!.typeName).")
            }
            return .column(column.withField(try v[0]!.string("fieldName", in: name), value))
        case "dropFields":
            return .column(column.dropFields(try args.variadic().map { try $0.string("fieldNames", in: name) }))
        case "getField":
            let v = try args.bind(["name"], required: 1)
            return .column(column.getField(try v[0]!.string("name", in: name)))
        case "substr":
            let v = try args.bind(["startPos", "length"], required: 2)
            return .column(Functions.call("substr", [column, try v[0]!.literalColumn(), try v[1]!.literalColumn()]))
        case "asc", "desc", "ascNullsFirst", "ascNullsLast", "descNullsFirst", "descNullsLast",
             "asc_nulls_first", "asc_nulls_last", "desc_nulls_first", "desc_nulls_last":
            try args.noArguments()
            switch camel(name) {
            case "asc": return .column(column.asc())
            case "desc": return .column(column.desc())
            case "ascNullsFirst": return .column(column.ascNullsFirst())
            case "ascNullsLast": return .column(column.ascNullsLast())
            case "descNullsFirst": return .column(column.descNullsFirst())
            default: return .column(column.descNullsLast())
            }
        case "when":
            let v = try args.bind(["condition", "value"], required: 2)
            return .column(try column.when(try FunctionsBinding.condition(v[0]!), try v[1]!.literalColumn()))
        case "otherwise":
            let v = try args.bind(["value"], required: 1)
            return .column(try column.otherwise(try v[0]!.literalColumn()))
        case "over":
            let v = try args.bind(["window"], required: 1)
            guard case .windowSpec(let spec) = v[0]! else {
                throw ScriptError("PySparkTypeError", "[NOT_WINDOWSPEC] Argument `window` should be a WindowSpec, got \(v[0]!.typeName).")
            }
            return .column(try column.over(spec))
        default:
            throw Members.missingAttribute(name, of: .column(column))
        }
    }
    /// `col[i]` and `col.getItem(i)`: an array element by zero-based index, or a struct field by name.
    static func item(_ column: Column, _ key: PyValue) throws -> Column {
        if case .string(let field) = key { return column.getField(field) }
        guard case .int(let i) = key else {
            throw ScriptError("NotImplementedError", "Column.getItem(\(key.repr)) needs an integer index in Sparkbook; map and struct fields are not supported")
        }
        return column.getItem(Int(i))
    }
}

/// `Window.partitionBy(...).orderBy(...)`: both the class's static methods and the spec's methods.
enum WindowBinding {
    static let methods = ["partitionBy", "orderBy", "rowsBetween", "rangeBetween"]
    /// `Window.unboundedPreceding`, ...: the frame bounds PySpark defines as class attributes.
    static let constants: [String: Int64] = [
        "unboundedPreceding": WindowFrame.unboundedPreceding, "unboundedFollowing": WindowFrame.unboundedFollowing,
        "currentRow": WindowFrame.currentRow,
    ]

    static func call(_ name: String, _ spec: WindowSpecification, _ args: CallArguments) throws -> PyValue {
        var result = spec
        switch name {
        case "partitionBy":
            result.partitionBy = try args.variadic().map { try $0.column(name).expression }
        case "orderBy":
            result.orderBy = try args.variadic().map { try $0.column(name).expression }
        case "rowsBetween", "rangeBetween":
            let v = try args.bind(["start", "end"], required: 2)
            let bounds = try [v[0]!, v[1]!].enumerated().map { i, value -> Int64 in
                guard case .int(let n) = value else {
                    throw ScriptError.type("\(name)() argument '\(i == 0 ? "start" : "end")' must be int, not \(value.typeName)")
                }
                return n
            }
            // PySpark's thresholds: anything at or past ±sys.maxsize is unbounded.
            let start = bounds[0] <= -Int64.max ? WindowFrame.unboundedPreceding : bounds[0]
            let end = bounds[1] >= Int64.max ? WindowFrame.unboundedFollowing : bounds[1]
            result.frame = WindowFrame(name == "rowsBetween" ? .rows : .range, start: start, end: end)
        default:
            throw Members.missingAttribute(name, of: .windowSpec(spec))
        }
        return .windowSpec(result)
    }
}
