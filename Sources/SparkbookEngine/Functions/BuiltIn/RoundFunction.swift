/// Spark's `round(x, scale)` (HALF_UP). Doubles round on the decimal they print as, integrals only for a
/// negative scale; a decimal's result type depends on the scale literal: `round(decimal(p,s), n)` is
/// `decimal(p - s + min(s, n) + 1, min(s, n))` (scale 0 for negative `n`).
struct RoundFunction: ScalarFunction {
    let name = "round"
    let arity: ClosedRange<Int> = 1...2

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        let type = try MathFunctions.numeric("round", argumentTypes[0])
        return FunctionSignature(inputs: [type, .integer], result: type)
    }

    func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature {
        let plain = try signature(arguments.map(\.dataType), context: context)
        guard case .decimal(let p, let s) = plain.result else { return plain }
        let newScale = max(0, min(s, Self.scaleLiteral(arguments)))
        return FunctionSignature(inputs: plain.inputs, result: DecimalPrecision.bounded(p - s + newScale + 1, newScale))
    }

    /// The scale argument; Spark requires a constant, so anything else counts as 0.
    private static func scaleLiteral(_ arguments: [BoundExpression]) -> Int {
        guard arguments.count > 1, case .literal(let value, _) = arguments[1] else { return 0 }
        return Int(value.int64Value ?? 0)
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        var builder = ColumnBuilder(type: signature.result, capacity: rowCount)
        for row in 0..<rowCount {
            let value = arguments[0].value(at: row)
            let scale = arguments.count > 1 ? arguments[1].value(at: row) : .integer(0)
            guard !value.isNull, let n = scale.int64Value.map(Int.init) else { builder.appendNull(); continue }
            switch (value, signature.result) {
            case (.double(let d), _): builder.append(.double(SparkRounding.roundHalfUp(d, scale: n)))
            case (.integer(let i), _):
                builder.append(.integer(Int32(truncatingIfNeeded: SparkRounding.roundHalfUp(Int64(i), scale: n))))
            case (.long(let i), _): builder.append(.long(SparkRounding.roundHalfUp(i, scale: n)))
            // Spark rounds a float as its widened double, then narrows the result back to float.
            case (.float(let f), _): builder.append(.float(Float(SparkRounding.roundHalfUp(Double(f), scale: n))))
            case (.byte, _), (.short, _):
                builder.append(ValueCast.integral(SparkRounding.roundHalfUp(value.int64Value!, scale: n), as: value.dataType))
            case (.decimal(let d), .decimal(let p, let s)):
                guard case .decimal(let rounded) = Self.decimal(d, scale: n, mode: .halfUp),
                      let fitted = rounded.converted(precision: p, scale: s) else {
                    throw DecimalCast.outOfRange(d.plainText, precision: p, scale: s)
                }
                builder.append(.decimal(fitted))
            default: builder.appendNull()
            }
        }
        return builder.finish()
    }

    func generatedName(_ arguments: [String]) -> String {
        "round(\(arguments[0]), \(arguments.count > 1 ? arguments[1] : "0"))"
    }

    enum Mode { case halfUp, down, up }

    /// `d` rounded to `scale` digits after the point (negative: to tens, hundreds, ...), kept at
    /// `max(scale, 0)` digits: half-up, or towards negative (`floor`) or positive (`ceil`) infinity.
    static func decimal(_ d: DecimalValue, scale: Int, mode: Mode) -> Value {
        guard scale < d.scale else { return .decimal(d) }
        var q: WideInteger
        switch mode {
        case .halfUp:
            q = DecimalValue.rescale(WideInteger(d.unscaled), from: d.scale, to: scale)
        case .down, .up:
            let (quotient, remainder) = WideInteger(d.unscaled).quotientAndRemainder(dividingBy: .power10(d.scale - scale))
            q = quotient
            if mode == .down, remainder.negative { q = q - 1 }
            if mode == .up, !remainder.isZero, !remainder.negative { q = q + 1 }
        }
        // A negative scale rounds to tens or hundreds but keeps scale 0.
        let kept = scale < 0 ? q * .power10(-scale) : q
        let keptScale = max(scale, 0)
        let digits = max(kept.magnitudeDigits.count, keptScale + 1)
        guard let unscaled = kept.int128 else { return .null }
        return .decimal(DecimalValue(unscaled: unscaled, precision: min(digits, DecimalPrecision.maxPrecision), scale: keptScale))
    }
}
