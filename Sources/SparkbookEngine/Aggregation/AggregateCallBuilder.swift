/// Builds the aggregate expression of a call by name from its arguments, for the SQL parser and the DataFrame
/// API alike: Spark's defaults filled in (they show in the column name: `percentile_approx(x, 0.5, 10000)`,
/// `listagg(s, NULL)`), several inputs packed (`AggregatePair`, `AggregateArguments`), flags choosing the variant
/// (`any_value(x, true)`, `mode(x, true)`). Nil when the name is none of these functions.
public enum AggregateCallBuilder {
    /// The SQL names built here (`product` is the DataFrame API's only).
    public static let sqlNames: Set<String> = [
        "any_value", "first_value", "last_value", "array_agg", "try_sum", "try_avg", "bool_and", "every", "bool_or",
        "some", "any", "bit_and", "bit_or", "bit_xor", "count_if", "skewness", "kurtosis", "max_by", "min_by",
        "mode", "regr_count", "regr_avgx", "regr_avgy", "regr_sxx", "regr_syy", "regr_sxy", "regr_slope",
        "regr_intercept", "regr_r2", "percentile_approx", "approx_percentile", "listagg", "string_agg",
        "collect_union", "nth_value", "schema_of_variant_agg", "vector_sum", "vector_avg", "histogram_numeric",
    ]

    /// The number of arguments each takes.
    public static func arity(_ name: String) -> ClosedRange<Int> {
        switch name {
        case "any_value", "first_value", "last_value", "mode", "listagg", "string_agg", "listagg_distinct",
             "string_agg_distinct":
            1...2
        case "max_by", "min_by", "nth_value": 2...3
        case "percentile_approx", "approx_percentile": 2...3
        case "histogram_numeric": 2...2
        case _ where name.hasPrefix("regr_"): 2...2
        default: 1...1
        }
    }

    public static func build(_ name: String, _ args: [Expression], distinct: Bool = false) throws -> Expression? {
        let range = arity(name)
        guard range.contains(args.count) else {
            throw SparkError(.analysis, errorClass: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                             message: "The `\(name)` requires \(range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "[\(range.lowerBound), \(range.upperBound)]") parameters but the actual number is \(args.count).",
                             sqlState: "42605")
        }
        func flag(_ i: Int) -> Bool {
            guard args.count > i, case .literal(.boolean(let b)) = args[i] else { return false }
            return b
        }
        switch name {
        case "any_value": return .aggregate(flag(1) ? .anyValueIgnoreNulls : .anyValue, args[0])
        case "first_value": return .aggregate(flag(1) ? .firstValueIgnoreNulls : .firstValue, args[0])
        case "last_value": return .aggregate(flag(1) ? .lastValueIgnoreNulls : .lastValue, args[0])
        case "mode": return .aggregate(flag(1) ? .modeDeterministic : .mode, args[0])
        case "nth_value":
            return .aggregate(flag(2) ? .nthValueIgnoreNulls : .nthValue, AggregateArguments.withLiterals(args[0], [args[1]]))
        case "max_by", "min_by":
            let function: AggregateFunction = name == "max_by" ? .maxBy : .minBy
            return .aggregate(function, AggregateArguments.withLiterals(AggregateArguments.tuple([args[0], args[1]]),
                                                                       Array(args.dropFirst(2))))
        case _ where name.hasPrefix("regr_"):
            guard let function = AggregateFunction(rawValue: name) else { return nil }
            return .aggregate(function, AggregatePair.argument(args[0], args[1]))
        case "percentile_approx", "approx_percentile":
            let accuracy = args.count > 2 ? args[2] : .literal(.integer(10000))
            return .aggregate(AggregateFunction(rawValue: name)!, AggregateArguments.withLiterals(args[0], [args[1], accuracy]))
        case "listagg", "string_agg", "listagg_distinct", "string_agg_distinct":
            let base = name.hasSuffix("_distinct") ? String(name.dropLast(9)) : name
            let isDistinct = distinct || name.hasSuffix("_distinct")
            let function: AggregateFunction = base == "listagg" ? (isDistinct ? .listaggDistinct : .listagg)
                : (isDistinct ? .stringAggDistinct : .stringAgg)
            let delimiter = args.count > 1 ? args[1] : .literal(.null)
            return .aggregate(function, AggregateArguments.withLiterals(args[0], [delimiter]))
        case "sum_distinct": return .aggregate(.sumDistinct, args[0])
        case "histogram_numeric": return .aggregate(.histogramNumeric, AggregateArguments.withLiterals(args[0], [args[1]]))
        default:
            guard let function = AggregateFunction(rawValue: name) else { return nil }
            return .aggregate(function, args[0])
        }
    }
}
