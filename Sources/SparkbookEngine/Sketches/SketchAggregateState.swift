/// The state of one group of a sketch aggregate (`hll_sketch_agg`, `theta_*_agg`, `kll_*_agg_*`, `tuple_*_agg_*`,
/// `bitmap_*_agg`): rows fold into a sketch being built, and the result is its serialized bytes, as Spark's
/// aggregate returns them. These aggregates run in one step after the shuffle (complete mode), so a group's
/// sketch is built as Spark builds it over one partition.
enum SketchAggregateState: Sendable {
    case hll(HllSketch)
    case hllUnion(HllUnion, allowDifferentLgK: Bool, lgK: Int?)
    case theta(ThetaAccumulator)
    case thetaIntersection(ThetaIntersectionAccumulator)
    case kllLongs(KllSketch<Int64>)
    case kllFloats(KllSketch<Float>)
    case kllDoubles(KllSketch<Double>)
    case tupleDoubles(TupleAccumulator<Double>)
    case tupleIntegers(TupleAccumulator<Int32>)
    case tupleIntersectionDoubles(TupleIntersectionAccumulator<Double>)
    case tupleIntersectionIntegers(TupleIntersectionAccumulator<Int32>)
    case bitmap([UInt8], and: Bool, seen: Bool)
    case countMin(CountMinSketch)

    /// A new group's state for `function` with the call's literal parameters (defaults already filled in).
    static func initial(_ function: AggregateFunction, _ parameters: [Value]) throws -> SketchAggregateState {
        func int(_ i: Int, _ fallback: Int) -> Int { i < parameters.count ? Int(parameters[i].int64Value ?? Int64(fallback)) : fallback }
        func mode(_ i: Int) throws -> TupleSummaryMode { try SketchParameters.mode(i < parameters.count ? parameters[i] : .null) }
        switch function {
        case .hllSketchAgg: return .hll(HllSketch(lgConfigK: try SketchParameters.lgConfigK(int(0, 12), function: function.sqlName)))
        case .hllUnionAgg:
            let allow = parameters.first.flatMap { if case .boolean(let b) = $0 { b } else { nil } } ?? false
            return .hllUnion(HllUnion(lgMaxK: HllSketch.lgConfigKRange.upperBound), allowDifferentLgK: allow, lgK: nil)
        case .thetaSketchAgg, .thetaUnionAgg:
            return .theta(ThetaAccumulator(lgNomEntries: try SketchParameters.lgNomEntries(int(0, 12), function: function.sqlName)))
        case .thetaIntersectionAgg: return .thetaIntersection(ThetaIntersectionAccumulator())
        case .kllSketchAggBigint, .kllMergeAggBigint: return .kllLongs(KllSketch(k: try SketchParameters.kllK(int(0, 200))))
        case .kllSketchAggFloat, .kllMergeAggFloat: return .kllFloats(KllSketch(k: try SketchParameters.kllK(int(0, 200))))
        case .kllSketchAggDouble, .kllMergeAggDouble: return .kllDoubles(KllSketch(k: try SketchParameters.kllK(int(0, 200))))
        case .tupleSketchAggDouble, .tupleUnionAggDouble:
            return .tupleDoubles(TupleAccumulator(lgNomEntries: try SketchParameters.lgNomEntries(int(0, 12), function: function.sqlName), mode: try mode(1)))
        case .tupleSketchAggInteger, .tupleUnionAggInteger:
            return .tupleIntegers(TupleAccumulator(lgNomEntries: try SketchParameters.lgNomEntries(int(0, 12), function: function.sqlName), mode: try mode(1)))
        case .tupleIntersectionAggDouble: return .tupleIntersectionDoubles(TupleIntersectionAccumulator(mode: try mode(0)))
        case .tupleIntersectionAggInteger: return .tupleIntersectionIntegers(TupleIntersectionAccumulator(mode: try mode(0)))
        case .bitmapConstructAgg, .bitmapOrAgg: return .bitmap([UInt8](repeating: 0, count: 4096), and: false, seen: false)
        case .bitmapAndAgg: return .bitmap([UInt8](repeating: 0xFF, count: 4096), and: true, seen: false)
        case .countMinSketch:
            // The seed is an int: a bigint seed keeps its low 32 bits, as Spark's does.
            let eps = parameters.first?.doubleValue ?? 0, confidence = parameters.dropFirst().first?.doubleValue ?? 0
            guard eps > 0, confidence > 0, confidence < 1 else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                                 message: "Cannot resolve \"count_min_sketch\": eps must be positive and confidence within (0, 1).",
                                 sqlState: "42K09")
            }
            let seed = Int32(truncatingIfNeeded: parameters.count > 2 ? parameters[2].int64Value ?? 0 : 0)
            return .countMin(CountMinSketch(eps: eps, confidence: confidence, seed: seed))
        default: preconditionFailure("not a sketch aggregate: \(function)")
        }
    }

    /// Folds one input row (`values`: the aggregate's input columns); nulls are skipped as Spark skips them.
    mutating func update(_ function: AggregateFunction, _ values: [Value]) throws {
        guard let value = values.first, !value.isNull else { return }
        switch self {
        case .hll(var s):
            s.update(coupon: try SketchInput.coupon(value, function: function.sqlName))
            self = .hll(s)
        case .hllUnion(var u, let allow, let lgK):
            let sketch = try SketchInput.hll(value)
            if !allow, let lgK, lgK != sketch.lgConfigK {
                throw SketchErrors.hllUnionDifferentLgK(lgK, sketch.lgConfigK, function: function.sqlName)
            }
            u.merge(sketch)
            self = .hllUnion(u, allowDifferentLgK: allow, lgK: lgK ?? sketch.lgConfigK)
        case .theta(var acc):
            if function == .thetaUnionAgg { acc.merge(try SketchInput.theta(value)) }
            else { acc.update(hash: try SketchInput.thetaHash(value, function: function.sqlName)) }
            self = .theta(acc)
        case .thetaIntersection(var acc):
            acc.merge(try SketchInput.theta(value))
            self = .thetaIntersection(acc)
        case .kllLongs(var s):
            if function == .kllMergeAggBigint { s.merge(try SketchInput.kll(value)) } else if let v = value.int64Value { s.update(v) }
            self = .kllLongs(s)
        case .kllFloats(var s):
            if function == .kllMergeAggFloat { s.merge(try SketchInput.kll(value)) }
            else if let v = value.doubleValue, !v.isNaN { s.update(Float(v)) }
            self = .kllFloats(s)
        case .kllDoubles(var s):
            if function == .kllMergeAggDouble { s.merge(try SketchInput.kll(value)) }
            else if let v = value.doubleValue, !v.isNaN { s.update(v) }
            self = .kllDoubles(s)
        case .tupleDoubles(var acc):
            if function == .tupleUnionAggDouble { acc.merge(try SketchInput.tuple(value)) }
            else if values.count > 1, let summary = values[1].doubleValue {
                acc.update(hash: try SketchInput.thetaHash(value, function: function.sqlName), value: summary)
            }
            self = .tupleDoubles(acc)
        case .tupleIntegers(var acc):
            if function == .tupleUnionAggInteger { acc.merge(try SketchInput.tuple(value)) }
            else if values.count > 1, let summary = values[1].int64Value {
                acc.update(hash: try SketchInput.thetaHash(value, function: function.sqlName), value: Int32(truncatingIfNeeded: summary))
            }
            self = .tupleIntegers(acc)
        case .tupleIntersectionDoubles(var acc):
            acc.merge(try SketchInput.tuple(value))
            self = .tupleIntersectionDoubles(acc)
        case .tupleIntersectionIntegers(var acc):
            acc.merge(try SketchInput.tuple(value))
            self = .tupleIntersectionIntegers(acc)
        case .bitmap(var bits, let and, _):
            if function == .bitmapConstructAgg {
                guard let position = value.int64Value, (0..<Int64(8 * bits.count)).contains(position) else {
                    throw SketchErrors.bitmapPositionOutOfRange(value)
                }
                bits[Int(position / 8)] |= UInt8(1 << (position % 8))
            } else {
                let other = try SketchInput.bytes(value)
                for i in 0..<min(bits.count, other.count) { if and { bits[i] &= other[i] } else { bits[i] |= other[i] } }
                if and && other.count < bits.count { for i in other.count..<bits.count { bits[i] = 0 } }
            }
            self = .bitmap(bits, and: and, seen: true)
        case .countMin(var sketch):
            switch value {
            case .string(let s): sketch.add(bytes: Array(s.utf8))
            case .binary(let b): sketch.add(bytes: b)
            default:
                guard let long = value.int64Value else { throw SketchErrors.unsupportedItem(function.sqlName, value.dataType, expected: "(\"INTEGRAL\" or \"STRING\" or \"BINARY\")") }
                sketch.add(long: long)
            }
            self = .countMin(sketch)
        }
    }

    /// The group's result: the sketch's bytes (null for an intersection that saw nothing).
    func result() -> Value {
        switch self {
        case .hll(let s): .binary(s.serialized())
        case .hllUnion(let u, _, _): .binary(u.result.serialized())
        case .theta(let acc): .binary(acc.result().serialized())
        case .thetaIntersection(let acc): acc.result == nil ? .null : .binary(acc.finish().serialized())
        case .kllLongs(let s): .binary(s.serialized())
        case .kllFloats(let s): .binary(s.serialized())
        case .kllDoubles(let s): .binary(s.serialized())
        case .tupleDoubles(let acc): .binary(acc.result().serialized())
        case .tupleIntegers(let acc): .binary(acc.result().serialized())
        case .tupleIntersectionDoubles(let acc): acc.result == nil ? .null : .binary(acc.finish().serialized())
        case .tupleIntersectionIntegers(let acc): acc.result == nil ? .null : .binary(acc.finish().serialized())
        case .bitmap(let bits, let and, let seen): and && !seen ? .binary([UInt8](repeating: 0, count: bits.count)) : .binary(bits)
        case .countMin(let sketch): .binary(sketch.serialized())
        }
    }
}
