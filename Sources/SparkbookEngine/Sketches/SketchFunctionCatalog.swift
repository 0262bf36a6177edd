/// Every sketch and bitmap function by its Spark name: whether it aggregates, the columns it reads and its
/// trailing parameters with Spark's defaults (which the generated column name shows: `hll_sketch_agg(value, 12)`).
/// The DataFrame functions, the interpreter's `F.` bindings and the SQL parser all build calls from it.
public enum SketchFunctionCatalog {
    public struct Entry: Sendable {
        public let name: String
        /// The aggregate this name computes; nil for a scalar function.
        public let aggregate: AggregateFunction?
        /// PySpark's parameter names for the columns, then for the parameters.
        public let columns: [String]
        public let parameters: [(name: String, default: Value)]
        /// Leading parameters the caller must give (`count_min_sketch`'s eps and confidence).
        public var requiredParameters = 0
    }

    public static func entry(_ name: String) -> Entry? { entries[name] }

    public static var names: [String] { entries.keys.sorted() }

    /// The call, the missing trailing parameters filled in with their defaults.
    public static func call(_ entry: Entry, columns: [Expression], parameters: [Expression]) -> Expression {
        let filled = parameters + entry.parameters.dropFirst(parameters.count).map { Expression.literal($0.default) }
        if let aggregate = entry.aggregate { return .aggregate(aggregate, SketchArgument.argument(columns, filled)) }
        return .function(entry.name, columns + filled)
    }

    private static let lgK: (String, Value) = ("lgConfigK", .integer(12))
    private static let lgNom: (String, Value) = ("lgNomEntries", .integer(12))
    private static let mode: (String, Value) = ("mode", .string("sum"))

    static let entries: [String: Entry] = {
        var all: [Entry] = [
            Entry(name: "hll_sketch_agg", aggregate: .hllSketchAgg, columns: ["col"], parameters: [lgK]),
            Entry(name: "hll_union_agg", aggregate: .hllUnionAgg, columns: ["col"],
                  parameters: [("allowDifferentLgConfigK", .boolean(false))]),
            Entry(name: "hll_sketch_estimate", aggregate: nil, columns: ["col"], parameters: []),
            Entry(name: "hll_union", aggregate: nil, columns: ["col1", "col2"],
                  parameters: [("allowDifferentLgConfigK", .boolean(false))]),
            Entry(name: "theta_sketch_agg", aggregate: .thetaSketchAgg, columns: ["col"], parameters: [lgNom]),
            Entry(name: "theta_union_agg", aggregate: .thetaUnionAgg, columns: ["col"], parameters: [lgNom]),
            Entry(name: "theta_intersection_agg", aggregate: .thetaIntersectionAgg, columns: ["col"], parameters: []),
            Entry(name: "theta_sketch_estimate", aggregate: nil, columns: ["col"], parameters: []),
            Entry(name: "theta_union", aggregate: nil, columns: ["col1", "col2"], parameters: [lgNom]),
            Entry(name: "theta_intersection", aggregate: nil, columns: ["col1", "col2"], parameters: []),
            Entry(name: "theta_difference", aggregate: nil, columns: ["col1", "col2"], parameters: []),
            Entry(name: "bitmap_construct_agg", aggregate: .bitmapConstructAgg, columns: ["col"], parameters: []),
            Entry(name: "bitmap_or_agg", aggregate: .bitmapOrAgg, columns: ["col"], parameters: []),
            Entry(name: "bitmap_and_agg", aggregate: .bitmapAndAgg, columns: ["col"], parameters: []),
            Entry(name: "bitmap_count", aggregate: nil, columns: ["col"], parameters: []),
            // The seed's default is drawn per call (the column name shows it), by the caller.
            Entry(name: "count_min_sketch", aggregate: .countMinSketch, columns: ["col"],
                  parameters: [("eps", .null), ("confidence", .null), ("seed", .integer(0))], requiredParameters: 2),
            Entry(name: "bitmap_bit_position", aggregate: nil, columns: ["col"], parameters: []),
            Entry(name: "bitmap_bucket_number", aggregate: nil, columns: ["col"], parameters: []),
        ]
        let kllAggregates: [(String, AggregateFunction, AggregateFunction)] = [
            ("bigint", .kllSketchAggBigint, .kllMergeAggBigint), ("float", .kllSketchAggFloat, .kllMergeAggFloat),
            ("double", .kllSketchAggDouble, .kllMergeAggDouble),
        ]
        for (suffix, sketch, merge) in kllAggregates {
            all += [
                Entry(name: "kll_sketch_agg_\(suffix)", aggregate: sketch, columns: ["col"], parameters: []),
                Entry(name: "kll_merge_agg_\(suffix)", aggregate: merge, columns: ["col"], parameters: []),
                Entry(name: "kll_sketch_get_n_\(suffix)", aggregate: nil, columns: ["sketch"], parameters: []),
                Entry(name: "kll_sketch_to_string_\(suffix)", aggregate: nil, columns: ["sketch"], parameters: []),
                Entry(name: "kll_sketch_merge_\(suffix)", aggregate: nil, columns: ["left", "right"], parameters: []),
                Entry(name: "kll_sketch_get_quantile_\(suffix)", aggregate: nil, columns: ["sketch", "rank"], parameters: []),
                Entry(name: "kll_sketch_get_rank_\(suffix)", aggregate: nil, columns: ["sketch", "quantile"], parameters: []),
            ]
        }
        let tupleAggregates: [(String, AggregateFunction, AggregateFunction, AggregateFunction)] = [
            ("double", .tupleSketchAggDouble, .tupleUnionAggDouble, .tupleIntersectionAggDouble),
            ("integer", .tupleSketchAggInteger, .tupleUnionAggInteger, .tupleIntersectionAggInteger),
        ]
        for (suffix, sketch, union, intersection) in tupleAggregates {
            all += [
                Entry(name: "tuple_sketch_agg_\(suffix)", aggregate: sketch, columns: ["key", "summary"], parameters: [lgNom, mode]),
                Entry(name: "tuple_union_agg_\(suffix)", aggregate: union, columns: ["col"], parameters: [lgNom, mode]),
                Entry(name: "tuple_intersection_agg_\(suffix)", aggregate: intersection, columns: ["col"], parameters: [mode]),
                Entry(name: "tuple_sketch_estimate_\(suffix)", aggregate: nil, columns: ["col"], parameters: []),
                Entry(name: "tuple_sketch_theta_\(suffix)", aggregate: nil, columns: ["col"], parameters: []),
                Entry(name: "tuple_sketch_summary_\(suffix)", aggregate: nil, columns: ["col"], parameters: [mode]),
                Entry(name: "tuple_union_\(suffix)", aggregate: nil, columns: ["col1", "col2"], parameters: [lgNom, mode]),
                Entry(name: "tuple_union_theta_\(suffix)", aggregate: nil, columns: ["col1", "col2"], parameters: [lgNom, mode]),
                Entry(name: "tuple_intersection_\(suffix)", aggregate: nil, columns: ["col1", "col2"], parameters: [mode]),
                Entry(name: "tuple_intersection_theta_\(suffix)", aggregate: nil, columns: ["col1", "col2"], parameters: [mode]),
                Entry(name: "tuple_difference_\(suffix)", aggregate: nil, columns: ["col1", "col2"], parameters: []),
                Entry(name: "tuple_difference_theta_\(suffix)", aggregate: nil, columns: ["col1", "col2"], parameters: []),
            ]
        }
        return Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
    }()
}
