import SparkbookDataFrame
import SparkbookEngine
import SparkbookSyntax

/// `pyspark.sql.functions` (imported as `F`): each function described by how it takes its arguments, then
/// built as an engine call that the function registry resolves at analysis time.
enum FunctionsBinding {
    /// How a parameter is passed: a column (or its name), a Python literal, or a column-or-literal.
    enum Parameter {
        case column(String)
        case literal(String)
        /// A literal that may also be a Column (`F.date_add("d", F.col("n"))`).
        case either(String)
        /// A column, its name, or a number (`F.pow("x", 2)`).
        case columnOrNumber(String)
    }

    struct Shape {
        let engineName: String
        let parameters: [Parameter]
        let required: Int
        /// Further positional arguments, all columns (`concat`, `coalesce`).
        let variadicColumns: Bool
    }

    static let shapes: [String: Shape] = {
        var table: [String: Shape] = [:]
        func add(_ names: [String], _ engine: String? = nil, _ params: [Parameter], required: Int? = nil, variadic: Bool = false) {
            for name in names {
                table[name] = Shape(engineName: engine ?? name, parameters: params, required: required ?? params.count,
                                    variadicColumns: variadic)
            }
        }
        for name in ["upper", "lower", "length", "initcap", "reverse", "abs", "sqrt", "exp",
                     "log10", "log2", "ln", "signum", "year", "month", "dayofmonth", "dayofweek",
                     "dayofyear", "weekofyear", "quarter", "hour", "minute", "second", "isnan"] {
            add([name], nil, [.column("col")])
        }
        add(["trim", "ltrim", "rtrim"], nil, [.column("col"), .column("trim")], required: 1)
        add(["floor", "ceil", "ceiling"], nil, [.column("col"), .columnOrNumber("scale")], required: 1)
        add(["negative", "negate"], "negative", [.column("col")])
        add(["round", "bround"], nil, [.column("col"), .columnOrNumber("scale")], required: 1)
        add(["concat"], nil, [], variadic: true)
        add(["coalesce"], nil, [], variadic: true)
        add(["greatest"], nil, [], variadic: true)
        add(["least"], nil, [], variadic: true)
        add(["hash"], nil, [], variadic: true)
        add(["grouping"], nil, [.column("col")])
        add(["grouping_id"], nil, [], variadic: true)
        add(["concat_ws"], nil, [.literal("sep")], variadic: true)
        add(["substring"], nil, [.column("str"), .columnOrNumber("pos"), .columnOrNumber("len")])
        add(["regexp_replace"], nil, [.column("string"), .either("pattern"), .either("replacement"), .either("position")],
            required: 3)
        add(["split"], nil, [.column("str"), .either("pattern"), .columnOrNumber("limit")], required: 2)
        add(["lpad", "rpad"], nil, [.column("col"), .either("len"), .either("pad")])
        add(["to_date"], nil, [.column("col"), .literal("format")], required: 1)
        add(["to_timestamp"], nil, [.column("col"), .literal("format")], required: 1)
        add(["date_format"], nil, [.column("date"), .literal("format")])
        add(["date_trunc"], nil, [.literal("format"), .column("timestamp")])
        add(["datediff"], nil, [.column("end"), .column("start")])
        add(["date_add"], nil, [.column("start"), .columnOrNumber("days")])
        add(["date_sub"], nil, [.column("start"), .columnOrNumber("days")])
        add(["current_date"], nil, [])
        add(["spark_partition_id", "monotonically_increasing_id", "input_file_name"], nil, [])
        add(["rand", "randn"], nil, [.literal("seed")], required: 0)
        add(["random"], "rand", [.literal("seed")], required: 0)
        add(["current_timestamp"], nil, [])
        add(["pow", "power"], "power", [.columnOrNumber("col1"), .columnOrNumber("col2")])
        add(["regexp_extract"], nil, [.column("str"), .literal("pattern"), .literal("idx")])
        add(["trunc"], nil, [.column("date"), .literal("format")])
        add(["repeat"], nil, [.column("col"), .columnOrNumber("n")])
        add(["instr"], nil, [.column("str"), .either("substr"), .either("start"), .either("occurrence")], required: 2)
        add(["try_divide"], nil, [.column("left"), .column("right")])
        add(["nanvl"], nil, [.column("col1"), .column("col2")])
        add(["nvl", "ifnull"], nil, [.column("col1"), .column("col2")])
        add(["size", "array_sort", "explode", "explode_outer"], nil, [.column("col")])
        add(["array_contains"], nil, [.column("col"), .either("value")])
        add(["element_at"], nil, [.column("col"), .either("extraction")])
        add(["sort_array"], nil, [.column("col"), .literal("asc")], required: 1)
        add(["array"], nil, [], variadic: true)
        add(["named_struct"], nil, [], variadic: true)
        add(["map_keys", "map_values"], nil, [.column("col")])
        add(["map_contains_key"], nil, [.column("col"), .either("value")])
        add(["map_from_arrays"], nil, [.column("col1"), .column("col2")])
        add(["from_unixtime"], nil, [.column("timestamp"), .literal("format")], required: 1)
        add(["unix_timestamp"], nil, [.column("timestamp"), .literal("format")], required: 0)
        add(["to_unix_timestamp"], nil, [.column("timestamp"), .column("format")], required: 1)
        add(["timestamp_seconds", "md5", "sha1", "crc32", "ascii", "last_day"], nil, [.column("col")])
        add(["sha2"], nil, [.column("col"), .literal("numBits")])
        add(["pmod"], nil, [.columnOrNumber("dividend"), .columnOrNumber("divisor")])
        add(["translate"], nil, [.column("srcCol"), .literal("matching"), .literal("replace")])
        add(["locate"], nil, [.literal("substr"), .column("str"), .literal("pos")], required: 2)
        add(["months_between"], nil, [.column("date1"), .column("date2"), .literal("roundOff")], required: 2)
        add(["add_months"], nil, [.column("start"), .columnOrNumber("months")])
        add(["next_day"], nil, [.column("date"), .literal("dayOfWeek")])
        for name in ["sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh",
                     "acosh", "atanh", "cbrt", "degrees", "radians", "log1p", "expm1", "rint", "bitwise_not", "bit_count",
                     "typeof"] {
            add([name], nil, [.column("col")])
        }
        add(["toDegrees"], "degrees", [.column("col")])
        add(["toRadians"], "radians", [.column("col")])
        add(["bitwiseNOT"], "bitwise_not", [.column("col")])
        add(["atan2", "hypot"], nil, [.columnOrNumber("col1"), .columnOrNumber("col2")])
        add(["e", "pi", "current_catalog", "current_database", "current_schema", "current_timezone"], nil, [])
        for name in ["lcase", "ucase", "char_length", "character_length", "sign", "cardinality", "day", "dayname",
                     "monthname", "bin", "factorial", "positive", "bit_length", "octet_length", "nullifzero"] {
            add([name], nil, [.column("col")])
        }
        for name in ["weekday", "unix_date", "unix_seconds", "unix_millis", "unix_micros", "date_from_unix_date",
                     "timestamp_millis", "timestamp_micros", "hex", "soundex", "quote"] {
            add([name], nil, [.column("col")])
        }
        add(["bit_get", "getbit"], nil, [.column("col"), .column("pos")])
        add(["base64", "unbase64", "unhex"], nil, [.column("col")])
        add(["encode", "decode"], nil, [.column("col"), .literal("charset")])
        add(["to_binary", "try_to_binary"], nil, [.column("col"), .column("format")], required: 1)
        add(["base64", "unbase64", "unhex"], nil, [.column("col")])
        add(["encode", "decode"], nil, [.column("col"), .literal("charset")])
        add(["to_binary", "try_to_binary"], nil, [.column("col"), .column("format")], required: 1)
        add(["char", "sha", "zeroifnull", "bitmap_bit_position", "bitmap_bucket_number"], nil, [.column("col")])
        add(["rlike", "regexp", "regexp_like"], nil, [.column("str"), .column("regexp")])
        add(["like", "ilike"], nil, [.column("str"), .column("pattern"), .column("escapeChar")], required: 2)
        add(["position"], nil, [.column("substr"), .column("str"), .column("start")], required: 2)
        add(["substr"], nil, [.column("str"), .column("pos"), .column("len")], required: 2)
        add(["make_date"], nil, [.column("year"), .column("month"), .column("day")])
        add(["conv"], nil, [.column("col"), .literal("fromBase"), .literal("toBase")])
        add(["substring_index"], nil, [.column("str"), .literal("delim"), .literal("count")])
        add(["split_part"], nil, [.column("src"), .column("delimiter"), .column("partNum")])
        add(["left", "right"], nil, [.column("str"), .column("len")])
        add(["find_in_set"], nil, [.column("str"), .column("str_array")])
        add(["nullif", "equal_null"], nil, [.column("col1"), .column("col2")])
        add(["contains"], nil, [.column("left"), .column("right")])
        add(["startswith"], nil, [.column("str"), .column("prefix")])
        add(["endswith"], nil, [.column("str"), .column("suffix")])
        add(["levenshtein"], nil, [.column("left"), .column("right"), .literal("threshold")], required: 2)
        add(["btrim"], nil, [.column("str"), .column("trim")], required: 1)
        add(["nvl2"], nil, [.column("col1"), .column("col2"), .column("col3")])
        add(["elt"], nil, [], variadic: true)
        add(["shiftleft", "shiftLeft"], "shiftleft", [.column("col"), .literal("numBits")])
        add(["shiftright", "shiftRight"], "shiftright", [.column("col"), .literal("numBits")])
        add(["shiftrightunsigned", "shiftRightUnsigned"], "shiftrightunsigned", [.column("col"), .literal("numBits")])
        addCollectionAndTextShapes(&table)
        addScalarShapes(&table)
        return table
    }()

    static let aggregates: [String: AggregateFunction] = [
        "count": .count, "sum": .sum, "avg": .avg, "mean": .avg, "min": .min, "max": .max,
        "countDistinct": .countDistinct, "count_distinct": .countDistinct,
        "approx_count_distinct": .approxCountDistinct, "approxCountDistinct": .approxCountDistinct,
        "first": .first, "last": .last, "stddev": .stddev, "stddev_samp": .stddevSamp, "std": .std,
        "stddev_pop": .stddevPop, "variance": .variance, "var_samp": .varianceSamp, "var_pop": .variancePop,
        "collect_list": .collectList, "collect_set": .collectSet, "median": .median, "percentile": .percentile,
        "corr": .corr, "covar_samp": .covarSamp, "covar_pop": .covarPop,
    ]

    static let others = ["log", "col", "column", "lit", "expr", "when", "asc", "desc", "asc_nulls_first", "asc_nulls_last",
                         "desc_nulls_first", "desc_nulls_last", "row_number", "rank", "dense_rank", "percent_rank",
                         "lag", "lead", "udf", "pandas_udf", "call_udf", "isnull", "isnotnull", "broadcast", "struct", "create_map",
                         "call_function", "schema_of_json", "schema_of_csv", "to_json"]
        + HigherOrderBinding.names.sorted()

    /// The names Sparkbook implements.
    static let implemented: Set<String> = Set(shapes.keys).union(aggregates.keys).union(others)
        .union(SketchFunctionsBinding.names).union(builtAggregates.keys).union(windowFunctionNames).union(moreShapes.keys)
        .union(variantShapes.keys).union(["variant_delete", "from_json", "from_csv", "to_csv", "json_tuple", "from_xml", "to_xml", "schema_of_xml"])
        .union(dateTimeCallNames)
        .union(mapAndGeneratorShapes.keys).union(["arrays_zip", "str_to_map"])

    /// PySpark 4.3's public functions that only raise "not supported yet" (listed in the README).
    static var unsupported: [String] { PySparkFunctionNames.all.subtracting(implemented).sorted() }

    /// Every name `F.` resolves: the implemented ones and the rest of PySpark's.
    static let functions: [String] = implemented.union(PySparkFunctionNames.all).sorted()

    static func call(_ name: String, _ args: CallArguments) throws -> PyValue {
        if name == "sha2" { try checkDigestBits(args) }
        if let value = try dateTimeCall(name, args) { return value }
        if let shape = shapes[name] ?? moreShapes[name] { return .column(try build(shape, args)) }
        if let shape = mapAndGeneratorShapes[name] { return .column(try build(shape, args)) }
        if let value = try callMapOrGenerator(name, args) { return value }
        if let column = try SketchFunctionsBinding.call(name, args) { return .column(column) }
        if let function = aggregates[name] { return .column(try aggregate(name, function, args)) }
        if let shape = builtAggregates[name] { return .column(try builtAggregate(name, shape, args)) }
        if let column = try windowFunction(name, args) { return .column(column) }
        if let value = try callCollectionOrText(name, args) { return value }
        if let value = try callVariant(name, args) { return value }
        switch name {
        case "log":
            // `log(x)` is the natural logarithm (Spark names it `ln(x)`); `log(base, x)` takes a number base.
            let v = try args.bind(["arg1", "arg2"], required: 1)
            guard let x = v[1] else { return .column(Column(.function("ln", [try v[0]!.column(name).expression]))) }
            return .column(Column(.function("log", [try v[0]!.literalColumn().expression, try x.column(name).expression])))
        case "col", "column":
            let v = try args.bind(["col"], required: 1)
            return .column(Column(try v[0]!.string("col", in: name)))
        case "lit":
            let v = try args.bind(["col"], required: 1)
            return .column(try v[0]!.literalColumn())
        case "expr":
            let v = try args.bind(["str"], required: 1)
            return .column(try Functions.expr(try v[0]!.string("str", in: name)))
        case "when":
            let v = try args.bind(["condition", "value"], required: 2)
            return .column(Functions.when(try condition(v[0]!), try v[1]!.literalColumn()))
        case "asc", "desc", "asc_nulls_first", "asc_nulls_last", "desc_nulls_first", "desc_nulls_last":
            let v = try args.bind(["col"], required: 1)
            return try ColumnBinding.call(ColumnBinding.camel(name), try v[0]!.column(name), CallArguments(functionName: name))
        case "row_number": try args.noArguments(); return .column(Functions.rowNumber())
        case "rank": try args.noArguments(); return .column(Functions.rank())
        case "dense_rank": try args.noArguments(); return .column(Functions.denseRank())
        case "percent_rank": try args.noArguments(); return .column(Functions.percentRank())
        case "lag", "lead":
            let v = try args.bind(["col", "offset", "default"], required: 1)
            let column = try v[0]!.column(name)
            let offset = try v[1]?.int("offset", in: name) ?? 1
            let fallback = try v[2]?.sparkValue() ?? .null
            return .column(name == "lag" ? Functions.lag(column, offset, fallback) : Functions.lead(column, offset, fallback))
        case "create_map":
            var items = args.positional
            if items.count == 1, case .list(let list) = items[0] { items = list }
            return .column(Column(.function("map", try items.map { try $0.column(name).expression })))
        case "struct":
            var items = args.positional
            if items.count == 1, case .list(let list) = items[0] { items = list }
            return .column(Column.structOf(try items.map { try $0.column(name) }))
        case "isnull":
            let v = try args.bind(["col"], required: 1)
            return .column(try v[0]!.column(name).isNull())
        case "isnotnull":
            let v = try args.bind(["col"], required: 1)
            return .column(try v[0]!.column(name).isNotNull())
        case "broadcast":
            // `F.broadcast(df)` is `df.hint("broadcast")`: the planner broadcasts that side of a join.
            let v = try args.bind(["df"], required: 1)
            guard case .dataFrame(let frame) = v[0]! else { return v[0]! }
            return .dataFrame(try frame.hint("broadcast"))
        case _ where PySparkFunctionNames.all.contains(name):
            throw ScriptError("NotImplementedError",
                              "pyspark.sql.functions.\(name) is not supported yet in Sparkbook (the README lists the functions still missing)")
        default:
            throw Members.missingAttribute(name, of: .module(.functions))
        }
    }

    static func build(_ shape: Shape, _ args: CallArguments) throws -> Column {
        let names = shape.parameters.map { p -> String in
            switch p { case .column(let n), .literal(let n), .either(let n), .columnOrNumber(let n): n }
        }
        var fixed = args
        var rest: [PyValue] = []
        if shape.variadicColumns {
            fixed.positional = Array(args.positional.prefix(shape.parameters.count))
            rest = Array(args.positional.dropFirst(shape.parameters.count))
            if rest.count == 1, case .list(let items) = rest[0] { rest = items }
        }
        let values = try fixed.bind(names, required: shape.required)
        var expressions: [Expression] = []
        for (parameter, value) in zip(shape.parameters, values) {
            guard let value else { continue }
            switch parameter {
            case .column(let n): expressions.append(try value.column(n).expression)
            case .literal: expressions.append(.literal(try value.sparkValue()))
            case .either: expressions.append(try value.literalColumn().expression)
            case .columnOrNumber(let n):
                if case .string = value { expressions.append(try value.column(n).expression) }
                else { expressions.append(try value.literalColumn().expression) }
            }
        }
        expressions += try rest.map { try $0.column(shape.engineName).expression }
        expressions = try filledIn(shape.engineName, expressions, given: values.map { $0 != nil })
        if ["round", "bround"].contains(shape.engineName) && expressions.count == 1 { expressions.append(.literal(.integer(0))) }
        // Spark fills these defaults in, and the column name shows them (`position(a, b, 1)`).
        if shape.engineName == "position" && expressions.count == 2 { expressions.append(.literal(.integer(1))) }
        if shape.engineName == "substr" && expressions.count == 2 { expressions.append(.literal(.integer(Int32.max))) }
        // Without a seed Spark draws one, and its column name shows it (`rand(615576749566403524)`).
        if ["rand", "randn"].contains(shape.engineName) && expressions.isEmpty {
            expressions.append(.literal(.long(Int64.random(in: 0...Int64.max))))
        }
        return Column(.function(shape.engineName, expressions))
    }

    static func aggregate(_ name: String, _ function: AggregateFunction, _ args: CallArguments) throws -> Column {
        if function == .countDistinct {
            let columns = try args.variadic().map { try $0.column(name) }
            return Functions.countDistinct(columns)
        }
        if function == .percentile {
            let v = try args.bind(["col", "percentage", "frequency"], required: 2)
            return Functions.percentile(try v[0]!.column(name), try v[1]!.literalColumn())
        }
        if function == .approxCountDistinct {
            // The relative SD rides along with the column; Spark leaves it out of the name.
            let v = try args.bind(["col", "rsd"], required: 1)
            let column = try v[0]!.column(name)
            guard let rsd = v[1] else { return Functions.aggregate(named: function, column) }
            let literal = Expression.literal(.double(try rsd.sparkValue().doubleValue ?? 0.05))
            return Functions.aggregate(named: function, Column(AggregateArguments.withLiterals(column.expression, [literal], named: false)))
        }
        if function.takesPair {
            let v = try args.bind(["col1", "col2"], required: 2)
            return Functions.aggregate(function, try v[0]!.column(name), try v[1]!.column(name))
        }
        let v = try args.bind(["col", "ignorenulls"], required: 1)
        if function == .first || function == .last, let flag = v[1] {
            guard case .bool(let ignoreNulls) = flag else {
                throw ScriptError("PySparkTypeError", "[NOT_BOOL] Argument `ignorenulls` should be a bool, got \(flag.typeName).")
            }
            let chosen: AggregateFunction = function == .first ? (ignoreNulls ? .firstIgnoreNulls : .first)
                : (ignoreNulls ? .lastIgnoreNulls : .last)
            return Functions.aggregate(named: chosen, try v[0]!.column(name))
        }
        return Functions.aggregate(named: function, try v[0]!.column(name))
    }

    /// PySpark checks `sha2`'s bit length before building the call.
    static func checkDigestBits(_ args: CallArguments) throws {
        let v = try args.bind(["col", "numBits"], required: 2)
        guard case .int(let bits) = v[1]!, [0, 224, 256, 384, 512].contains(bits) else {
            throw ScriptError("PySparkValueError",
                              "[VALUE_NOT_ALLOWED] Value for `numBits` has to be amongst the following values: [0, 224, 256, 384, 512].")
        }
    }

    static func condition(_ value: PyValue) throws -> Column {
        guard case .column(let c) = value else {
            throw ScriptError("PySparkTypeError", "[NOT_COLUMN] Argument `condition` should be a Column, got \(value.typeName).")
        }
        return c
    }
}
