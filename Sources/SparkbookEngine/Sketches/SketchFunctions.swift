/// The scalar functions over sketch bytes: estimates, set operations between two sketches, KLL quantiles and
/// ranks, Tuple summaries, bitmap counts. Each reads its sketches with `SketchInput` and writes results as Spark's
/// DataSketches calls do (`Math.round` of HLL and Theta estimates, Tuple estimates as doubles).
enum SketchFunctions {
    static let all: [any ScalarFunction] = hll + theta + kll + tuple + [bitmapCount]

    private static func binary(_ name: String, _ arity: ClosedRange<Int>, result: DataType,
                               inputs: @escaping @Sendable ([DataType]) -> [DataType] = { $0.map { _ in DataType.binary } },
                               _ rule: @escaping @Sendable ([Value]) throws -> Value) -> RowFunction {
        RowFunction(name, arity: arity, signature: { types, _ in
            FunctionSignature(inputs: inputs(types), result: result)
        }) { values, _ in try rule(values) }
    }

    static let hll: [any ScalarFunction] = [
        binary("hll_sketch_estimate", 1...1, result: .long) { v in
            .long(Int64(try SketchInput.hll(v[0]).estimate.rounded(.toNearestOrAwayFromZero)))
        },
        binary("hll_union", 3...3, result: .binary, inputs: { _ in [.binary, .binary, .boolean] }) { v in
            let a = try SketchInput.hll(v[0], function: "hll_union"), b = try SketchInput.hll(v[1], function: "hll_union")
            if case .boolean(false) = v[2], a.lgConfigK != b.lgConfigK {
                throw SketchErrors.hllUnionDifferentLgK(a.lgConfigK, b.lgConfigK, function: "hll_union")
            }
            var union = HllUnion(lgMaxK: min(a.lgConfigK, b.lgConfigK))
            union.merge(a)
            union.merge(b)
            return .binary(union.result.serialized())
        },
    ]

    static let theta: [any ScalarFunction] = [
        binary("theta_sketch_estimate", 1...1, result: .long) { v in
            .long(Int64(try SketchInput.theta(v[0]).estimate.rounded(.toNearestOrAwayFromZero)))
        },
        binary("theta_union", 3...3, result: .binary, inputs: { _ in [.binary, .binary, .integer] }) { v in
            var union = ThetaAccumulator(lgNomEntries: try SketchParameters.lgNomEntries(Int(v[2].int64Value ?? 12), function: "theta_union"))
            union.merge(try SketchInput.theta(v[0], function: "theta_union"))
            union.merge(try SketchInput.theta(v[1], function: "theta_union"))
            return .binary(union.result().serialized())
        },
        binary("theta_intersection", 2...2, result: .binary) { v in
            .binary(try SketchInput.theta(v[0], function: "theta_intersection")
                .intersection(try SketchInput.theta(v[1], function: "theta_intersection")).serialized())
        },
        binary("theta_difference", 2...2, result: .binary) { v in
            .binary(try SketchInput.theta(v[0], function: "theta_difference")
                .subtracting(try SketchInput.theta(v[1], function: "theta_difference")).serialized())
        },
    ]

    static let kll: [any ScalarFunction] = kllFamily("bigint", Int64.self, item: .long) { .long($0) }
        + kllFamily("float", Float.self, item: .float) { .float($0) }
        + kllFamily("double", Double.self, item: .double) { .double($0) }

    private static func kllFamily<Item: KllItem>(_ suffix: String, _: Item.Type, item: DataType,
                                                 _ wrap: @escaping @Sendable (Item) -> Value) -> [any ScalarFunction] {
        let read: @Sendable (Value, String) throws -> KllSketch<Item> = { try SketchInput.kll($0, function: $1) }
        return [
            binary("kll_sketch_get_n_\(suffix)", 1...1, result: .long) { v in
                .long(try read(v[0], "kll_sketch_get_n_\(suffix)").n)
            },
            binary("kll_sketch_to_string_\(suffix)", 1...1, result: .string) { v in
                .string(try read(v[0], "kll_sketch_to_string_\(suffix)").summary)
            },
            binary("kll_sketch_merge_\(suffix)", 2...2, result: .binary) { v in
                var a = try read(v[0], "kll_sketch_merge_\(suffix)")
                a.merge(try read(v[1], "kll_sketch_merge_\(suffix)"))
                return .binary(a.serialized())
            },
            RowFunction("kll_sketch_get_quantile_\(suffix)", arity: 2...2, signature: { types, _ in
                if case .array = types[1] {
                    return FunctionSignature(inputs: [.binary, .array(element: .double, containsNull: false)],
                                             result: .array(element: item, containsNull: false))
                }
                return FunctionSignature(inputs: [.binary, .double], result: item)
            }) { v, _ in
                let sketch = try read(v[0], "kll_sketch_get_quantile_\(suffix)")
                func at(_ rank: Value) throws -> Value {
                    guard let r = rank.doubleValue, (0...1).contains(r) else {
                        throw SparkError(.execution, errorClass: "KLL_SKETCH_INVALID_QUANTILE_RANGE",
                                         message: "The quantile rank must be between 0.0 and 1.0, inclusive; got \(rank).",
                                         sqlState: "22003")
                    }
                    return sketch.quantile(r).map(wrap) ?? .null
                }
                if case .array(let ranks) = v[1] { return .array(try ranks.map(at)) }
                return try at(v[1])
            },
            RowFunction("kll_sketch_get_rank_\(suffix)", arity: 2...2, signature: { types, _ in
                if case .array = types[1] {
                    return FunctionSignature(inputs: [.binary, .array(element: item == .float ? .double : item, containsNull: false)],
                                             result: .array(element: .double, containsNull: false))
                }
                // A float sketch's rank takes any number (Spark casts `3.0` to the float it compares).
                return FunctionSignature(inputs: [.binary, item == .float ? .double : item], result: .double)
            }) { v, _ in
                let sketch = try read(v[0], "kll_sketch_get_rank_\(suffix)")
                func rank(_ q: Value) -> Value {
                    let item: Item? = switch q {
                    case .long(let x): x as? Item
                    case .float(let x): x as? Item
                    case .double(let x): (x as? Item) ?? (Float(x) as? Item)
                    default: q.int64Value as? Item
                    }
                    return item.flatMap { sketch.rank($0) }.map(Value.double) ?? .null
                }
                if case .array(let items) = v[1] { return .array(items.map(rank)) }
                return rank(v[1])
            },
        ]
    }

    static let tuple: [any ScalarFunction] = tupleFamily("double", Double.self, summary: .double) { .double($0) }
        + tupleFamily("integer", Int32.self, summary: .long) { .long(Int64($0)) }

    private static func tupleFamily<Summary: TupleSummaryValue>(_ suffix: String, _: Summary.Type, summary: DataType,
                                                                _ wrap: @escaping @Sendable (Summary) -> Value) -> [any ScalarFunction] {
        let read: @Sendable (Value, String) throws -> TupleSketch<Summary> = { try SketchInput.tuple($0, function: $1) }
        let lgNom: @Sendable (Value, String) throws -> Int = { try SketchParameters.lgNomEntries(Int($0.int64Value ?? 12), function: $1) }
        return [
            binary("tuple_sketch_estimate_\(suffix)", 1...1, result: .double) { v in
                .double(try read(v[0], "tuple_sketch_estimate_\(suffix)").estimate)
            },
            binary("tuple_sketch_theta_\(suffix)", 1...1, result: .double) { v in
                .double(try read(v[0], "tuple_sketch_theta_\(suffix)").thetaFraction)
            },
            binary("tuple_sketch_summary_\(suffix)", 2...2, result: summary, inputs: { _ in [.binary, .string] }) { v in
                let sketch = try read(v[0], "tuple_sketch_summary_\(suffix)")
                return sketch.aggregateSummary(try SketchParameters.mode(v[1])).map(wrap) ?? .null
            },
            binary("tuple_union_\(suffix)", 4...4, result: .binary, inputs: { _ in [.binary, .binary, .integer, .string] }) { v in
                var union = TupleAccumulator<Summary>(lgNomEntries: try lgNom(v[2], "tuple_union_\(suffix)"), mode: try SketchParameters.mode(v[3]))
                union.merge(try read(v[0], "tuple_union_\(suffix)"))
                union.merge(try read(v[1], "tuple_union_\(suffix)"))
                return .binary(union.result().serialized())
            },
            binary("tuple_union_theta_\(suffix)", 4...4, result: .binary, inputs: { _ in [.binary, .binary, .integer, .string] }) { v in
                let mode = try SketchParameters.mode(v[3])
                var union = TupleAccumulator<Summary>(lgNomEntries: try lgNom(v[2], "tuple_union_theta_\(suffix)"), mode: mode)
                union.merge(try read(v[0], "tuple_union_theta_\(suffix)"))
                union.merge(try SketchInput.theta(v[1], function: "tuple_union_theta_\(suffix)"), summary: mode.initial(Summary.self))
                return .binary(union.result().serialized())
            },
            binary("tuple_intersection_\(suffix)", 3...3, result: .binary, inputs: { _ in [.binary, .binary, .string] }) { v in
                let a = try read(v[0], "tuple_intersection_\(suffix)"), b = try read(v[1], "tuple_intersection_\(suffix)")
                return .binary(a.intersection(b, mode: try SketchParameters.mode(v[2])).serialized())
            },
            binary("tuple_intersection_theta_\(suffix)", 3...3, result: .binary, inputs: { _ in [.binary, .binary, .string] }) { v in
                let mode = try SketchParameters.mode(v[2])
                let a = try read(v[0], "tuple_intersection_theta_\(suffix)")
                let b = try SketchInput.theta(v[1], function: "tuple_intersection_theta_\(suffix)")
                return .binary(a.intersection(b, summary: mode.initial(Summary.self), mode: mode).serialized())
            },
            binary("tuple_difference_\(suffix)", 2...2, result: .binary) { v in
                let a = try read(v[0], "tuple_difference_\(suffix)"), b = try read(v[1], "tuple_difference_\(suffix)")
                return .binary(a.subtracting(hashes: b.entries.map(\.hash), theta: b.theta, otherEmpty: b.isEmpty).serialized())
            },
            binary("tuple_difference_theta_\(suffix)", 2...2, result: .binary) { v in
                let a = try read(v[0], "tuple_difference_theta_\(suffix)")
                let b = try SketchInput.theta(v[1], function: "tuple_difference_theta_\(suffix)")
                return .binary(a.subtracting(hashes: b.hashes, theta: b.theta, otherEmpty: b.isEmpty).serialized())
            },
        ]
    }

    /// `bitmap_count`: the set bits of a bitmap.
    static let bitmapCount = binary("bitmap_count", 1...1, result: .long) { v in
        .long(Int64(try SketchInput.bytes(v[0]).reduce(0) { $0 + $1.nonzeroBitCount }))
    }
}
