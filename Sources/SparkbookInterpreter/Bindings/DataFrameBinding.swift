import SparkbookDataFrame
import SparkbookEngine

/// DataFrame methods: transformations return new DataFrames; actions run jobs and return Python values.
enum DataFrameBinding {
    static let methods = [
        "show", "printSchema", "count", "collect", "take", "first", "head", "limit", "select", "filter", "where",
        "withColumn", "groupBy", "groupby", "agg",
    ]

    static func call(_ name: String, _ df: DataFrame, _ args: CallArguments, interpreter: Interpreter) async throws -> PyValue {
        switch name {
        case "show":
            let v = try args.bind(["n", "truncate", "vertical"])
            let n = try v[0]?.int("n", in: name) ?? 20
            let truncate: Int
            switch v[1] {
            case nil: truncate = 20
            case .bool(let b)?: truncate = b ? 20 : 0
            case .int(let i)?: truncate = Int(i)
            case let other?:
                throw ScriptError("PySparkTypeError", "[NOT_BOOL] Argument `truncate` should be a bool, got \(other.typeName).")
            }
            let vertical = v[2]?.isTruthy ?? false
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
            return .list(try await df.collect().map(PyValue.row))
        case "take":
            let v = try args.bind(["num"], required: 1)
            return .list(try await df.take(try v[0]!.int("num", in: name)).map(PyValue.row))
        case "head":
            let v = try args.bind(["n"])
            guard let n = try v[0]?.int("n", in: name) else {
                return try await df.take(1).first.map(PyValue.row) ?? .none
            }
            return .list(try await df.take(n).map(PyValue.row))
        case "first":
            try args.noArguments()
            return try await df.take(1).first.map(PyValue.row) ?? .none
        case "limit":
            let v = try args.bind(["num"], required: 1)
            return .dataFrame(try df.limit(try v[0]!.int("num", in: name)))
        case "select":
            return .dataFrame(try df.select(try args.variadic().map { try $0.column(name) }))
        case "filter", "where":
            let v = try args.bind(["condition"], required: 1)
            guard case .column(let condition) = v[0]! else {
                throw ScriptError("NotImplementedError", "\(name)() with a SQL string is not supported in Sparkbook yet; use a Column such as F.col(\"x\") > 1")
            }
            return .dataFrame(try df.filter(condition))
        case "withColumn":
            let v = try args.bind(["colName", "col"], required: 2)
            guard case .column(let column) = v[1]! else {
                throw ScriptError("PySparkTypeError", "[NOT_COLUMN] Argument `col` should be a Column, got \(v[1]!.typeName).")
            }
            return .dataFrame(try df.withColumn(try v[0]!.string("colName", in: name), column))
        case "groupBy", "groupby":
            return .grouped(try df.groupBy(try args.variadic().map { try $0.column(name) }))
        case "agg":
            return try GroupedDataBinding.call("agg", try df.groupBy([]), args)
        default:
            throw Members.missingAttribute(name, of: .dataFrame(df))
        }
    }
}

/// `df.groupBy(...)` methods.
enum GroupedDataBinding {
    static let methods = ["agg", "count", "sum", "avg", "mean", "min", "max"]

    static func call(_ name: String, _ grouped: GroupedData, _ args: CallArguments) throws -> PyValue {
        switch name {
        case "agg":
            if args.positional.count == 1, case .dict(let items) = args.positional[0] {
                return .dataFrame(try grouped.agg(items.map { (column: $0.key.str, function: $0.value.str) }))
            }
            let columns = try args.variadic().map { value -> Column in
                guard case .column(let c) = value else {
                    throw ScriptError("PySparkTypeError", "[NOT_COLUMN] Argument `exprs` should be a Column, got \(value.typeName).")
                }
                return c
            }
            guard !columns.isEmpty else { throw ScriptError("PySparkValueError", "[CANNOT_BE_EMPTY] At least one expression must be specified.") }
            return .dataFrame(try grouped.agg(columns))
        case "count":
            try args.noArguments()
            return .dataFrame(try grouped.count())
        case "sum", "avg", "mean", "min", "max":
            let names = try args.variadic().map { try $0.string("cols", in: name) }
            let function = name == "mean" ? "avg" : name
            return .dataFrame(try grouped.agg(names.map { (column: $0, function: function) }))
        default:
            throw Members.missingAttribute(name, of: .grouped(grouped))
        }
    }
}
