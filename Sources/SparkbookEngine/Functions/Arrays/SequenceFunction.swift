/// `sequence(start, stop[, step])` over integral numbers: the array from `start` to `stop` inclusive, by `step`
/// (by default 1, or -1 when `stop` is below `start`), typed as the widest of the arguments. A step that moves
/// away from `stop` is the JVM's `requirement failed: Illegal sequence boundaries` error; date and timestamp sequences (which step by
/// intervals) are not supported yet.
enum SequenceFunction {
    static let function: any ScalarFunction = NullabilityRule(nullIntolerant: RowFunction("sequence", arity: 2...3, signature: { types, _ in
        var common = DataType.null
        for (i, type) in types.enumerated() {
            guard TypeCoercion.integralRank(type) != nil || type == .null else {
                if type == .date || type == .timestamp {
                    throw SparkError(.analysis, errorClass: "NOT_SUPPORTED_YET",
                                     message: "sequence over dates and timestamps is valid in Spark but not supported by this engine yet.")
                }
                throw ArgumentTypeMismatch(argument: i, .parameter(required: "\"INTEGRAL\""), actual: type)
            }
            common = TypeCoercion.commonType(common, type) ?? common
        }
        if common == .null { common = .integer }
        return FunctionSignature(inputs: Array(repeating: common, count: types.count),
                                 result: .array(element: common, containsNull: false))
    }) { v, _ in
        let start = v[0].int64Value ?? 0, stop = v[1].int64Value ?? 0
        let step = v.count > 2 ? (v[2].int64Value ?? 1) : (start <= stop ? 1 : -1)
        let make: (Int64) -> Value = { n in
            switch v[0] {
            case .integer: .integer(Int32(truncatingIfNeeded: n))
            case .short: .short(Int16(truncatingIfNeeded: n))
            case .byte: .byte(Int8(truncatingIfNeeded: n))
            default: .long(n)
            }
        }
        guard (step > 0 && start <= stop) || (step < 0 && start >= stop) || (step == 0 && start == stop) else {
            throw SparkError(.execution, message: "java.lang.IllegalArgumentException: requirement failed: Illegal sequence boundaries: \(start) to \(stop) by \(step)")
        }
        if start == stop { return .array([make(start)]) }
        let count = (stop.subtractingReportingOverflow(start).partialValue / step) + 1
        try ValueAllocation.checkArrayLength(count)
        return .array((0..<count).map { make(start + $0 * step) })
    })
}
