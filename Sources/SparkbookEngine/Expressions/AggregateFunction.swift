/// The aggregate functions the engine evaluates with partial and final steps around a shuffle.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    case count, sum, avg, min, max
    case countDistinct = "count_distinct"
    case approxCountDistinct = "approx_count_distinct"
    case first, last, stddev
    /// `first(x, ignorenulls=True)` / `last(...)`: the first (last) non-null value; Spark names them `first(x)`.
    case firstIgnoreNulls = "first_ignore_nulls"
    case lastIgnoreNulls = "last_ignore_nulls"
    case stddevPop = "stddev_pop"
    case variance
    case variancePop = "var_pop"
    /// Spellings Spark keeps in generated names (`stddev_samp(x)`, `std(x)`, `var_samp(x)`).
    case stddevSamp = "stddev_samp"
    case std
    case varianceSamp = "var_samp"
    case collectList = "collect_list"
    case collectSet = "collect_set"
    /// `median(x)`: Spark's exact `Percentile` at 0.5 over every value of the group.
    case median
    /// `percentile(x, p)` over `PercentileArgument.argument(x, p)`.
    case percentile
    /// Two-argument statistics over `AggregatePair.argument(x, y)`: Spark's `Corr`, `CovSample`, `CovPopulation`.
    case corr
    case covarSamp = "covar_samp"
    case covarPop = "covar_pop"
    /// Sketch aggregates over `SketchArgument.argument(columns, parameters)`, returning sketch bytes
    /// (`Sketches/SketchAggregateState`).
    case hllSketchAgg = "hll_sketch_agg"
    case hllUnionAgg = "hll_union_agg"
    case thetaSketchAgg = "theta_sketch_agg"
    case thetaUnionAgg = "theta_union_agg"
    case thetaIntersectionAgg = "theta_intersection_agg"
    case kllSketchAggBigint = "kll_sketch_agg_bigint"
    case kllSketchAggFloat = "kll_sketch_agg_float"
    case kllSketchAggDouble = "kll_sketch_agg_double"
    case kllMergeAggBigint = "kll_merge_agg_bigint"
    case kllMergeAggFloat = "kll_merge_agg_float"
    case kllMergeAggDouble = "kll_merge_agg_double"
    case tupleSketchAggDouble = "tuple_sketch_agg_double"
    case tupleSketchAggInteger = "tuple_sketch_agg_integer"
    case tupleUnionAggDouble = "tuple_union_agg_double"
    case tupleUnionAggInteger = "tuple_union_agg_integer"
    case tupleIntersectionAggDouble = "tuple_intersection_agg_double"
    case tupleIntersectionAggInteger = "tuple_intersection_agg_integer"
    case bitmapConstructAgg = "bitmap_construct_agg"
    case bitmapOrAgg = "bitmap_or_agg"
    case bitmapAndAgg = "bitmap_and_agg"
    case countMinSketch = "count_min_sketch"

    /// The sketch and bitmap aggregates.
    public var isSketch: Bool {
        switch self {
        case .hllSketchAgg, .hllUnionAgg, .thetaSketchAgg, .thetaUnionAgg, .thetaIntersectionAgg, .kllSketchAggBigint,
             .kllSketchAggFloat, .kllSketchAggDouble, .kllMergeAggBigint, .kllMergeAggFloat, .kllMergeAggDouble,
             .tupleSketchAggDouble, .tupleSketchAggInteger, .tupleUnionAggDouble, .tupleUnionAggInteger,
             .tupleIntersectionAggDouble, .tupleIntersectionAggInteger, .bitmapConstructAgg, .bitmapOrAgg, .bitmapAndAgg,
             .countMinSketch:
            true
        default: false
        }
    }
    /// `any_value`, `first_value`, `last_value`: Spark's `first`/`last` under their own names.
    case anyValue = "any_value"
    case anyValueIgnoreNulls = "any_value_ignore_nulls"
    case firstValue = "first_value"
    case firstValueIgnoreNulls = "first_value_ignore_nulls"
    case lastValue = "last_value"
    case lastValueIgnoreNulls = "last_value_ignore_nulls"
    /// `array_agg`: Spark's `collect_list` under its SQL standard name.
    case arrayAgg = "array_agg"
    /// `try_sum`/`try_avg`: `sum`/`avg` that are null where the sum overflows instead of failing.
    case trySum = "try_sum"
    case tryAvg = "try_avg"
    /// `sum(DISTINCT x)`.
    case sumDistinct = "sum_distinct"
    /// `bool_and`/`every` and `bool_or`/`some`/`any`: Spark's `min`/`max` of a boolean.
    case boolAnd = "bool_and"
    case every
    case boolOr = "bool_or"
    case some
    case anyBool = "any"
    case bitAnd = "bit_and"
    case bitOr = "bit_or"
    case bitXor = "bit_xor"
    /// `count_if(p)`: the rows where `p` is true.
    case countIf = "count_if"
    /// `product(x)`: the product of the values as doubles.
    case product
    /// Spark's `CentralMomentAgg` of order 3 and 4.
    case skewness, kurtosis
    /// `max_by(x, ord)`/`min_by(x, ord)` over `AggregateArguments.tuple(x, ord)`; with a `k` riding along
    /// (`AggregateArguments.withLiterals`) the top (bottom) `k` values as an array.
    case maxBy = "max_by"
    case minBy = "min_by"
    /// `mode(x)`: the most frequent value; `modeDeterministic` breaks ties towards the lowest value.
    case mode
    case modeDeterministic = "mode_deterministic"
    /// `regr_*(y, x)` over `AggregatePair.argument(y, x)` (both doubles, null when either is).
    case regrCount = "regr_count"
    case regrAvgx = "regr_avgx"
    case regrAvgy = "regr_avgy"
    case regrSxx = "regr_sxx"
    case regrSyy = "regr_syy"
    case regrSxy = "regr_sxy"
    case regrSlope = "regr_slope"
    case regrIntercept = "regr_intercept"
    case regrR2 = "regr_r2"
    /// `percentile_approx(x, p, accuracy)` with `p` and `accuracy` riding along (`AggregateArguments`).
    case percentileApprox = "percentile_approx"
    case approxPercentile = "approx_percentile"
    /// `listagg(x, delimiter)`/`string_agg`, with the delimiter riding along; the `DISTINCT` forms.
    case listagg
    case listaggDistinct = "listagg_distinct"
    case stringAgg = "string_agg"
    case stringAggDistinct = "string_agg_distinct"
    /// `collect_union(array)`: the distinct elements of every array of the group.
    case collectUnion = "collect_union"
    /// `schema_of_variant_agg(v)`: the merged `schema_of_variant` of every variant of the group.
    case schemaOfVariantAgg = "schema_of_variant_agg"
    /// `nth_value(x, n)` over a window frame, with `n` riding along; nulls skipped when ignoring them.
    case nthValue = "nth_value"
    case nthValueIgnoreNulls = "nth_value_ignore_nulls"
    /// `vector_sum`/`vector_avg` of `array<float>` embeddings, element by element.
    case vectorSum = "vector_sum"
    case vectorAvg = "vector_avg"
    /// `histogram_numeric(x, nBins)`, with the bin count riding along: Hive's streaming histogram.
    case histogramNumeric = "histogram_numeric"

    /// Functions whose state cannot be merged from typed partial columns; the planner shuffles raw rows to
    /// them and aggregates in one step on the reduce side (Spark's complete mode).
    public var needsCompleteMode: Bool {
        // A partial sum that overflowed cannot tell the final step so: `try_sum` sums each group in one place.
        if nullOnOverflow { return true }
        return switch evaluatedAs {
        case .countDistinct, .approxCountDistinct, .first, .last, .firstIgnoreNulls, .lastIgnoreNulls: true
        case .sumDistinct, .maxBy, .minBy, .mode, .modeDeterministic, .percentileApprox, .listagg, .listaggDistinct,
             .collectUnion, .nthValue, .nthValueIgnoreNulls, .schemaOfVariantAgg, .vectorSum, .vectorAvg, .histogramNumeric:
            true
        // A sketch is built over all of a group's rows after the shuffle, as Spark builds it over one partition.
        default: isSketch
        }
    }

    /// Whether the function reads two columns (`corr(x, y)`), packed by `AggregatePair`.
    public var takesPair: Bool {
        switch self {
        case .corr, .covarSamp, .covarPop: true
        default: false
        }
    }

    /// The function this one computes: spellings that only name a function differently map to it.
    public var semantics: AggregateFunction {
        switch self {
        case .stddevSamp, .std: .stddev
        case .varianceSamp: .variance
        case .anyValue, .firstValue: .first
        case .anyValueIgnoreNulls, .firstValueIgnoreNulls: .firstIgnoreNulls
        case .lastValue: .last
        case .lastValueIgnoreNulls: .lastIgnoreNulls
        case .arrayAgg: .collectList
        case .every: .boolAnd
        case .some, .anyBool: .boolOr
        case .approxPercentile: .percentileApprox
        case .stringAgg: .listagg
        case .stringAggDistinct: .listaggDistinct
        default: self
        }
    }

    /// The function whose state and result this one's are (the general path only: `try_sum` sums as `sum`,
    /// `bool_and` is `min`, `regr_count` counts the pairs), beyond `semantics`' renamings.
    var evaluatedAs: AggregateFunction {
        switch semantics {
        case .trySum: .sum
        case .tryAvg: .avg
        case .boolAnd: .min
        case .boolOr: .max
        case .regrCount: .count
        case let f: f
        }
    }

    /// Whether the result is null rather than an error where a sum overflows.
    var nullOnOverflow: Bool { self == .trySum || self == .tryAvg }

    /// The column name Spark generates for a call over an argument named `argument` (`sum(DISTINCT x)`,
    /// `mode() WITHIN GROUP (ORDER BY x DESC)`).
    public func generatedName(_ argument: String) -> String {
        switch self {
        case .countDistinct: "count(DISTINCT \(argument))"
        case .sumDistinct: "sum(DISTINCT \(argument))"
        case .listaggDistinct: "listagg(DISTINCT \(argument))"
        case .stringAggDistinct: "string_agg(DISTINCT \(argument))"
        case .modeDeterministic: "mode() WITHIN GROUP (ORDER BY \(argument) DESC)"
        case .nthValueIgnoreNulls: "nth_value(\(argument)) ignore nulls"
        default: "\(sqlName)(\(argument))"
        }
    }

    /// The name Spark prints in generated column names and plans (`first` whether or not nulls are ignored).
    public var sqlName: String {
        switch self {
        case .firstIgnoreNulls: "first"
        case .lastIgnoreNulls: "last"
        case .anyValueIgnoreNulls: "any_value"
        case .firstValueIgnoreNulls: "first_value"
        case .lastValueIgnoreNulls: "last_value"
        case .modeDeterministic: "mode"
        case .nthValueIgnoreNulls: "nth_value"
        case .arrayAgg: "collect_list"
        default: rawValue
        }
    }

    /// The function a dict `agg({"x": name})` or SQL call names, if any (internal spellings excluded).
    public init?(sqlName: String) {
        guard let f = AggregateFunction(rawValue: sqlName), f.sqlName == sqlName else { return nil }
        self = f
    }
}
