import SparkbookDataFrame
import SparkbookEngine

/// `df.groupBy(...)` methods.
enum GroupedDataBinding {
    static let methods = ["agg", "count", "sum", "avg", "mean", "min", "max", "pivot"]

    static func call(_ name: String, _ grouped: GroupedData, _ args: CallArguments) async throws -> PyValue {
        switch name {
        case "pivot":
            let v = try args.bind(["pivot_col", "values"], required: 1)
            // Classic PySpark hands the column to the JVM as a name; a Column fails there.
            if case .column = v[0]! { throw ScriptError("PySparkTypeError", "[NOT_ITERABLE] Column is not iterable.") }
            let column = try v[0]!.string("pivot_col", in: name)
            var values: [Value]?
            switch v[1] {
            case nil, .none?: values = nil
            case .list(let items)?, .tuple(let items)?: values = try items.map { try $0.sparkValue() }
            case let other?: throw ScriptError.type("pivot() argument 'values' must be a list, not \(other.typeName)")
            }
            return .grouped(try await grouped.pivot(column, values: values))
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
            switch name {
            case "sum": return .dataFrame(try grouped.sum(names))
            case "min": return .dataFrame(try grouped.min(names))
            case "max": return .dataFrame(try grouped.max(names))
            default: return .dataFrame(try grouped.avg(names))
            }
        default:
            throw Members.missingAttribute(name, of: .grouped(grouped))
        }
    }
}
