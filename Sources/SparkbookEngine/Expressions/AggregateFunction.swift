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

    /// Functions whose state cannot be merged from typed partial columns; the planner shuffles raw rows to
    /// them and aggregates in one step on the reduce side (Spark's complete mode).
    public var needsCompleteMode: Bool {
        switch self {
        case .countDistinct, .approxCountDistinct, .first, .last, .firstIgnoreNulls, .lastIgnoreNulls: true
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
        default: self
        }
    }

    /// The name Spark prints in generated column names and plans (`first` whether or not nulls are ignored).
    public var sqlName: String {
        switch self {
        case .firstIgnoreNulls: "first"
        case .lastIgnoreNulls: "last"
        default: rawValue
        }
    }

    /// The function a dict `agg({"x": name})` or SQL call names, if any (internal spellings excluded).
    public init?(sqlName: String) {
        guard let f = AggregateFunction(rawValue: sqlName), f.sqlName == sqlName else { return nil }
        self = f
    }
}
