/// How the sketch functions read their inputs: items hashed as Spark feeds them to DataSketches (integers as a
/// `long`, floating values canonicalised, strings as UTF-8, binary as it is), and sketch bytes read back, any
/// that are not a sketch of the expected family being Spark's `*_INVALID_INPUT_SKETCH_BUFFER` error.
enum SketchInput {
    static func coupon(_ value: Value, function: String) throws -> UInt32? {
        switch value {
        case .integer, .long, .short, .byte: return HllCoupon.of(value.int64Value!)
        case .string(let s): return HllCoupon.of(bytes: Array(s.utf8))
        case .binary(let b): return HllCoupon.of(bytes: b)
        default: throw SketchErrors.unsupportedItem(function, value.dataType, expected: "(\"INT\" or \"BIGINT\" or \"STRING\" or \"BINARY\")")
        }
    }

    static func thetaHash(_ value: Value, function: String) throws -> UInt64? {
        switch value {
        case .integer, .long, .short, .byte: return ThetaHash.of(value.int64Value!)
        case .double(let d): return ThetaHash.of(d)
        case .float(let f): return ThetaHash.of(Double(f))
        case .string(let s): return ThetaHash.of(bytes: Array(s.utf8))
        case .binary(let b): return ThetaHash.of(bytes: b)
        default: throw SketchErrors.unsupportedItem(function, value.dataType, expected: "(\"INT\" or \"BIGINT\" or \"FLOAT\" or \"DOUBLE\" or \"STRING\" or \"BINARY\")")
        }
    }

    static func bytes(_ value: Value) throws -> [UInt8] {
        guard case .binary(let bytes) = value else { throw SketchFormatError.invalid("not binary") }
        return bytes
    }

    static func hll(_ value: Value, function: String = "hll_sketch_estimate") throws -> HllSketch {
        do { return try HllSketch(serialized: bytes(value)) } catch { throw SketchErrors.invalidBuffer("HLL", function) }
    }

    static func theta(_ value: Value, function: String = "theta_sketch_estimate") throws -> ThetaSketch {
        do { return try ThetaSketch(serialized: bytes(value)) } catch { throw SketchErrors.invalidBuffer("THETA", function) }
    }

    static func kll<Item: KllItem>(_ value: Value, function: String = "kll_sketch") throws -> KllSketch<Item> {
        do { return try KllSketch<Item>(serialized: bytes(value)) } catch { throw SketchErrors.invalidBuffer("KLL", function) }
    }

    static func tuple<Summary: TupleSummaryValue>(_ value: Value, function: String = "tuple_sketch") throws -> TupleSketch<Summary> {
        do { return try TupleSketch<Summary>(serialized: bytes(value)) } catch { throw SketchErrors.invalidBuffer("TUPLE", function) }
    }
}

/// The parameters of the sketch functions, checked as Spark checks them.
enum SketchParameters {
    static func lgConfigK(_ value: Int, function: String) throws -> Int {
        guard HllSketch.lgConfigKRange.contains(value) else {
            throw SparkError(.analysis, errorClass: "HLL_INVALID_LG_K",
                             message: "Invalid call to \(function); only values of lgConfigK between 4 and 21 inclusive are allowed; the provided lgConfigK value was \(value).",
                             sqlState: "22546")
        }
        return value
    }

    static func lgNomEntries(_ value: Int, function: String) throws -> Int {
        guard ThetaAccumulator.lgNomEntriesRange.contains(value) else {
            throw SparkError(.analysis, errorClass: "SKETCH_INVALID_LG_NOM_ENTRIES",
                             message: "Invalid call to \(function); only values of lgNomEntries between 4 and 26 inclusive are allowed; the provided lgNomEntries value was \(value).",
                             sqlState: "22546")
        }
        return value
    }

    static func kllK(_ value: Int) throws -> Int {
        guard (8...65535).contains(value) else {
            throw SparkError(.analysis, errorClass: "KLL_SKETCH_K_OUT_OF_RANGE",
                             message: "The k parameter of a KLL sketch must be between 8 and 65535, inclusive; got \(value).",
                             sqlState: "22003")
        }
        return value
    }

    static func mode(_ value: Value) throws -> TupleSummaryMode {
        guard case .string(let name) = value else { return .sum }
        guard let mode = TupleSummaryMode(sparkName: name) else {
            throw SparkError(.analysis, errorClass: "TUPLE_INVALID_SKETCH_MODE",
                             message: "Invalid tuple sketch summary mode '\(name)'; the mode must be one of: sum, min, max, alwaysone.",
                             sqlState: "22023")
        }
        return mode
    }
}

enum SketchErrors {
    static func invalidBuffer(_ family: String, _ function: String) -> SparkError {
        SparkError(.execution, errorClass: "\(family)_INVALID_INPUT_SKETCH_BUFFER",
                   message: "Invalid call to \(function); only valid \(family) sketch buffers are supported as inputs (such as those produced by the `\(family.lowercased())_sketch_agg` function).",
                   sqlState: "22546")
    }

    static func unsupportedItem(_ function: String, _ type: DataType, expected: String) -> SparkError {
        SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                   message: "Cannot resolve \"\(function)\" due to data type mismatch: The first parameter requires the \(expected) type, however it has the type \"\(type.simpleString.uppercased())\".",
                   sqlState: "42K09")
    }

    static func hllUnionDifferentLgK(_ a: Int, _ b: Int, function: String) -> SparkError {
        SparkError(.execution, errorClass: "HLL_UNION_DIFFERENT_LG_K",
                   message: "Sketches have different `lgConfigK` values: \(a) and \(b). Set the `allowDifferentLgConfigK` parameter to true to call \(function) with different `lgConfigK` values.",
                   sqlState: "22000")
    }

    static func bitmapPositionOutOfRange(_ value: Value) -> SparkError {
        SparkError(.execution, errorClass: "BITMAP_POSITION_OUT_OF_RANGE",
                   message: "The bit position must be between 0 and 32767, got \(value).", sqlState: "22003")
    }
}
