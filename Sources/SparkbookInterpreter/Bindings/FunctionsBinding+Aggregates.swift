import SparkbookDataFrame
import SparkbookEngine

/// The aggregates the engine's `AggregateCallBuilder` builds (`max_by`, `regr_*`, `listagg`, ...): each with
/// PySpark's parameters; the arguments bound as `shapes`' are, then built into the aggregate call.
extension FunctionsBinding {
    static let builtAggregates: [String: Shape] = {
        var table: [String: Shape] = [:]
        func add(_ names: [String], _ params: [Parameter], required: Int = 1) {
            for name in names {
                table[name] = Shape(engineName: name, parameters: params, required: required, variadicColumns: false)
            }
        }
        add(["array_agg", "try_sum", "try_avg", "bool_and", "every", "bool_or", "some", "bit_and", "bit_or", "bit_xor",
             "count_if", "product", "kurtosis", "skewness", "sum_distinct", "collect_union"], [.column("col")])
        add(["schema_of_variant_agg"], [.column("v")])
        add(["any_value", "first_value", "last_value"], [.column("col"), .either("ignoreNulls")])
        add(["mode"], [.column("col"), .literal("deterministic")])
        add(["nth_value"], [.column("col"), .literal("offset"), .literal("ignoreNulls")], required: 2)
        add(["max_by", "min_by"], [.column("col"), .column("ord"), .literal("k")], required: 2)
        add(["regr_avgx", "regr_avgy", "regr_count", "regr_intercept", "regr_r2", "regr_slope", "regr_sxx",
             "regr_sxy", "regr_syy"], [.column("y"), .column("x")], required: 2)
        add(["percentile_approx", "approx_percentile"], [.column("col"), .either("percentage"), .either("accuracy")],
            required: 2)
        add(["listagg", "string_agg", "listagg_distinct", "string_agg_distinct"], [.column("col"), .either("delimiter")])
        add(["vector_sum", "vector_avg"], [.column("col")])
        add(["histogram_numeric"], [.column("col"), .column("nBins")], required: 2)
        return table
    }()

    static func builtAggregate(_ name: String, _ shape: Shape, _ args: CallArguments) throws -> Column {
        guard case .function(_, var arguments) = try build(shape, args).expression else {
            preconditionFailure("a shape builds a function call")
        }
        // PySpark passes the default accuracy, which the column name shows.
        if name.contains("percentile"), arguments.count == 2 { arguments.append(.literal(.integer(10000))) }
        guard let call = try AggregateCallBuilder.build(name, arguments) else {
            preconditionFailure("\(name) is an aggregate the engine builds")
        }
        return Column(call)
    }
}
