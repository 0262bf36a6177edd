import SparkbookDataFrame
import SparkbookEngine

/// Column methods (`.alias`, `.cast`, `.isNull`).
enum ColumnBinding {
    static let methods = ["alias", "name", "cast", "astype", "isNull", "isNotNull"]

    static func call(_ name: String, _ column: Column, _ args: CallArguments) throws -> PyValue {
        switch name {
        case "alias", "name":
            let v = try args.bind(["alias"], required: 1)
            return .column(column.alias(try v[0]!.string("alias", in: name)))
        case "cast", "astype":
            let v = try args.bind(["dataType"], required: 1)
            return .column(column.cast(try DDLSchemaParser.parseType(try v[0]!.string("dataType", in: name))))
        case "isNull":
            try args.noArguments()
            return .column(column.isNull())
        case "isNotNull":
            try args.noArguments()
            return .column(column.isNotNull())
        default:
            throw Members.missingAttribute(name, of: .column(column))
        }
    }
}

/// `pyspark.sql.functions` (imported as `F`).
enum FunctionsBinding {
    static let functions = ["col", "column", "lit", "count", "sum", "avg", "mean", "min", "max"]

    static func call(_ name: String, _ args: CallArguments) throws -> PyValue {
        switch name {
        case "col", "column":
            let v = try args.bind(["col"], required: 1)
            return .column(Column(try v[0]!.string("col", in: name)))
        case "lit":
            let v = try args.bind(["col"], required: 1)
            return .column(try v[0]!.literalColumn())
        case "count", "sum", "avg", "mean", "min", "max":
            let v = try args.bind(["col"], required: 1)
            let column = try v[0]!.column(name)
            let result: Column = switch name {
            case "count": Functions.count(column)
            case "sum": Functions.sum(column)
            case "avg", "mean": Functions.avg(column)
            case "min": Functions.min(column)
            default: Functions.max(column)
            }
            return .column(result)
        default:
            throw Members.missingAttribute(name, of: .module(.functions))
        }
    }
}
