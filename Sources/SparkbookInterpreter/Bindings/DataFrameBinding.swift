import SparkbookDataFrame
import SparkbookEngine

/// DataFrame methods: transformations return new DataFrames; actions run jobs and return Python values.
enum DataFrameBinding {
    static let methods = [
        "show", "printSchema", "count", "collect", "take", "first", "head", "limit", "select", "filter", "where",
        "withColumn", "groupBy", "groupby", "agg", "selectExpr", "withColumns", "withColumnRenamed", "withColumnsRenamed", "drop",
        "distinct", "dropDuplicates", "drop_duplicates", "orderBy", "sort", "union", "unionAll", "unionByName",
        "repartition", "coalesce", "cache", "persist", "unpersist", "describe", "summary", "fillna", "dropna", "explain",
        "join", "crossJoin", "createOrReplaceTempView", "createTempView", "toDF", "alias", "sample", "randomSplit",
        "intersect", "intersectAll", "subtract", "exceptAll", "tail", "isEmpty", "hint", "localCheckpoint",
        "cube", "rollup", "groupingSets", "corr", "cov", "crosstab", "sampleBy", "replace", "unpivot", "melt", "approxQuantile",
        "freqItems", "registerTempTable", "toLocalIterator", "isLocal", "to", "sortWithinPartitions", "transform",
    ] + rowMethods + inspectionMethods

    static func call(_ name: String, _ df: DataFrame, _ args: CallArguments, interpreter: Interpreter) async throws -> PyValue {
        switch name {
        case "transform":
            // `df.transform(f, *args, **kwargs)` is `f(df, *args, **kwargs)`, which must give a DataFrame.
            guard let function = args.positional.first else {
                throw ScriptError.type("DataFrame.transform() missing 1 required positional argument: 'func'")
            }
            var call = args
            call.positional[0] = .dataFrame(df)
            call.functionName = Members.functionName(function)
            let result = try await interpreter.call(function, call, span: .point(0))
            guard case .dataFrame = result else {
                throw ScriptError("AssertionError", "Func returned an instance of type [\(PyClass.of(result).repr)], should have been DataFrame.")
            }
            return result
        case "show":
            let (n, truncate, vertical) = try showArguments(args)
            interpreter.sink.write(try await df.showString(n, truncate: truncate, vertical: vertical) + "\n", to: .stdout)
            return .none
        case "printSchema":
            let v = try args.bind(["level"])
            interpreter.sink.write(try df.schemaString(level: try v[0]?.int("level", in: name)) + "\n", to: .stdout)
            return .none
        case "count":
            try args.noArguments()
            return .int(try await df.count())
        case "collect":
            try args.noArguments()
            return .list(try CollectedIntervals.checked(try await df.collect()).map(PyValue.row))
        case "take":
            let v = try args.bind(["num"], required: 1)
            return .list(try CollectedIntervals.checked(try await df.take(try v[0]!.int("num", in: name))).map(PyValue.row))
        case "head":
            let v = try args.bind(["n"])
            guard let n = try v[0]?.int("n", in: name) else {
                return try CollectedIntervals.checked(try await df.take(1)).first.map(PyValue.row) ?? .none
            }
            return .list(try CollectedIntervals.checked(try await df.take(n)).map(PyValue.row))
        case "first":
            try args.noArguments()
            return try CollectedIntervals.checked(try await df.take(1)).first.map(PyValue.row) ?? .none
        case "limit":
            let v = try args.bind(["num"], required: 1)
            return .dataFrame(try df.limit(try v[0]!.int("num", in: name)))
        case "select":
            return .dataFrame(try df.select(try args.variadic().map { try $0.column(name) }))
        case "selectExpr":
            return .dataFrame(try df.selectExpr(try args.variadic().map { try $0.string("expr", in: name) }))
        case "filter", "where":
            let v = try args.bind(["condition"], required: 1)
            switch v[0]! {
            case .column(let condition): return .dataFrame(try df.filter(condition))
            case .string(let sql): return .dataFrame(try df.filter(sql: sql))
            case let other:
                throw ScriptError("PySparkTypeError", "[NOT_COLUMN_OR_STR] Argument `condition` should be a Column or str, got \(other.typeName).")
            }
        case "withColumn":
            let v = try args.bind(["colName", "col"], required: 2)
            guard case .column(let column) = v[1]! else {
                throw ScriptError("PySparkTypeError", "[NOT_COLUMN] Argument `col` should be a Column, got \(v[1]!.typeName).")
            }
            return .dataFrame(try df.withColumn(try v[0]!.string("colName", in: name), column))
        case "withColumns":
            guard args.positional.count == 1, case .dict(let items) = args.positional[0] else {
                throw ScriptError("PySparkTypeError", "[NOT_DICT] Argument `colsMap` should be a dict, got \(args.positional.first?.typeName ?? "nothing").")
            }
            return .dataFrame(try df.withColumns(try items.map { (try $0.key.string("colsMap", in: name), try $0.value.column(name)) }))
        case "withColumnRenamed":
            let v = try args.bind(["existing", "new"], required: 2)
            return .dataFrame(try df.withColumnRenamed(try v[0]!.string("existing", in: name), try v[1]!.string("new", in: name)))
        case "withColumnsRenamed":
            guard args.positional.count == 1, case .dict(let items) = args.positional[0] else {
                throw ScriptError("PySparkTypeError", "[NOT_EXPECTED_TYPE] Argument `colsMap` should be dict, got \(args.positional.first?.typeName ?? "nothing").")
            }
            return .dataFrame(try df.withColumnsRenamed(try items.map {
                (try $0.key.string("colsMap", in: name), try $0.value.string("colsMap", in: name))
            }))
        case "toDF":
            let names = try args.variadic().map { try $0.string("cols", in: name) }
            let current = try df.columns()
            guard names.count == current.count else {
                throw ScriptError("IllegalArgumentException", "requirement failed: The number of columns doesn't match.\nOld column names (\(current.count)): \(current.joined(separator: ", "))\nNew column names (\(names.count)): \(names.joined(separator: ", "))")
            }
            return .dataFrame(try df.select(zip(current, names).map { Column($0).alias($1) }))
        case "drop":
            // As PySpark: the Columns first (each resolved), then the names (every column of each name).
            let values = try args.variadic()
            var columns: [Column] = [], names: [String] = []
            for value in values {
                if case .column(let c) = value { columns.append(c) } else { names.append(try value.string("cols", in: name)) }
            }
            var result = df
            if !columns.isEmpty { result = try result.drop(columns: columns) }
            if !names.isEmpty { result = try result.drop(names) }
            return .dataFrame(result)
        case "distinct":
            try args.noArguments()
            return .dataFrame(try df.distinct())
        case "dropDuplicates", "drop_duplicates":
            let v = try args.bind(["subset"])
            let subset = try v[0].map { value -> [String] in
                guard case .list(let items) = value else { return [try value.string("subset", in: name)] }
                return try items.map { try $0.string("subset", in: name) }
            }
            return .dataFrame(try df.dropDuplicates(subset))
        case "orderBy", "sort":
            return .dataFrame(try df.orderBy(try sortColumns(name, args, of: df)))
        case "sortWithinPartitions":
            return .dataFrame(try df.sortWithinPartitions(try sortColumns(name, args, of: df)))
        case "union", "unionAll":
            let v = try args.bind(["other"], required: 1)
            return .dataFrame(try df.union(try frame(v[0]!, name)))
        case "unionByName":
            let v = try args.bind(["other", "allowMissingColumns"], required: 1)
            return .dataFrame(try df.unionByName(try frame(v[0]!, name), allowMissingColumns: v[1]?.isTruthy ?? false))
        case "repartition":
            var columns = args.positional
            var n = Int(df.session.conf.get("spark.sql.shuffle.partitions") ?? "") ?? 200
            if case .int(let i)? = columns.first { n = Int(i); columns.removeFirst() }
            return .dataFrame(try df.repartition(n, try columns.map { try $0.column(name) }))
        case "coalesce":
            let v = try args.bind(["numPartitions"], required: 1)
            return .dataFrame(try df.coalesce(try v[0]!.int("numPartitions", in: name)))
        case "sample":
            return .dataFrame(try SampleBinding.sample(df, args))
        case "randomSplit":
            return try SampleBinding.randomSplit(df, args)
        case "cache":
            try args.noArguments()
            return .dataFrame(df.cache())
        case "persist":
            let v = try args.bind(["storageLevel"])
            switch v[0] {
            case nil: return .dataFrame(df.persist())
            case .storageLevel(let level)?: return .dataFrame(df.persist(level))
            default: throw ScriptError.type("storageLevel must be of type pyspark.StorageLevel")
            }
        case "unpersist":
            _ = try args.bind(["blocking"])
            return .dataFrame(df.unpersist())
        case "alias":
            let v = try args.bind(["alias"], required: 1)
            return .dataFrame(df.alias(try v[0]!.string("alias", in: name)))
        case "describe":
            return .dataFrame(try await df.describe(try args.variadic().map { try $0.string("cols", in: name) }))
        case "summary":
            return .dataFrame(try await df.summary(try args.variadic().map { try $0.string("statistics", in: name) }))
        case "fillna":
            return .dataFrame(try NABinding.fill(df, args))
        case "approxQuantile":
            let v = try args.bind(["col", "probabilities", "relativeError"], required: 3)
            var columns: [String]
            switch v[0]! {
            case .string(let s): columns = [s]
            case .list(let items), .tuple(let items): columns = try items.map { try $0.string("col", in: name) }
            case let other:
                throw ScriptError("PySparkTypeError", "[NOT_LIST_OR_STR_OR_TUPLE] Argument `col` should be a list, str or tuple, got \(other.typeName).")
            }
            func number(_ value: PyValue, _ argument: String) throws -> Double {
                switch value {
                case .float(let d): return d
                case .int(let i): return Double(i)
                default:
                    throw ScriptError("PySparkTypeError", "[NOT_FLOAT_OR_INT] Argument `\(argument)` should be a float or int, got \(value.typeName).")
                }
            }
            let items: [PyValue]
            switch v[1]! {
            case .list(let list), .tuple(let list): items = list
            case let other:
                throw ScriptError("PySparkTypeError", "[NOT_LIST_OR_TUPLE] Argument `probabilities` should be a list or tuple, got \(other.typeName).")
            }
            let probabilities = try items.map { try number($0, "probabilities") }
            for p in probabilities where !(0...1).contains(p) {
                throw ScriptError("PySparkValueError", "[NOT_IN_BOUNDS] Argument `probabilities` must be between 0.0 and 1.0, got \(p).")
            }
            let relativeError = try number(v[2]!, "relativeError")
            guard relativeError >= 0 else {
                throw ScriptError("PySparkValueError", "[NEGATIVE_VALUE] Value for `relativeError` must be greater than or equal to 0, got '\(PyValue.float(relativeError).repr)'.")
            }
            let quantiles = try await df.approxQuantile(columns, probabilities, relativeError: relativeError)
                .map { PyValue.list($0.map(PyValue.float)) }
            if case .string = v[0]! { return quantiles[0] }
            return .list(quantiles)
        case "replace":
            return .dataFrame(try NABinding.replace(df, args))
        case "unpivot", "melt":
            let v = try args.bind(["ids", "values", "variableColumnName", "valueColumnName"], required: 4)
            func columns(_ value: PyValue) throws -> [Column] {
                switch value {
                case .list(let items), .tuple(let items): return try items.map { try $0.column(name) }
                default: return [try value.column(name)]
                }
            }
            var values: [Column]? = nil
            if case .none = v[1]! {} else { values = try columns(v[1]!) }
            return .dataFrame(try df.unpivot(ids: try columns(v[0]!), values: values,
                                             variableColumnName: try v[2]!.string("variableColumnName", in: name),
                                             valueColumnName: try v[3]!.string("valueColumnName", in: name)))
        case "dropna":
            return .dataFrame(try NABinding.drop(df, args))
        case "explain":
            let v = try args.bind(["extended", "mode"])
            interpreter.sink.write(try df.explainString(mode: try ExplainBinding.mode(v[0], v[1])) + "\n", to: .stdout)
            return .none
        case "join":
            return .dataFrame(try JoinBinding.join(df, args))
        case "crossJoin":
            let v = try args.bind(["other"], required: 1)
            return .dataFrame(try df.join(try frame(v[0]!, name), .none, .cross))
        case "createOrReplaceTempView", "createTempView", "registerTempTable":
            let v = try args.bind(["name"], required: 1)
            let view = try v[0]!.string("name", in: name)
            try df.session.catalog.create(view, df.plan, replace: name != "createTempView")
            return .none
        case "freqItems":
            let v = try args.bind(["cols", "support"], required: 1)
            let columns: [String]
            switch v[0]! {
            case .list(let items), .tuple(let items): columns = try items.map { try $0.string("cols", in: name) }
            default:
                throw ScriptError("PySparkTypeError", "[NOT_LIST_OR_TUPLE] Argument `cols` should be a list or tuple, got \(v[0]!.typeName).")
            }
            var support = 0.01
            switch v[1] {
            case nil, .none?: break
            case .float(let d)?: support = d
            case .int(let i)?: support = Double(i)
            case let other?:
                throw ScriptError("PySparkTypeError", "[NOT_FLOAT] Argument `support` should be a float, got \(other.typeName).")
            }
            return .dataFrame(try await df.freqItems(columns, support: support))
        case "toLocalIterator":
            // The rows in order, one partition at a time in Spark; here the whole list (a list iterates the same).
            _ = try args.bind(["prefetchPartitions"])
            return .list(try CollectedIntervals.checked(try await df.collect()).map(PyValue.row))
        case "isLocal":
            // Spark answers true only for plans that run without executors: command results and local rows
            // of a command; DataFrames made by createDataFrame or range run on executors.
            try args.noArguments()
            return .bool(df.isLocalCommandResult)
        case "to":
            let v = try args.bind(["schema"], required: 1)
            guard case .structType(let schema) = v[0]! else {
                throw ScriptError("PySparkTypeError", "[NOT_STRUCT] Argument `schema` should be a struct, got \(v[0]!.typeName).")
            }
            return .dataFrame(try df.to(schema))
        case "groupBy", "groupby":
            return .grouped(try df.groupBy(try args.variadic().map { try ordinalColumn($0, of: df, name) }))
        case "cube", "rollup":
            let keys = try args.variadic().map { try ordinalColumn($0, of: df, name) }
            return .grouped(name == "cube" ? try df.cube(keys) : try df.rollup(keys))
        case "groupingSets":
            guard let first = args.positional.first else {
                throw ScriptError.type("groupingSets() missing 1 required positional argument: 'groupingSets'")
            }
            guard case .list(let sets) = first else {
                throw ScriptError("PySparkTypeError", "[NOT_LIST] Argument `groupingSets` should be a list, got \(first.typeName).")
            }
            let keys = try CallArguments(positional: Array(args.positional.dropFirst()), functionName: name)
                .variadic().map { try ordinalColumn($0, of: df, name) }
            return .grouped(try df.groupingSets(try sets.map { set -> [Column] in
                switch set {
                case .list(let items), .tuple(let items): return try items.map { try $0.column(name) }
                default: return [try set.column(name)]
                }
            }, keys))
        case "corr", "cov", "crosstab":
            let v = try args.bind(name == "corr" ? ["col1", "col2", "method"] : ["col1", "col2"], required: 2)
            let columns = try v.prefix(2).enumerated().map { i, value -> String in
                guard case .string(let s)? = value else {
                    throw ScriptError("PySparkTypeError", "[NOT_EXPECTED_TYPE] Argument `col\(i + 1)` should be str, got \(value?.typeName ?? "NoneType").")
                }
                return s
            }
            if name == "crosstab" { return .dataFrame(try await df.crosstab(columns[0], columns[1])) }
            if name == "cov" { return .float(try await df.cov(columns[0], columns[1])) }
            if let method = v[2], method.isTruthy, try method.string("method", in: name) != "pearson" {
                throw ScriptError("PySparkValueError", "[VALUE_NOT_ALLOWED] Value for `method` has to be amongst the following values: ['pearson'].")
            }
            return .float(try await df.corr(columns[0], columns[1]))
        case "sampleBy":
            let v = try args.bind(["col", "fractions", "seed"], required: 2)
            guard case .dict(let items) = v[1]! else {
                throw ScriptError("PySparkTypeError", "[NOT_DICT] Argument `fractions` should be a dict, got \(v[1]!.typeName).")
            }
            let fractions = try items.map { item -> (Value, Double) in
                switch item.value {
                case .float(let d): return (try item.key.sparkValue(), d)
                case .int(let i): return (try item.key.sparkValue(), Double(i))
                default:
                    throw ScriptError("PySparkTypeError", "[NOT_FLOAT_OR_INT] Argument `fractions` should be a float or int, got \(item.value.typeName).")
                }
            }
            var seed = Int64.random(in: 0...Int64.max)
            if let given = v[2], case .none = given {} else if let given = v[2] { seed = Int64(try given.int("seed", in: name)) }
            return .dataFrame(try df.sampleBy(try v[0]!.column(name), fractions: fractions, seed: seed))
        case "agg":
            return try await GroupedDataBinding.call("agg", try df.groupBy([]), args)
        case "intersect", "intersectAll", "subtract", "exceptAll":
            let v = try args.bind(["other"], required: 1)
            let other = try frame(v[0]!, name)
            switch name {
            case "intersect": return .dataFrame(try df.intersect(other))
            case "intersectAll": return .dataFrame(try df.intersectAll(other))
            case "subtract": return .dataFrame(try df.subtract(other))
            default: return .dataFrame(try df.exceptAll(other))
            }
        case "tail":
            let v = try args.bind(["num"], required: 1)
            let n = try v[0]!.int("num", in: name)
            return .list(try CollectedIntervals.checked(Array(try await df.collect().suffix(max(0, n)))).map(PyValue.row))
        case "isEmpty":
            try args.noArguments()
            return .bool(try await df.take(1).isEmpty)
        case "hint":
            // A broadcast hint makes a join with this side a broadcast hash join; other hints are checked and
            // then have no effect (Sparkbook chooses its own strategy).
            guard let first = args.positional.first else {
                throw ScriptError.type("hint() missing 1 required positional argument: 'name'")
            }
            let hint = try first.string("name", in: name)
            return .dataFrame(try df.hint(hint))
        case "localCheckpoint":
            // The rows stay where they are computed (one process): the same DataFrame, its lineage kept.
            _ = try args.bind(["eager", "storageLevel"])
            return .dataFrame(df)
        default:
            if let result = try await callRows(name, df, args, interpreter: interpreter) { return result }
            if let result = try await callInspection(name, df, args) { return result }
            throw Members.missingAttribute(name, of: .dataFrame(df))
        }
    }

    /// `orderBy("a", F.desc("b"))` or `orderBy(["a", "b"], ascending=[True, False])`.
    /// A `groupBy` key: a column, a name, or a 1-based ordinal (`groupBy(1)`) as PySpark 4 takes one.
    static func ordinalColumn(_ value: PyValue, of df: DataFrame, _ name: String) throws -> Column {
        guard case .int(let i) = value else { return try value.column(name) }
        guard i >= 1 else {
            throw ScriptError("PySparkIndexError", "[INDEX_NOT_POSITIVE] Index must be positive, got '\(i)'.")
        }
        let names = try df.columns()
        guard i <= names.count else { throw ScriptError("IndexError", "list index out of range") }
        return try df.column(names[Int(i) - 1])
    }

    /// A sort key given as an ordinal (`sort(1)`, `sort(-1)` for descending), as PySpark 4 takes one.
    static func sortOrdinal(_ value: PyValue, of df: DataFrame, _ name: String) throws -> Column {
        guard case .int(let i) = value else { return try value.column(name) }
        guard i != 0 else { throw ScriptError("PySparkIndexError", "[ZERO_INDEX] Index must be non-zero.") }
        let column = try ordinalColumn(.int(abs(i)), of: df, name)
        return i > 0 ? column : column.desc()
    }

    static func sortColumns(_ name: String, _ args: CallArguments, of df: DataFrame) throws -> [Column] {
        var positional = CallArguments(positional: args.positional, functionName: name)
        let ascending = args.keywords.first { $0.name == "ascending" }?.value
        if let other = args.keywords.first(where: { $0.name != "ascending" }) {
            throw ScriptError.type("\(name)() got an unexpected keyword argument '\(other.name)'")
        }
        positional.keywords = []
        var columns = try positional.variadic().map { try sortOrdinal($0, of: df, name) }
        switch ascending {
        case nil: break
        case .bool(let up)?: if !up { columns = columns.map { $0.desc() } }
        case .int(let flag)?: if flag == 0 { columns = columns.map { $0.desc() } }
        case .list(let flags)?:
            guard flags.count == columns.count else {
                throw ScriptError("PySparkValueError", "[LENGTH_MISMATCH] Length of `ascending` must match the number of columns.")
            }
            columns = zip(columns, flags).map { $1.isTruthy ? $0.asc() : $0.desc() }
        case let other?:
            throw ScriptError("PySparkTypeError", "[NOT_BOOL_OR_LIST] Argument `ascending` should be a bool or a list, got \(other.typeName).")
        }
        return columns
    }

    static func frame(_ value: PyValue, _ function: String) throws -> DataFrame {
        guard case .dataFrame(let df) = value else {
            throw ScriptError("PySparkTypeError", "[NOT_DATAFRAME] Argument `other` should be a DataFrame, got \(value.typeName).")
        }
        return df
    }
}

extension DataFrameBinding {
    /// `show(n, truncate, vertical)` checked as PySpark checks them: `n` an int, `vertical` a bool, `truncate` a
    /// bool or anything `int()` takes (`"5"`, `2.5`).
    static func showArguments(_ args: CallArguments) throws -> (n: Int, truncate: Int, vertical: Bool) {
        let v = try args.bind(["n", "truncate", "vertical"])
        func notExpected(_ argument: String, _ expected: String, _ value: PyValue) -> ScriptError {
            ScriptError("PySparkTypeError",
                        "[NOT_EXPECTED_TYPE] Argument `\(argument)` should be \(expected), got \(value.typeName).")
        }
        var n = 20
        switch v[0] {
        case nil: break
        case .int(let i)?: n = Int(i)
        case let other?: throw notExpected("n", "int", other)
        }
        var vertical = false
        switch v[2] {
        case nil: break
        case .bool(let b)?: vertical = b
        case let other?: throw notExpected("vertical", "bool", other)
        }
        let truncate: Int
        switch v[1] {
        case nil: truncate = 20
        case .bool(let b)?: truncate = b ? 20 : 0
        case .int(let i)?: truncate = Int(i)
        case .float(let f)? where f.isFinite && abs(f) < 1e15: truncate = Int(f)
        case .string(let s)?:
            let trimmed = String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            guard let i = Int(trimmed) else { throw notExpected("truncate", "bool", .string(s)) }
            truncate = i
        case let other?: throw notExpected("truncate", "bool", other)
        }
        return (n, truncate, vertical)
    }
}
